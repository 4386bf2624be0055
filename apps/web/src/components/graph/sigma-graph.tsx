'use client';

import { SigmaContainer } from '@react-sigma/core';
import { useMemo, useState } from 'react';
import type { Settings } from 'sigma/settings';
import type { GraphView } from '@/lib/graph/graph-view';
import { type SigmaEdgeAttributes, type SigmaNodeAttributes, toSigmaGraph } from '@/lib/graph/to-sigma-graph';
import { GraphAppearance } from './graph-appearance';
import { GraphCamera } from './graph-camera';
import { GraphEvents } from './graph-events';

export interface SigmaGraphProps {
  view: GraphView;
  language: 'zh' | 'en';
  relationLabel: (type: string) => string;
  selected: string | null;
  focus: { id: string; nonce: number } | null;
  hiddenKinds: ReadonlySet<string>;
  path: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
  onSelect: (id: string | null) => void;
  labels: { zoomIn: string; zoomOut: string; zoomReset: string };
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
  const settings = useMemo<Partial<Settings<SigmaNodeAttributes, SigmaEdgeAttributes>>>(
    () => ({
      defaultEdgeType: 'arrow',
      renderEdgeLabels: true,
      enableEdgeEvents: false,
      zIndex: true,
      labelFont: FONT,
      labelSize: 13,
      labelWeight: '500',
      labelColor: { color: '#0f172a' },
      edgeLabelFont: FONT,
      edgeLabelSize: 11,
      edgeLabelColor: { color: '#334155' },
      labelRenderedSizeThreshold: 3,
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
      />
      <GraphCamera focus={props.focus} labels={props.labels} />
    </SigmaContainer>
  );
}
