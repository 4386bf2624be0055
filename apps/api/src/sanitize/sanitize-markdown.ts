/** Which links may stay in a text. */
export interface LinkPolicy {
  /** Whether a link to `url` (already known to be http or https) may stay clickable. */
  allowLink(url: string): boolean;
}

const HTTP_URL = /^https?:\/\/[^\s<>"'`]+$/i;
/** `![alt](url "title")` — an image, inline; the URL may hold balanced parentheses (`javascript:alert(1)`). */
const IMAGE = /!\[([^\]\n]*)\]\(\s*<?((?:[^()\s>]|\([^()\s]*\))*)>?(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/g;
/** `![alt][ref]` / `![alt][]` — an image by reference. */
const REFERENCE_IMAGE = /!\[([^\]\n]*)\]\[[^\]\n]*\]/g;
/** `[text](url "title")` — a link, inline; the URL may hold balanced parentheses, as CommonMark allows. */
const LINK = /\[([^\]\n]*)\]\(\s*<?((?:[^()\s>]|\([^()\s]*\))*)>?(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/g;
/** `<https://…>` and `<mailto:…>` — autolinks. */
const AUTOLINK = /<([a-z][a-z0-9+.-]{1,31}:[^\s<>]*)>/gi;
/** `[ref]: url` at the start of a line — a link reference definition, which would make `[x][ref]` a link. */
const DEFINITION = /^( {0,3})\[(?!\^)([^\]\n]+)\]:/gm;
/** `<tag`, `</tag`, `<!--`, `<?`: where raw HTML would begin (not an autolink, handled above). */
const HTML_START = /<(?=[a-z/!?])(?![a-z][a-z0-9+.-]{1,31}:[^\s<>]*>)/gi;

/**
 * Makes markdown from a model (or quoted from the notes) safe to hand to any markdown renderer: raw HTML is
 * escaped (`\<script>` shows as text), images become their alt text (an image to a remote host loads
 * without a click, leaking whatever its URL carries), and a link stays a link only when it is http(s) and
 * the policy allows it (else its text remains); link reference definitions are escaped. Everything else,
 * citation marks `[1]` included, is left as it is.
 *
 * @example
 * sanitizeMarkdown('![x](https://evil.example/t.png?q=1) [go](javascript:alert(1)) <img src=x>', { allowLink: () => true });
 * // 'x go \\<img src=x>'
 */
export function sanitizeMarkdown(text: string, policy: LinkPolicy): string {
  if (!/[<[\]!]/.test(text)) return text;
  return text
    .replace(IMAGE, (_m, alt: string) => alt)
    .replace(REFERENCE_IMAGE, (_m, alt: string) => alt)
    .replace(LINK, (whole, label: string, url: string) =>
      HTTP_URL.test(url) && policy.allowLink(url) ? whole : label,
    )
    .replace(AUTOLINK, (whole, url: string) => (HTTP_URL.test(url) && policy.allowLink(url) ? whole : url))
    .replace(DEFINITION, (_m, indent: string, label: string) => `${indent}\\[${label}]:`)
    .replace(HTML_START, '\\<');
}
