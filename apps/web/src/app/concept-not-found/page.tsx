import type { Metadata } from 'next';
import { ConceptNotFoundView } from '@/components/concept/concept-not-found-view';
import { messagesFor } from '@/lib/i18n/messages';
import { requestLanguage } from '@/lib/server/request-language';

export const metadata: Metadata = { title: 'Concept not found', robots: { index: false } };

/**
 * Where `src/proxy.ts` rewrites `/concepts/<unknown id>` (with status 404). A real page rather than
 * `notFound()`, because Next 16 serves a `notFound()` thrown in a page as an empty HTML shell that only
 * JavaScript fills in (vercel/next.js#98954), and concept pages must read without JavaScript.
 */
export default async function ConceptNotFoundPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ id }, language] = await Promise.all([searchParams, requestLanguage()]);
  return (
    <ConceptNotFoundView id={typeof id === 'string' ? id.slice(0, 200) : null} t={messagesFor(language)} />
  );
}
