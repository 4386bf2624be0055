import type { Metadata } from 'next';
import { GraphBrowser } from '@/components/graph/graph-browser';
import { parseRouteParam } from '@/lib/graph/route-highlight';

export const metadata: Metadata = { title: 'Concept graph' };

/**
 * `/graph`: the concept-graph browser; `?focus=<id>` opens with that concept selected, `?path=a,b` with a
 * study path highlighted, `?mode=progress` coloured by the learner's mastery.
 */
export default async function GraphPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { focus, path, mode } = await searchParams;
  const initialFocus = typeof focus === 'string' && focus.trim() ? focus.trim().slice(0, 200) : null;
  return (
    <GraphBrowser
      initialFocus={initialFocus}
      initialRoute={parseRouteParam(typeof path === 'string' ? path : null)}
      initialMode={mode === 'progress' ? 'progress' : 'kinds'}
    />
  );
}
