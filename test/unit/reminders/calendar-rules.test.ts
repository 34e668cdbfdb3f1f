import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/common/clock.js';
import type { LocalDate } from '../../../src/common/local-date.js';
import { createLogger } from '../../../src/common/logger.js';
import { createDispatcher } from '../../../src/delivery/dispatcher.js';
import type { OutboxQueue, QueuedMessage } from '../../../src/delivery/outbox-queue.js';
import { quietHoursEnd } from '../../../src/domain/outbox/quiet-hours.js';
import { tightestThreshold } from '../../../src/domain/reminders/job-context.js';
import {
  isFirstWorkingDayOfMonth,
  isoWeek,
  workingCalendar,
  workingDaysBetween,
} from '../../../src/domain/reminders/working-days.js';
import { isDigestDay } from '../../../src/jobs/reminder-jobs.js';
import { MemoryStore } from '../../../src/store/memory-store.js';

const d = (text: string) => text as LocalDate;

describe('the calendar rules of the jobs', () => {
  it('knows the first working day of a month and the digest days', () => {
    expect(isFirstWorkingDayOfMonth(d('2026-11-02'))).toBe(true); // 1 Nov 2026 is a Sunday
    expect(isFirstWorkingDayOfMonth(d('2026-11-01'))).toBe(false);
    expect(isFirstWorkingDayOfMonth(d('2026-12-01'))).toBe(true);
    expect(isFirstWorkingDayOfMonth(d('2026-12-02'))).toBe(false);
    expect(isDigestDay(new Date('2026-11-23T01:20:00Z'))).toBe(true); // a Monday in November
    expect(isDigestDay(new Date('2026-10-19T01:20:00Z'))).toBe(false); // a Monday in October
    // 1–7 October 2026 are the National Day holidays: October's first working day is Thursday the 8th.
    expect(isDigestDay(new Date('2026-10-01T01:20:00Z'))).toBe(false);
    expect(isDigestDay(new Date('2026-10-08T01:20:00Z'))).toBe(true);
    expect(isDigestDay(new Date('2026-11-24T01:20:00Z'))).toBe(false);
  });

  it('knows public holidays and make-up working days, and takes the office’s entries first', () => {
    const calendar = workingCalendar();
    expect(calendar.isWorkingDay(d('2026-02-17'))).toBe(false); // Spring Festival, a Tuesday
    expect(calendar.isWorkingDay(d('2026-02-28'))).toBe(true); // a make-up Saturday
    expect(calendar.isWorkingDay(d('2026-10-10'))).toBe(true);
    // The 5 working days a station has to answer feedback filed on 30 September run to 13 October (10 October is a
    // make-up working Saturday).
    expect(workingDaysBetween(d('2026-09-30'), d('2026-10-13'))).toBe(5);
    expect(calendar.knowsYear(2026)).toBe(true);
    // A year the holiday data does not have yet counts Monday to Friday, until the office enters it.
    expect(calendar.knowsYear(2027)).toBe(false);
    expect(calendar.isWorkingDay(d('2027-01-01'))).toBe(true);
    const entered = workingCalendar(new Map([['2027-01-01', false]]));
    expect(entered.isWorkingDay(d('2027-01-01'))).toBe(false);
    expect(entered.knowsYear(2027)).toBe(true);
    expect(isFirstWorkingDayOfMonth(d('2027-01-04'), entered)).toBe(true);
  });

  it('counts working days, ISO weeks and the tightest threshold', () => {
    expect(workingDaysBetween(d('2026-11-20'), d('2026-11-27'))).toBe(5); // Fri → next Fri
    expect(workingDaysBetween(d('2026-11-21'), d('2026-11-23'))).toBe(1);
    expect(workingDaysBetween(d('2026-11-24'), d('2026-11-24'))).toBe(0);
    expect(isoWeek(d('2026-11-24'))).toBe('2026-W48');
    expect(isoWeek(d('2027-01-01'))).toBe('2026-W53');
    expect(tightestThreshold(20, [60, 30, 7])).toBe(30);
    expect(tightestThreshold(45, [60, 30, 7])).toBe(60);
    expect(tightestThreshold(61, [60, 30, 7])).toBeNull();
  });

  it('has quiet hours from 21:00 to 08:00 Asia/Shanghai', () => {
    expect(quietHoursEnd(new Date('2026-11-24T02:00:00Z'))).toBeNull(); // 10:00
    expect(quietHoursEnd(new Date('2026-11-24T12:59:00Z'))).toBeNull(); // 20:59
    expect(quietHoursEnd(new Date('2026-11-24T13:00:00Z'))?.toISOString()).toBe('2026-11-25T00:00:00.000Z');
    expect(quietHoursEnd(new Date('2026-11-24T23:30:00Z'))?.toISOString()).toBe('2026-11-25T00:00:00.000Z'); // 07:30
  });
});

describe('the dispatcher at night', () => {
  it('holds pushed messages until 08:00 but still sends replies', async () => {
    const message = (id: string, kind: string): QueuedMessage => ({
      id,
      channel: 'LOCAL',
      recipientId: 'P-001',
      kind,
      text: 'x',
      format: 'TEXT',
      target: { channel: 'LOCAL', userId: 'chen.siyuan' },
      dedupeKey: id,
      attempts: 0,
      inDoubtSince: null,
    });
    const sent: string[] = [];
    const deferred: { id: string; at: Date }[] = [];
    let due = [message('reply-1', 'reply'), message('digest-1', 'digest')];
    const queue: OutboxQueue = {
      claimDue: async () => {
        const batch = due;
        due = [];
        return { token: 'lease', messages: batch };
      },
      beginSend: async () => true,
      markSent: async (id) => {
        sent.push(id);
        return true;
      },
      retryLater: async (id, _token, _error, at) => {
        deferred.push({ id, at });
        return true;
      },
      markFailed: async () => true,
    };
    const dispatcher = createDispatcher({
      queue,
      senders: { LOCAL: { send: async () => {} } },
      store: new MemoryStore(),
      logger: createLogger('silent'),
      clock: fixedClock('2026-11-24T14:00:00Z'), // 22:00 in Shanghai
    });
    await dispatcher.tick();
    expect(sent).toEqual(['reply-1']);
    expect(deferred).toEqual([{ id: 'digest-1', at: new Date('2026-11-25T00:00:00Z') }]);
  });
});
