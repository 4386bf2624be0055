import { mkdir, mkdtemp, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadNotesDir } from './load-notes-dir';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'notes-load-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const put = async (relative: string, content: string | Uint8Array) => {
  const file = path.join(dir, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
};
const reasonFor = (corpus: Awaited<ReturnType<typeof loadNotesDir>>, file: string) =>
  corpus.skipped.find((s) => s.file === file)?.reason;

// 容器与虚拟机的区别 in GBK.
const GBK = Uint8Array.from([
  0xc8, 0xdd, 0xc6, 0xf7, 0xd3, 0xeb, 0xd0, 0xe9, 0xc4, 0xe2, 0xbb, 0xfa, 0xb5, 0xc4, 0xc7, 0xf8, 0xb1, 0xf0,
]);

describe('loadNotesDir', () => {
  it('reads markdown files recursively, sorted by path, and ignores other files', async () => {
    await put('b.md', '# B\n\n- 容器\n');
    await put('a/z.markdown', '# Z\n\ntext\n');
    await put('a/c.MD', '# C\n\ntext\n');
    await put('image.png', 'not read');
    await put('notes.txt', 'not read');
    const corpus = await loadNotesDir(dir);
    expect(corpus.documents.map((d) => d.file)).toEqual(['a/c.MD', 'a/z.markdown', 'b.md']);
    expect(corpus.documents[0]?.passages[0]?.id).toBe('a/c#1.1');
    expect(corpus.skipped).toEqual([]);
    expect(corpus.ignored).toBe(2);
  });

  it('skips dot-folders and node_modules', async () => {
    await put('.git/x.md', '# hidden\n\ntext\n');
    await put('node_modules/pkg/README.md', '# dep\n\ntext\n');
    await put('real.md', 'text\n');
    const corpus = await loadNotesDir(dir);
    expect(corpus.documents.map((d) => d.file)).toEqual(['real.md']);
  });

  it('skips a binary file, saying why', async () => {
    await put('blob.md', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
    await put('ok.md', 'fine\n');
    const corpus = await loadNotesDir(dir);
    expect(reasonFor(corpus, 'blob.md')).toMatch(/binary/);
    expect(corpus.documents.map((d) => d.file)).toEqual(['ok.md']);
  });

  it('names GBK/GB18030 when a file is Chinese in that encoding', async () => {
    await put('gbk.md', Uint8Array.from([0x23, 0x20, ...GBK, 0x0a]));
    const reason = reasonFor(await loadNotesDir(dir), 'gbk.md');
    expect(reason).toMatch(/not UTF-8/);
    expect(reason).toMatch(/GBK\/GB18030/);
    expect(reason).toMatch(/offset 2/);
  });

  it('says a Latin-1 file is not UTF-8 without blaming GBK', async () => {
    await put('latin1.md', Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x74, 0x65, 0x0a]));
    const reason = reasonFor(await loadNotesDir(dir), 'latin1.md');
    expect(reason).toMatch(/not valid UTF-8/);
    expect(reason).not.toMatch(/GBK/);
  });

  it('says a UTF-16 file is UTF-16', async () => {
    await put('u16.md', Uint8Array.from([0xff, 0xfe, 0x23, 0x00, 0x20, 0x00, 0x41, 0x00]));
    expect(reasonFor(await loadNotesDir(dir), 'u16.md')).toMatch(/UTF-16/);
  });

  it('skips empty and whitespace-only files', async () => {
    await put('empty.md', '');
    await put('blank.md', ' \n\t\r\n  \n');
    const corpus = await loadNotesDir(dir);
    expect(reasonFor(corpus, 'empty.md')).toBe('is empty (0 bytes)');
    expect(reasonFor(corpus, 'blank.md')).toBe('is empty (only whitespace)');
    expect(corpus.documents).toEqual([]);
  });

  it('skips a file over the size limit, saying its size and the limit', async () => {
    await put('huge.md', Buffer.alloc(17 * 1024 * 1024, 'a'));
    await put('small.md', 'text\n');
    const corpus = await loadNotesDir(dir);
    expect(reasonFor(corpus, 'huge.md')).toBe('is 17 MiB, larger than the 16 MiB limit for one notes file');
    expect(corpus.documents.map((d) => d.file)).toEqual(['small.md']);
    const tight = await loadNotesDir(dir, { maxFileBytes: 4 });
    expect(reasonFor(tight, 'small.md')).toBe('is 5 bytes, larger than the 4 bytes limit for one notes file');
  });

  it('skips a file with nothing to learn from', async () => {
    await put('headings.md', '# Title\n\n## Sub\n\n![pic](a.png)\n\n<!-- todo -->\n');
    expect(reasonFor(await loadNotesDir(dir), 'headings.md')).toMatch(/nothing to learn from/);
  });

  it('keeps a file that is only code, with a warning', async () => {
    await put('code.md', '```sh\ndocker ps\n```\n\n    docker info\n');
    const corpus = await loadNotesDir(dir);
    expect(corpus.documents).toHaveLength(1);
    expect(corpus.warnings).toEqual([
      { file: 'code.md', message: expect.stringMatching(/only code blocks, no prose/) },
    ]);
  });

  it('reads CRLF files with the right line numbers', async () => {
    await put('crlf.md', '# 标题\r\n\r\n* 第一条\r\n* 第二条\r\n');
    const [doc] = (await loadNotesDir(dir)).documents;
    expect(doc?.passages.map((p) => [p.id, p.text, p.lineStart])).toEqual([
      ['crlf#1.1', '第一条', 3],
      ['crlf#1.2', '第二条', 4],
    ]);
  });

  it('passes on parse warnings such as broken front matter', async () => {
    await put('fm.md', '---\nlang: [zh\n---\n正文\n');
    const corpus = await loadNotesDir(dir);
    expect(corpus.documents).toHaveLength(1);
    expect(corpus.warnings[0]).toMatchObject({
      file: 'fm.md',
      message: expect.stringMatching(/front matter/),
    });
  });

  it('returns an empty corpus with an explanation for a missing folder', async () => {
    const missing = path.join(dir, 'nope');
    const corpus = await loadNotesDir(missing);
    expect(corpus.documents).toEqual([]);
    expect(corpus.skipped).toEqual([
      { file: missing, reason: 'is not there: the notes folder does not exist' },
    ]);
  });

  it('returns an empty corpus with a warning for a folder without markdown', async () => {
    await put('readme.txt', 'x');
    const corpus = await loadNotesDir(dir);
    expect(corpus.documents).toEqual([]);
    expect(corpus.warnings).toEqual([
      { file: dir, message: 'the notes folder has no .md or .markdown files (1 other file ignored)' },
    ]);
  });

  it('loads a single markdown file given instead of a folder', async () => {
    await put('one.md', 'text\n');
    const corpus = await loadNotesDir(path.join(dir, 'one.md'));
    expect(corpus.documents.map((d) => d.file)).toEqual(['one.md']);
  });

  it('does not follow symbolic links out of the folder, nor read a linked file twice', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'notes-outside-'));
    try {
      await writeFile(path.join(outside, 'secret.md'), 'secret\n');
      await put('inside.md', 'inside\n');
      await symlink(path.join(outside, 'secret.md'), path.join(dir, 'link-out.md'));
      await symlink(outside, path.join(dir, 'folder-out'));
      await symlink(path.join(dir, 'inside.md'), path.join(dir, 'link-in.md'));
      await symlink(dir, path.join(dir, 'loop'));
      await symlink(path.join(dir, 'gone.md'), path.join(dir, 'dangling.md'));
      const corpus = await loadNotesDir(dir);
      expect(corpus.documents.map((d) => d.file)).toEqual(['inside.md']);
      expect(corpus.skipped.map((s) => s.file)).toEqual(['dangling.md', 'folder-out', 'link-out.md']);
      expect(reasonFor(corpus, 'link-out.md')).toMatch(/outside the notes folder/);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('only reads: the folder is unchanged afterwards', async () => {
    await put('a.md', 'text\n');
    await put('sub/b.md', '');
    const before = await readdir(dir, { recursive: true });
    const mtime = (await stat(path.join(dir, 'a.md'))).mtimeMs;
    await loadNotesDir(dir);
    expect((await readdir(dir, { recursive: true })).sort()).toEqual(before.sort());
    expect((await stat(path.join(dir, 'a.md'))).mtimeMs).toBe(mtime);
  });
});

describe('loadNotesDir on large files', () => {
  it('reads a 1.7 MB file of 130,000 bullets under one heading, beside the other files', async () => {
    const bullets = Array.from({ length: 130_000 }, (_, i) => `* item ${i}\n`).join('');
    await put('list.md', `# H\n\n${bullets}`);
    await put('small.md', '# Small\n\n- 容器\n');
    const corpus = await loadNotesDir(dir);
    expect(corpus.skipped).toEqual([]);
    const list = corpus.documents.find((d) => d.file === 'list.md');
    expect(list?.passages).toHaveLength(130_000);
    expect(list?.passages.at(-1)).toMatchObject({ id: 'list#1.130000', text: 'item 129999' });
    expect(corpus.documents.map((d) => d.file)).toContain('small.md');
  }, 60_000);
});
