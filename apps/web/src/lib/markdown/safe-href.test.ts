import { describe, expect, it } from 'vitest';
import { safeHref } from './safe-href';

describe('safeHref', () => {
  it('accepts absolute http and https URLs', () => {
    expect(safeHref('https://docs.docker.com/engine/')).toBe('https://docs.docker.com/engine/');
    expect(safeHref(' http://example.org ')).toBe('http://example.org/');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    '//evil.example/x',
    '/relative',
    'https://exa mple.org',
    'https://example.org/"onmouseover="x',
  ])('refuses %j', (url) => {
    expect(safeHref(url)).toBeUndefined();
  });
});
