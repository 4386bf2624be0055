import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { NotesWarning } from '@notetutor/notes';
import { loadNotesDir } from '@notetutor/notes/node';
import { type BuildOptions, buildKnowledgeBase } from '../knowledge-base/build-knowledge-base';
import type { KnowledgeBase, Vocabulary } from '../types';
import { emptyVocabulary } from '../vocabulary/empty-vocabulary';
import { mergeVocabularies } from '../vocabulary/merge-vocabularies';
import { parseVocabulary } from '../vocabulary/parse-vocabulary';

/** Options of `loadKnowledgeBase`. */
export interface LoadKnowledgeBaseOptions extends BuildOptions {
  notesDir: string;
  /** The vocabulary YAML. Unset: no vocabulary (concepts are discovered from the notes only). */
  vocabularyFile?: string;
  /** Throw when the vocabulary file is missing or broken instead of warning and going on without it. */
  strictVocabulary?: boolean;
  /** Skip notes files larger than this. Default: the notes loader's (16 MiB). */
  maxFileBytes?: number;
}

/** The file name of a notes folder's own vocabulary. */
export const FOLDER_VOCABULARY_FILE = 'vocabulary.yaml';

/**
 * Reads a notes folder (only ever reads) and the vocabulary file and builds the knowledge base. A bad notes
 * file is skipped and listed in `skipped`; a missing or broken vocabulary becomes a warning and the graph is
 * built from the concepts discovered in the notes (or an error with `strictVocabulary`). A `vocabulary.yaml`
 * at the top of the notes folder is the folder's own vocabulary, laid over the given one
 * (`mergeVocabularies`); when it is broken, a warning names the file and line and it is left out.
 *
 * @example
 * const kb = await loadKnowledgeBase({ notesDir: 'data/notes', vocabularyFile: 'data/vocabulary.yaml' });
 * kb.graph.order; // 60
 */
export async function loadKnowledgeBase(options: LoadKnowledgeBaseOptions): Promise<KnowledgeBase> {
  const [corpus, vocabulary, folder] = await Promise.all([
    loadNotesDir(options.notesDir, options.maxFileBytes ? { maxFileBytes: options.maxFileBytes } : {}),
    readVocabulary(options),
    readFolderVocabulary(options),
  ]);
  const merged = folder.vocabulary
    ? mergeVocabularies(vocabulary.vocabulary, folder.vocabulary)
    : vocabulary.vocabulary;
  const kb = buildKnowledgeBase(corpus, merged, options);
  if (folder.warning) kb.warnings.unshift(folder.warning);
  if (vocabulary.warning) kb.warnings.unshift(vocabulary.warning);
  return kb;
}

/** The notes folder's own `vocabulary.yaml`: none when absent; a warning (or, strict, an error) when broken. */
async function readFolderVocabulary(
  options: LoadKnowledgeBaseOptions,
): Promise<{ vocabulary?: Vocabulary; warning?: NotesWarning }> {
  const file = path.join(options.notesDir, FOLDER_VOCABULARY_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return {};
    const message = `@notetutor/graph/load-knowledge-base: ${file} could not be read (${code ?? String(error)}); left out`;
    if (options.strictVocabulary) throw new Error(message);
    return { warning: { file, message } };
  }
  try {
    return { vocabulary: parseVocabulary(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const message = `${file}: ${detail} — this folder vocabulary is left out`;
    if (options.strictVocabulary) throw new Error(message);
    return { warning: { file, message } };
  }
}

async function readVocabulary(
  options: LoadKnowledgeBaseOptions,
): Promise<{ vocabulary: Vocabulary; warning?: { file: string; message: string } }> {
  const file = options.vocabularyFile;
  if (!file) return { vocabulary: emptyVocabulary() };
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason = code === 'ENOENT' ? 'is not there' : `could not be read (${code ?? String(error)})`;
    const message = `@notetutor/graph/load-knowledge-base: the vocabulary ${reason}; concepts are discovered from the notes only`;
    if (options.strictVocabulary) throw new Error(message);
    return { vocabulary: emptyVocabulary(), warning: { file, message } };
  }
  try {
    return { vocabulary: parseVocabulary(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (options.strictVocabulary) throw error;
    return {
      vocabulary: emptyVocabulary(),
      warning: {
        file,
        message: `${detail} — going on without the vocabulary (concepts discovered from the notes only)`,
      },
    };
  }
}
