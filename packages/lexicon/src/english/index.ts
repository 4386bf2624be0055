export { englishNounPhrase } from './english-noun-phrase';
export { looksPlural } from './looks-plural';
