'use client';

import { useSetSettings, useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type { SigmaEdgeAttributes, SigmaNodeAttributes } from '@/lib/graph/to-sigma-graph';

export interface GraphAppearanceProps {
  language: 'zh' | 'en';
  relationLabel: (type: string) => string;
  selected: string | null;
  hoveredNode: string | null;
  hoveredEdge: string | null;
  hiddenKinds: ReadonlySet<string>;
  /** Concepts and edges of a found path, drawn on top of everything else. */
  path: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
  /** In progress mode, each concept's fill and whether it is ringed (not started); null: colours by kind. */
  progress: ReadonlyMap<string, { color: string; ring: boolean }> | null;
}

const FADED_NODE = '#e2e8f0';
const FADED_EDGE = '#eef2f6';
const ACTIVE_EDGE = '#334155';
/** A co-occurrence next to the focused concept: visible, but quieter than its typed relations. */
const ACTIVE_VAGUE_EDGE = '#a7b1bf';
const PATH_COLOR = '#1d4ed8';

/**
 * Controller: sigma's node and edge reducers. Labels in the interface language; kinds filtered out are hidden;
 * the hovered (else selected) concept and its neighbours stand out while the rest fades; a found path is
 * drawn in blue; relation types label the edges that matter right now (and any hovered edge). In progress
 * mode the fill is the learner's mastery and a concept not started is ringed.
 */
export function GraphAppearance({
  language,
  relationLabel,
  selected,
  hoveredNode,
  hoveredEdge,
  hiddenKinds,
  path,
  progress,
}: GraphAppearanceProps) {
  const sigma = useSigma<SigmaNodeAttributes, SigmaEdgeAttributes>();
  const setSettings = useSetSettings<SigmaNodeAttributes, SigmaEdgeAttributes>();

  useEffect(() => {
    const graph = sigma.getGraph();
    const active = hoveredNode ?? selected;
    const neighbours = new Set<string>(active && graph.hasNode(active) ? graph.neighbors(active) : []);
    const focused = active !== null && graph.hasNode(active);
    // Labelling every vague "related to" edge buries the specific ones (hovering one still names it).
    const quietVague = focused;
    const pathActive = path !== null && path.nodes.size > 0;

    setSettings({
      // Every label is `forceLabel` so sigma hands it to `GraphLabels`, which decides what fits; the
      // priority says who wins a collision (the focused concept, then its neighbours, then centrality).
      nodeReducer: (node, raw) => {
        const style = progress?.get(node);
        const data = style ? { ...raw, color: style.color, ring: style.ring } : raw;
        const label = language === 'zh' ? data.labelZh : data.labelEn;
        const onPath = pathActive && path.nodes.has(node);
        if (hiddenKinds.has(data.kind) && node !== active && !onPath) return { ...data, label, hidden: true };
        const shown = { ...data, label, forceLabel: true };
        if (focused && node === active)
          return { ...shown, highlighted: true, mustLabel: true, labelPriority: 3, zIndex: 3 };
        if (onPath) return { ...shown, highlighted: true, mustLabel: true, labelPriority: 2, zIndex: 2 };
        if (focused) {
          if (neighbours.has(node)) return { ...shown, labelPriority: 1, zIndex: 2 };
          return { ...data, label: '', color: FADED_NODE, ring: false, zIndex: 0 };
        }
        if (pathActive) return { ...data, label: '', color: FADED_NODE, ring: false, zIndex: 0 };
        return { ...shown, zIndex: 1 };
      },
      edgeReducer: (edge, data) => {
        const [source, target] = graph.extremities(edge);
        const sourceKind = graph.getNodeAttribute(source, 'kind');
        const targetKind = graph.getNodeAttribute(target, 'kind');
        const onPath = pathActive && path.edges.has(edge);
        const kindHidden = (id: string, kind: string) =>
          hiddenKinds.has(kind) && id !== active && !(pathActive && path.nodes.has(id));
        if (kindHidden(source, sourceKind) || kindHidden(target, targetKind))
          return { ...data, hidden: true };
        const label = relationLabel(data.relation);
        if (onPath) return { ...data, color: PATH_COLOR, size: 3, label, forceLabel: true, zIndex: 3 };
        if (edge === hoveredEdge)
          return {
            ...data,
            color: ACTIVE_EDGE,
            size: Math.max(2, data.size),
            label,
            forceLabel: true,
            zIndex: 3,
          };
        if (focused) {
          const vague = data.relation === 'related-to';
          if ((source === active || target === active) && quietVague && vague) {
            return { ...data, color: ACTIVE_VAGUE_EDGE, size: 1, label: null, zIndex: 1 };
          }
          if (source === active || target === active)
            return {
              ...data,
              color: vague ? ACTIVE_VAGUE_EDGE : ACTIVE_EDGE,
              size: Math.max(1.5, data.size),
              label,
              forceLabel: true,
              zIndex: 2,
            };
          return { ...data, color: FADED_EDGE, label: null, zIndex: 0 };
        }
        if (pathActive) return { ...data, color: FADED_EDGE, label: null, zIndex: 0 };
        return { ...data, label: null, zIndex: 1 };
      },
    });
  }, [
    sigma,
    setSettings,
    language,
    relationLabel,
    selected,
    hoveredNode,
    hoveredEdge,
    hiddenKinds,
    path,
    progress,
  ]);

  return null;
}
