/** An HTML tag's name (lower case), whether it closes, and its attributes (lower-case names). */
export interface HtmlTag {
  name: string;
  closing: boolean;
  attributes: Record<string, string>;
}

const TAG = /^<(\/?)\s*([A-Za-z][A-Za-z0-9-]*)([^>]*)>$/;
const ATTRIBUTE = /([A-Za-z_:][-A-Za-z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * Reads one HTML tag such as `<font color=Blue>`, `</b>` or `<img src="a.png" alt='x'/>`; `null` for
 * anything else (comments, declarations).
 *
 * @example
 * readHtmlTag('<font color=Blue>'); // { name: 'font', closing: false, attributes: { color: 'Blue' } }
 */
export function readHtmlTag(raw: string): HtmlTag | null {
  const match = TAG.exec(raw.trim());
  if (!match) return null;
  const attributes: Record<string, string> = Object.create(null);
  const rest = match[3] ?? '';
  if (rest.trim() !== '' && rest.trim() !== '/') {
    ATTRIBUTE.lastIndex = 0;
    for (let attr = ATTRIBUTE.exec(rest); attr; attr = ATTRIBUTE.exec(rest)) {
      const name = (attr[1] ?? '').toLowerCase();
      if (name !== '' && !(name in attributes)) attributes[name] = attr[2] ?? attr[3] ?? attr[4] ?? '';
    }
  }
  return { name: (match[2] ?? '').toLowerCase(), closing: match[1] === '/', attributes };
}
