'use client';

import { useSetSettings, useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import {
  drawStraightEdgeLabel,
  type EdgeLabelDrawingFunction,
  type NodeHoverDrawingFunction,
  type NodeLabelDrawingFunction,
} from 'sigma/rendering';
import { type LabelCandidate, type PlacedLabel, placeLabels } from '@/lib/graph/place-labels';
import type { SigmaEdgeAttributes, SigmaNodeAttributes } from '@/lib/graph/to-sigma-graph';
import { NOT_STARTED_RING } from '@/lib/study/mastery-level';

/** The ring of a concept not started (progress mode), on the label layer just over its disc. */
function drawRing(context: CanvasRenderingContext2D, data: { x: number; y: number; size: number }) {
  context.strokeStyle = NOT_STARTED_RING;
  context.lineWidth = Math.max(1.5, Math.min(3, data.size / 3));
  context.beginPath();
  context.arc(data.x, data.y, Math.max(1, data.size - context.lineWidth / 2), 0, Math.PI * 2);
  context.stroke();
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Controller: which node labels sigma draws, and where. Sigma's own label grid keeps one label per cell but
 * lets long labels run over their neighbours and off the canvas; here every frame places the labels of the
 * whole view at once (`placeLabels`): the most central concepts first (size comes from centrality), the
 * selected concept and a path's concepts always, none over another label or disc, none cut at the edge.
 * The reducers mark every labelled node `forceLabel` so sigma hands them all to this drawing function.
 */
export function GraphLabels() {
  const sigma = useSigma<SigmaNodeAttributes, SigmaEdgeAttributes>();
  const setSettings = useSetSettings<SigmaNodeAttributes, SigmaEdgeAttributes>();

  useEffect(() => {
    let placement: Map<string, PlacedLabel> | null = null;
    /** What an edge label must not cover this frame: placed node labels, discs, edge labels drawn so far. */
    let obstacles: Box[] = [];
    const widths = new Map<string, number>();
    const reset = () => {
      placement = null;
      obstacles = [];
    };
    const place = (context: CanvasRenderingContext2D, font: string, lineHeight: number) => {
      context.font = font;
      const measure = (label: string) => {
        let width = widths.get(label);
        if (width === undefined) {
          width = context.measureText(label).width;
          widths.set(label, width);
        }
        return width;
      };
      const candidates: LabelCandidate[] = [];
      for (const node of sigma.getGraph().nodes()) {
        const data = sigma.getNodeDisplayData(node) as
          | (ReturnType<typeof sigma.getNodeDisplayData> & Partial<SigmaNodeAttributes>)
          | undefined;
        if (!data || data.hidden) continue;
        const { x, y } = sigma.framedGraphToViewport(data);
        candidates.push({
          id: node,
          label: data.label ?? '',
          x,
          y,
          r: sigma.scaleSize(data.size),
          priority: data.labelPriority ?? 0,
          must: data.mustLabel ?? false,
        });
      }
      const { width, height } = sigma.getDimensions();
      const placed = placeLabels(candidates, { width, height, lineHeight, measure });
      obstacles = [
        ...candidates.map((c) => ({ left: c.x - c.r, right: c.x + c.r, top: c.y - c.r, bottom: c.y + c.r })),
        ...placed.map((p) => {
          const w = measure(p.label);
          const left = p.align === 'left' ? p.x - w : p.x;
          return { left, right: left + w, top: p.y - lineHeight / 2, bottom: p.y + lineHeight / 2 };
        }),
      ];
      return new Map(placed.map((p) => [p.id, p] as const));
    };
    const drawNodeLabel: NodeLabelDrawingFunction<SigmaNodeAttributes, SigmaEdgeAttributes> = (
      context,
      data,
      settings,
    ) => {
      if (data.ring) drawRing(context, data);
      if (!data.label) return;
      const font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
      placement ??= place(context, font, settings.labelSize);
      const spot = placement.get(data.key);
      if (!spot) return;
      context.font = font;
      context.fillStyle = ('color' in settings.labelColor && settings.labelColor.color) || '#0f172a';
      context.textAlign = spot.align === 'left' ? 'right' : 'left';
      context.fillText(data.label, spot.x, data.y + settings.labelSize / 3);
      context.textAlign = 'left';
    };
    // Hovered and highlighted concepts (the focus, a path) are drawn again on sigma's hover layer, boxed:
    // at the same spot as their label, so the label never shows twice; one whose label did not fit shows
    // it right of its disc.
    const drawNodeHover: NodeHoverDrawingFunction<SigmaNodeAttributes, SigmaEdgeAttributes> = (
      context,
      data,
      settings,
    ) => {
      const font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
      placement ??= place(context, font, settings.labelSize);
      const spot = placement.get(data.key);
      context.font = font;
      const label = data.label ?? '';
      const width = label ? context.measureText(label).width : 0;
      const left = spot?.align === 'left';
      const textX = spot ? spot.x : data.x + data.size + 3;
      const boxLeft = left ? textX - width - 4 : data.x;
      const boxRight = left ? data.x : textX + width + 4;
      const half = settings.labelSize / 2 + 3;
      context.fillStyle = '#ffffff';
      context.shadowColor = 'rgba(0, 0, 0, 0.35)';
      context.shadowBlur = 8;
      context.beginPath();
      context.arc(data.x, data.y, data.size + 2, 0, Math.PI * 2);
      context.fill();
      if (label) context.fillRect(boxLeft, data.y - half, boxRight - boxLeft, 2 * half);
      context.shadowBlur = 0;
      context.fillStyle = data.color;
      context.beginPath();
      context.arc(data.x, data.y, data.size, 0, Math.PI * 2);
      context.fill();
      if (data.ring) drawRing(context, data);
      if (!label) return;
      context.fillStyle = ('color' in settings.labelColor && settings.labelColor.color) || '#0f172a';
      context.textAlign = left ? 'right' : 'left';
      context.fillText(label, textX, data.y + settings.labelSize / 3);
      context.textAlign = 'left';
    };
    // A relation's label is drawn along it only where it fits between the two discs and covers no concept
    // label, disc or other relation label (sampled along its baseline); hovering the relation names it anyway.
    const drawEdgeLabel: EdgeLabelDrawingFunction<SigmaNodeAttributes, SigmaEdgeAttributes> = (
      context,
      edgeData,
      source,
      target,
      settings,
    ) => {
      const label = edgeData.label;
      if (!label) return;
      placement ??= place(
        context,
        `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`,
        settings.labelSize,
      );
      context.font = `${settings.edgeLabelWeight} ${settings.edgeLabelSize}px ${settings.edgeLabelFont}`;
      const width = context.measureText(label).width;
      const dx = target.x - source.x;
      const dy = target.y - source.y;
      const length = Math.hypot(dx, dy);
      if (length - source.size - target.size < width + 16) return;
      const half = settings.edgeLabelSize / 2 + 1;
      const samples: Box[] = [];
      for (let i = 0; i <= 6; i++) {
        const t = (i / 6 - 0.5) * (width / length);
        const x = (source.x + target.x) / 2 + t * dx;
        const y = (source.y + target.y) / 2 + t * dy;
        samples.push({ left: x - half, right: x + half, top: y - half, bottom: y + half });
      }
      if (samples.some((b) => obstacles.some((o) => overlaps(o, b)))) return;
      obstacles.push(...samples);
      drawStraightEdgeLabel(context, edgeData, source, target, settings);
    };
    sigma.on('beforeRender', reset);
    setSettings({
      defaultDrawNodeLabel: drawNodeLabel,
      defaultDrawNodeHover: drawNodeHover,
      defaultDrawEdgeLabel: drawEdgeLabel,
    });
    return () => {
      sigma.off('beforeRender', reset);
    };
  }, [sigma, setSettings]);

  return null;
}
