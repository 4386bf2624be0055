'use client';

import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';

/** What the browser tests read of the live drawing (`window.notesTutorGraph`). */
export interface GraphTestApi {
  /** Where a concept is drawn, in CSS pixels from the canvas' top-left, or null when unknown or hidden. */
  viewportOf(id: string): { x: number; y: number } | null;
  /** The middle of a relation as drawn, in the same pixels. */
  edgeMidpoint(id: string): { x: number; y: number } | null;
  /** Ids of the relations between two concepts, either way. */
  edgesBetween(a: string, b: string): string[];
  /** How a concept is drawn now (after the reducers): its fill, and whether it is ringed (not started). */
  appearanceOf(id: string): { color: string; ring: boolean } | null;
}

declare global {
  interface Window {
    notesTutorGraph?: GraphTestApi;
  }
}

/**
 * Controller: exposes where sigma draws things (`graphToViewport`) on `window.notesTutorGraph`, so browser
 * tests can check that the camera framed a path and hover a relation. Reads only; draws nothing.
 */
export function GraphTestHook() {
  const sigma = useSigma();
  useEffect(() => {
    const graph = sigma.getGraph();
    const viewportOf = (id: string) => {
      const data = sigma.getNodeDisplayData(id);
      return data && !data.hidden ? sigma.framedGraphToViewport(data) : null;
    };
    window.notesTutorGraph = {
      viewportOf,
      edgeMidpoint: (id) => {
        if (!graph.hasEdge(id)) return null;
        const a = viewportOf(graph.source(id));
        const b = viewportOf(graph.target(id));
        return a && b ? { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } : null;
      },
      appearanceOf: (id) => {
        const data = sigma.getNodeDisplayData(id) as
          | (ReturnType<typeof sigma.getNodeDisplayData> & { ring?: boolean })
          | undefined;
        return data && !data.hidden ? { color: data.color, ring: data.ring === true } : null;
      },
      edgesBetween: (a, b) =>
        graph.hasNode(a) && graph.hasNode(b) ? [...graph.edges(a, b), ...graph.edges(b, a)] : [],
    };
    return () => {
      delete window.notesTutorGraph;
    };
  }, [sigma]);
  return null;
}
