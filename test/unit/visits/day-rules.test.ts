import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../../src/common/local-date.js';
import { dayConflict, dayLoads } from '../../../src/domain/visits/day-rules.js';
import type { NewVisit, StoredVisit } from '../../../src/domain/visits/visit-ledger.js';

const visit = (over: Partial<NewVisit>): NewVisit => ({
  assignmentId: 'A-1',
  reporterId: 'P-1',
  date: '2026-11-20' as LocalDate,
  days: 1,
  type: 'TECH_RESEARCH',
  summary: '调试',
  channel: 'WECOM',
  ...over,
});
const stored = (over: Partial<NewVisit>): StoredVisit => ({
  ...visit(over),
  id: `V-${Math.random()}`,
  enterpriseId: 'E-1',
  enterpriseShortName: '某企业',
  createdAt: new Date(0),
  reporterName: over.reporterId === 'P-2' ? '周杰' : '王芳',
  cityName: '桂林市',
});

describe('days per calendar day', () => {
  it('spreads a visit over its calendar days', () => {
    expect([...dayLoads({ date: '2026-11-20' as LocalDate, days: 2.5 })]).toEqual([
      ['2026-11-20', 1],
      ['2026-11-21', 1],
      ['2026-11-22', 0.5],
    ]);
  });

  it('lets two half days share a date, and refuses a third', () => {
    const morning = stored({ days: 0.5 });
    expect(dayConflict(visit({ days: 0.5, summary: '讲政策' }), [morning])).toBeNull();
    const afternoon = stored({ days: 0.5, summary: '讲政策' });
    expect(dayConflict(visit({ days: 0.5, summary: '对接' }), [morning, afternoon])).toMatchObject({
      code: 'day-full',
      date: '2026-11-20',
    });
  });

  it('counts one person’s days across postings', () => {
    const elsewhere = stored({ assignmentId: 'A-2', days: 1 });
    expect(dayConflict(visit({ days: 0.5 }), [elsewhere])).toMatchObject({ code: 'day-full', earlier: [elsewhere] });
  });

  it('refuses a multi-day visit over a reported day, even a half one', () => {
    const half = stored({ date: '2026-11-21' as LocalDate, days: 0.5 });
    expect(dayConflict(visit({ days: 1.5 }), [half])).toMatchObject({ code: 'day-full', date: '2026-11-21' });
  });

  it('takes a teammate’s report of the same posting and day as the same visit', () => {
    const teammate = stored({ reporterId: 'P-2', days: 2, date: '2026-11-19' as LocalDate });
    expect(dayConflict(visit({}), [teammate])).toEqual({ code: 'team-duplicate', visit: teammate, free: [] });
    expect(dayConflict(visit({ assignmentId: 'A-9' }), [teammate])).toBeNull();
  });

  it('tells the days of a multi-day visit nobody has reported, in runs', () => {
    const teammate = stored({ reporterId: 'P-2', date: '2026-11-21' as LocalDate });
    expect(dayConflict(visit({ days: 4.5 }), [teammate])).toMatchObject({
      code: 'team-duplicate',
      free: [
        { date: '2026-11-20', days: 1 },
        { date: '2026-11-22', days: 2.5 },
      ],
    });
    // Another person's record of another posting leaves the day free; the reporter's own on any posting does not.
    const stranger = stored({ reporterId: 'P-3', assignmentId: 'A-7', date: '2026-11-22' as LocalDate });
    const ownElsewhere = stored({ assignmentId: 'A-2', date: '2026-11-23' as LocalDate, days: 0.5 });
    expect(dayConflict(visit({ days: 4 }), [ownElsewhere, stranger])).toMatchObject({
      code: 'day-full',
      date: '2026-11-23',
      free: [{ date: '2026-11-20', days: 3 }],
    });
    expect(dayConflict(visit({ days: 1 }), [teammate, stored({ reporterId: 'P-2' })])).toMatchObject({ free: [] });
  });

  it('calls the same report sent again a duplicate', () => {
    expect(dayConflict(visit({}), [stored({})])).toEqual({ code: 'duplicate' });
  });
});
