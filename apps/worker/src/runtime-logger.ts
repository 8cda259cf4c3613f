import { DefaultLogger, type LogLevel, Runtime } from '@temporalio/worker';
import pino from 'pino';

const TEMPORAL_LEVELS: Record<string, LogLevel> = { trace: 'TRACE', debug: 'DEBUG', info: 'INFO', warn: 'WARN', error: 'ERROR', fatal: 'ERROR', silent: 'ERROR' };

/** Temporal's SDK and core log through pino as one JSON line each, like the API, at the configured level. */
export function installRuntimeLogger(level: string): pino.Logger {
  const logger = pino({ level, base: { service: 'worker' } });
  Runtime.install({
    logger: new DefaultLogger(TEMPORAL_LEVELS[level] ?? 'INFO', (entry) => {
      const method = entry.level === 'TRACE' ? 'trace' : entry.level === 'DEBUG' ? 'debug' : entry.level === 'WARN' ? 'warn' : entry.level === 'ERROR' ? 'error' : 'info';
      logger[method](entry.meta ?? {}, entry.message);
    }),
  });
  return logger;
}
