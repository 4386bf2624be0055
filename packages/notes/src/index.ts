export { cleanSource } from './clean-source';
export { countScripts, detectLang, langFromCounts, type ScriptCounts } from './detect-lang';
export { isCjk } from './is-cjk';
export { parseNotes } from './parse-notes';
export { type FrontMatterSplit, readFrontMatter } from './read-front-matter';
export { splitSentences } from './split-sentences';
export type * from './types';
