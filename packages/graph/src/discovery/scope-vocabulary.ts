import { bilingualDictionary, isChineseVerb } from '@notetutor/lexicon';
import type { Passage } from '@notetutor/notes';
import { foldKey } from '../text/fold-for-match';
import { isCommonWord, looksLikeClause } from '../text/is-common-word';
import type { VocabularyConcept } from '../types';
import { isReferencePassage } from './collect-term-candidates';
import type { MentionList } from './mention-list';

/** A primary name as compared: folded, spaces and hyphens left out (`IP 地址` = `IP地址`, `kube-proxy`). */
function nameKey(text: string): string {
  return foldKey(text).replace(/[\s\-_]+/g, '');
}

/**
 * The vocabulary concepts that take effect in these notes. When the notes name at least half of the
 * vocabulary's concepts by a primary name (`zh` or `en` label, or the label's plural) they are the notes the
 * vocabulary was written for, and all of it applies (the Docker notes' `UTS`, `IPS`, `分层`). Otherwise only
 * the concepts whose primary names the notes write as a whole term somewhere: an alias alone (`分层`, `host`,
 * `layer`) never brings a concept into notes that do not name it, so a vocabulary written for Docker notes
 * does not turn networking notes' `分层` into image layers. `found[i]` are passage i's vocabulary mentions.
 *
 * @example
 * scopeVocabulary(vocabulary.concepts, passages, found).has('image-layer'); // false in notes never saying 镜像层
 */
export function scopeVocabulary(
  concepts: readonly VocabularyConcept[],
  passages: readonly Passage[],
  found: readonly MentionList[],
): Set<string> {
  const primary = new Map<string, Set<string>>();
  for (const concept of concepts) {
    const keys = new Set<string>();
    for (const label of [concept.labelZh, concept.labelEn]) {
      const key = nameKey(label);
      if (!key) continue;
      keys.add(key);
      if (/[a-z]$/.test(key)) {
        keys.add(`${key}s`);
        keys.add(`${key}es`);
      }
    }
    primary.set(concept.id, keys);
  }
  const inEffect = new Set<string>(concepts.filter((c) => c.local).map((c) => c.id));
  // The first passage naming a concept by an everyday word, until another one does.
  const inPassing = new Map<string, number>();
  let prose = 0;
  for (const passage of passages) if (passage.kind !== 'code') prose++;
  const shared = concepts.filter((c) => !c.local);
  // Once half the shared concepts are in effect, all of them are (below): the rest need not be read.
  let sharedInEffect = 0;
  for (let i = 0; i < passages.length && sharedInEffect * 2 < shared.length; i++) {
    const passage = passages[i] as Passage;
    const list = found[i];
    // A code block's words are the example's (`Fix parsing docker image version error` in a rebase list); a
    // reading list or checklist names what the notes point to (`- [ ] State Persistence - 8%`), not what they say.
    if (!list || passage.kind === 'code' || isReferencePassage(passage)) continue;
    for (let m = 0; m < list.ids.length; m++) {
      const id = list.ids[m] as string;
      if (inEffect.has(id)) continue;
      const start = list.spans[2 * m] as number;
      const end = list.spans[2 * m + 1] as number;
      const surface = passage.text.slice(start, end);
      if (!primary.get(id)?.has(nameKey(surface))) continue;
      // A Chinese verb (`隔离`: to isolate) names the action; it names the concept only where the notes make
      // it a term: emphasised, glossed or as a label (`**隔离**`, `隔离（isolation）`, `隔离：…`).
      if (isChineseVerb(surface) && !namedAsTerm(passage, start, end)) continue;
      // An everyday word (`process`, `port`) is one of the notes' concepts where they make it a term, or
      // where they come back to it: one passage in passing (`a container process`) is the everyday word.
      // So is a bare Chinese word (`镜像` in `将整个代码仓库镜像复制下来`: a mirror copy, not a Docker image): its
      // shape does not mark it as a term the way a Latin name (`veth pair`, `Cgroups`) does.
      if (
        prose > 1 &&
        (isCommonWord(surface, passage.lang) || /^[\u3400-\u9fff]+$/.test(surface)) &&
        !namedAsTerm(passage, start, end)
      ) {
        const seen = inPassing.get(id);
        if (seen === undefined) {
          inPassing.set(id, i);
          continue;
        }
        if (seen === i) continue;
      }
      inEffect.add(id);
      sharedInEffect++;
    }
  }
  if (sharedInEffect * 2 >= shared.length) return new Set(concepts.map((c) => c.id));
  return inEffect;
}

