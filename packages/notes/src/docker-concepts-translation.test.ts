import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseNotes } from './parse-notes';

const notes = (name: string) =>
  parseNotes(readFileSync(fileURLToPath(new URL(`../../../data/notes/${name}`, import.meta.url)), 'utf8'), {
    file: name,
  });
const zh = notes('docker-concepts.zh.md');
const en = notes('docker-concepts.en.md');
const suffix = (id: string) => id.slice(id.indexOf('#'));

describe('the English rendering lines up with the Chinese notes', () => {
  it('declares itself a translation of the Chinese file, in English', () => {
    expect(en.translationOf).toBe(zh.file);
    expect(en.lang).toBe('en');
    expect(en.frontMatter.translator).toEqual(expect.any(String));
    expect(en.warnings).toEqual([]);
  });

  it('has the same sections, passages and kinds, so docker-concepts.en#S.P translates docker-concepts.zh#S.P', () => {
    expect(en.sections.map((s) => [suffix(s.id), s.depth, s.passageIds.length])).toEqual(
      zh.sections.map((s) => [suffix(s.id), s.depth, s.passageIds.length]),
    );
    expect(en.passages.map((p) => [suffix(p.id), p.kind])).toEqual(
      zh.passages.map((p) => [suffix(p.id), p.kind]),
    );
    expect(en.passages.every((p) => p.id.startsWith('docker-concepts.en#') && p.lang === 'en')).toBe(true);
  });

  it('keeps the same diagrams on the same passages and a bold term wherever the original has one', () => {
    expect(en.passages.map((p) => p.images)).toEqual(zh.passages.map((p) => p.images));
    expect(en.passages.map((p) => p.emphasis.length)).toEqual(zh.passages.map((p) => p.emphasis.length));
  });

  it('keeps the notes’ own spellings recognisable next to their glosses', () => {
    const text = en.passages.map((p) => p.text).join('\n');
    for (const term of [
      'IPS (IPC',
      'overla2 (overlay2',
      'dokcer hub',
      'Unixsocket',
      'Aufs',
      'libcontainer',
      'Runc',
      'docker0',
      'DNAT',
      'brctl show',
      '<repository name>:<tag>',
    ]) {
      expect(text).toContain(term);
    }
    expect(text).not.toMatch(/&lt;|\*\*|<font/);
  });

  it('keeps the wrapped host bullet as one passage, like the original', () => {
    const host = en.passages.find((p) => p.id === 'docker-concepts.en#5.3');
    expect(host?.text).toMatch(/^host: .* instead the containers use the same IP address as the host/);
    expect((host?.lineEnd ?? 0) - (host?.lineStart ?? 0)).toBe(1);
  });
});
