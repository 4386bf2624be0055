/**
 * Lists labels the way each language does: `A、B和C` in Chinese, `A, B and C` in English.
 *
 * @example
 * joinLabels(['命名空间', 'Cgroups', '镜像'], 'zh'); // '命名空间、Cgroups和镜像'
 * joinLabels(['namespaces', 'cgroups', 'images'], 'en'); // 'namespaces, cgroups and images'
 */
export function joinLabels(items: readonly string[], language: 'zh' | 'en'): string {
  if (items.length <= 1) return items.join('');
  const last = items.at(-1) as string;
  if (language === 'zh') return `${items.slice(0, -1).join('、')}和${last}`;
  return items.length === 2 ? `${items[0]} and ${last}` : `${items.slice(0, -1).join(', ')} and ${last}`;
}
