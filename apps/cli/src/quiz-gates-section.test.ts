import { seedKnowledgeBase } from '@notetutor/study/testing';
import { describe, expect, it } from 'vitest';
import { quizGatesSection } from './quiz-gates-section';
import { REPORT_SECTIONS } from './report-sections';

describe('quizGatesSection', () => {
  it('prints the gate counts and ten numbered samples with the right option marked', async () => {
    const kb = await seedKnowledgeBase();
    const text = quizGatesSection(kb, 'seed');
    expect(text).toMatch(/^Quiz gates of seed: \d+ questions/);
    expect(text).toContain('distractors the graph makes true: 0');
    expect(text).toContain('junk subjects: 0');
    expect(text).toContain('10 sample questions:');
    expect(text).toMatch(/\n {2}10\. \[/);
    expect(text).toMatch(/options: .*\(.+\)/);
    expect(text).toMatch(/cites docker-concepts\.(en|zh)#/);
    expect(REPORT_SECTIONS).toContain(quizGatesSection);
  });
});
