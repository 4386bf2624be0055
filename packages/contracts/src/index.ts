export * from './answer';
export * from './concept-search';
export * from './error-codes';
export * from './errors';
export * from './events';
export * from './graph';
export * from './graph-export';
export * from './requests';
