import { dateInShanghai, type LocalDate } from './local-date.js';

/**
 * The one source of "now". Everything that reads the time (domain rules, data-layer timestamps, leases, the
 * dispatcher, the scheduler, platform signatures) takes a Clock, so tests and `faketime` runs control it.
 * Reading the wall clock anywhere else is refused by the linter (lint/no-wall-clock.grit).
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(instant: Date | string): Clock {
  const at = new Date(instant).getTime();
  return { now: () => new Date(at) };
}

export function today(clock: Clock): LocalDate {
  return dateInShanghai(clock.now());
}

export function millisNow(clock: Clock): number {
  return clock.now().getTime();
}

/** `ms` after the clock's now. */
export function later(clock: Clock, ms: number): Date {
  return new Date(clock.now().getTime() + ms);
}

/** A clock that runs at real speed from `instant` and can be moved on (tests: "eight days later"). */
export interface AdjustableClock extends Clock {
  advance(ms: number): void;
  set(instant: Date | string): void;
}

export function adjustableClock(instant: Date | string): AdjustableClock {
  let offset = new Date(instant).getTime() - Date.now();
  return {
    now: () => new Date(Date.now() + offset),
    advance(ms) {
      offset += ms;
    },
    set(at) {
      offset = new Date(at).getTime() - Date.now();
    },
  };
}

/** A clock that starts at `instant` and runs at real speed (a known day, and an order in time). */
export function runningClock(instant: Date | string): Clock {
  return adjustableClock(instant);
}
