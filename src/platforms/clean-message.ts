import type { InboundMessage } from './contract.js';

/**
 * PostgreSQL cannot store U+0000 in text or JSON: a platform message carrying one (in its text, ids or names) is
 * stored without it rather than failing on every retry.
 */
export function withoutNul<T>(value: T): T {
  if (typeof value === 'string') return value.replaceAll('\u0000', '') as T;
  if (Array.isArray(value)) return value.map(withoutNul) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withoutNul(inner)])) as T;
  }
  return value;
}

export const cleanMessage = (message: InboundMessage): InboundMessage => withoutNul(message);
