'use client';

import { useEffect, useId, useMemo, useState } from 'react';
import { answerSubgraph } from '@/lib/graph/answer-subgraph';
import { collapseRelations } from '@/lib/graph/collapse-relations';
import type { GraphView } from '@/lib/graph/graph-view';
import { kindColor } from '@/lib/graph/kind-colors';
import { layoutMiniGraph } from '@/lib/graph/layout-mini-graph';
import { loadGraph } from '@/lib/graph/load-graph';
import { useI18n } from '../i18n/language-provider';

const WIDTH = 340;
const HEIGHT = 210;

function useGraphView(): GraphView | null {
  const [graph, setGraph] = useState<GraphView | null>(null);
  useEffect(() => {
    let live = true;
    loadGraph()
      .then((g) => live && setGraph(g))
      // The mini-graph is an extra: without the graph the answer still stands, so it simply is not drawn.
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  return graph;
}

function truncate(label: string, max = 18): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

/** Rough drawn width of an 11 px label: CJK characters are square, Latin ones a little over half as wide. */
function labelWidth(label: string): number {
  let width = 0;
  for (const ch of label) width += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 11 : 6.4;
  return width;
}

/** The x of a centred label, moved inwards so that it is never cut at the drawing's left or right edge. */
function labelX(x: number, label: string): number {
  const half = labelWidth(label) / 2 + 2;
  return Math.min(Math.max(x, half), WIDTH - half);
}

/**
 * A small SVG drawing of the concepts an answer used and the relations among them (plus the concepts that
 * connect them), each linking to the concept in the full graph. Plain SVG: no sigma on the chat page.
 */
export function MiniGraph({
  conceptIds,
  language: answerLanguage,
}: {
  conceptIds: string[];
  language?: 'zh' | 'en';
}) {
  const { t, language: uiLanguage } = useI18n();
  // Labels in the language of the question (a Chinese question in the English interface gets Chinese labels).
  const language = answerLanguage ?? uiLanguage;
  const graph = useGraphView();
  const titleId = useId();
  const sub = useMemo(() => (graph ? answerSubgraph(graph, conceptIds) : null), [graph, conceptIds]);
  const positions = useMemo(
    () =>
      sub
        ? layoutMiniGraph(
            sub.nodes.map((n) => n.id),
            sub.edges,
          )
        : new Map<string, { x: number; y: number }>(),
    [sub],
  );
  if (!sub || sub.nodes.length < 2) return null;

  const label = (n: { labelZh: string; labelEn: string }) => (language === 'zh' ? n.labelZh : n.labelEn);
  const byId = new Map(sub.nodes.map((n) => [n.id, n]));
  const point = (id: string) => {
    const p = positions.get(id) ?? { x: 0.5, y: 0.5 };
    return { x: p.x * WIDTH, y: p.y * HEIGHT };
  };
  const relationText = (type: string) => t.relations[type as keyof typeof t.relations] ?? type;
  const lines = collapseRelations(sub.edges);
  const halo = { stroke: '#ffffff', strokeWidth: 3, paintOrder: 'stroke', strokeLinejoin: 'round' } as const;

  return (
    <figure className="w-fit max-w-full rounded-md border border-slate-200 bg-white p-2">
      <figcaption className="mb-1 text-xs font-semibold text-slate-700">
        {t.miniGraphHeading}
        <span className="sr-only"> — {t.miniGraphDescription(sub.nodes.length, sub.edges.length)}</span>
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full max-w-[24rem]"
        aria-labelledby={titleId}
      >
        <title id={titleId}>{t.miniGraphDescription(sub.nodes.length, sub.edges.length)}</title>
        <defs>
          <marker
            id="mini-arrow"
            viewBox="0 0 10 10"
            refX="10"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" fill="#64748b" />
          </marker>
        </defs>
        {lines.map((e) => {
          const a = point(e.source);
          const b = point(e.target);
          const d = Math.max(1, Math.hypot(b.x - a.x, b.y - a.y));
          const r = 9;
          const end = { x: b.x - ((b.x - a.x) / d) * (r + 2), y: b.y - ((b.y - a.y) / d) * (r + 2) };
          const from = byId.get(e.source);
          const to = byId.get(e.target);
          return (
            <g key={e.id}>
              <title>
                {t.hoverRelation(
                  from ? label(from) : e.source,
                  e.types.map(relationText).join(' · '),
                  to ? label(to) : e.target,
                )}
              </title>
              <line
                x1={a.x}
                y1={a.y}
                x2={end.x}
                y2={end.y}
                stroke="#64748b"
                strokeWidth={1.4}
                markerEnd="url(#mini-arrow)"
              />
              {lines.length <= 5 ? (
                <text
                  x={(a.x + b.x) / 2}
                  y={(a.y + b.y) / 2 - 3}
                  textAnchor="middle"
                  fontSize={9}
                  fill="#334155"
                  {...halo}
                >
                  {e.types.map(relationText).join(' · ')}
                </text>
              ) : null}
            </g>
          );
        })}
        {sub.nodes.map((n) => {
          const p = point(n.id);
          const name = label(n);
          return (
            <a
              key={n.id}
              href={`/graph?focus=${encodeURIComponent(n.id)}`}
              aria-label={t.conceptChipTitle(name)}
            >
              <circle
                cx={p.x}
                cy={p.y}
                r={n.core ? 9 : 6}
                fill={n.core ? kindColor(n.kind) : '#ffffff'}
                stroke={kindColor(n.kind)}
                strokeWidth={2}
              />
              <text
                x={labelX(p.x, truncate(name))}
                y={p.y + (n.core ? 22 : 18)}
                textAnchor="middle"
                fontSize={11}
                fontWeight={n.core ? 600 : 400}
                fill="#0f172a"
                {...halo}
              >
                {truncate(name)}
              </text>
            </a>
          );
        })}
      </svg>
      <ul className="sr-only">
        {sub.edges.map((e) => {
          const from = byId.get(e.source);
          const to = byId.get(e.target);
          return (
            <li key={e.id}>
              {t.hoverRelation(
                from ? label(from) : e.source,
                relationText(e.type),
                to ? label(to) : e.target,
              )}
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
