import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { vocabularyFile } from '../../test/corpus';
import { parseVocabulary } from './parse-vocabulary';

const concept = (extra = '') => `concepts:
  - id: runc
    zh: runc
    en: runc
    kind: tool
    aliases: [Runc]${extra}
`;

describe('parseVocabulary', () => {
  it('reads the project vocabulary: concepts, aliases with language and case, cue patterns per type', () => {
    const vocabulary = parseVocabulary(readFileSync(vocabularyFile, 'utf8'));
    const ids = vocabulary.concepts.map((c) => c.id);
    expect(ids).toEqual(
      expect.arrayContaining(['namespaces', 'union-mount', 'veth-pair', 'docker0', 'dnat']),
    );
    expect(new Set(ids).size).toBe(ids.length);
    const hostMode = vocabulary.concepts.find((c) => c.id === 'host-mode');
    expect(hostMode?.aliases).toContainEqual({ text: 'host', lang: 'zh' });
    const user = vocabulary.concepts.find((c) => c.id === 'user-namespace');
    expect(user?.aliases).toContainEqual({ text: 'USER', caseSensitive: true });
    expect(vocabulary.concepts.find((c) => c.id === 'bridge')?.classNoun).toBe(true);
    const types = new Set(vocabulary.cues.map((c) => c.type));
    for (const type of [
      'part-of',
      'uses',
      'limits',
      'replaced-by',
      'contrasts-with',
      'based-on',
      'connects-to',
    ]) {
      expect(types.has(type as never), type).toBe(true);
    }
    const listens = vocabulary.cues.find((c) => c.pattern === '{A}监听{B}');
    expect(listens).toMatchObject({ type: 'uses', lang: 'zh', labelEn: 'listens on' });
    expect(vocabulary.cues.some((c) => c.lang === 'en' && c.type === 'part-of')).toBe(true);
    expect(vocabulary.architectures).toEqual([
      expect.objectContaining({
        type: 'connects-to',
        labelEn: 'talks to',
        from: expect.objectContaining({ role: 'client' }),
        to: expect.objectContaining({ role: 'server' }),
      }),
    ]);
    expect(vocabulary.concepts.find((c) => c.id === 'docker-daemon')?.role).toBe('server');
  });

  it('makes the labels aliases too and drops aliases that differ only in case or width', () => {
    const vocabulary = parseVocabulary(
      concept().replace('aliases: [Runc]', 'aliases: [Runc, ｒｕｎｃ, run-c]'),
    );
    expect(vocabulary.concepts[0]?.aliases.map((a) => a.text)).toEqual(['runc', 'run-c']);
  });

  it('reads an empty file as an empty vocabulary', () => {
    expect(parseVocabulary('').concepts).toEqual([]);
    expect(parseVocabulary('# nothing yet\n').cues).toEqual([]);
  });

  it.each([
    [
      'a kind that does not exist',
      concept().replace('kind: tool', 'kind: gadget'),
      /line 5, concepts\[0\]\.kind: "gadget" is not a concept kind/,
    ],
    [
      'an id that is not kebab-case',
      concept().replace('id: runc', 'id: Run C'),
      /line 2, concepts\[0\]\.id: "Run C" is not a kebab-case id/,
    ],
    ['a misspelt key', concept('\n    alias: [x]'), /line 7, concepts\[0\]\.alias: unknown key/],
    [
      'an alias two concepts claim',
      `${concept()}  - { id: run-c, zh: 运行时, en: run c, kind: tool, aliases: [RUNC] }\n`,
      /concepts\[1\]\.aliases\[0\]: alias "RUNC" already names concepts\[0\] \(runc\)/,
    ],
    [
      'a duplicate id',
      `${concept()}  - { id: runc, zh: x, en: y, kind: tool }\n`,
      /concepts\[1\]\.id: "runc" is already the id of concepts\[0\]/,
    ],
    [
      'a cue without its target slot',
      `${concept()}relations:\n  uses:\n    cues: { zh: ['{A}使用'] }\n`,
      /line 9, relations\.uses\.cues\.zh\[0\]: cue "\{A\}使用" must hold \{B\} once/,
    ],
    [
      'an unknown relation type',
      `${concept()}relations:\n  eats: { cues: { en: ['{A} eats {B}'] } }\n`,
      /relations\.eats: "eats" is not a relation type/,
    ],
    [
      'a role no architecture has',
      concept('\n    role: worker'),
      /line 7, concepts\[0\]\.role: "worker" is not a role of an architecture \(none\)/,
    ],
    [
      'an architecture whose two sides play one role',
      `${concept()}architectures:\n  - name: p2p\n    type: connects-to\n    from: { role: peer }\n    to: { role: peer }\n`,
      /line 11, architectures\[0\]\.to\.role: the two roles must differ/,
    ],
    [
      'an alias in a language the notes do not have',
      concept().replace('aliases: [Runc]', 'aliases: [Runc, { text: runC, lang: fr }]'),
      /line 6, concepts\[0\]\.aliases\[1\]\.lang: expected zh or en/,
    ],
    [
      'an alias that folds to nothing',
      concept().replace('aliases: [Runc]', 'aliases: ["\u200b"]'),
      /line 6, concepts\[0\]\.aliases\[0\]: alias is empty once folded/,
    ],
    [
      'a missing label',
      concept().replace('    en: runc\n', ''),
      /line 2, concepts\[0\]\.en: expected a non-empty string/,
    ],
    [
      'stop-words of a third language',
      'stopWords: { zh: [的], de: [und] }\n',
      /line 1, stopWords\.de: unknown key \(expected one of zh, en\)/,
    ],
    ['broken YAML', 'concepts:\n  - id: [unclosed\n', /not valid YAML \(line \d+\)/],
    ['a list at the top', '- a\n- b\n', /expected a mapping with `concepts:`/],
  ])('rejects %s with the line and path of the bad entry', (_what, text, message) => {
    expect(() => parseVocabulary(text)).toThrow(message);
    expect(() => parseVocabulary(text)).toThrow(/^@notetutor\/graph\/parse-vocabulary: /);
  });
});
