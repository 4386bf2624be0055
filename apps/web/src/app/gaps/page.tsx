import type { Metadata } from 'next';
import { GapsView } from '@/components/gaps/gaps-view';
import { messagesFor } from '@/lib/i18n/messages';
import { requestLanguage } from '@/lib/server/request-language';

export const metadata: Metadata = { title: 'Gaps', robots: { index: false } };

/** `/gaps`: what your notes are missing. Nothing on this page writes to the notes. */
export default async function GapsPage() {
  const t = messagesFor(await requestLanguage());
  return (
    <main id="main" className="mx-auto w-full max-w-3xl px-3 py-5 sm:px-4 sm:py-8">
      <h1 className="text-2xl font-semibold">{t.gapsTitle}</h1>
      <p className="mt-1 text-slate-700">{t.gapsLead}</p>
      <div className="mt-5">
        <GapsView />
      </div>
    </main>
  );
}
