/** The interface languages. */
export type UiLanguage = 'zh' | 'en';

/** Cookie that carries the chosen interface language to server-rendered pages. */
export const LANGUAGE_COOKIE = 'notetutor-lang';
/** localStorage key of the chosen interface language. */
export const LANGUAGE_STORAGE_KEY = 'notetutor.lang';

/** `zh` or `en` from one BCP 47 tag (`zh-CN`, `en-GB`, `zh-Hant-TW`…), or `undefined` for other languages. */
export function languageOfTag(tag: string): UiLanguage | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'zh' ? 'zh' : primary === 'en' ? 'en' : undefined;
}

/** The first of the user's preferred languages that the interface speaks; English when none is. */
export function pickLanguage(tags: readonly string[]): UiLanguage {
  for (const tag of tags) {
    const language = languageOfTag(tag);
    if (language) return language;
  }
  return 'en';
}

/** The interface language for an `Accept-Language` header, honouring q-values. */
export function languageFromAcceptLanguage(header: string | null | undefined): UiLanguage {
  if (!header) return 'en';
  const ranked = header
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag, q: q === undefined ? 1 : Number(q), order };
    })
    .filter((r) => r.tag && r.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return pickLanguage(ranked.map((r) => r.tag));
}
