/**
 * What is wrong with a cue pattern's syntax, or undefined when it is fine.
 *
 * @example
 * cuePatternProblem('{A}使用'); // 'must hold {B} once and {A} at most once'
 * cuePatternProblem('{A}使用{B}'); // undefined
 */
export function cuePatternProblem(pattern: string): string | undefined {
  const slots = pattern.match(/\{[^}]*\}/g) ?? [];
  const a = slots.filter((s) => s === '{A}').length;
  const b = slots.filter((s) => s === '{B}').length;
  if (slots.some((s) => s !== '{A}' && s !== '{B}')) return 'has a slot other than {A} and {B}';
  if (b !== 1 || a > 1) return 'must hold {B} once and {A} at most once';
  if (/[{}]/.test(pattern.replace(/\{[AB]\}/g, ''))) return 'has a stray brace';
  if (/\{[AB]\}\s*\{[AB]\}/.test(pattern)) return 'needs words or … between {A} and {B}';
  if (pattern.replace(/\{[AB]\}|…|\s/g, '') === '') return 'has no words besides the slots';
  return undefined;
}
