import type { Metadata } from 'next';
import { StudyPathView } from '@/components/path/study-path-view';

export const metadata: Metadata = { title: 'Study path' };

/** `/path` (`?to=<concept id or name>`): the study path to a concept, or where to start. */
export default async function PathPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { to } = await searchParams;
  const initialTo = typeof to === 'string' && to.trim() ? to.trim().slice(0, 200) : null;
  return <StudyPathView key={initialTo ?? ''} initialTo={initialTo} />;
}
