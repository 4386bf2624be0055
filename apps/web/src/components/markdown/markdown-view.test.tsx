import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MarkdownView } from './markdown-view';

function render(text: string, citationCount = 0): string {
  return renderToStaticMarkup(
    <MarkdownView
      text={text}
      citationCount={citationCount}
      citationLabel={(n) => `Citation ${n}`}
      onCitation={() => {}}
    />,
  );
}

describe('MarkdownView', () => {
  it('renders raw HTML, script tags and event handlers as visible text', () => {
    const html = render('<script>alert(1)</script> <img src=x onerror=alert(1)> <b>bold?</b>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('never renders a javascript:, data: or relative link; shows the source text instead', () => {
    const html = render(
      '[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [rel](/admin) <javascript:alert(2)>',
    );
    expect(html).not.toMatch(/<a\b/);
    expect(html).toContain('[click](javascript:alert(1))');
    expect(html).toContain('[rel](/admin)');
  });

  it('renders http(s) links that open safely in a new tab', () => {
    const html = render('see [Docker docs](https://docs.docker.com/) or https://example.org/a.');
    expect(html).toContain(
      '<a href="https://docs.docker.com/" target="_blank" rel="noopener noreferrer nofollow" class="md-link">Docker docs</a>',
    );
    expect(html).toContain('href="https://example.org/a"');
  });

  it('does not let a link URL break out of its attribute', () => {
    const html = render('[x](https://example.org/"onmouseover="alert(1))');
    expect(html).not.toContain('onmouseover="alert');
  });

  it('turns [n] into a labelled button only when citation n exists', () => {
    const html = render('容器共享内核 [1]，另见 [2] 和 [9]。', 2);
    expect(html).toContain('<button type="button" class="cite-mark" aria-label="Citation 1">1</button>');
    expect(html).toContain('aria-label="Citation 2"');
    expect(html).not.toContain('aria-label="Citation 9"');
    expect(html).toContain('[9]');
  });

  it('renders code blocks and inline code as text, not markup', () => {
    const html = render('`<div>` and\n\n```html\n<iframe src="https://evil"></iframe>\n```');
    expect(html).toContain('<code class="md-inline-code">&lt;div&gt;</code>');
    expect(html).toContain(
      '<pre class="md-code" data-lang="html"><code>&lt;iframe src=&quot;https://evil&quot;&gt;&lt;/iframe&gt;</code></pre>',
    );
  });

  it('renders lists, tables, emphasis and headings', () => {
    const html = render('# T\n\n1. **a**\n2. *b*\n\n| x | y |\n|---|--:|\n| 1 | 2 |');
    expect(html).toContain('<h3>T</h3>');
    expect(html).toContain('<ol><li><p><strong>a</strong></p></li><li><p><em>b</em></p></li></ol>');
    expect(html).toContain('<td style="text-align:right">2</td>');
  });
});
