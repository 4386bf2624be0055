import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { LanguageProvider } from '@/components/i18n/language-provider';
import { SiteHeader } from '@/components/layout/site-header';
import { requestLanguage } from '@/lib/server/request-language';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Notes Tutor', template: '%s · Notes Tutor' },
  description:
    'Ask your own technical notes: grounded answers with citations, and a concept graph to explore.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#ffffff' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const language = await requestLanguage();
  return (
    <html lang={language === 'zh' ? 'zh-CN' : 'en'}>
      <body className="flex min-h-dvh flex-col bg-slate-50 text-slate-900 antialiased">
        <LanguageProvider initial={language}>
          <SiteHeader />
          {children}
        </LanguageProvider>
      </body>
    </html>
  );
}
