'use client';

import { useI18n } from '../i18n/language-provider';

export interface ErrorBannerProps {
  message: string;
  onRetry?: () => void;
  onDismiss?: () => void;
  className?: string;
}

/** A friendly, announced error with optional retry/dismiss; what the page shows instead of going blank. */
export function ErrorBanner({ message, onRetry, onDismiss, className = '' }: ErrorBannerProps) {
  const { t } = useI18n();
  return (
    <div
      role="alert"
      className={`flex flex-wrap items-start gap-x-3 gap-y-2 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 ${className}`}
    >
      <p className="min-w-0 flex-1">
        <strong className="font-semibold">{t.errorTitle}: </strong>
        {message}
      </p>
      {onRetry ? (
        <button
          type="button"
          onClick={onRetry}
          className="rounded border border-red-400 bg-white px-2 py-0.5 font-medium text-red-900 hover:bg-red-100"
        >
          {t.retry}
        </button>
      ) : null}
      {onDismiss ? (
        <button
          type="button"
          onClick={onDismiss}
          aria-label={t.dismiss}
          className="rounded px-2 py-0.5 text-red-900 hover:bg-red-100"
        >
          ✕
        </button>
      ) : null}
    </div>
  );
}
