import { type ConceptMention, foldKey, type KnowledgeBase } from '@notetutor/graph';
import type { Passage } from '@notetutor/notes';

// What the notes' headings and file names say about the passages under them: the concept a heading names,
// the concepts a passage's path names, and whether a passage only restates its heading.

/**
 * Section id → the concept its heading names when the heading is just that concept (its name with at most
 * numbering, punctuation or a short gloss around it: "## RDB", "## 3. Ring Buffer - rx,tx").
 */
export function headingTopicsBySection(kb: KnowledgeBase): Map<string, string> {
  const topics = new Map<string, string>();
  for (const document of kb.documents) {
    for (const section of document.sections) {
      if (!section.title) continue;
      // "## Interrupt Coalescence (IC) - rx-usecs, tx-usecs…": a heading that names its subject, then says
      // something of it after a dash or a colon, is about the subject.
      const head = section.title.split(HEADING_DESCRIPTION)[0] ?? '';
      const topic =
        headingConcept(kb, section.title, document.lang) ??
        (head.length < section.title.length ? headingConcept(kb, head, document.lang) : undefined);
      if (topic !== undefined) topics.set(section.id, topic);
    }
  }
  return topics;
}

/** Where a heading's name of its subject ends and what it says of it starts: " - ", " — ", ": ". */
const HEADING_DESCRIPTION = /\s[-–—]\s|[:：]\s*/u;

/** The one concept a heading's text names, when its name is most of the text ("RDB", "RDB 快照"). */
function headingConcept(kb: KnowledgeBase, title: string, lang: Passage['lang']): string | undefined {
  let found: readonly ConceptMention[] = [];
  try {
    found = kb.lookup.find(title, { lang });
  } catch {
    found = [];
  }
  const ids = new Set(found.map((m) => m.id));
  const first = found[0];
  if (ids.size !== 1 || first === undefined) return undefined;
  // The concept's name must be most of the heading: "RDB" in "## RDB" or "## RDB 快照", not "Use ConfigMap if".
  const letters = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '').length;
  const named = found.reduce((sum, m) => sum + letters(title.slice(m.start, m.end)), 0);
  return named * 2 >= letters(withoutHeadingNumber(title)) ? first.id : undefined;
}

/** A heading's numbering (`1.2.`, `3)`, `一、`), which is not part of what it names. */
const HEADING_NUMBER = /^[\s\d.、)）(（一二三四五六七八九十]+/u;

/** A heading's text without its numbering (`## 1.1. 格式` → `格式`). */
export function withoutHeadingNumber(title: string): string {
  return title.replace(HEADING_NUMBER, '').trim();
}

/**
 * Per passage: the concepts its file path (folders and file name, `nginx/install-nginx.md`) and its heading
 * path name, less those the passage itself mentions. Notes state things under a heading or in a file named for
 * their subject without repeating it; a translation takes its original's context.
 */
export function passageContexts(
  kb: KnowledgeBase,
  passages: readonly Passage[],
  own: readonly ReadonlySet<string>[],
): ReadonlySet<string>[] {
  const named = new Map<string, readonly string[]>();
  const find = (text: string, lang: Passage['lang']) => {
    const key = `${lang}\u0000${text}`;
    let ids = named.get(key);
    if (ids === undefined) {
      try {
        ids = [...new Set(kb.lookup.find(text, { lang }).map((m) => m.id))];
      } catch {
        ids = [];
      }
      named.set(key, ids);
    }
    return ids;
  };
  return passages.map((passage, position) => {
    const original = kb.passages.get(kb.originalOf.get(passage.id) ?? '') ?? passage;
    const path = original.file
      .replace(/\.(?:md|markdown)$/iu, '')
      .replace(/\.(?:zh|en)$/iu, '')
      .replace(/[/_\\.-]+/gu, ' ');
    const ids = new Set([
      ...find(path, original.lang),
      ...(original.headingPath ?? []).flatMap((title) => find(title, original.lang)),
    ]);
    const mentioned = own[position];
    for (const id of ids) if (mentioned?.has(id)) ids.delete(id);
    return ids;
  });
}

export function findMentions(kb: KnowledgeBase, passage: Passage): readonly ConceptMention[] {
  try {
    return kb.lookup.find(passage.text, { lang: passage.lang });
  } catch {
    return [];
  }
}

const NUMBERING = /^[\s(（]*(?:[0-9]+|[一二三四五六七八九十]+)[.、)）:：\s]*/u;

function headingKey(text: string): string {
  return foldKey(text)
    .replace(NUMBERING, '')
    .replace(/[\s?？.。!！:：]+/gu, '');
}

export function headingKeysByFile(kb: KnowledgeBase): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>();
  for (const document of kb.documents) {
    const set = new Set<string>();
    for (const section of document.sections) if (section.title) set.add(headingKey(section.title));
    keys.set(document.file, set);
  }
  return keys;
}

export function restatesHeading(passage: Passage, headingKeys: Map<string, Set<string>>): boolean {
  const key = headingKey(passage.text);
  return key.length > 0 && (headingKeys.get(passage.file)?.has(key) ?? false);
}
