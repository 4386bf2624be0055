import { describe, expect, it } from 'vitest';
import { parseNotes } from './parse-notes';
import type { Passage } from './types';

const parse = (text: string, file = 'notes.md') => parseNotes(text, { file });
const texts = (passages: Passage[]) => passages.map((p) => p.text);

describe('parseNotes: structure and ids', () => {
  it('numbers sections from 1 at each heading and keeps text before the first heading in section 0', () => {
    const doc = parse('intro line\n\n# Top\n\npara one\n\n## Sub\n\n- a\n- b\n', 'dir/my notes.md');
    expect(doc.stem).toBe('dir/my notes');
    expect(doc.sections.map((s) => [s.id, s.title, s.headingPath])).toEqual([
      ['dir/my notes#0', '', []],
      ['dir/my notes#1', 'Top', ['Top']],
      ['dir/my notes#2', 'Sub', ['Top', 'Sub']],
    ]);
    expect(doc.passages.map((p) => [p.id, p.kind, p.text, p.lineStart, p.lineEnd])).toEqual([
      ['dir/my notes#0.1', 'paragraph', 'intro line', 1, 1],
      ['dir/my notes#1.1', 'paragraph', 'para one', 5, 5],
      ['dir/my notes#2.1', 'bullet', 'a', 9, 9],
      ['dir/my notes#2.2', 'bullet', 'b', 10, 10],
    ]);
    expect(doc.sections[2]?.passageIds).toEqual(['dir/my notes#2.1', 'dir/my notes#2.2']);
    expect(doc.title).toBe('Top');
  });

  it('omits an empty section 0 but keeps empty headed sections so later ids stay stable', () => {
    const doc = parse('# A\n# B\ntext\n');
    expect(doc.sections.map((s) => s.id)).toEqual(['notes#1', 'notes#2']);
    expect(doc.sections[0]?.passageIds).toEqual([]);
    expect(doc.passages[0]?.id).toBe('notes#2.1');
  });

  it('pops the heading path when a shallower or equal heading comes', () => {
    const doc = parse('# A\n### A1\n## B\nx\n# C\ny\n');
    expect(doc.sections.map((s) => s.headingPath)).toEqual([['A'], ['A', 'A1'], ['A', 'B'], ['C']]);
    expect(doc.passages.map((p) => p.headingPath)).toEqual([['A', 'B'], ['C']]);
  });

  it('makes each list item a passage, nested items their own passages, in reading order', () => {
    const doc = parse('- parent\n  - child one\n  - child two\n    1. grandchild\n- next\n');
    expect(doc.passages.map((p) => [p.text, p.lineStart, p.lineEnd])).toEqual([
      ['parent', 1, 1],
      ['child one', 2, 2],
      ['child two', 3, 3],
      ['grandchild', 4, 4],
      ['next', 5, 5],
    ]);
    expect(doc.passages.every((p) => p.kind === 'bullet')).toBe(true);
  });

  it('keeps a lazily continued list item as one passage across both lines', () => {
    const doc = parse(
      '* host：共享宿主机的网络，而是与宿主机使用\n同一个IP地址，在容器内开放的端口\n* none：不设置\n',
    );
    expect(doc.passages).toHaveLength(2);
    expect(doc.passages[0]).toMatchObject({
      lineStart: 1,
      lineEnd: 2,
      text: 'host：共享宿主机的网络，而是与宿主机使用同一个IP地址，在容器内开放的端口',
    });
  });

  it('joins wrapped English lines with a space and Chinese lines with nothing', () => {
    const doc = parse('Docker uses\nnamespaces.\n\n容器共享\n内核。\n');
    expect(texts(doc.passages)).toEqual(['Docker uses namespaces.', '容器共享内核。']);
  });

  it('joins the paragraphs of a loose list item with a newline', () => {
    const doc = parse('- first para\n\n  second para\n- other\n');
    expect(doc.passages[0]).toMatchObject({ text: 'first para\nsecond para', lineStart: 1, lineEnd: 3 });
  });

  it('makes fenced and indented code blocks code passages with their language', () => {
    const doc = parse(
      'text\n\n```bash title="x"\ndocker run -it nginx\n  --rm\n```\n\n    indented code\n    more\n',
    );
    const code = doc.passages.filter((p) => p.kind === 'code');
    expect(code.map((p) => [p.text, p.codeLang, p.lineStart, p.lineEnd])).toEqual([
      ['docker run -it nginx\n  --rm', 'bash', 3, 6],
      ['indented code\nmore', undefined, 8, 9],
    ]);
    expect(code[0]?.sentences).toHaveLength(2);
  });

  it('keeps a code block inside a list item as its own code passage after the item', () => {
    const doc = parse('- run this:\n\n  ```sh\n  docker ps\n  ```\n- next\n');
    expect(doc.passages.map((p) => [p.kind, p.text])).toEqual([
      ['bullet', 'run this:'],
      ['code', 'docker ps'],
      ['bullet', 'next'],
    ]);
  });

  it('makes one passage per table row, each carrying its header', () => {
    const doc = parse(
      '| 模式 | 说明 |\n| --- | --- |\n| **bridge** | 默认 `docker0` |\n| host | 共享网络 |\n',
    );
    expect(doc.passages).toHaveLength(2);
    expect(doc.passages[0]).toMatchObject({
      kind: 'table',
      text: '模式: bridge | 说明: 默认 `docker0`',
      tableHeader: ['模式', '说明'],
      lineStart: 3,
      lineEnd: 3,
      emphasis: ['bridge'],
      inlineCode: ['docker0'],
    });
    expect(doc.passages[1]).toMatchObject({ text: '模式: host | 说明: 共享网络', lineStart: 4 });
  });

  it('never makes a header row alone the passage of a table that has rows', () => {
    const doc = parse('| 区别 | GET | POST |\n| --- | --- | --- |\n| 参数位置 | URL 中 | 请求体中 |\n');
    expect(doc.passages.map((p) => p.text)).toEqual(['区别: 参数位置 | GET: URL 中 | POST: 请求体中']);
  });

  it('links nested bullets and code to the list item they belong to', () => {
    const doc = parse(
      '- K8s imposes the following requirements:\n  - all pods can talk\n    ```sh\n    kubectl get pods\n    ```\n- next\n',
    );
    const [lead, child, code, next] = doc.passages;
    expect(lead?.parentId).toBeUndefined();
    expect(child).toMatchObject({ text: 'all pods can talk', parentId: lead?.id });
    expect(code).toMatchObject({ kind: 'code', text: 'kubectl get pods', parentId: child?.id });
    expect(next?.parentId).toBeUndefined();
  });

  it('makes a list the children of the paragraph ending in a colon right before it', () => {
    const doc = parse(
      '查找流程如下：\n\n1. 比较根节点\n2. 进入右子树\n\nB 树的节点更多。\n\n- 不是它的子项\n',
    );
    const [lead, first, second, plain, other] = doc.passages;
    expect(lead?.parentId).toBeUndefined();
    expect(first).toMatchObject({ text: '比较根节点', parentId: lead?.id, step: 1 });
    expect(second).toMatchObject({ text: '进入右子树', parentId: lead?.id, step: 2 });
    expect(plain?.parentId).toBeUndefined();
    expect(other?.parentId).toBeUndefined();
  });

  it('numbers the items of ordered lists as steps', () => {
    const doc = parse('1. Packets arrive\n2. NIC raises an IRQ\n   - nested note\n\n- unordered\n');
    expect(doc.passages.map((p) => [p.text, p.step])).toEqual([
      ['Packets arrive', 1],
      ['NIC raises an IRQ', 2],
      ['nested note', undefined],
      ['unordered', undefined],
    ]);
  });

  it('marks checklists, tables of contents and link lists, and removes the checkbox', () => {
    const doc = parse(
      '- [x] Understand Deployments\n- \\[ \\] Understand Monitoring\n- [Intro](#intro)\n- see [the docs](https://example.org/docs)\n- plain text with [one link](https://example.org) inside it\n',
    );
    expect(doc.passages.map((p) => [p.text, p.role, p.checked])).toEqual([
      ['Understand Deployments', 'checklist', true],
      ['Understand Monitoring', 'checklist', false],
      ['Intro', 'toc', undefined],
      ['see the docs', 'links', undefined],
      ['plain text with one link inside it', undefined, undefined],
    ]);
  });

  it('makes a block quote one passage, including what is nested in it', () => {
    const doc = parse('> Note: images are **read-only**.\n> - layer one\n> - layer two\n\nafter\n');
    expect(doc.passages[0]).toMatchObject({
      kind: 'quote',
      text: 'Note: images are read-only.\nlayer one\nlayer two',
      lineStart: 1,
      lineEnd: 3,
      emphasis: ['read-only'],
    });
    expect(doc.passages[1]?.text).toBe('after');
  });

  it('turns setext headings into sections too', () => {
    const doc = parse('Title\n=====\n\nbody\n');
    expect(doc.sections[0]).toMatchObject({ title: 'Title', depth: 1, lineStart: 1 });
  });
});

