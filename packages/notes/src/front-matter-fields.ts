import type { Lang } from './types';

/** Forward slashes, no leading `./`. */
export function normaliseFile(file: string): string {
  return file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

/** The `lang:` of front matter as a `Lang`; anything else gives a warning and `undefined`. */
export function readDeclaredLang(value: unknown, warn: (message: string) => void): Lang | undefined {
  if (value === undefined || value === null) return undefined;
  const tag = String(value).trim().toLowerCase();
  if (tag === 'zh' || tag.startsWith('zh-') || tag.startsWith('zh_') || tag === 'chinese') return 'zh';
  if (tag === 'en' || tag.startsWith('en-') || tag.startsWith('en_') || tag === 'english') return 'en';
  warn(
    `front matter lang "${String(value)}" is neither zh nor en, so the language was detected from the text`,
  );
  return undefined;
}

/** The `translation_of:` of front matter, resolved against the folder of `file`. */
export function readTranslationOf(
  value: unknown,
  file: string,
  warn: (message: string) => void,
): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.trim() === '') {
    warn('front matter translation_of must be a file name, so it was ignored');
    return undefined;
  }
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  const parts: string[] = [];
  for (const part of `${dir}${normaliseFile(value.trim())}`.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}
