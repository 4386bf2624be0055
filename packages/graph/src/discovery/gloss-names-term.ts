import { damerauLevenshtein } from '../text/damerau-levenshtein';

const CJK = /[\u3400-\u9fff]/;

/**
 * Whether a gloss is another name for its term, so an alias: a name in the other script (`UTS(主机名称)`,
 * `控制组(cgroups)`), an abbreviation or its expansion (`Interrupt Coalescence (IC)`, `cgroups (control groups)`,
 * `AUFS (advanced multi-layered unification filesystem)`) or a spelling of it (`amecs (emacs)`). Two different
 * Latin names are a qualifier or a remark (`Interrupt Coalescing (soft IRQ)`): kept out of the label, and no alias.
 */
export function glossNamesTerm(term: string, gloss: string): boolean {
  if (CJK.test(term) !== CJK.test(gloss)) return true;
  if (CJK.test(term)) return true;
  const a = term.toLowerCase();
  const b = gloss.toLowerCase();
  const [short, long] = a.replace(/\s+/g, '').length <= b.replace(/\s+/g, '').length ? [a, b] : [b, a];
  if (!/\s/.test(short) && abbreviates(short.replace(/[^a-z0-9]/g, ''), long)) return true;
  // A misspelling, for words long enough that two edits leave them recognisable (not `tcp` and `udp`).
  return Math.min(a.length, b.length) >= 5 && damerauLevenshtein(a, b, 2) <= 2;
}

/** Whether `short` starts as `long` does and has its letters in order within it (`aufs` in `advanced … filesystem`). */
function abbreviates(short: string, long: string): boolean {
  const letters = long.replace(/[^a-z0-9]/g, '');
  if (short.length < 2 || short === letters || short[0] !== letters[0]) return false;
  let at = 0;
  for (const c of short) {
    at = letters.indexOf(c, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}
