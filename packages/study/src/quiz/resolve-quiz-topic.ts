import type { KnowledgeBase } from '@notetutor/graph';
import { isCommonWord } from '@notetutor/lexicon';

const LATIN_WORD = /[a-z][a-z0-9-]{3,}/g;
/** Zipf frequency of words like `about`, `what`, `这个`: too frequent to name anything. */
const FUNCTION_WORD_ZIPF = 5.5;
const HAN_RUN = /[\p{Script=Han}]{2,}/gu;

/** `networking` → `network`, `namespaces` → `namespace`: enough to meet a kind or a label. */
function stem(word: string): string {
  return word.replace(/(?:ing|s)$/, '');
}

/**
 * The concepts a free-text topic names: those it mentions by any alias (typos forgiven), else those whose
 * kind or label contains one of its words (`networking` → the concepts of kind `network` and the
 * labels with "network"; `网络` → `网络模式`, `网络命名空间`). Sorted by id; empty when nothing matches.
 *
 * @example resolveQuizTopic(kb, 'Docker networking'); // ['bridge', 'dnat', 'docker', …]
 */
export function resolveQuizTopic(kb: KnowledgeBase, topic: string): string[] {
  const found = new Set(kb.lookup.find(topic, { fuzzy: true }).map((m) => m.id));
  const text = topic.normalize('NFKC').toLowerCase();
  const latin = (text.match(LATIN_WORD) ?? []).map(stem).filter((w) => w.length >= 4);
  const han = text.match(HAN_RUN) ?? [];
  // Function words (`about`, `what`, `一下`) never name a topic.
  const words = [...latin, ...han].filter((w) => !isCommonWord(w, undefined, FUNCTION_WORD_ZIPF));
  if (words.length > 0) {
    kb.graph.forEachNode((id, node) => {
      const kindWords = node.kind.split('-');
      const labels = `${node.labelEn} ${node.labelZh}`.toLowerCase();
      for (const word of words) {
        const latinWord = /^[a-z]/.test(word);
        if (latinWord && (kindWords[0] === word || new RegExp(`\\b${word}`).test(labels))) found.add(id);
        if (!latinWord && labels.includes(word)) found.add(id);
      }
    });
  }
  return [...found].sort();
}
