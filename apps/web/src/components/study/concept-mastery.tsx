'use client';

import type { ConceptProgress } from '@notetutor/contracts';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { loadConceptProgress } from '@/lib/api/study-api';
import { useI18n } from '../i18n/language-provider';

/**
 * A concept's mastery for this browser's learner (mean recall probability of its cards), its cards due now,
 * its last quiz result, and a link to review its cards. Nothing shows for a concept without cards, or when
 * study is unavailable.
 */
export function ConceptMastery({ id }: { id: string }) {
  const { t } = useI18n();
  const [progress, setProgress] = useState<ConceptProgress | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    setProgress(null);
    loadConceptProgress(id, controller.signal).then(
      (p) => setProgress(p ?? null),
      () => {},
    );
    return () => controller.abort();
  }, [id]);
  if (!progress || progress.cards === 0) return null;
  const percent = Math.round(progress.mastery * 100);
  return (
    <div className="rounded-md border border-slate-200 bg-white px-3 py-2" data-testid="concept-mastery">
      <div className="flex items-center justify-between gap-2 text-sm">
        <span className="font-medium">{t.studyMastery}</span>
        <span className="text-slate-700">
          {t.studyMasteryValue(percent, progress.reviewed, progress.cards)}
        </span>
      </div>
      <meter
        aria-label={t.studyMastery}
        min={0}
        max={100}
        value={percent}
        className="mt-1 block h-2 w-full"
      />
      <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-slate-700">
        <span data-testid="concept-due">{t.dueNow(progress.due)}</span>
        <span data-testid="concept-last-quiz">
          {progress.lastQuiz
            ? t.quizLastResult(progress.lastQuiz.correct, progress.lastQuiz.total)
            : t.quizNoneYet}
        </span>
      </p>
      <Link
        href={`/study?concept=${encodeURIComponent(id)}`}
        className="mt-2 inline-block text-sm text-blue-800 underline"
      >
        {t.studyReviewThese}
      </Link>
    </div>
  );
}
