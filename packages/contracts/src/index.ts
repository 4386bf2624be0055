export * from './answer';
export * from './errors';
export * from './events';
export * from './graph';
export * from './requests';
