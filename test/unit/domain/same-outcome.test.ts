import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../../src/common/local-date.js';
import { appliedBefore, figuresDiffer, maybeReportedBefore } from '../../../src/domain/outcomes/same-outcome.js';
import type { NewOutcome, StoredOutcome } from '../../../src/domain/outcomes/types.js';

const patent = (over: Partial<StoredOutcome>): StoredOutcome =>
  ({
    id: 'O-1',
    assignmentId: 'A-002',
    reporterId: 'P-002',
    kind: 'IP',
    ipKind: 'INVENTION_PATENT',
    stage: 'GRANTED',
    quantity: 1,
    level: null,
    form: null,
    amount: null,
    date: '2026-11-01' as LocalDate,
    status: 'REPORTED',
    ...over,
  }) as StoredOutcome;

const told = (over: Partial<NewOutcome>): NewOutcome => patent({ id: 'O-2', reporterId: 'P-102', ...over });

describe('an outcome that may already have been reported', () => {
  it('finds one of the same kind and details, dated within three months, by another reporter', () => {
    expect(maybeReportedBefore(told({ date: '2026-11-18' as LocalDate }), [patent({})])?.id).toBe('O-1');
    // A detail one of them leaves out does not tell them apart.
    expect(maybeReportedBefore(told({ stage: null }), [patent({})])?.id).toBe('O-1');
  });

  it('finds none when a detail differs, the dates are far apart, the reporter is the same, or it was disputed', () => {
    expect(maybeReportedBefore(told({ ipKind: 'UTILITY_MODEL' }), [patent({})])).toBeNull();
    expect(maybeReportedBefore(told({ date: '2027-03-01' as LocalDate }), [patent({})])).toBeNull();
    expect(maybeReportedBefore(told({ reporterId: 'P-002' }), [patent({})])).toBeNull();
    expect(maybeReportedBefore(told({}), [patent({ status: 'DISPUTED' })])).toBeNull();
    expect(maybeReportedBefore(told({ assignmentId: 'A-001' }), [patent({})])).toBeNull();
  });

  it('asks about another reporter’s count that differs (「只授权了1件」 against 2件), saying the figures differ', () => {
    const counted = told({ quantity: 2 });
    expect(maybeReportedBefore(counted, [patent({})])?.id).toBe('O-1');
    expect(figuresDiffer(counted, patent({}))).toBe(true);
    expect(figuresDiffer(told({}), patent({}))).toBe(false);
  });

  it('finds the reporter’s own report of it told again on a day near it, but not one weeks apart', () => {
    const again = (date: string) => told({ reporterId: 'P-002', date: date as LocalDate });
    expect(maybeReportedBefore(again('2026-11-02'), [patent({})])?.id).toBe('O-1');
    expect(maybeReportedBefore(again('2026-10-29'), [patent({})])?.id).toBe('O-1');
    expect(maybeReportedBefore(again('2026-11-20'), [patent({})])).toBeNull();
    // A month told without a day is any day of it.
    expect(maybeReportedBefore(again('2026-11-20'), [patent({ monthOnly: true })])?.id).toBe('O-1');
    expect(
      maybeReportedBefore({ ...again('2026-11-01'), monthOnly: true }, [patent({ date: '2026-11-24' as LocalDate })])
        ?.id,
    ).toBe('O-1');
    expect(maybeReportedBefore(again('2026-12-20'), [patent({ monthOnly: true })])).toBeNull();
    expect(
      maybeReportedBefore(told({ reporterId: 'P-002', quantity: 2, date: '2026-11-02' as LocalDate }), [patent({})]),
    ).toBeNull();
  });

  it('tells two rights apart by their own names, and not by a name against the title of kind and count', () => {
    const named = (title: string) => told({ title, date: '2026-11-18' as LocalDate });
    const earlier = patent({ title: '一种齿轮渗碳淬火方法' });
    expect(maybeReportedBefore(named('一种高精度齿轮磨削装置'), [earlier])).toBeNull();
    expect(maybeReportedBefore(named('一种齿轮渗碳淬火方法'), [earlier])?.id).toBe('O-1');
    expect(maybeReportedBefore(named('发明专利1件'), [earlier])?.id).toBe('O-1');
    expect(maybeReportedBefore(named('一种齿轮渗碳淬火方法'), [patent({ title: '发明专利1件' })])?.id).toBe('O-1');
  });
});

describe('a project approved that was applied for', () => {
  const project = (over: Partial<StoredOutcome>) =>
    patent({
      kind: 'PROJECT',
      ipKind: null,
      quantity: null,
      level: 'REGIONAL',
      title: '《海产品低温加工技术》',
      ...over,
    });
  it('finds the application of the same name, earlier, undisputed; nothing for another name or stage', () => {
    const approval = told({
      kind: 'PROJECT',
      ipKind: null,
      quantity: null,
      stage: 'APPROVED',
      title: '海产品低温加工技术',
      date: '2026-11-20' as LocalDate,
    });
    expect(appliedBefore(approval, [project({ stage: 'APPLIED' })])?.id).toBe('O-1');
    expect(appliedBefore(approval, [project({ stage: 'APPLIED', title: '冷链物流温控系统研发' })])).toBeNull();
    expect(appliedBefore(approval, [project({ stage: 'APPROVED' })])).toBeNull();
    expect(appliedBefore(approval, [project({ stage: 'APPLIED', status: 'DISPUTED' })])).toBeNull();
    expect(appliedBefore({ ...approval, stage: 'APPLIED' }, [project({ stage: 'APPLIED' })])).toBeNull();
  });
});
