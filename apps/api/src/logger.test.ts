import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';

function captured(level: Parameters<typeof createLogger>[0]['level']) {
  const lines: string[] = [];
  const logger = createLogger({ level, write: (line) => lines.push(line), now: () => Date.UTC(2026, 0, 2) });
  return { logger, lines };
}

describe('createLogger', () => {
  it('writes one JSON line per call with level, time, message and fields, dropping lines below the level', () => {
    const { logger, lines } = captured('info');
    logger.debug('not shown', { id: 'a' });
    logger.info('request', { id: 'r-1', status: 200, ms: 1.5, cached: false, note: null });
    expect(lines).toEqual([
      '{"level":"info","time":"2026-01-02T00:00:00.000Z","msg":"request","id":"r-1","status":200,"ms":1.5,"cached":false,"note":null}',
    ]);
  });

  it('serialises errors, also nested ones, with their name, message and stack', () => {
    const { logger, lines } = captured('debug');
    logger.error('failed', { error: new TypeError('boom'), context: { cause: new RangeError('deep') } });
    const line = JSON.parse(lines[0] ?? '{}');
    expect(line.error).toMatchObject({ name: 'TypeError', message: 'boom' });
    expect(line.error.stack).toContain('TypeError: boom');
    expect(line.context.cause).toMatchObject({ name: 'RangeError', message: 'deep' });
  });

  it('still writes a line when a field cannot be serialised', () => {
    const { logger, lines } = captured('info');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    logger.warn('odd', { cyclic });
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ level: 'warn', msg: 'odd', unserialisable: true });
  });
});
