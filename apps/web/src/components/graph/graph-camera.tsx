'use client';

import { useSigma } from '@react-sigma/core';
import { useCallback, useEffect } from 'react';
import { extent } from '@/lib/graph/extent';

export interface GraphCameraProps {
  /** Move the camera to this concept; `nonce` makes asking again (same concept) move it again. */
  focus: { id: string; nonce: number } | null;
  /** Frame these concepts (a found path) whenever the set changes. */
  frame: ReadonlySet<string> | null;
  /** Pixels at the bottom of the canvas covered by something (the path's steps on a phone). */
  bottomInset?: () => number;
  labels: { zoomIn: string; zoomOut: string; zoomReset: string };
}

/** Room kept around a framed path, in pixels: a margin, plus the labels drawn right (or left) of the discs. */
const FRAME_MARGIN = 36;
const FRAME_LABEL_ROOM = 120;

/**
 * Controller: centres and zooms on a focused concept, animates to the bounds of a found path (so all of its
 * concepts and their labels are on screen, on a phone too), and draws the zoom buttons.
 */
export function GraphCamera({ focus, frame, bottomInset, labels }: GraphCameraProps) {
  const sigma = useSigma();

  /** The camera state that shows these concepts (with room for labels), clear of `inset` at the bottom. */
  const frameOf = useCallback(
    (ids: readonly string[], inset: number) => {
      const points = ids
        .map((id) => sigma.getNodeDisplayData(id))
        .filter((d): d is NonNullable<typeof d> => d !== undefined && !d.hidden);
      if (points.length === 0) return null;
      const xs = extent(points.map((p) => p.x));
      const ys = extent(points.map((p) => p.y));
      const centre = { x: (xs.min + xs.max) / 2, y: (ys.min + ys.max) / 2 };
      // The extent in pixels with the camera at ratio 1 over its centre; pixels scale as 1 / ratio.
      const at1 = points.map((p) =>
        sigma.framedGraphToViewport(p, { cameraState: { ...centre, angle: 0, ratio: 1 } }),
      );
      const framedX = extent(at1.map((p) => p.x));
      const framedY = extent(at1.map((p) => p.y));
      const spanX = framedX.max - framedX.min;
      const spanY = framedY.max - framedY.min;
      const { width, height } = sigma.getDimensions();
      const roomX = Math.max(40, width - 2 * FRAME_MARGIN - 2 * FRAME_LABEL_ROOM);
      const roomY = Math.max(40, height - inset - 2 * FRAME_MARGIN);
      const ratio = Math.min(1.2, Math.max(0.08, spanX / roomX, spanY / roomY));
      // Centre in the uncovered part: the camera sits where the point drawn `inset / 2` above the viewport's
      // centre would be, had the camera been on the centre.
      const above = sigma.viewportToFramedGraph(
        { x: width / 2, y: height / 2 - inset / 2 },
        { cameraState: { ...centre, angle: 0, ratio } },
      );
      return { x: 2 * centre.x - above.x, y: 2 * centre.y - above.y, ratio };
    },
    [sigma],
  );

  useEffect(() => {
    if (!frame || frame.size === 0) return;
    const frameId = requestAnimationFrame(() => {
      const { height } = sigma.getDimensions();
      const target = frameOf([...frame], Math.min(height / 2, bottomInset?.() ?? 0));
      if (!target) return;
      if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) sigma.getCamera().setState(target);
      else void sigma.getCamera().animate(target, { duration: 600 });
    });
    return () => cancelAnimationFrame(frameId);
  }, [sigma, frame, bottomInset, frameOf]);

  useEffect(() => {
    if (!focus) return;
    // Wait a frame so sigma has the node's display position (it may have just been un-hidden).
    const frame = requestAnimationFrame(() => {
      const data = sigma.getNodeDisplayData(focus.id);
      if (!data) return;
      // The concept and its neighbours, zoomed in no further than 0.45 and out no further than 0.7 (a hub's
      // neighbourhood is most of the graph: then its nearer neighbours).
      const graph = sigma.getGraph();
      const ids = [focus.id, ...graph.neighbors(focus.id)];
      const framed = frameOf(ids, 0);
      const target = framed
        ? { ...framed, ratio: Math.min(0.7, Math.max(0.45, framed.ratio)) }
        : { x: data.x, y: data.y, ratio: 0.45 };
      // A deep link opens on the concept (one frame, not half a second of them while the page is still
      // starting); so does everything for a learner who asked for less motion. Later focus moves glide.
      const instant = focus.nonce === 0 || window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      if (instant) sigma.getCamera().setState(target);
      else void sigma.getCamera().animate(target, { duration: 500 });
    });
    return () => cancelAnimationFrame(frame);
  }, [sigma, focus, frameOf]);

  const camera = () => sigma.getCamera();
  const button =
    'h-9 w-9 border-b border-slate-300 text-lg leading-none text-slate-800 last:border-b-0 hover:bg-slate-100';
  return (
    <div className="absolute right-2 bottom-2 z-10 flex flex-col overflow-hidden rounded-md border border-slate-300 bg-white shadow">
      <button
        type="button"
        className={button}
        aria-label={labels.zoomIn}
        title={labels.zoomIn}
        onClick={() => void camera().animatedZoom({ duration: 250 })}
      >
        +
      </button>
      <button
        type="button"
        className={button}
        aria-label={labels.zoomOut}
        title={labels.zoomOut}
        onClick={() => void camera().animatedUnzoom({ duration: 250 })}
      >
        −
      </button>
      <button
        type="button"
        className={`${button} text-base`}
        aria-label={labels.zoomReset}
        title={labels.zoomReset}
        onClick={() => void camera().animatedReset({ duration: 300 })}
      >
        ⤢
      </button>
    </div>
  );
}
