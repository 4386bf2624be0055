'use client';

import type { PathResult } from '@notetutor/contracts';
import dynamic from 'next/dynamic';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '@/lib/api/api-error';
import { friendlyError } from '@/lib/api/friendly-error';
import { fitLayoutToPortrait } from '@/lib/graph/fit-layout-to-portrait';
import type { GraphView } from '@/lib/graph/graph-view';
import { loadGraph } from '@/lib/graph/load-graph';
import { routeHighlight } from '@/lib/graph/route-highlight';
import { tuckIsolatedConcepts } from '@/lib/graph/tuck-isolated-concepts';
import { MASTERY_COLORS, type MasteryLevel, masteryLevel } from '@/lib/study/mastery-level';
import { useI18n } from '../i18n/language-provider';
import { ErrorBanner } from '../layout/error-banner';
import { useMasteryMap } from '../study/use-mastery-map';
import { type ColourMode, ColourModeToggle } from './colour-mode';
import { ConceptPanel } from './concept-panel';
import { ConceptSearch } from './concept-search';
import { GraphPreview } from './graph-preview';
import { KindFilter } from './kind-filter';
import { PathFinder } from './path-finder';
import { ProgressLegend } from './progress-legend';
import { RoutePanel } from './route-panel';
import { useStartWhenIdle } from './use-start-when-idle';

const SigmaGraph = dynamic(() => import('./sigma-graph'), {
  ssr: false,
  loading: () => null,
});
/** Fetches and evaluates sigma's chunk ahead of rendering it (the same chunk `SigmaGraph` loads). */
const preloadSigma = () => import('./sigma-graph');

function pathHighlight(view: GraphView, result: PathResult | null) {
  if (!result?.found) return null;
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const step of result.steps) {
    nodes.add(step.from.id);
    nodes.add(step.to.id);
    const [source, target] =
      step.direction === 'forward' ? [step.from.id, step.to.id] : [step.to.id, step.from.id];
    const between = view.edges.filter((e) => e.source === source && e.target === target);
    const edge = between.find((e) => e.type === step.relation) ?? between[0];
    if (edge) edges.add(edge.id);
  }
  return { nodes, edges };
}

/** The page's address with `key` set to `value` (or removed), the other parameters kept. */
function withParam(key: string, value: string | null): string {
  const params = new URLSearchParams(window.location.search);
  if (value === null) params.delete(key);
  else params.set(key, value);
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `${window.location.pathname}?${query}` : window.location.pathname;
}

export interface GraphBrowserProps {
  initialFocus: string | null;
  /** A study path's concepts to highlight (`?path=a,b`). */
  initialRoute?: readonly string[];
  /** `?mode=progress`: colour by the learner's mastery. */
  initialMode?: ColourMode;
}

/**
 * The graph page: sigma drawing of the whole concept graph with search, the selected concept's panel, a path
 * finder, the kind legend/filter (or, in progress mode, the learner's mastery and its legend) and a
 * keyboard-friendly list of every concept. `?focus=<id>` deep-links; `?path=a,b,c` highlights a study path
 * and frames it; `?mode=progress` opens in progress mode.
 */
