/** Options of {@link runInSlices}. */
export interface RunInSlicesOptions {
  /** How long one slice may run before it yields to the event loop. Default 10 ms. */
  sliceMs?: number;
  /** Checked between slices: when it returns an error, the run stops and rejects with it. */
  stopped?: () => Error | undefined;
}

/**
 * Runs a generator of small steps to its end on this thread in slices: steps run back to back for at most
 * `sliceMs`, then the run yields (`setImmediate`) so requests, timers and stream heartbeats that waited are
 * served before the next slice. The longest task it causes is one slice plus one step.
 *
 * @example
 * const kb = await runInSlices(importKnowledgeBaseInSteps(message.kb));
 */
export async function runInSlices<T>(
  steps: Generator<unknown, T, void>,
  options: RunInSlicesOptions = {},
): Promise<T> {
  const sliceMs = options.sliceMs ?? 10;
  for (;;) {
    const error = options.stopped?.();
    if (error) {
      steps.return(undefined as T);
      throw error;
    }
    const until = performance.now() + sliceMs;
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (performance.now() >= until) break;
    }
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
