/** What a chat message asks for when it is a study request: a quiz (on a topic) or a study path (to one). */
export type StudyRequest =
  | { kind: 'quiz'; topic: string; count: number; lang: 'zh' | 'en' }
  | { kind: 'path'; target: string; lang: 'zh' | 'en' };

const MAX_COUNT = 20;
const DEFAULT_COUNT = 5;
const CJK = /[\u3400-\u9fff]/;

const QUIZ: RegExp[] = [
  /\b(?:quiz|test|examine)\s+me\b(?:\s+(?:on|about|in))?(?<topic>.*)$/i,
  /\btest\s+my\s+(?:understanding|knowledge|grasp)\b(?:\s+(?:of|on|about))?(?<topic>.*)$/i,
  /\b(?:give|make|create|generate|start)\s+(?:me\s+)?(?:a\s+|an\s+|some\s+)?(?:short\s+|quick\s+)?(?:quiz|test|practice questions)\b(?:\s+(?:on|about|for))?(?<topic>.*)$/i,
  /\bask\s+me\s+(?:some\s+|a\s+few\s+)?questions\b(?:\s+(?:on|about))?(?<topic>.*)$/i,
  /考考我(?<topic>.*)$/,
  /(?:测试|检验|检测)(?:一下)?我(?:对)?(?<topic>.*?)(?:的(?:理解|掌握|知识))?(?:程度|情况)?$/,
  /(?:给我)?(?:出|来)(?:[几一两三四五六七八九十\d]+[道个])?(?:题|测验|小测|练习题)(?:考考我)?(?<topic>.*)$/,
];

const PATH: RegExp[] = [
  /\bwhat\s+(?:should|do)\s+i\s+(?:learn|study|read)\s+(?:first|next)\b(?:\s+(?:about|on|for|in))?(?<topic>.*)$/i,
  /\b(?:learning|study)\s+(?:path|route|plan|roadmap|order)\b(?:\s+(?:to|for|on|towards?))?(?<topic>.*)$/i,
  /\bwhere\s+(?:should|do)\s+i\s+start\b(?:\s+(?:with|on|in))?(?<topic>.*)$/i,
  /\bwhat\s+(?:do|should)\s+i\s+(?:need\s+to\s+)?(?:learn|know|study)\s+(?:before|to\s+understand)(?<topic>.*)$/i,
  /\bprerequisites\s+(?:of|for)(?<topic>.*)$/i,
  /(?<topic>.*?)(?:的)?(?:学习路线|学习路径|学习顺序|学习计划)/,
  /学(?<topic>.+?)之前(?:需要|要|应该|得)?(?:先)?(?:学|懂|了解)(?:什么|啥|哪些)/,
  /(?<topic>.+?)的前置(?:知识|概念)/,
  /(?:接下来|下一步|然后)(?:该|应该|要)?学(?:什么|啥)/,
  /(?:应该|该)?先学(?:什么|啥|哪个)/,
  /从哪(?:里|儿)?(?:开始|入手|学起)/,
];

const COUNT = /(\d{1,2})\s*(?:questions?|qs|道|个问题|题)/i;
const CHINESE_COUNT: Record<string, number> = {
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};
const ZH_COUNT = /([两三四五六七八九十])\s*(?:道|个问题|题)/;
// Words around a topic that are not the topic: articles, "my notes", counts, politeness, punctuation.
const TOPIC_NOISE =
  /\b(?:the|a|an|my|notes?|please|some|with|using|questions?|\d+)\b|一下|关于|有关|的知识|的内容|吧|呢|吗|请|我的笔记|笔记|\d+\s*(?:道|个问题|题)|[两三四五六七八九十](?:道|个问题|题)/gi;

function cleanTopic(raw: string | undefined): string {
  // The topic ends with its clause: "on bridge, 3 questions", "命名空间，出三道题".
  const clause = (raw ?? '').split(/[,，;；。!！?？]/)[0] ?? '';
  return clause
    .replace(TOPIC_NOISE, ' ')
    .replace(/[\s.:："“”'‘’]+/g, ' ')
    .trim();
}

/**
 * Recognises a study request in a chat message, English or Chinese: "quiz me on docker networking",
 * "test my understanding of namespaces", "考考我网络" (a quiz, on what follows) or "what should I learn first",
 * "学习路线", "接下来学什么", "learning path to DNAT" (a study path, to the concept named, if any).
 * Undefined for anything else, which the tutor answers as a question.
 *
 * @example recogniseStudyRequest('Quiz me on Docker networking, 3 questions'); // { kind: 'quiz', topic: 'Docker networking', count: 3, lang: 'en' }
 */
export function recogniseStudyRequest(message: string): StudyRequest | undefined {
  const text = message.normalize('NFKC').trim();
  if (text.length === 0 || text.length > 300) return undefined;
  const lang = CJK.test(text) ? 'zh' : 'en';
  for (const pattern of QUIZ) {
    const match = pattern.exec(text);
    if (!match) continue;
    const digits = COUNT.exec(text)?.[1];
    const zh = ZH_COUNT.exec(text)?.[1];
    const asked = digits ? Number(digits) : zh ? (CHINESE_COUNT[zh] ?? DEFAULT_COUNT) : DEFAULT_COUNT;
    return {
      kind: 'quiz',
      topic: cleanTopic(match.groups?.topic),
      count: Math.max(1, Math.min(MAX_COUNT, asked)),
      lang,
    };
  }
  for (const pattern of PATH) {
    const match = pattern.exec(text);
    if (match) return { kind: 'path', target: cleanTopic(match.groups?.topic), lang };
  }
  return undefined;
}
