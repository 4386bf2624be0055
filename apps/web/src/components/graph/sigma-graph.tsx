'use client';

import { SigmaContainer } from '@react-sigma/core';
import { useMemo, useState } from 'react';
import type { Settings } from 'sigma/settings';
import type { GraphView } from '@/lib/graph/graph-view';
import { type SigmaEdgeAttributes, type SigmaNodeAttributes, toSigmaGraph } from '@/lib/graph/to-sigma-graph';
import { GraphAppearance } from './graph-appearance';
import { GraphCamera } from './graph-camera';
import { GraphEvents } from './graph-events';
import { GraphLabels } from './graph-labels';
import { GraphTestHook } from './graph-test-hook';

export interface SigmaGraphProps {
  view: GraphView;
  language: 'zh' | 'en';
  relationLabel: (type: string) => string;
  selected: string | null;
  focus: { id: string; nonce: number } | null;
  hiddenKinds: ReadonlySet<string>;
  path: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
  /** Progress mode: each concept's fill and ring; null colours by kind. */
  progress: ReadonlyMap<string, { color: string; ring: boolean }> | null;
  onSelect: (id: string | null) => void;
  labels: { zoomIn: string; zoomOut: string; zoomReset: string };
  /** Pixels at the bottom of the canvas covered by the path's steps (a phone), kept clear when framing. */
  bottomInset?: () => number;
}

const FONT =
  'system-ui, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

/**
 * The whole concept graph drawn by sigma (WebGL). Client-only: loaded with `dynamic(..., { ssr: false })`.
 * One controller per concern inside the container: events, appearance (reducers), camera.
 */
export default function SigmaGraph(props: SigmaGraphProps) {
  const { view, onSelect } = props;
  const graph = useMemo(() => toSigmaGraph(view), [view]);
  const [hoveredNode, setHoveredNode] = useState<string | null>(null);
  const [hoveredEdge, setHoveredEdge] = useState<string | null>(null);
  const hovered = hoveredEdge !== null && graph.hasEdge(hoveredEdge) ? hoveredEdge : null;
  const nameOf = (id: string) =>
    props.language === 'zh' ? graph.getNodeAttribute(id, 'labelZh') : graph.getNodeAttribute(id, 'labelEn');
  const settings = useMemo<Partial<Settings<SigmaNodeAttributes, SigmaEdgeAttributes>>>(
    () => ({
      defaultEdgeType: 'arrow',
      renderEdgeLabels: true,
      // sigma emits enterEdge/leaveEdge only with this on; hovering a relation names it.
      enableEdgeEvents: true,
      zIndex: true,
      labelFont: FONT,
      labelSize: 13,
      labelWeight: '500',
      labelColor: { color: '#0f172a' },
      edgeLabelFont: FONT,
      edgeLabelSize: 11,
      edgeLabelColor: { color: '#334155' },
      // Which labels fit is decided by `GraphLabels` (every label is forced and placed without overlap);
      // the grid settings only matter for labels it is not handed.
      labelDensity: 0.5,
      labelGridCellSize: 120,
      labelRenderedSizeThreshold: 6,
      minCameraRatio: 0.05,
      maxCameraRatio: 4,
      stagePadding: 40,
      // Never throw on a zero-sized container (a collapsed layout): sigma resizes on the next render.
      allowInvalidContainer: true,
    }),
    [],
  );
  return (
    <SigmaContainer<SigmaNodeAttributes, SigmaEdgeAttributes>
      graph={graph}
      settings={settings}
      className="h-full w-full"
      style={{ height: '100%', width: '100%' }}
    >
      <GraphEvents onSelect={onSelect} onHoverNode={setHoveredNode} onHoverEdge={setHoveredEdge} />
      <GraphAppearance
        language={props.language}
        relationLabel={props.relationLabel}
        selected={props.selected}
        hoveredNode={hoveredNode}
        hoveredEdge={hoveredEdge}
        hiddenKinds={props.hiddenKinds}
        path={props.path}
        progress={props.progress}
      />
      <GraphLabels />
      <GraphCamera
        focus={props.focus}
        frame={props.path?.nodes ?? null}
        bottomInset={props.bottomInset}
        labels={props.labels}
      />
      <GraphTestHook />
      {hovered ? (
        <p
          data-testid="edge-hover"
          className="pointer-events-none absolute top-2 left-2 z-10 max-w-[calc(100%-1rem)] rounded-md border border-slate-300 bg-white/95 px-2 py-1 text-sm text-slate-900 shadow"
        >
          <span className="font-medium">{nameOf(graph.source(hovered))}</span>{' '}
          {props.relationLabel(graph.getEdgeAttribute(hovered, 'relation'))}{' '}
          <span className="font-medium">{nameOf(graph.target(hovered))}</span>
        </p>
      ) : null}
    </SigmaContainer>
  );
}
