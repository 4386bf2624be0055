import { describe, expect, it } from 'vitest';
import { phraseRelation } from './phrase-relation';

describe('phraseRelation', () => {
  it('reads a relation as a sentence in either language', () => {
    expect(phraseRelation('provides', 'namespaces', 'isolation', 'en')).toBe('Namespaces provide isolation');
    expect(phraseRelation('provides', '命名空间', '隔离', 'zh')).toBe('命名空间提供隔离');
    expect(phraseRelation('replaced-by', 'libcontainer', 'runc', 'en')).toBe(
      'Libcontainer was replaced by runc',
    );
    expect(phraseRelation('implemented-by', 'union mount', 'overlay2', 'en')).toBe(
      'Union mount is implemented by overlay2',
    );
  });

  it('reads an unknown relation type as related', () => {
    expect(phraseRelation('mystery', 'A', 'B', 'zh')).toBe('A与B相关');
  });
});
