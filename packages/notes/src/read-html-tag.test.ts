import { describe, expect, it } from 'vitest';
import { readHtmlTag } from './read-html-tag';

describe('readHtmlTag', () => {
  it('reads names, closing slashes and all attribute quoting styles', () => {
    expect(readHtmlTag('<font color=Blue>')).toEqual({
      name: 'font',
      closing: false,
      attributes: { color: 'Blue' },
    });
    expect(readHtmlTag('</B>')).toMatchObject({ name: 'b', closing: true });
    expect(readHtmlTag(`<img src="a.png" ALT='x y' hidden/>`)?.attributes).toEqual({
      src: 'a.png',
      alt: 'x y',
      hidden: '',
    });
  });

  it('rejects comments and non-tags', () => {
    expect(readHtmlTag('<!-- x -->')).toBeNull();
    expect(readHtmlTag('<仓库名>')).toBeNull();
  });
});
