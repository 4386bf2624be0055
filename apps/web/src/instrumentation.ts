import { isNodeRuntime } from './lib/server/env';

/** Next.js calls `register` once when the server starts. */
export async function register(): Promise<void> {
  if (!isNodeRuntime()) return;
  const { forwardSocketAddress } = await import('./lib/server/forward-socket-address');
  forwardSocketAddress();
}
