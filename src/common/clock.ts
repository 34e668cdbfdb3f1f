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

/** A clock that starts at `instant` and runs at real speed (tests that need a known day and an ordering in time). */
export function runningClock(instant: Date | string): Clock {
  const offset = new Date(instant).getTime() - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}