describe('parseNotes: inline content', () => {
  it('keeps the inner text of inline HTML and drops the tags', () => {
    const doc = parse('<font color=Blue>容器</font>与<span style="x">虚拟机</span>\n');
    expect(doc.passages[0]?.text).toBe('容器与虚拟机');
  });

  it('turns <br> into a newline (and a sentence break) and <b>/<strong> into emphasis', () => {
    const doc = parse('- 第一行<br>第二行 <b>Cgroups</b> and <strong>UTS</strong>\n');
    const p = doc.passages[0] as Passage;
    expect(p.text).toBe('第一行\n第二行 Cgroups and UTS');
    expect(p.emphasis).toEqual(['Cgroups', 'UTS']);
    expect(p.sentences.map((s) => p.text.slice(s.start, s.end))).toEqual([
      '第一行',
      '第二行 Cgroups and UTS',
    ]);
  });

  it('decodes HTML entities', () => {
    const doc = parse('例如：&lt;仓库名&gt;:&lt;标签&gt; &amp; &#x4E2D;&#25991; &nbsp;end\n');
    expect(doc.passages[0]?.text).toBe('例如：<仓库名>:<标签> & 中文 \u00a0end');
  });

  it('records **bold** and __bold__ as emphasis and removes the markers', () => {
    const doc = parse('统称为**Namespaces**,使用 __Cgroups__ and *em*, **命名空间（Namespaces）**是\n');
    expect(doc.passages[0]).toMatchObject({
      text: '统称为Namespaces,使用 Cgroups and em, 命名空间（Namespaces）是',
      emphasis: ['Namespaces', 'Cgroups', '命名空间（Namespaces）'],
    });
  });

  it('keeps inline code in the text as code spans and lists it', () => {
    const doc = parse('run `docker info` then `brctl show` or ``a`b``\n');
    expect(doc.passages[0]).toMatchObject({
      text: 'run `docker info` then `brctl show` or `` a`b ``',
      inlineCode: ['docker info', 'brctl show', 'a`b'],
    });
  });

  it('keeps link text in the text and records the url, also for reference links and autolinks', () => {
    const doc = parse(
      'see [Docker docs](https://docs.docker.com "t") and [hub][h] or <https://x.io>\n\n[h]: https://hub.docker.com\n',
    );
    expect(doc.passages[0]?.text).toBe('see Docker docs and hub or https://x.io');
    expect(doc.passages[0]?.links).toEqual([
      { text: 'Docker docs', url: 'https://docs.docker.com' },
      { text: 'hub', url: 'https://hub.docker.com' },
      { text: 'https://x.io', url: 'https://x.io' },
    ]);
  });

  it('records bare URLs as links, stopping at Chinese text and trailing punctuation', () => {
    const doc = parse('见https://docs.docker.com/storage/和 http://a.io/x. 还有docker.io/library/nginx\n');
    expect(doc.passages[0]?.links).toEqual([
      { text: 'https://docs.docker.com/storage/', url: 'https://docs.docker.com/storage/' },
      { text: 'http://a.io/x', url: 'http://a.io/x' },
    ]);
    expect(doc.passages[0]?.text).toBe(
      '见https://docs.docker.com/storage/和 http://a.io/x. 还有docker.io/library/nginx',
    );
  });

  it('keeps images inside a passage as attributes without their alt text', () => {
    const doc = parse('layers ![diagram of layers](img/l.png) explained\n');
    expect(doc.passages[0]).toMatchObject({
      text: 'layers explained',
      images: [{ alt: 'diagram of layers', url: 'img/l.png' }],
    });
  });

  it('attaches an image-only paragraph to the next passage of its section', () => {
    const doc = parse('## A\n![1.jpg](https://x/1.jpg)\n* first\n* second\n');
    expect(doc.passages.map((p) => p.images.map((i) => i.url))).toEqual([['https://x/1.jpg'], []]);
    expect(doc.passages[0]?.lineStart).toBe(3);
  });

  it('attaches trailing images to the previous passage when none follows in the section', () => {
    const doc = parse('## A\ntext\n\n![a](a.png) <img src="b.png" alt="B">\n\n## B\nmore\n');
    expect(doc.passages[0]?.images).toEqual([
      { alt: 'a', url: 'a.png' },
      { alt: 'B', url: 'b.png' },
    ]);
    expect(doc.passages[1]?.images).toEqual([]);
  });

  it('warns about images in a section that has no passage at all', () => {
    const doc = parse('## A\n![a](a.png)\n## B\ntext\n');
    expect(doc.passages).toHaveLength(1);
    expect(doc.warnings[0]?.message).toMatch(/image/);
  });

  it('treats an HTML block as an html passage with the tags stripped, and drops comments', () => {
    const doc = parse('<div align="center">\n  <b>Docker</b> &amp; Podman\n</div>\n\n<!-- hidden -->\n');
    expect(doc.passages).toHaveLength(1);
    expect(doc.passages[0]).toMatchObject({
      kind: 'html',
      text: 'Docker & Podman',
      emphasis: ['Docker'],
      lineStart: 1,
      lineEnd: 3,
    });
  });

  it('reads a four-space indented line of only styled text as an html passage, not code', () => {
    const doc = parse(
      '### 概念\n    <font color=Blue>1.容器与虚拟机有什么区别？</font>\n\ntext\n\n    <div>real code</div>\n',
    );
    expect(doc.passages.map((p) => [p.kind, p.text, p.lineStart])).toEqual([
      ['html', '1.容器与虚拟机有什么区别？', 2],
      ['paragraph', 'text', 4],
      ['code', '<div>real code</div>', 6],
    ]);
  });

  it('strips ~~strikethrough~~ markers and keeps the words', () => {
    expect(parse('~~old~~ new\n').passages[0]?.text).toBe('old new');
  });
});

