const OPEN = /<(think|thinking|reasoning)>/i;
/** Longest tag this filter looks for, to know how much of a chunk's end may be the start of one. */
const LONGEST_TAG = '</reasoning>'.length;

/**
 * Removes the reasoning some local models (DeepSeek-R1, Qwen3 through Ollama, vLLM or llama.cpp server) write
 * into the answer text as `<think>…</think>` (also `<thinking>`, `<reasoning>`), as it streams: tags split
 * across chunks are recognised, and an unclosed block hides everything after it.
 *
 * @example
 * const filter = new ReasoningFilter();
 * filter.push('<thi'); // → ''
 * filter.push('nk>plan the answer</think>Containers share'); // → 'Containers share'
 */
export class ReasoningFilter {
  #held = '';
  /** The closing tag being waited for, while inside a block. */
  #closing: string | undefined;

  /** Takes the next chunk; returns the answer text it releases. */
  push(chunk: string): string {
    let text = this.#held + chunk;
    this.#held = '';
    let out = '';
    for (;;) {
      if (this.#closing !== undefined) {
        const end = text.toLowerCase().indexOf(this.#closing);
        if (end === -1) {
          // Keep only what could be the start of the closing tag.
          this.#held = text.slice(Math.max(0, text.length - this.#closing.length + 1));
          return out;
        }
        text = text.slice(end + this.#closing.length);
        this.#closing = undefined;
        continue;
      }
      const open = OPEN.exec(text);
      if (open) {
        out += text.slice(0, open.index);
        this.#closing = `</${(open[1] as string).toLowerCase()}>`;
        text = text.slice(open.index + open[0].length);
        continue;
      }
      const lt = text.lastIndexOf('<');
      if (lt !== -1 && text.length - lt < LONGEST_TAG && /^<\/?[a-z]*$/i.test(text.slice(lt))) {
        this.#held = text.slice(lt);
        return out + text.slice(0, lt);
      }
      return out + text;
    }
  }

  /** Releases what is held at the end of the stream (nothing, inside an unclosed block). */
  end(): string {
    const rest = this.#closing === undefined ? this.#held : '';
    this.#held = '';
    return rest;
  }
}
