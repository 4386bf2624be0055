'use client';

import { useEffect, useState } from 'react';
import { loadConceptSummaries } from '@/lib/api/load-concept-summaries';
import { exampleQuestions } from '@/lib/examples/example-questions';
import { useI18n } from '../i18n/language-provider';

/**
 * Example questions for the empty chat from the notes' most mentioned concepts (`GET /api/concepts`), in the
 * interface language; the built-in examples while loading or if the API has no concepts to offer.
 */
export function useExampleQuestions(): string[] {
  const { t, language } = useI18n();
  const [concepts, setConcepts] = useState<Awaited<ReturnType<typeof loadConceptSummaries>> | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    loadConceptSummaries('', controller.signal)
      .then(setConcepts)
      .catch(() => setConcepts([]));
    return () => controller.abort();
  }, []);

  if (concepts === null) return [];
  const derived = exampleQuestions(concepts, language, t.exampleTemplates);
  return derived.length > 0 ? derived : t.fallbackExamples;
}
