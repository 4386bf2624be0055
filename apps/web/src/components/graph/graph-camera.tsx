'use client';

import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';

export interface GraphCameraProps {
  /** Move the camera to this concept; `nonce` makes asking again (same concept) move it again. */
  focus: { id: string; nonce: number } | null;
  labels: { zoomIn: string; zoomOut: string; zoomReset: string };
}

/** Controller: centres and zooms on a focused concept, and draws the zoom buttons. */
export function GraphCamera({ focus, labels }: GraphCameraProps) {
  const sigma = useSigma();

  useEffect(() => {
    if (!focus) return;
    // Wait a frame so sigma has the node's display position (it may have just been un-hidden).
    const frame = requestAnimationFrame(() => {
      const data = sigma.getNodeDisplayData(focus.id);
      if (!data) return;
      const target = { x: data.x, y: data.y, ratio: 0.45 };
      // A deep link opens on the concept (one frame, not half a second of them while the page is still
      // starting); so does everything for a learner who asked for less motion. Later focus moves glide.
      const instant = focus.nonce === 0 || window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      if (instant) sigma.getCamera().setState(target);
      else void sigma.getCamera().animate(target, { duration: 500 });
    });
    return () => cancelAnimationFrame(frame);
  }, [sigma, focus]);

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
