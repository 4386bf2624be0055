import { createLineBuffer, type LineBuffer } from './line-buffer';

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
 * Creates a logger that writes one JSON line per call (`{"level","time","msg",...fields}`) to `write`
 * (by default stdout, batched once per event-loop turn and flushed at exit). Lines below `level` are
 * dropped before any formatting work is done.
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
  const write = options.write ?? stdoutLines().write;
  const now = options.now ?? Date.now;
  const emit = (level: Exclude<LogLevel, 'silent'>, msg: string, fields?: LogFields) => {
    if (RANK[level] < threshold) return;
    let line: string;
    try {
      const record = { level, time: new Date(now()).toISOString(), msg, ...fields };
      // The replacer (for Error values) slows every line down; access-log lines hold only primitives.
      line = fields && !allPrimitive(fields) ? JSON.stringify(record, errorReplacer) : JSON.stringify(record);
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

function allPrimitive(fields: LogFields): boolean {
  for (const key in fields) {
    const value = fields[key];
    if (typeof value === 'object' && value !== null) return false;
  }
  return true;
}

/** Errors serialise to their name, message and stack instead of `{}`. */
function errorReplacer(_key: string, value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  return value;
}

let stdout: LineBuffer | undefined;
/** Lines for stdout, written once per event-loop turn and flushed when the process exits. */
function stdoutLines(): LineBuffer {
  if (!stdout) {
    const out = createLineBuffer((text) => process.stdout.write(text));
    process.on('exit', out.flush);
    stdout = out;
  }
  return stdout;
}
