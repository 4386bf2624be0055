// Distinct questions for the /api/ask benchmark, made from the served graph's concept labels.

const ZH_TEMPLATES = ['什么是{}？', '{}有什么作用？', '{}是怎么实现的？', '能解释一下{}吗'];
const EN_TEMPLATES = ['What is {}?', 'What does {} do?', 'How does {} work in Docker?', 'explain {}'];
const ZH_FRAMES = ['{}', '请问{}', '我的笔记里说的：{}'];
const EN_FRAMES = ['{}', 'Quick question: {}', 'From my notes, {}'];

/**
 * Thousands of different questions: every concept label in Chinese and English templates, pairs of nearby
 * concepts ("how are A and B related"), each in a few phrasings. Neither the API nor the tutor caches
 * answers, so repeats would not be flattered either; distinct questions keep the work honest regardless.
 */
export async function questionsFrom(url: string): Promise<string[]> {
  const graph = (await (await fetch(`${url}/api/graph`)).json()) as {
    nodes: Array<{ attributes: { labelZh: string; labelEn: string } }>;
  };
  const zh = graph.nodes.map((node) => node.attributes.labelZh);
  const en = graph.nodes.map((node) => node.attributes.labelEn);
  const zhQuestions: string[] = [];
  const enQuestions: string[] = [];
  for (const label of zh) for (const t of ZH_TEMPLATES) zhQuestions.push(t.replace('{}', label));
  for (const label of en) for (const t of EN_TEMPLATES) enQuestions.push(t.replace('{}', label));
  for (let i = 0; i < zh.length; i++) {
    for (let j = i + 1; j < zh.length && j < i + 12; j++) {
      zhQuestions.push(`${zh[i]}和${zh[j]}有什么区别？`);
      enQuestions.push(`How is ${en[i]} related to ${en[j]}?`);
    }
  }
  const questions = new Set<string>();
  for (const frame of ZH_FRAMES) for (const q of zhQuestions) questions.add(frame.replace('{}', q));
  for (const frame of EN_FRAMES) for (const q of enQuestions) questions.add(frame.replace('{}', q));
  // Interleave so consecutive asks differ in language and concept.
  return shuffle([...questions]);
}

/** A fixed-seed shuffle, so every run asks the same questions in the same order. */
function shuffle<T>(items: T[]): T[] {
  let seed = 0x2545f491;
  for (let i = items.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const j = seed % (i + 1);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}
