import { pino } from 'pino';

export type Logger = pino.Logger;
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/**
 * Structured JSON logs. Secrets and message bodies never reach the info level: headers that carry credentials
 * are redacted, and callers log message text only at debug.
 */
export function createLogger(level: LogLevel, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'kjtpy-assistant' },
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.secret', '*.token', '*.text'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
