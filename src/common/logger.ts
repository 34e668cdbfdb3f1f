import { pino } from 'pino';

export type Logger = pino.Logger;
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** Credentials as they appear inside messages and URLs: access_token=…, key=…, Bearer …, secrets in queries. */
const SECRETS =
  /((?:access_token|accessToken|corpsecret|secret|appSecret|app_secret|key|sign|token|msg_signature|password)=)[^&\s"']+|(Bearer\s+)[\w.~+/=-]+/gi;

/** Removes credentials from free text (an error's message or stack). */
export function scrub(text: string): string {
  return text.replace(SECRETS, (_match, query: string | undefined, bearer: string | undefined) =>
    query ? `${query}[redacted]` : `${bearer}[redacted]`,
  );
}

/** A URL without its query and fragment (where tokens, webhook keys and user input travel). */
function pathOnly(url: string | undefined, base?: string): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, base ?? 'http://unknown');
    return `${parsed.origin === 'http://unknown' ? '' : parsed.origin}${parsed.pathname}`;
  } catch {
    return scrub(url.split('?')[0] ?? '');
  }
}

const MAX_MESSAGE = 1_000;
const short = (text: unknown) => scrub(String(text ?? '')).slice(0, MAX_MESSAGE);

interface SerializedError {
  type: string;
  message: string;
  code?: string | number;
  status?: number;
  method?: string;
  url?: string;
  stack?: string;
  cause?: SerializedError;
}

/**
 * Errors as logged: type, message, code, status, and for an HTTP client error its method and URL without the query.
 * Nothing else an error carries (request config with headers and body, response data, Prisma's query arguments) is
 * written: those hold tokens, keys and what users typed.
 */
export function serializeError(error: unknown, depth = 0): SerializedError {
  if (!(error instanceof Error)) return { type: typeof error, message: short(error) };
  const e = error as Error & {
    code?: unknown;
    status?: unknown;
    isAxiosError?: boolean;
    config?: { method?: string; url?: string; baseURL?: string };
    response?: { status?: number };
    clientVersion?: string;
  };
  const serialized: SerializedError = { type: e.name, message: short(e.message) };
  if (typeof e.code === 'string' || typeof e.code === 'number') serialized.code = e.code;
  if (e.isAxiosError) {
    serialized.status = e.response?.status;
    serialized.method = e.config?.method?.toUpperCase();
    serialized.url = pathOnly(e.config?.url, e.config?.baseURL);
  } else if (e.clientVersion !== undefined) {
    // A Prisma error: its message goes on to quote the query's arguments (users' text); keep the first line.
    serialized.message = short(e.message.trim().split('\n')[0]);
  } else if (typeof e.status === 'number') {
    serialized.status = e.status;
  }
  if (!e.isAxiosError && e.clientVersion === undefined && e.stack) {
    serialized.stack = scrub(e.stack.split('\n').slice(1, 12).join('\n'));
  }
  if (e.cause !== undefined && depth < 3) serialized.cause = serializeError(e.cause, depth + 1);
  return serialized;
}

/**
 * Structured JSON logs. Secrets and what users wrote never reach the logs up to info, nor warn or error: headers
 * that carry credentials are redacted, errors are serialised to what identifies them (serializeError), and callers
 * log message text only at debug.
 */
export function createLogger(level: LogLevel, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'kjtpy-assistant' },
      serializers: { err: (error: unknown) => serializeError(error) },
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.secret', '*.token', '*.text'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
