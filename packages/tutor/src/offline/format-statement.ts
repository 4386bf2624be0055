const LEADING_PUNCTUATION = /^[\s,，;；:：、.。!！?？)）\]】]+/u;
const TRAILING_PAUSE = /[\s,，;；:：、]+$/u;
const TERMINAL = /([。！？.!?]+)$/u;
// Connectives that only tie a sentence to the one before it; dropped when the sentence stands alone.
const CHINESE_CONNECTIVE = /^(?:所以|因此|但是|但|而且|并且|不过)[，,\s]*/u;
const ENGLISH_CONNECTIVE = /^(?:so|but|and|however|therefore|also|thus|hence|moreover|furthermore),?\s+/i;
const MARKDOWN_SPECIAL = /([\\`*_[\]<])/g;

/**
 * Turns a quoted sentence or clause of the notes into a statement of the answer: surrounding pauses and
 * dangling connectives trimmed, markdown characters escaped, and the citation mark placed before the final
 * punctuation (`… Cgroups [1]。`, `… called Cgroups [1].`). Never changes the words in between. Connectives
 * and the final punctuation follow the quote's own script (a Chinese passage quoted for an English question
 * still ends in `。`, a Chinese sentence the notes end with `.` gets `。`); `language` breaks the tie for text
 * with no letters. A `fragment` (a clause that starts
 * inside a sentence of the notes) gets a capital letter.
 *
 * @example
 * formatStatement('但Linux内核提供对资源限制分配的功能叫做Cgroups。', 2, 'zh');
 * // 'Linux内核提供对资源限制分配的功能叫做Cgroups [2]。'
 */
export function formatStatement(
  quote: string,
  citation: number,
  language: 'zh' | 'en',
  fragment = false,
): string {
  let text = quote.replace(/\s+/g, ' ').replace(LEADING_PUNCTUATION, '');
  const chinese = /\p{Script=Han}/u.test(text) || (language === 'zh' && !/[A-Za-z]/.test(text));
  if (chinese) text = text.replace(CHINESE_CONNECTIVE, '');
  else {
    const stripped = text.replace(ENGLISH_CONNECTIVE, '');
    text = stripped === text ? text : stripped.charAt(0).toUpperCase() + stripped.slice(1);
  }
  // A clause quoted from inside a sentence ("the data a container produces is deleted…") starts a statement.
  if (fragment && /^[a-z]/.test(text)) text = text.charAt(0).toUpperCase() + text.slice(1);
  text = text.replace(TRAILING_PAUSE, '');
  const terminal = TERMINAL.exec(text);
  const body = terminal ? text.slice(0, terminal.index).trimEnd() : text;
  // The full stop follows the statement's script: the notes end some Chinese sentences with `.`.
  const end = terminal ? terminalIn(terminal[1] as string, chinese) : chinese ? '。' : '.';
  return `${escapeMarkdown(body)} [${citation}]${end}`;
}

const TO_CHINESE: Record<string, string> = { '.': '。', '!': '！', '?': '？' };
const TO_LATIN: Record<string, string> = { '。': '.', '！': '!', '？': '?' };

/** Final punctuation in the statement's script: `.` → `。` in Chinese, `。` → `.` in English. */
function terminalIn(marks: string, chinese: boolean): string {
  const table = chinese ? TO_CHINESE : TO_LATIN;
  const last = marks.at(-1) as string;
  return table[last] ?? last;
}

/** Backslash-escapes the characters that would turn plain note text into markdown or HTML. */
export function escapeMarkdown(text: string): string {
  // Code spans quoted from the notes (`kubectl top pod`) stay code; everything else is plain text.
  let out = '';
  let last = 0;
  for (const match of text.matchAll(CODE_SPAN)) {
    out += text.slice(last, match.index).replace(MARKDOWN_SPECIAL, '\\$1') + match[0];
    last = match.index + match[0].length;
  }
  return out + text.slice(last).replace(MARKDOWN_SPECIAL, '\\$1');
}

const CODE_SPAN = /(`+)(?:[^`]|[^`][^\n]*?[^`])\1(?!`)/g;
