import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from './normalize-for-match';

describe('normalizeForMatch', () => {
  it('folds full-width forms, case, zero-width characters and whitespace', () => {
    expect(normalizeForMatch('  Ｄｏｃｋｅｒ\u200b  Hub（仓库）')).toBe('docker hub(仓库)');
    expect(normalizeForMatch('CGroups\u3000')).toBe('cgroups');
    expect(normalizeForMatch('Over\u00adlay2')).toBe('overlay2');
  });

  it('makes the same alias written two ways compare equal', () => {
    expect(normalizeForMatch('UTS（主机名称）')).toBe(normalizeForMatch('uts(主机名称)'));
    expect(normalizeForMatch('Docker\n\tDaemon')).toBe(normalizeForMatch('docker daemon'));
  });
});
