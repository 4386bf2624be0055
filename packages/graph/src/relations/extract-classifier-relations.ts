import type { PassageMention } from '../discovery/passage-mention';
import type { PassageAnalysis } from './analyse-passage';
import type { CandidateSink, ConceptFacts } from './extract-cue-relations';

/** Concept facts the classifier rule needs besides kinds. */
export interface ClassNounFacts extends ConceptFacts {
  isClassNoun(id: string): boolean;
  isDiscovered(id: string): boolean;
}

/**
 * Relations stated by naming alone. A term glossed by a class noun of its own kind is an instance of it
 * (`overla2(联合挂载)`, `Aufs(高级多层统一文件系统)` → union-mount implemented-by overlay2 / aufs), and so is a name
 * written right before a class noun of its kind (`docker0网桥`, `docker0 bridge` → bridge implemented-by
 * docker0). A gloss that names another kind of concept only relates the two (`PID(进程)` → related-to).
 *
 * @example
 * // `插在docker0网桥中` → { source: 'bridge', type: 'implemented-by', target: 'docker0' }
 * extractClassifierRelations(analysis, facts, sink);
 */
export function extractClassifierRelations(
  analysis: PassageAnalysis,
  facts: ClassNounFacts,
  sink: CandidateSink,
): void {
  const { mentions, glosses, glossOwners } = analysis;
  const text = analysis.passage.text;
  for (let g = 0; g < glosses.length; g++) {
    const [open, close] = glosses[g] as [number, number];
    const owner = mentions[glossOwners[g] as number];
    if (!owner) continue;
    // The head of a Chinese or English noun phrase is its last word: the gloss's last mention, if it ends it.
    let head: PassageMention | undefined;
    for (const m of mentions) {
      if (m.start > open && m.end <= close - 1) head = m;
    }
    if (!head || text.slice(head.end, close - 1).trim() !== '') continue;
    instanceOf(facts, sink, owner, head, 'gloss');
  }
  for (let i = 0; i + 1 < mentions.length; i++) {
    const name = mentions[i] as PassageMention;
    const next = mentions[i + 1] as PassageMention;
    if (name.inGloss || next.inGloss) continue;
    // Nothing or one space between the two names.
    const gap = next.start - name.end;
    if (gap > 1 || (gap === 1 && text.charCodeAt(name.end) !== 0x20)) continue;
    if (!/[A-Za-z0-9]$/.test(name.surface.normalize('NFKC'))) continue;
    instanceOf(facts, sink, name, next, 'apposition');
  }
}

function instanceOf(
  facts: ClassNounFacts,
  sink: CandidateSink,
  name: PassageMention,
  head: PassageMention,
  looseness: 'gloss' | 'apposition',
): void {
  if (name.id === head.id) return;
  const sameKind = facts.kindOf(name.id) === facts.kindOf(head.id) || facts.isDiscovered(name.id);
  if (facts.isClassNoun(head.id) && sameKind) {
    push(sink, head.id, name.id, 'implemented-by', 'classifier', sink.strength);
  } else if (looseness === 'gloss') {
    push(sink, name.id, head.id, 'related-to', 'classifier', sink.strength * 0.5);
  }
}

function push(
  sink: CandidateSink,
  source: string,
  target: string,
  type: 'implemented-by' | 'related-to',
  via: 'classifier',
  strength: number,
): void {
  sink.out.push({ source, target, type, labelZh: '', labelEn: '', evidence: sink.evidence, strength, via });
}
