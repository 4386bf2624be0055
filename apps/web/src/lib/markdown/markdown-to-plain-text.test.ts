import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from './markdown-to-plain-text';

describe('markdownToPlainText', () => {
  it('drops markup but keeps the words, citation marks and code', () => {
    expect(
      markdownToPlainText(
        '## Why\n\n**Containers** share the `kernel` [1], see [docs](https://docs.docker.com).',
      ),
    ).toBe('Why\nContainers share the kernel [1], see docs.');
  });

  it('reads a table row by row and a list item by item', () => {
    const text = markdownToPlainText(
      '| Aspect | Container |\n| --- | --- |\n| Kernel | shared [1] |\n\n1. first\n2. second\n\n- a\n- b',
    );
    expect(text).toBe('Aspect, Container\nKernel, shared [1]\n1. first\n2. second\na\nb');
  });

  it('treats HTML as the text it is', () => {
    expect(markdownToPlainText('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
  });
});
