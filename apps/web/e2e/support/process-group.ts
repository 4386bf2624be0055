import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';

/** A server process started for the tests, in its own process group. */
export interface RunningProcess {
  pid: number;
  /** Resolves with the exit code (or signal) when the process ends. */
  exited: Promise<string>;
  /** The process's output so far (for failure messages). */
  output: () => string;
  /** SIGTERM to the process (it forwards to its children), then SIGKILL to its group after `graceMs`. */
  stop: (graceMs?: number) => Promise<void>;
}

export { freePort } from '@notetutor/test-support/free-port';

/** Starts `command` detached (own process group), its output written to `logFile`. */
export function startProcess(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string },
): RunningProcess {
  const log = createWriteStream(options.logFile);
  const child: ChildProcess = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  const pid = child.pid ?? -1;
  const exited = new Promise<string>((resolve) => {
    child.on('exit', (code, signal) => resolve(signal ?? `exit ${code}`));
    child.on('error', (error) => resolve(`spawn error: ${error.message}`));
  });
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // Gone already.
    }
  };
  return {
    pid,
    exited,
    output: () => {
      try {
        return readFileSync(options.logFile, 'utf8');
      } catch {
        return '';
      }
    },
    stop: async (graceMs = 20_000) => {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // Gone already.
      }
      const timer = new Promise<'timeout'>((resolve) =>
        setTimeout(() => resolve('timeout'), graceMs).unref(),
      );
      if ((await Promise.race([exited, timer])) === 'timeout') killGroup('SIGKILL');
      killGroup('SIGKILL');
      log.end();
    },
  };
}

/** Polls `url` until `accept` says yes; throws after `timeoutMs` or as soon as `process` exits. */
export async function waitForHttp(
  url: string,
  accept: (response: Response) => boolean,
  options: { timeoutMs: number; process?: RunningProcess },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let exited: string | undefined;
  void options.process?.exited.then((how) => {
    exited = how;
  });
  while (Date.now() < deadline) {
    if (exited)
      throw new Error(
        `process ended (${exited}) before ${url} answered:\n${options.process?.output().slice(-4000)}`,
      );
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await response.body?.cancel();
      if (accept(response)) return;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(
    `${url} did not answer within ${options.timeoutMs} ms:\n${options.process?.output().slice(-4000) ?? ''}`,
  );
}
