import { englishNounPhrase, looksPlural } from '@notetutor/lexicon/english';
import type { Messages } from '../i18n/messages';

/** A concept named inside a question, with what the verb must agree with. */
export interface NounPhrase {
  /** The label with the article it needs, if any: `a container`, `an IP address`, `Docker`, `isolation`. */
  text: string;
  /** True for plurals (`Namespaces`, `system resources`): "What are …?", "How do … work?". */
  plural: boolean;
}

/** What the example builder needs to know about a concept. */
export interface ExampleConcept {
  labelZh: string;
  labelEn: string;
  kind: string;
  mentions: number;
}

/**
 * Example questions for the empty chat, drawn from the notes, in the order a beginner asks them: what the
 * most mentioned concept is, how it differs from the most mentioned concept of its kind (else the next one),
 * how the next one works, and what another one is ("What is a container?", "What is the difference between a
 * container and a virtual machine?", "How does Docker work?", "What is an image?"). No "how does A relate to
 * B" between two concepts picked by frequency: nothing says a beginner would wonder about that pair. English
 * labels get the article they need (`englishNounPhrase` of `@notetutor/lexicon/english`, as the tutor's own sentences). Deterministic; at most `count`.
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
      : {
          text: englishNounPhrase(c.labelEn, c.kind, 'indefinite', c.labelZh),
          plural: looksPlural(c.labelEn.trim()),
        };
  const [first, second] = ranked;
  if (!first) return [];
  const out: string[] = [templates.what(label(first))];
  const partner = ranked.slice(1).find((c) => c.kind === first.kind) ?? second;
  if (partner) out.push(templates.diff(label(first), label(partner)));
  const rest = ranked.filter((c) => c !== first && c !== partner);
  if (rest[0]) out.push(templates.how(label(rest[0])));
  if (rest[1]) out.push(templates.what(label(rest[1])));
  return [...new Set(out)].slice(0, count);
}
