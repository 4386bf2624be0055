import { describe, expect, it } from 'vitest';
import { dictionaryForms } from './translate-question';

describe('dictionaryForms', () => {
  it('looks a plural or a verb form up under the word the dictionary lists', () => {
    expect(dictionaryForms('queries')).toContain('query');
    expect(dictionaryForms('range queries')).toContain('range query');
    expect(dictionaryForms('indexes')).toContain('index');
    expect(dictionaryForms('deleted')).toContain('delete');
    expect(dictionaryForms('closing')).toContain('close');
    expect(dictionaryForms('timers')).toContain('timer');
  });

  it('keeps the word as typed first, and strips nothing from a word too short to have an ending', () => {
    expect(dictionaryForms('process')[0]).toBe('process');
    expect(dictionaryForms('process')).not.toContain('proces');
    expect(dictionaryForms('bed')).toEqual(['bed']);
  });
});