/**
 * The vocabulary's concepts that are what these notes mean by their names, for notes the vocabulary was not
 * written for: a concept the notes name in one language only is the vocabulary's where the bilingual dictionary
 * agrees with the vocabulary's translation. `仓库` in Git notes is a repository, which the dictionary does not
 * translate as the Docker vocabulary's `registry`: that concept (with its aliases `repository`, `repo`, its kind)
 * does not take effect there, and the word is left to what the notes make of it. A word the dictionary does not
 * know (`命名空间`) keeps the vocabulary's concept; so does a concept the notes name in both languages.
 * `found[i]` are passage i's vocabulary mentions.
 *
 * @example
 * meaningsOfTheNotes(scoped, passages, found).some((c) => c.id === 'registry'); // false in Git notes
 */
export function meaningsOfTheNotes<C extends VocabularyConcept>(
  concepts: readonly C[],
  passages: readonly Passage[],
  found: readonly MentionList[],
): C[] {
  const languages = new Map<string, Set<string>>();
  passages.forEach((passage, i) => {
    for (const id of found[i]?.ids ?? []) {
      const seen = languages.get(id);
      if (seen) seen.add(passage.lang);
      else languages.set(id, new Set([passage.lang]));
    }
  });
  return concepts.filter((concept) => {
    const seen = languages.get(concept.id);
    if (concept.local || !seen || seen.size !== 1 || concept.labelZh === concept.labelEn) return true;
    return translationHolds(concept.labelZh, concept.labelEn);
  });
}

/** The dictionary does not know the Chinese label, or translates it (either way) as the English one. */
function translationHolds(zh: string, en: string): boolean {
  const dictionary = bilingualDictionary();
  const glosses = dictionary.glossesOf.get(zh);
  if (!glosses) return true;
  const english = en.toLowerCase();
  const word = new RegExp(`(?:^|\\s)${english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?(?:$|\\s)`);
  if (glosses.some((gloss) => word.test(gloss))) return true;
  return dictionary.wordsFor.get(english)?.includes(zh) === true;
}

/** The span is emphasised, glossed in brackets, or the label a bullet or a line opens with. */
function namedAsTerm(passage: Passage, start: number, end: number): boolean {
  const surface = passage.text.slice(start, end);
  if (passage.emphasis.some((e) => e.includes(surface))) return true;
  const gloss = /^\s?[（(]([^()（）\n]{1,30})[)）]/.exec(passage.text.slice(end, end + 34))?.[1];
  if (gloss && !looksLikeClause(gloss)) return true;
  return (
    /(?:^|\n)[\s*-]*$/.test(passage.text.slice(0, start)) &&
    /^\s*[：:]/.test(passage.text.slice(end, end + 2))
  );
}

/** The mentions of a list whose concept is in `keep` (the same list when all are). */
export function keepMentions(list: MentionList, keep: ReadonlySet<string>): MentionList {
  if (list.ids.every((id) => keep.has(id))) return list;
  const kept: MentionList = { ids: [], spans: [] };
  for (let m = 0; m < list.ids.length; m++) {
    const id = list.ids[m] as string;
    if (!keep.has(id)) continue;
    kept.ids.push(id);
    kept.spans.push(list.spans[2 * m] as number, list.spans[2 * m + 1] as number);
  }
  return kept;
}
