import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// A parser that fails on one particular file, as a parser bug would.
vi.mock('../parse-notes', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../parse-notes')>();
  return {
    parseNotes: (text: string, options: { file: string }) => {
      if (options.file === 'bad.md') throw new RangeError('Maximum call stack size exceeded');
      return actual.parseNotes(text, options);
    },
  };
});

const { loadNotesDir } = await import('./load-notes-dir');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'notes-parse-failure-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadNotesDir when parsing one file throws', () => {
  it('skips that file by name with the reason and serves the others', async () => {
    await writeFile(path.join(dir, 'bad.md'), '# Bad\n\n- x\n');
    await writeFile(path.join(dir, 'good.md'), '# Good\n\n- 容器\n');
    const corpus = await loadNotesDir(dir);
    expect(corpus.documents.map((d) => d.file)).toEqual(['good.md']);
    expect(corpus.skipped).toEqual([
      {
        file: 'bad.md',
        reason: 'could not be parsed (Maximum call stack size exceeded); the other files are served',
      },
    ]);
  });
});
