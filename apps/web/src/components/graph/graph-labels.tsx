'use client';

import { useSetSettings, useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import { type LabelCandidate, type PlacedLabel, placeLabels } from '@/lib/graph/place-labels';
import type { SigmaEdgeAttributes, SigmaNodeAttributes } from '@/lib/graph/to-sigma-graph';

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
    const widths = new Map<string, number>();
    const reset = () => {
      placement = null;
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
      return new Map(
        placeLabels(candidates, { width, height, lineHeight, measure }).map((p) => [p.id, p] as const),
      );
    };
    const drawNodeLabel: NodeLabelDrawingFunction<SigmaNodeAttributes, SigmaEdgeAttributes> = (
      context,
      data,
      settings,
    ) => {
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
    sigma.on('beforeRender', reset);
    setSettings({ defaultDrawNodeLabel: drawNodeLabel });
    return () => {
      sigma.off('beforeRender', reset);
    };
  }, [sigma, setSettings]);

  return null;
}
