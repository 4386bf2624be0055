/**
 * The URL if it is an absolute `http:`/`https:` URL, else `undefined`. Everything else (`javascript:`,
 * `data:`, relative paths, protocol-relative `//host`) is refused, so a rendered link can only leave for the web.
 */
export function safeHref(raw: string): string | undefined {
  const trimmed = raw.trim();
  // Control characters and whitespace inside a URL are how scheme filters get fooled (`java\tscript:`).
  // biome-ignore lint/suspicious/noControlCharactersInRegex: that is exactly what is being refused
  if (!/^https?:\/\//i.test(trimmed) || /[\u0000-\u0020\u007f<>"]/.test(trimmed)) return undefined;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
