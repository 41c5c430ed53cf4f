import { DefaultLogger, Runtime, type LogLevel as TemporalLogLevel } from '@temporalio/worker';
import type { LogLevel } from '@cascade/config';

const LEVELS: Record<LogLevel, TemporalLogLevel> = { error: 'ERROR', warn: 'WARN', log: 'INFO', debug: 'DEBUG', verbose: 'TRACE' };

/** Sets the Temporal SDK's log level from LOG_LEVEL. Call once, before the first worker is created. */
export function installTemporalLogging(level: LogLevel): void {
  Runtime.install({ logger: new DefaultLogger(LEVELS[level]) });
}
