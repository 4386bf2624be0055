export { type LoadKnowledgeBaseOptions, loadKnowledgeBase } from './load-knowledge-base';
