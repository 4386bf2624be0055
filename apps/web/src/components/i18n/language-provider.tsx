'use client';

import { useRouter } from 'next/navigation';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { LANGUAGE_COOKIE, LANGUAGE_STORAGE_KEY, pickLanguage, type UiLanguage } from '@/lib/i18n/language';
import { type Messages, messagesFor } from '@/lib/i18n/messages';

interface LanguageContextValue {
  language: UiLanguage;
  t: Messages;
  setLanguage: (language: UiLanguage) => void;
}

const LanguageContext = createContext<LanguageContextValue>({
  language: 'en',
  t: messagesFor('en'),
  setLanguage: () => {},
});

function savedLanguage(): UiLanguage | undefined {
  try {
    const saved = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return saved === 'zh' || saved === 'en' ? saved : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Holds the interface language. The server renders with the saved cookie or `Accept-Language`; on the client
 * the saved choice (localStorage) or `navigator.languages` decides, and a toggle saves the choice in both
 * places and re-renders server components in the new language.
 */
export function LanguageProvider({ initial, children }: { initial: UiLanguage; children: ReactNode }) {
  const [language, setLanguageState] = useState<UiLanguage>(initial);
  const router = useRouter();

  useEffect(() => {
    const preferred =
      savedLanguage() ??
      pickLanguage(navigator.languages?.length ? navigator.languages : [navigator.language]);
    setLanguageState(preferred);
  }, []);

  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  }, [language]);

  const setLanguage = useCallback(
    (next: UiLanguage) => {
      setLanguageState(next);
      try {
        window.localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
      } catch {
        // Storage blocked: the cookie below still carries the choice.
      }
      // biome-ignore lint/suspicious/noDocumentCookie: a plain cookie is all server rendering needs
      document.cookie = `${LANGUAGE_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
      router.refresh();
    },
    [router],
  );

  const value = useMemo(() => ({ language, t: messagesFor(language), setLanguage }), [language, setLanguage]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

/** The interface language, its strings and the setter. */
export function useI18n(): LanguageContextValue {
  return useContext(LanguageContext);
}