export function GraphBrowser({ initialFocus, initialRoute = [], initialMode = 'kinds' }: GraphBrowserProps) {
  const { t, language } = useI18n();
  const [loaded, setLoaded] = useState<GraphView | null>(null);
  // A phone held upright gets the layout turned upright (decided once, on the client, before drawing).
  const [portrait, setPortrait] = useState<boolean | null>(null);
  useEffect(() => {
    setPortrait(window.matchMedia('(max-width: 1023px) and (orientation: portrait)').matches);
  }, []);
  const view = useMemo(
    () =>
      loaded && portrait !== null
        ? tuckIsolatedConcepts(portrait ? fitLayoutToPortrait(loaded) : loaded)
        : null,
    [loaded, portrait],
  );
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [selected, setSelected] = useState<string | null>(initialFocus);
  const [focus, setFocus] = useState<{ id: string; nonce: number } | null>(
    initialFocus ? { id: initialFocus, nonce: 0 } : null,
  );
  const [hiddenKinds, setHiddenKinds] = useState<ReadonlySet<string>>(new Set());
  const [path, setPath] = useState<PathResult | null>(null);
  const [route, setRoute] = useState<readonly string[]>(initialRoute);
  const [mode, setMode] = useState<ColourMode>(initialMode);
  const mastery = useMasteryMap(mode === 'progress');
  // A 2D preview of the same layout is drawn at once; sigma takes over when the browser is idle after the
  // page has loaded, or as soon as the learner reaches for the graph (or a deep link needs its camera),
  // whichever comes first. See `GraphPreview` for why.
  const [live, setLive] = useState(
    initialFocus !== null || initialRoute.length > 0 || initialMode === 'progress',
  );
  const goLive = useCallback(() => setLive(true), []);
  const hasNodes = view !== null && view.nodes.length > 0;
  const canvasRef = useRef<HTMLElement>(null);
  const sheetRef = useRef<HTMLOListElement>(null);
  const sheetHeight = useCallback(() => (sheetRef.current?.offsetHeight ?? 0) + 8, []);
  useStartWhenIdle(hasNodes && !live, preloadSigma, goLive);

  useEffect(() => {
    let live = true;
    void attempt;
    setFailure(null);
    loadGraph()
      .then((g) => live && setLoaded(g))
      .catch(
        (e: unknown) => live && setFailure(e instanceof ApiError ? e : new ApiError('internal', String(e))),
      );
    return () => {
      live = false;
    };
  }, [attempt]);

  const select = useCallback((id: string | null, moveCamera = false) => {
    setLive(true);
    setSelected(id);
    if (id && moveCamera) setFocus((f) => ({ id, nonce: (f?.nonce ?? 0) + 1 }));
    window.history.replaceState(null, '', withParam('focus', id));
  }, []);
  const onCanvasSelect = useCallback((id: string | null) => select(id), [select]);
  const focusOn = useCallback((id: string) => select(id, true), [select]);

  const relationLabel = useCallback(
    (type: string) => t.relations[type as keyof typeof t.relations] ?? type,
    [t],
  );
  const kinds = useMemo(() => {
    const counts = new Map<string, number>();
    for (const n of view?.nodes ?? []) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
    return [...counts.entries()]
      .map(([kind, count]) => ({ kind, count }))
      .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
  }, [view]);
  // A path found here wins over a study path brought in by the address.
  const highlight = useMemo(
    () => (view ? (pathHighlight(view, path) ?? routeHighlight(view, route)) : null),
    [view, path, route],
  );
  const progressStyles = useMemo(() => {
    if (mode !== 'progress' || !view || !mastery.progress) return null;
    const styles = new Map<string, { color: string; ring: boolean; level: MasteryLevel }>();
    for (const n of view.nodes) {
      const level = masteryLevel(mastery.progress.get(n.id));
      styles.set(n.id, { color: MASTERY_COLORS[level], ring: level === 'new', level });
    }
    return styles;
  }, [mode, view, mastery.progress]);
  const levelCounts = useMemo(() => {
    const counts = new Map<MasteryLevel, number>();
    for (const s of progressStyles?.values() ?? []) counts.set(s.level, (counts.get(s.level) ?? 0) + 1);
    return counts;
  }, [progressStyles]);
  const changeMode = useCallback((next: ColourMode) => {
    setLive(true);
    setMode(next);
    window.history.replaceState(null, '', withParam('mode', next === 'progress' ? 'progress' : null));
  }, []);
  const nodeLabel = useCallback(
    (id: string) => {
      const node = view?.nodes.find((n) => n.id === id);
      return node ? (language === 'zh' ? node.labelZh : node.labelEn) : undefined;
    },
    [view, language],
  );
  const sortedNodes = useMemo(
    () =>
      [...(view?.nodes ?? [])].sort((a, b) =>
        language === 'zh'
          ? a.labelZh.localeCompare(b.labelZh, 'zh')
          : a.labelEn.localeCompare(b.labelEn, 'en'),
      ),
    [view, language],
  );
  const selectedKnown = selected !== null && view?.nodes.some((n) => n.id === selected);

  return (
    <main id="main" className="flex flex-1 flex-col lg:h-[calc(100dvh-3.25rem)] lg:flex-none lg:flex-row">
      <section
        ref={canvasRef}
        aria-label={t.graphCanvasLabel}
        data-testid="graph-canvas"
        data-selected={selected ?? ''}
        data-mode={mode}
        data-progress={progressStyles ? 'ready' : mode === 'progress' ? 'loading' : undefined}
        className="relative h-[calc(100dvh-3.25rem)] min-h-[20rem] border-b border-slate-200 bg-white lg:h-auto lg:min-w-0 lg:flex-1 lg:border-r lg:border-b-0"
      >
        {view && view.nodes.length > 0 ? (
          <div className="absolute inset-0" onPointerEnter={goLive} onTouchStart={goLive} onWheel={goLive}>
            <GraphPreview
              view={view}
              language={language}
              colors={progressStyles}
              onPick={(id) => (id ? select(id) : goLive())}
            />
          </div>
        ) : null}
        {view && view.nodes.length > 0 && live ? (
          <SigmaGraph
            view={view}
            language={language}
            relationLabel={relationLabel}
            selected={selectedKnown ? selected : null}
            focus={focus}
            hiddenKinds={hiddenKinds}
            path={highlight}
            progress={progressStyles}
            onSelect={onCanvasSelect}
            bottomInset={sheetHeight}
            labels={{ zoomIn: t.zoomIn, zoomOut: t.zoomOut, zoomReset: t.zoomReset }}
          />
        ) : view && view.nodes.length > 0 ? null : (
          <p className="p-4 text-slate-700" role="status">
            {failure ? '' : view ? t.graphEmpty : t.graphLoading}
          </p>
        )}
        {path?.found ? (
          // On a phone the path's steps sit on the graph like a bottom sheet; the full list (with evidence)
          // is in the path finder beside the graph on a wide screen.
          <ol
            ref={sheetRef}
            data-testid="path-sheet"
            className="absolute right-14 bottom-2 left-2 z-10 flex max-h-[35%] flex-col gap-0.5 overflow-y-auto rounded-lg border border-blue-200 bg-white/95 p-2 text-sm shadow-lg lg:hidden"
          >
            {path.steps.map((step) => {
              const [a, b] = step.direction === 'forward' ? [step.from, step.to] : [step.to, step.from];
              return (
                <li key={`${step.from.id}->${step.to.id}`}>
                  <span className="font-medium">{nodeLabel(a.id) ?? a.label}</span>{' '}
                  <span className="text-slate-700">{relationLabel(step.relation)}</span>{' '}
                  <span className="font-medium">{nodeLabel(b.id) ?? b.label}</span>
                </li>
              );
            })}
          </ol>
        ) : null}
      </section>

      <div className="flex w-full flex-col gap-4 p-3 sm:p-4 lg:w-[26rem] lg:shrink-0 lg:overflow-y-auto">
        <div>
          <h1 className="text-xl font-semibold text-slate-900">{t.graphTitle}</h1>
          <p className="text-sm text-slate-700">{t.graphLead}</p>
        </div>
        {failure ? (
          <ErrorBanner message={friendlyError(t, failure)} onRetry={() => setAttempt((n) => n + 1)} />
        ) : null}
        {view ? (
          <>
            <ConceptSearch nodes={view.nodes} onPick={focusOn} />
            <ColourModeToggle mode={mode} onChange={changeMode} />
            {route.length > 0 && !path?.found ? (
              <RoutePanel
                ids={route.filter((id) => view.nodes.some((n) => n.id === id))}
                labelOf={nodeLabel}
                onSelect={focusOn}
                onClear={() => {
                  setRoute([]);
                  window.history.replaceState(null, '', withParam('path', null));
                }}
              />
            ) : null}
            {selected ? (
              <ConceptPanel
                id={selected}
                labelOf={nodeLabel}
                onSelect={focusOn}
                onClose={() => select(null)}
              />
            ) : null}
            <PathFinder
              key={selected ?? ''}
              nodes={view.nodes}
              initialFrom={selected ?? undefined}
              onPath={(result) => {
                setLive(true);
                setPath(result);
                // On a phone the form is below the graph: bring the framed path into view.
                if (result?.found && window.matchMedia('(max-width: 1023px)').matches)
                  canvasRef.current?.scrollIntoView({ block: 'start' });
              }}
              onSelect={focusOn}
            />
            {mode === 'progress' ? (
              mastery.failed ? (
                <p className="rounded-lg border border-slate-200 bg-white p-3 text-sm text-slate-800">
                  {t.studyUnavailable}
                </p>
              ) : (
                <ProgressLegend counts={levelCounts} loading={!progressStyles} />
              )
            ) : null}
            <KindFilter
              kinds={kinds}
              hidden={hiddenKinds}
              onToggle={(kind) => {
                setLive(true);
                setHiddenKinds((prev) => {
                  const next = new Set(prev);
                  if (!next.delete(kind)) next.add(kind);
                  return next;
                });
              }}
              onShowAll={() => setHiddenKinds(new Set())}
            />
            <details className="rounded-lg border border-slate-200 bg-white p-3">
              <summary className="cursor-pointer text-sm font-semibold text-slate-800">
                {t.allConcepts(view.nodes.length)}
              </summary>
              <ul className="mt-2 flex flex-wrap gap-1.5">
                {sortedNodes.map((n) => (
                  <li key={n.id}>
                    <button
                      type="button"
                      onClick={() => focusOn(n.id)}
                      aria-pressed={n.id === selected}
                      className="rounded-full border border-slate-300 px-2.5 py-0.5 text-sm text-slate-800 hover:bg-slate-100 aria-pressed:border-blue-500 aria-pressed:bg-blue-50"
                    >
                      {language === 'zh' ? n.labelZh : n.labelEn}
                    </button>
                  </li>
                ))}
              </ul>
            </details>
          </>
        ) : null}
      </div>
    </main>
  );
}
