import { removeInvisibleCharacters } from './remove-invisible-characters';

/** A whole citation mark: `[1]`, `[1, 3]`, `[1-3]`, `【2】`, `［2］`, `[1，2、3]`, with any spacing. */
const MARK = /([ \t]*)[[【［]\s*(\d{1,3}(?:\s*(?:[,，、;；]|[-–~])\s*\d{1,3})*)\s*[\]】］]/g;
/** What may still become a mark (or the spaces before one) when more text arrives. */
const PENDING = /[ \t]*(?:[[【［][\s\d,，、;；\-–~]*)?$/;
/** Longest tail held back waiting for the rest of a mark. */
const MAX_PENDING = 40;
/** Widest range `[a-b]` expanded into single marks. */
const MAX_RANGE = 10;

function numbersIn(list: string): number[] {
  const numbers: number[] = [];
  for (const part of list.split(/\s*[,，、;；]\s*/)) {
    const range = /^(\d+)\s*[-–~]\s*(\d+)$/.exec(part);
    if (range) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      if (to >= from && to - from <= MAX_RANGE) {
        for (let n = from; n <= to; n += 1) numbers.push(n);
      } else {
        numbers.push(from, to);
      }
    } else {
      numbers.push(Number(part));
    }
  }
  return numbers;
}

/**
 * Cleans model text as it streams: citation marks in any of the forms models write (`[1, 3]`, `【2】`,
 * `[1-3]`) become `[1][3]`, numbers the prompt did not offer are dropped (a mark citing only unknown numbers
 * disappears with the spaces before it), and control or invisible characters are removed. A possibly unfinished
 * mark at the end of a chunk is held back until the next chunk decides it, so marks split across chunks are
 * handled. Records which prompt numbers were used, in order of first use.
 *
 * @example
 * const filter = new CitationMarkFilter(3);
 * filter.push('Containers share the kernel [1, 9'); // → 'Containers share the kernel'
 * filter.push('].'); // → ' [1].'
 * filter.end(); // → ''
 * filter.used; // → [1]
 */
export class CitationMarkFilter {
  readonly #known: number;
  readonly #used: number[] = [];
  #held = '';

  /** @param knownCount marks `[1]` … `[knownCount]` are kept. */
  constructor(knownCount: number) {
    this.#known = knownCount;
  }

  /** Prompt numbers cited so far, in order of first use. */
  get used(): readonly number[] {
    return this.#used;
  }

  /** Takes the next chunk of model text; returns the text that can be released now. */
  push(chunk: string): string {
    const text = this.#held + removeInvisibleCharacters(chunk);
    const pending = PENDING.exec(text);
    const cut = pending && text.length - pending.index <= MAX_PENDING ? pending.index : text.length;
    this.#held = text.slice(cut);
    return this.#normalise(text.slice(0, cut));
  }

  /** Releases whatever is still held (an unfinished mark at the very end is kept as plain text). */
  end(): string {
    const rest = this.#held;
    this.#held = '';
    return this.#normalise(rest);
  }

  #normalise(text: string): string {
    return text.replace(MARK, (_whole, space: string, list: string) => {
      const kept = [...new Set(numbersIn(list))].filter((n) => n >= 1 && n <= this.#known);
      for (const n of kept) if (!this.#used.includes(n)) this.#used.push(n);
      return kept.length === 0 ? '' : `${space}${kept.map((n) => `[${n}]`).join('')}`;
    });
  }
}
