/** Severity of a log line; `silent` turns logging off. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

/** Extra structured fields of a log line. Never put secrets or full user questions here at `info`. */
export type LogFields = Record<string, unknown>;

/** A structured logger: one JSON object per line. */
export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/**
 * Creates a logger that writes one JSON line per call (`{"level","time","msg",...fields}`) to `write`.
 * Lines below `level` are dropped before any formatting work is done.
 *
 * @example
 * const logger = createLogger({ level: 'info' });
 * logger.info('listening', { url: 'http://127.0.0.1:8787' });
 */
export function createLogger(options: {
  level: LogLevel;
  write?: (line: string) => void;
  now?: () => number;
}): Logger {
  const threshold = RANK[options.level];
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const now = options.now ?? Date.now;
  const emit = (level: Exclude<LogLevel, 'silent'>, msg: string, fields?: LogFields) => {
    if (RANK[level] < threshold) return;
    let line: string;
    try {
      line = JSON.stringify({ level, time: new Date(now()).toISOString(), msg, ...fields }, errorReplacer);
    } catch {
      line = JSON.stringify({ level, time: new Date(now()).toISOString(), msg, unserialisable: true });
    }
    write(line);
  };
  return {
    debug: (msg, fields) => emit('debug', msg, fields),
    info: (msg, fields) => emit('info', msg, fields),
    warn: (msg, fields) => emit('warn', msg, fields),
    error: (msg, fields) => emit('error', msg, fields),
  };
}

/** Errors serialise to their name, message and stack instead of `{}`. */
function errorReplacer(_key: string, value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  return value;
}
