export {
  FOLDER_VOCABULARY_FILE,
  type LoadKnowledgeBaseOptions,
  loadKnowledgeBase,
} from './load-knowledge-base';
