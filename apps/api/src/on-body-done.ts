/**
 * Returns `res` with its body wrapped so that `onDone` runs exactly once when the body has been fully read,
 * has failed, or was cancelled by the reader (the client went away). Use it for work that must outlive the
 * handler, such as freeing a concurrency slot held by a stream. Bodiless responses call `onDone` at once.
 *
 * @example
 * return onBodyDone(streamingResponse, (outcome) => release());
 */
export function onBodyDone(
  res: Response,
  onDone: (outcome: 'finished' | 'cancelled' | 'failed') => void,
): Response {
  const body = res.body;
  let called = false;
  const done = (outcome: 'finished' | 'cancelled' | 'failed') => {
    if (called) return;
    called = true;
    onDone(outcome);
  };
  if (!body) {
    done('finished');
    return res;
  }
  const reader = body.getReader();
  const wrapped = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done: finished, value } = await reader.read();
        if (finished) {
          controller.close();
          done('finished');
        } else {
          controller.enqueue(value);
        }
      } catch (error) {
        controller.error(error);
        done('failed');
      }
    },
    async cancel(reason) {
      done('cancelled');
      await reader.cancel(reason).catch(() => {});
    },
  });
  return new Response(wrapped, { status: res.status, statusText: res.statusText, headers: res.headers });
}
