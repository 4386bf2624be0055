import type { Locator } from 'playwright-core';

/** The element's text content (DOM order, hidden text included), `''` for none. */
export async function text(locator: Locator): Promise<string> {
  return (await locator.textContent()) ?? '';
}
