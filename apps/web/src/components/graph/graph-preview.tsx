'use client';

import { useEffect, useRef } from 'react';
import { TYPED_EDGE_COLOR, VAGUE_EDGE_COLOR } from '@/lib/graph/edge-colors';
import { extent } from '@/lib/graph/extent';
import type { GraphView } from '@/lib/graph/graph-view';
import { kindColor } from '@/lib/graph/kind-colors';
import { placeLabels } from '@/lib/graph/place-labels';
import { NOT_STARTED_RING } from '@/lib/study/mastery-level';

export interface GraphPreviewProps {
  view: GraphView;
  language: 'zh' | 'en';
  /** Called with the concept under a click, or `null` for empty space. */
  onPick?: (id: string | null) => void;
  /** Fills by concept (progress mode) instead of the kind colours. */
  colors?: ReadonlyMap<string, { color: string; ring: boolean }> | null;
}

const PADDING = 40;
const MIN_SIZE = 4;
const MAX_SIZE = 16;
const FONT =
  '500 13px system-ui, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

interface Placed {
  id: string;
  x: number;
  y: number;
  r: number;
}

/**
 * A plain 2D-canvas drawing of the graph, laid out as sigma lays it out (same positions, colours, sizes,
 * padding and labels), drawn at once and shown until sigma (WebGL) takes over, when the page is idle or the
 * learner reaches for the graph. Starting
 * sigma costs a long main-thread task (WebGL programs compile synchronously), which would otherwise land in
 * every visit's first seconds whether or not the graph is ever touched.
 */
export function GraphPreview({ view, language, onPick, colors }: GraphPreviewProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const placed = useRef<Placed[]>([]);

  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const draw = () => {
      const width = canvas.clientWidth;
      const height = canvas.clientHeight;
      if (width === 0 || height === 0) return;
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      const context = canvas.getContext('2d');
      if (!context) return;
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.clearRect(0, 0, width, height);
      const { min: minX, max: maxX } = extent(view.nodes.map((n) => n.x));
      const { min: minY, max: maxY } = extent(view.nodes.map((n) => n.y));
      const spanX = maxX - minX || 1;
      const spanY = maxY - minY || 1;
      // Like sigma: keep the aspect ratio, fit the larger span, centre the other; y grows upwards.
      const scale = Math.min((width - 2 * PADDING) / spanX, (height - 2 * PADDING) / spanY);
      const offsetX = (width - spanX * scale) / 2;
      const offsetY = (height - spanY * scale) / 2;
      const { min: low, max: high } = extent(view.nodes.map((n) => n.size));
      const at = new Map<string, Placed>();
      for (const n of view.nodes) {
        const t = high > low ? (n.size - low) / (high - low) : 0.5;
        at.set(n.id, {
          id: n.id,
          x: offsetX + (n.x - minX) * scale,
          y: height - (offsetY + (n.y - minY) * scale),
          r: MIN_SIZE + Math.sqrt(t) * (MAX_SIZE - MIN_SIZE),
        });
      }
      context.lineWidth = 1;
      // Co-occurrences first and lighter, typed relations over them (as sigma draws them).
      for (const vague of [true, false]) {
        context.strokeStyle = vague ? VAGUE_EDGE_COLOR : TYPED_EDGE_COLOR;
        context.beginPath();
        for (const e of view.edges) {
          if ((e.type === 'related-to') !== vague) continue;
          const a = at.get(e.source);
          const b = at.get(e.target);
          if (!a || !b) continue;
          context.moveTo(a.x, a.y);
          context.lineTo(b.x, b.y);
        }
        context.stroke();
      }
      for (const n of view.nodes) {
        const p = at.get(n.id);
        if (!p) continue;
        const style = colors?.get(n.id);
        context.fillStyle = style?.color ?? kindColor(n.kind);
        context.beginPath();
        context.arc(p.x, p.y, p.r, 0, Math.PI * 2);
        context.fill();
        if (style?.ring) {
          context.strokeStyle = NOT_STARTED_RING;
          context.lineWidth = 2;
          context.stroke();
        }
      }
      context.font = FONT;
      context.fillStyle = '#0f172a';
      context.textBaseline = 'middle';
      // The labels sigma shows at rest (`GraphLabels` places them the same way), so nothing changes when it
      // takes over: most central first, none over another label or disc, none cut at the edge.
      const labels = placeLabels(
        view.nodes.flatMap((n) => {
          const p = at.get(n.id);
          return p ? [{ ...p, label: language === 'zh' ? n.labelZh : n.labelEn, priority: 0 }] : [];
        }),
        { width, height, lineHeight: 13, measure: (label) => context.measureText(label).width },
      );
      for (const label of labels) {
        context.textAlign = label.align === 'left' ? 'right' : 'left';
        context.fillText(label.label, label.x, label.y);
      }
      context.textAlign = 'left';
      placed.current = [...at.values()];
    };
    draw();
    const observer = new ResizeObserver(draw);
    observer.observe(canvas);
    return () => observer.disconnect();
  }, [view, language, colors]);

  return (
    <canvas
      ref={ref}
      data-testid="graph-preview"
      className="block h-full w-full cursor-pointer"
      onClick={(event) => {
        const box = event.currentTarget.getBoundingClientRect();
        const x = event.clientX - box.left;
        const y = event.clientY - box.top;
        const hit = placed.current.find((p) => Math.hypot(p.x - x, p.y - y) <= p.r + 3);
        onPick?.(hit?.id ?? null);
      }}
    />
  );
}