describe('parseNotes: odd input', () => {
  it('reads CRLF and lone CR line endings with the same line numbers as LF', () => {
    const lf = parse('# T\n\n- a\n- b\n  c\n');
    for (const ending of ['\r\n', '\r']) {
      const doc = parse(`# T${ending}${ending}- a${ending}- b${ending}  c${ending}`);
      expect(doc.passages.map((p) => [p.text, p.lineStart, p.lineEnd])).toEqual(
        lf.passages.map((p) => [p.text, p.lineStart, p.lineEnd]),
      );
    }
    expect(lf.passages[1]).toMatchObject({ text: 'b c', lineStart: 4, lineEnd: 5 });
  });

  it('ignores a BOM, removes zero-width and control characters, and NFC-normalises', () => {
    const doc = parse('\ufeff# Ti\u200btle\n\ncafe\u0301\u0007 容\u200d器\u0000\n');
    expect(doc.title).toBe('Title');
    expect(doc.passages[0]?.text).toBe('caf\u00e9 容器');
    expect(doc.passages[0]?.lineStart).toBe(3);
  });

  it('keeps full-width punctuation as written', () => {
    expect(parse('（注意）：ＵＴＳ！\n').passages[0]?.text).toBe('（注意）：ＵＴＳ！');
  });

  it('never throws on arbitrary bytes-as-text and returns well-formed passages', () => {
    const weird = [
      '',
      '\n\n\n',
      '```',
      '<',
      '[x]: <',
      '> > > >',
      '- - - -',
      '*'.repeat(5000),
      '<!--',
      '|a|\n|-|',
      '\u0000\u0001',
    ];
    for (const input of weird) {
      const doc = parse(input);
      for (const p of doc.passages) {
        expect(p.text.trim()).not.toBe('');
        expect(p.lineStart).toBeGreaterThanOrEqual(1);
        expect(p.lineEnd).toBeGreaterThanOrEqual(p.lineStart);
      }
    }
  });

  it('gives the same ids and line numbers in a large file as in a small one', () => {
    const part = (i: number) => `## S${i}\n\n- 第${i}条\n  续行\n\n\`\`\`sh\n# not a heading ${i}\n\`\`\`\n`;
    const doc = parse(Array.from({ length: 20000 }, (_, i) => part(i)).join('\n'));
    expect(doc.sections).toHaveLength(20000);
    expect(doc.passages).toHaveLength(40000);
    const i = 17_345;
    const bullet = doc.passages.find((p) => p.id === `notes#${i + 1}.1`);
    expect(bullet).toMatchObject({ text: `第${i}条续行`, lineStart: i * 9 + 3, lineEnd: i * 9 + 4 });
    expect(doc.passages.find((p) => p.id === `notes#${i + 1}.2`)).toMatchObject({
      kind: 'code',
      lineStart: i * 9 + 6,
    });
    // A big input, not a timed test: vitest's 5 s default is too short on a loaded 2-core machine.
  }, 60_000);

  it('keeps its invariants on hundreds of random markdown-ish documents', () => {
    const pieces = [
      '# ',
      '## ',
      '- ',
      '* ',
      '1. ',
      '> ',
      '    ',
      '```',
      '~~~',
      '|',
      ' | ',
      '---',
      '**',
      '__',
      '*',
      '`',
      '[',
      ']',
      '(',
      ')',
      '![',
      '<b>',
      '</b>',
      '<font color=Blue>',
      '</font>',
      '<br>',
      '<!--',
      '-->',
      '&lt;',
      '&#x4E2D;',
      '&bogus;',
      '\n',
      '\n\n',
      '\r\n',
      '\r',
      '容器',
      '。',
      '！',
      'Docker',
      '. ',
      'text',
      ' ',
      '\t',
      '\u200b',
      '\u0000',
      '\ufeff',
      '（',
      '：',
      'http://x.io/a',
      '[^1]',
      '---\n',
    ];
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 400; n++) {
      let text = '';
      const length = Math.floor(random() * 80);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      const doc = parse(text);
      const lines = text.split(/\r\n|\r|\n/).length;
      const ids = new Set(doc.passages.map((p) => p.id));
      expect(ids.size).toBe(doc.passages.length);
      for (const p of doc.passages) {
        expect(p.text.trim()).not.toBe('');
        expect(p.lineStart).toBeGreaterThanOrEqual(1);
        expect(p.lineEnd).toBeGreaterThanOrEqual(p.lineStart);
        expect(p.lineEnd).toBeLessThanOrEqual(lines);
        for (const s of p.sentences) {
          expect(s.start).toBeLessThan(s.end);
          expect(s.end).toBeLessThanOrEqual(p.text.length);
        }
        for (const invisible of ['\u0000', '\u200b', '\ufeff', '\r'])
          expect(p.text.includes(invisible)).toBe(false);
      }
      expect(doc.sections.flatMap((s) => s.passageIds)).toEqual(doc.passages.map((p) => p.id));
    }
  });

  it('survives very deep nesting', () => {
    const deep = `${'> '.repeat(500)}deep\n${Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')}\n`;
    const doc = parse(deep);
    expect(doc.passages.length).toBeGreaterThan(0);
  });
});

