import type { PassageView } from '@notetutor/contracts';
import type { Metadata } from 'next';
import { ConceptNotFoundView } from '@/components/concept/concept-not-found-view';
import { ConceptMastery } from '@/components/study/concept-mastery';
import { definingSentence } from '@/lib/graph/defining-sentence';
import { kindColor } from '@/lib/graph/kind-colors';
import { passageInLanguage } from '@/lib/graph/passage-in-language';
import { passagesForLanguage } from '@/lib/graph/passages-for-language';
import { type Messages, messagesFor } from '@/lib/i18n/messages';
import { fetchConcept } from '@/lib/server/fetch-concept';
import { requestLanguage } from '@/lib/server/request-language';
import { neighbourKey } from '@/lib/validate/to-concept-detail';

/** Passages listed before the rest fold away (in a `<details>`, which needs no JavaScript). */
const EVIDENCE_SHOWN = 6;

interface ConceptPageProps {
  params: Promise<{ id: string }>;
}

function decodeId(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export async function generateMetadata({ params }: ConceptPageProps): Promise<Metadata> {
  const { id } = await params;
  const result = await fetchConcept(decodeId(id));
  if (result.status !== 'found') return { title: decodeId(id), robots: { index: false } };
  const { detail } = result;
  return {
    // One label when both languages spell it the same ("docker0", not "docker0 · docker0").
    title: detail.labelZh === detail.labelEn ? detail.labelEn : `${detail.labelZh} · ${detail.labelEn}`,
    description: detail.definition?.text.slice(0, 160) ?? `${detail.labelEn} in the notes`,
  };
}

/** A passage with its source; with `excerpt`, the excerpt and the whole passage one click away. */
function Passage({ passage, t, excerpt }: { passage: PassageView; t: Messages; excerpt?: string }) {
  const short = excerpt !== undefined && excerpt !== passage.text.trim();
  return (
    <figure>
      <blockquote
        lang={passage.lang === 'zh' ? 'zh-CN' : 'en'}
        className="rounded-md border-l-4 border-blue-600 bg-white px-3 py-2 leading-relaxed text-slate-900 shadow-sm"
      >
        {short ? excerpt : passage.text}
        {short ? (
          <details className="mt-1">
            <summary className="cursor-pointer text-sm text-blue-800 underline">{t.wholePassage}</summary>
            <p className="mt-1">{passage.text}</p>
          </details>
        ) : null}
      </blockquote>
      <figcaption className="mt-1 text-sm text-slate-700">
        {passage.headingPath.length > 0 ? (
          <span className="mr-2">{passage.headingPath.join(' › ')}</span>
        ) : null}
        <span className="font-mono text-xs">{t.lineRef(passage.source.file, passage.source.line)}</span>
      </figcaption>
    </figure>
  );
}

/**
 * `/concepts/<id>`: a concept's page, rendered on the server from the API at request time, complete without
 * JavaScript: labels, kind, definition, evidence with file:line, neighbours as links. Unknown ids get a 404.
 */
export default async function ConceptPage({ params }: ConceptPageProps) {
  const { id: rawId } = await params;
  const id = decodeId(rawId);
  const [result, language] = await Promise.all([fetchConcept(id), requestLanguage()]);
  const t = messagesFor(language);
  // `src/proxy.ts` already answered unknown ids with a 404 page; this covers a concept removed in between.
  if (result.status === 'not_found') return <ConceptNotFoundView id={id} t={t} />;
  if (result.status === 'unavailable') {
    return (
      <main id="main" className="mx-auto w-full max-w-3xl px-4 py-8">
        <h1 className="text-2xl font-semibold">{id}</h1>
        <p role="alert" className="mt-4 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-900">
          <strong>{t.errorTitle}: </strong>
          {t.conceptUnavailable}
        </p>
        <p className="mt-4">
          <a href={`/concepts/${encodeURIComponent(id)}`} className="text-blue-800 underline">
            {t.retry}
          </a>
        </p>
      </main>
    );
  }

  const { detail } = result;
  const label = language === 'zh' ? detail.labelZh : detail.labelEn;
  const other = language === 'zh' ? detail.labelEn : detail.labelZh;
  const definition = detail.definition
    ? passageInLanguage(detail.definition, language, detail.evidence)
    : null;
  const evidence = passagesForLanguage(detail.evidence, language, definition ? [definition] : []);
  const firstEvidence = evidence.slice(0, EVIDENCE_SHOWN);
  const moreEvidence = evidence.slice(EVIDENCE_SHOWN);
  const relation = (type: string) => t.relations[type as keyof typeof t.relations] ?? type;
  const aliases = detail.aliases.filter((a) => a !== label && a !== other);

  return (
    <main id="main" className="mx-auto w-full max-w-3xl px-4 py-6 sm:py-8">
      <nav aria-label="Breadcrumb" className="mb-4 text-sm">
        <a href="/graph" className="text-blue-800 underline underline-offset-2">
          {t.conceptPageBack}
        </a>
        <span aria-hidden="true" className="mx-2 text-slate-600">
          ›
        </span>
        <span aria-current="page" className="text-slate-800">
          {label}
        </span>
      </nav>

      <header className="mb-6">
        <h1 className="text-3xl font-semibold text-slate-900">
          {label}
          {other !== label ? <span className="ml-3 text-xl font-normal text-slate-700">{other}</span> : null}
        </h1>
        <dl className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-800">
          <div className="flex items-center gap-1.5">
            <dt className="text-slate-700">{t.conceptKind}:</dt>
            <dd className="flex items-center gap-1.5">
              <span
                aria-hidden="true"
                className="inline-block h-2.5 w-2.5 rounded-full"
                style={{ background: kindColor(detail.kind) }}
              />
              {t.kinds[detail.kind as keyof typeof t.kinds] ?? detail.kind}
            </dd>
          </div>
          <div>
            <dd>{t.mentions(detail.mentions)}</dd>
          </div>
          {aliases.length > 0 ? (
            <div className="flex gap-1.5">
              <dt className="text-slate-700">{t.conceptAliases}:</dt>
              <dd>{aliases.join(', ')}</dd>
            </div>
          ) : null}
        </dl>
        <p className="mt-4 flex flex-wrap gap-2">
          <a
            href={`/graph?focus=${encodeURIComponent(detail.id)}`}
            className="rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800"
          >
            {t.conceptShowInGraph}
          </a>
          <a
            href={`/?q=${encodeURIComponent(t.askTemplate(label))}`}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-100"
          >
            {t.conceptAsk}
          </a>
        </p>
        <div className="mt-4 max-w-md">
          <ConceptMastery id={detail.id} />
        </div>
      </header>

      <section aria-labelledby="definition" className="mb-6">
        <h2 id="definition" className="mb-2 text-lg font-semibold">
          {t.panelDefinition}
        </h2>
        {definition ? (
          <Passage
            passage={definition}
            t={t}
            excerpt={definingSentence(definition.text, [detail.labelEn, detail.labelZh, ...detail.aliases])}
          />
        ) : (
          <p className="text-slate-700">{t.panelNoDefinition}</p>
        )}
      </section>

      {evidence.length > 0 ? (
        <section aria-labelledby="evidence" className="mb-6">
          <h2 id="evidence" className="mb-2 text-lg font-semibold">
            {t.panelEvidence}
          </h2>
          <ul className="flex flex-col gap-3">
            {firstEvidence.map((p) => (
              <li key={p.id}>
                <Passage passage={p} t={t} />
              </li>
            ))}
          </ul>
          {moreEvidence.length > 0 ? (
            <details className="mt-3">
              <summary className="cursor-pointer text-blue-800 underline">
                {t.morePassages(moreEvidence.length)}
              </summary>
              <ul className="mt-3 flex flex-col gap-3">
                {moreEvidence.map((p) => (
                  <li key={p.id}>
                    <Passage passage={p} t={t} />
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="neighbours">
        <h2 id="neighbours" className="mb-2 text-lg font-semibold">
          {t.panelNeighbours}
        </h2>
        {detail.neighbours.length === 0 ? (
          <p className="text-slate-700">{t.panelNoNeighbours}</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {detail.neighbours.map((n) => {
              const link = (
                <a
                  href={`/concepts/${encodeURIComponent(n.concept.id)}`}
                  className="font-medium text-blue-800 underline underline-offset-2"
                >
                  {n.concept.label}
                </a>
              );
              return (
                <li key={neighbourKey(n)}>
                  {/* One phrasing both ways: subject, relation, object, with this concept named. */}
                  {n.direction === 'out' ? (
                    <>
                      {label} <span className="text-slate-700">{relation(n.relation)}</span> {link}
                    </>
                  ) : (
                    <>
                      {link} <span className="text-slate-700">{relation(n.relation)}</span> {label}
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </main>
  );
}
