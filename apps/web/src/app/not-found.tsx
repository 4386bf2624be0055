import { messagesFor } from '@/lib/i18n/messages';
import { requestLanguage } from '@/lib/server/request-language';

/** 404 for any unknown address. */
export default async function NotFound() {
  const t = messagesFor(await requestLanguage());
  return (
    <main id="main" className="mx-auto w-full max-w-2xl px-4 py-12">
      <h1 className="text-2xl font-semibold">{t.notFoundTitle}</h1>
      <p className="mt-3 text-slate-800">{t.notFoundText}</p>
      <p className="mt-6">
        <a href="/" className="text-blue-800 underline">
          {t.backToChat}
        </a>
      </p>
    </main>
  );
}
