import type { Messages } from '@/lib/i18n/messages';

/** "No such concept", as plain server-rendered HTML (readable without JavaScript). */
export function ConceptNotFoundView({ id, t }: { id: string | null; t: Messages }) {
  return (
    <main id="main" className="mx-auto w-full max-w-2xl px-4 py-12">
      <h1 className="text-2xl font-semibold">{t.conceptNotFoundTitle}</h1>
      {id ? <p className="mt-2 font-mono text-sm text-slate-700">{id}</p> : null}
      <p className="mt-3 text-slate-800">{t.conceptNotFoundText}</p>
      <p className="mt-6 flex gap-4">
        <a href="/graph" className="text-blue-800 underline">
          {t.conceptPageBack}
        </a>
        <a href="/" className="text-blue-800 underline">
          {t.backToChat}
        </a>
      </p>
    </main>
  );
}
