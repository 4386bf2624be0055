'use client';

import { useI18n } from '@/components/i18n/language-provider';
import { ErrorBanner } from '@/components/layout/error-banner';

/** Any unexpected rendering failure: a friendly message and a retry, never a blank page. */
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { t } = useI18n();
  return (
    <main id="main" className="mx-auto w-full max-w-2xl px-4 py-12">
      <ErrorBanner message={t.pageErrorText} onRetry={reset} />
      <p className="mt-6">
        <a href="/" className="text-blue-800 underline">
          {t.backToChat}
        </a>
      </p>
    </main>
  );
}
