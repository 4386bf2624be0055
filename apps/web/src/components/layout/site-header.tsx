'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/language-provider';
import { useDueCount } from '../study/use-due-count';

/** The top bar: product name, the two main views, and the language toggle. */
export function SiteHeader() {
  const { t, language, setLanguage } = useI18n();
  const pathname = usePathname();
  const due = useDueCount(language);
  const navRef = useRef<HTMLElement>(null);
  // On a narrow screen the links scroll sideways: keep the current page's link in view.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the page changes, on purpose
  useEffect(() => {
    const nav = navRef.current;
    const current = nav?.querySelector<HTMLElement>('[aria-current=page]');
    if (!nav || !current) return;
    const right = current.offsetLeft - nav.offsetLeft + current.offsetWidth;
    if (right > nav.scrollLeft + nav.clientWidth) nav.scrollLeft = right - nav.clientWidth;
  }, [pathname]);
  const links = [
    { href: '/', label: t.navChat, current: pathname === '/' },
    {
      href: '/graph',
      label: t.navGraph,
      current: pathname.startsWith('/graph') || pathname.startsWith('/concepts'),
    },
    { href: '/study', label: t.navStudy, current: pathname.startsWith('/study'), badge: due },
    { href: '/path', label: t.navPath, current: pathname.startsWith('/path') },
    { href: '/gaps', label: t.navGaps, current: pathname.startsWith('/gaps') },
  ];
  return (
    <header className="flex h-13 flex-nowrap items-center gap-x-2 sm:gap-x-4 md:sticky md:top-0 md:z-30 border-b border-slate-200 bg-white px-3 py-2 sm:px-5">
      <a href="#main" className="skip-link">
        {t.skipToContent}
      </a>
      <Link
        href="/"
        className="flex shrink-0 items-baseline gap-2 whitespace-nowrap rounded font-semibold text-slate-900"
      >
        <span aria-hidden="true" className="text-blue-700">
          ◆
        </span>
        {t.appName}
        <span className="hidden text-sm font-normal text-slate-600 md:inline">{t.tagline}</span>
      </Link>
      <nav
        ref={navRef}
        aria-label={t.navLabel}
        className="flex min-w-0 gap-0.5 overflow-x-auto whitespace-nowrap sm:gap-1"
      >
        {links.map((link) => (
          <Link
            key={link.href}
            href={link.href}
            aria-current={link.current ? 'page' : undefined}
            className={`rounded px-2 py-1.5 text-sm sm:px-3 ${link.current ? 'bg-blue-50 font-semibold text-blue-800' : 'text-slate-700 hover:bg-slate-100'}`}
          >
            {link.label}
            {'badge' in link && link.badge ? (
              <span
                data-testid="due-count"
                title={t.dueBadge(link.badge)}
                className="ml-1 rounded-full bg-blue-700 px-1.5 py-0.5 text-xs font-semibold text-white"
              >
                <span aria-hidden="true">{link.badge}</span>
                <span className="sr-only">{t.dueBadge(link.badge)}</span>
              </span>
            ) : null}
          </Link>
        ))}
      </nav>
      <button
        type="button"
        onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}
        aria-label={t.switchLanguage}
        lang={language === 'zh' ? 'en' : 'zh'}
        className="ml-auto shrink-0 whitespace-nowrap rounded border border-slate-300 px-2.5 py-1.5 text-sm sm:px-3 text-slate-800 hover:bg-slate-100"
      >
        {t.otherLanguageName}
      </button>
    </header>
  );
}
