import type { Metadata } from 'next';
import { GraphBrowser } from '@/components/graph/graph-browser';

export const metadata: Metadata = { title: 'Concept graph' };

/** `/graph`: the concept-graph browser; `?focus=<id>` opens with that concept selected. */
export default async function GraphPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { focus } = await searchParams;
  const initialFocus = typeof focus === 'string' && focus.trim() ? focus.trim().slice(0, 200) : null;
  return <GraphBrowser initialFocus={initialFocus} />;
}
