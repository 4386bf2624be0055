import type { Messages } from '../i18n/messages';
import { englishNounPhrase, type NounPhrase } from './english-noun-phrase';

/** What the example builder needs to know about a concept. */
export interface ExampleConcept {
  labelZh: string;
  labelEn: string;
  kind: string;
  mentions: number;
}

/**
 * Example questions for the empty chat, drawn from the notes: the most mentioned concepts put into the
 * language's question templates ("What is a container?", "How does Docker work?", "What is the difference
 * between A and C?" with C the most mentioned concept of A's kind, else the next one). English labels get the
 * article they need (see {@link englishNounPhrase}). Deterministic; at most `count`.
 */
export function exampleQuestions(
  concepts: ExampleConcept[],
  language: 'zh' | 'en',
  templates: Messages['exampleTemplates'],
  count = 4,
): string[] {
  const ranked = [...concepts]
    .filter((c) => (language === 'zh' ? c.labelZh : c.labelEn).trim())
    .sort((a, b) => b.mentions - a.mentions || a.labelEn.localeCompare(b.labelEn));
  const label = (c: ExampleConcept): NounPhrase =>
    language === 'zh'
      ? { text: c.labelZh.trim(), plural: false }
      : englishNounPhrase(c.labelEn, c.kind, c.labelZh);
  const [first, second, third, fourth] = ranked;
  if (!first) return [];
  const out: string[] = [templates.what(label(first))];
  const partner = ranked.slice(1).find((c) => c.kind === first.kind) ?? second;
  if (partner) out.push(templates.diff(label(first), label(partner)));
  const rest = ranked.filter((c) => c !== first && c !== partner);
  if (rest[0]) out.push(templates.how(label(rest[0])));
  if (rest[1] && rest[2]) out.push(templates.relate(label(rest[1]), label(rest[2])));
  else if (third && fourth) out.push(templates.relate(label(third), label(fourth)));
  return [...new Set(out)].slice(0, count);
}
