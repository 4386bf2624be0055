import { createLogger, type Logger, type LogLevel } from '../src/logger';

/** A logger that keeps every line in memory, for tests. */
export function createMemoryLogger(
  level: LogLevel = 'debug',
): Logger & { lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger({ level, write: (line) => lines.push(JSON.parse(line)) });
  return Object.assign(logger, { lines });
}
