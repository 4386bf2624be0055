export { type AppType, createApp } from './app';
export type { ApiLimits, AppDeps } from './app-deps';
