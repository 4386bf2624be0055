import type { Metadata } from 'next';
import Link from 'next/link';
import { StudySession } from '@/components/study/study-session';
import { messagesFor } from '@/lib/i18n/messages';
import { requestLanguage } from '@/lib/server/request-language';

export const metadata: Metadata = { title: 'Study', robots: { index: false } };

interface StudyPageProps {
  searchParams: Promise<{ concept?: string | string[] }>;
}

/** `/study` (`?concept=<id>` for one concept's cards): today's review session. */
export default async function StudyPage({ searchParams }: StudyPageProps) {
  const [{ concept: raw }, language] = await Promise.all([searchParams, requestLanguage()]);
  const concept = typeof raw === 'string' && raw.trim() ? raw.trim().slice(0, 200) : undefined;
  const t = messagesFor(language);
  return (
    <main id="main" className="mx-auto w-full max-w-2xl px-3 py-5 sm:px-4 sm:py-8">
      <h1 className="text-2xl font-semibold">{concept ? t.studyConceptFilter(concept) : t.studyTitle}</h1>
      <p className="mt-1 text-slate-700">{t.studyLead}</p>
      {concept ? (
        <p className="mt-1 text-sm">
          <Link href="/study" className="text-blue-800 underline">
            {t.studyAllCards}
          </Link>
        </p>
      ) : null}
      <div className="mt-5">
        <StudySession key={concept ?? ''} concept={concept} />
      </div>
    </main>
  );
}