describe('parseNotes: front matter and language', () => {
  it('reads YAML front matter, keeps line numbers of the file, and reads translation_of', () => {
    const doc = parse(
      '---\nlang: en\ntranslation_of: docker-concepts.zh.md\ntitle: Docker notes\n---\n# 一\n容器\n',
      'sub/docker.en.md',
    );
    expect(doc.frontMatter).toMatchObject({ lang: 'en', title: 'Docker notes' });
    expect(doc.translationOf).toBe('sub/docker-concepts.zh.md');
    expect(doc.title).toBe('Docker notes');
    expect(doc.lang).toBe('en');
    expect(doc.passages[0]).toMatchObject({ lang: 'en', lineStart: 7, id: 'sub/docker.en#1.1' });
    expect(doc.sections[0]?.lineStart).toBe(6);
  });

  it('ignores broken front matter with a warning instead of throwing', () => {
    const doc = parse('---\nlang: [zh\n  bad: : :\n---\n正文内容\n');
    expect(doc.frontMatter).toEqual({});
    expect(doc.warnings.map((w) => w.message).join()).toMatch(/front matter is not valid YAML/);
    expect(doc.passages[0]).toMatchObject({ text: '正文内容', lineStart: 5, lang: 'zh' });
  });

  it('warns about front matter that is not a map, and about an unknown lang', () => {
    expect(parse('---\n- a\n- b\n---\nx\n').warnings[0]?.message).toMatch(/key: value/);
    const doc = parse('---\nlang: fr\n---\nDocker is a tool.\n');
    expect(doc.warnings[0]?.message).toMatch(/neither zh nor en/);
    expect(doc.lang).toBe('en');
  });

  it('treats an unclosed leading --- as markdown, not front matter', () => {
    const doc = parse('---\ntext only\n');
    expect(doc.frontMatter).toEqual({});
    expect(doc.passages[0]?.text).toBe('text only');
  });

  it('detects Chinese and English per document and per passage', () => {
    const doc = parse(
      '# 网络模型\n* docker支持多种网络模式使用docker info命令可以查看，默认有三种\n* Containers share the host kernel.\n* docker info\n',
    );
    expect(doc.lang).toBe('zh');
    expect(doc.passages.map((p) => p.lang)).toEqual(['zh', 'en', 'zh']);
  });

  it('lets front matter lang win over detection, and the option win over both', () => {
    const text = '---\nlang: zh\n---\nContainers share the kernel.\n';
    expect(parseNotes(text, { file: 'a.md' }).passages[0]?.lang).toBe('zh');
    const forced = parseNotes(text, { file: 'a.md', lang: 'en' });
    expect([forced.lang, forced.passages[0]?.lang]).toEqual(['en', 'en']);
  });
});

describe('parseNotes: sentences', () => {
  it('splits Chinese and English sentences with offsets into the text', () => {
    const doc = parse(
      '- 容器共享内核。它很轻！对吗？是的；Docker uses cgroups. It limits CPU, e.g. cores.\n',
    );
    const p = doc.passages[0] as Passage;
    expect(p.sentences.map((s) => p.text.slice(s.start, s.end))).toEqual([
      '容器共享内核。',
      '它很轻！',
      '对吗？',
      '是的；',
      'Docker uses cgroups.',
      'It limits CPU, e.g. cores.',
    ]);
  });
});
