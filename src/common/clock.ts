import { dateInShanghai, type LocalDate } from './local-date.js';

/** The source of "now", injected so tests can fix the time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(instant: Date | string): Clock {
  const at = new Date(instant);
  return { now: () => new Date(at) };
}

export function today(clock: Clock): LocalDate {
  return dateInShanghai(clock.now());
}
