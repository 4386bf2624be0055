import type { Lang, Section } from '@notetutor/notes';
import type { ConceptLookup, ConceptMention } from '../types';
import type { CompiledCues } from '../vocabulary/compile-cue-patterns';
import { analysePassage, type PassageAnalysis } from './analyse-passage';
import { type ConceptFacts, extractCueRelations } from './extract-cue-relations';
import { pickAnswerConcept, pushAnswer, readHowQuestion } from './extract-question-answers';
import type { RelationCandidate } from './relation-candidate';

/** What heading extraction needs about the passages of the section. */
export interface SectionContext {
  section: Section;
  lang: Lang;
  /** Analyses of the section's passages (prose only), in order. */
  passages: readonly PassageAnalysis[];
  lookup: ConceptLookup;
  /** The heading's mentions when the caller has already looked them up (`lookup.find` of the title). */
  titleMentions?: readonly ConceptMention[];
  cues: CompiledCues;
  facts: ConceptFacts;
  documentFrequency: (id: string) => number;
}

/**
 * Relations a heading states about its section. A cue in the heading (`容器与虚拟机有什么区别？`) holds for the
 * section (evidence: its passages that name either concept). A how-question heading (`数据如何持久化？`) is
 * answered by each passage under it (its key concept provides the process or implements the thing asked
 * about). And the concepts a heading names relate, weakly, to the concept each passage opens with.
 * Returns the concepts the heading names.
 *
 * @example
 * // `##### 5. 数据如何持久化？` over `…与宿主机中的目录文件进行绑定…` → bind-mount provides persistence
 * extractHeadingRelations({ section, lang: 'zh', passages, lookup, cues, facts, documentFrequency }, out); // ['persistence']
 */
export function extractHeadingRelations(
  context: SectionContext,
  out: { push(candidate: RelationCandidate): void },
): string[] {
  const { section, passages } = context;
  if (section.title.trim() === '' || passages.length === 0) return [];
  const heading = analysePassage(
    {
      id: section.id,
      text: section.title,
      lang: context.lang,
      kind: 'paragraph',
      sentences: [],
      emphasis: [],
    },
    context.titleMentions ?? context.lookup.find(section.title, { lang: context.lang }),
  );
  const named = [...new Set(heading.mentions.filter((m) => !m.inGloss).map((m) => m.id))];
  if (named.length === 0) return [];

  const stated: RelationCandidate[] = [];
  extractCueRelations(heading, context.cues, context.facts, {
    evidence: [],
    strength: 0.75,
    via: 'cue',
    out: stated,
    linked: new Map(),
  });
  for (const candidate of stated) {
    const about = passages.filter((p) =>
      p.mentions.some((m) => m.id === candidate.source || m.id === candidate.target),
    );
    const evidence = (about.length > 0 ? about : passages.slice(0, 1)).map((p) => p.passage.id);
    out.push({ ...candidate, evidence });
  }

  const sentence = heading.sentences[0];
  const question = sentence
    ? readHowQuestion(sentence, (k) => heading.mentions[sentence.members[k] as number]?.id)
    : undefined;
  if (question) {
    for (const passage of passages) {
      const all = passage.sentences.map((_, i) => i);
      const answer = pickAnswerConcept(passage, all, question.named, context.documentFrequency);
      if (answer) {
        pushAnswer(question, answer, {
          evidence: [passage.passage.id],
          strength: 0.5,
          via: 'question',
          out,
          linked: new Map(),
        });
      }
    }
  }

  for (const passage of passages) {
    const topic = passage.topic?.id;
    if (!topic) continue;
    for (const id of named) {
      if (id === topic) continue;
      out.push({
        source: id,
        target: topic,
        type: 'related-to',
        labelZh: '',
        labelEn: '',
        evidence: [passage.passage.id],
        strength: 0.2,
        via: 'structure',
      });
    }
  }
  return named;
}
