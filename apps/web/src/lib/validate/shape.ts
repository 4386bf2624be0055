/**
 * Tiny hand validators for data that crosses the wire into the browser. The zod schemas in
 * `@notetutor/contracts` stay out of the client bundle; these check just enough for the UI to trust a value.
 */

/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value[key]` as a string, or `undefined`. */
export function stringField(value: Record<string, unknown>, key: string): string | undefined {
  const field = value[key];
  return typeof field === 'string' ? field : undefined;
}

/** `value[key]` as a finite number, or `undefined`. */
export function numberField(value: Record<string, unknown>, key: string): number | undefined {
  const field = value[key];
  return typeof field === 'number' && Number.isFinite(field) ? field : undefined;
}

/** Keeps the items `pick` accepts; a non-array gives `[]`. */
export function arrayOf<T>(value: unknown, pick: (item: unknown) => T | undefined): T[] {
  if (!Array.isArray(value)) return [];
  const out: T[] = [];
  for (const item of value) {
    const picked = pick(item);
    if (picked !== undefined) out.push(picked);
  }
  return out;
}
