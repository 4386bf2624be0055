import { Hono } from 'hono';
import type { AppEnv } from '../src/app-env';
import { handleError, handleNotFound } from '../src/middleware/error-handler';
import { requestId } from '../src/middleware/request-id';
import { createMemoryLogger } from './memory-logger';

/**
 * A bare Hono app with the API's request ids and error handling, for testing one middleware at a time.
 * Call `finish()` after adding routes to install the 404/405 handler.
 */
export function tinyApp() {
  const logger = createMemoryLogger();
  const app = new Hono<AppEnv>();
  app.use(requestId());
  app.onError(handleError(logger));
  const finish = () => {
    app.notFound(handleNotFound(app.routes));
    return app;
  };
  return { app, logger, finish };
}

/** A request body that arrives as a stream of `chunks` (no Content-Length), like a chunked upload. */
export function chunkedBody(chunks: Uint8Array[]): { body: ReadableStream<Uint8Array>; duplex: 'half' } {
  let index = 0;
  return {
    body: new ReadableStream<Uint8Array>({
      pull(controller) {
        const chunk = chunks[index++];
        if (chunk) controller.enqueue(chunk);
        else controller.close();
      },
    }),
    duplex: 'half',
  };
}
