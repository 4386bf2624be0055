import { describe, expect, it } from 'vitest';
import { storeFromNotes } from '../../test/notes-fixture';
import { citationForPassage, MAX_QUOTE_CHARS } from './citation-for-passage';

describe('citationForPassage', () => {
  it('quotes a long passage by its leading whole sentences, as a substring of the passage', () => {
    const sentence = 'Namespaces give each container its own view of the system. ';
    const store = storeFromNotes([{ file: 'long.en.md', text: `# Long\n\n${sentence.repeat(20)}\n` }]);
    const citation = citationForPassage(store, 'long.en#1.1');
    const text = store.passages.get('long.en#1.1')?.text ?? '';
    expect(citation?.quote.length).toBeLessThanOrEqual(MAX_QUOTE_CHARS);
    expect(citation?.quote.endsWith('of the system.')).toBe(true);
    expect(text.startsWith(citation?.quote ?? 'x')).toBe(true);
    expect(citation?.source).toEqual({ file: 'long.en.md', heading: 'Long', line: 3 });
  });

  it('is undefined for an id the notes do not hold', () => {
    expect(citationForPassage(storeFromNotes([]), 'gone#1.1')).toBeUndefined();
  });
});
