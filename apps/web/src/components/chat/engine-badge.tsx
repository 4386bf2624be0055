'use client';

import type { Engine } from '@notetutor/contracts';
import { useI18n } from '../i18n/language-provider';

/** Which engine answered: the offline engine (from the notes alone) or a language model. */
export function EngineBadge({ engine }: { engine: Engine }) {
  const { t } = useI18n();
  return (
    <span
      title={t.engineTitle(engine)}
      className={`rounded-full border px-2 py-0.5 text-xs font-medium ${engine === 'llm' ? 'border-violet-300 bg-violet-50 text-violet-900' : 'border-emerald-300 bg-emerald-50 text-emerald-900'}`}
    >
      <span className="sr-only">{t.engineTitle(engine)}: </span>
      <span aria-hidden="true">{engine === 'llm' ? t.engineLlm : t.engineOffline}</span>
    </span>
  );
}
