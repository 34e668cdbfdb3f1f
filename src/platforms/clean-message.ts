import type { InboundMessage } from './contract.js';

/**
 * PostgreSQL cannot store U+0000 in text or JSON: a platform message carrying one (in its text, ids or names) is
 * stored without it rather than failing on every retry.
 */
export function withoutNul<T>(value: T): T {
  if (typeof value === 'string') return (value.includes('\u0000') ? value.replaceAll('\u0000', '') : value) as T;
  if (Array.isArray(value)) {
    const cleaned = value.map(withoutNul);
    return (cleaned.some((item, i) => item !== value[i]) ? cleaned : value) as T;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value);
    const cleaned = entries.map(([key, inner]) => [key, withoutNul(inner)] as const);
    // Nearly every message has no NUL: it is then returned as it came, not copied.
    return (cleaned.some(([, inner], i) => inner !== entries[i]?.[1]) ? Object.fromEntries(cleaned) : value) as T;
  }
  return value;
}

export const cleanMessage = (message: InboundMessage): InboundMessage => withoutNul(message);
