import { fetchJson } from '../api/fetch-json';
import type { GraphView } from './graph-view';
import { parseGraphExport } from './parse-graph-export';

let cached: Promise<GraphView> | undefined;

/** `GET /api/graph`, validated, fetched once per page load (a failure is not cached, so a retry refetches). */
export function loadGraph(): Promise<GraphView> {
  if (!cached) {
    cached = fetchJson('/api/graph').then(parseGraphExport);
    cached.catch(() => {
      cached = undefined;
    });
  }
  return cached;
}
