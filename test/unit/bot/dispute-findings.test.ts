import { describe, expect, it } from 'vitest';
import { readCommand } from '../../../src/bot/commands.js';
import { disputesMeant } from '../../../src/bot/handlers/disputes.js';
import { daysFoundIn, findingOf } from '../../../src/bot/lexicon/intent-cues.js';
import type { LocalDate } from '../../../src/common/local-date.js';
import type { StoredVisit } from '../../../src/domain/visits/visit-ledger.js';

describe('a station’s finding in its own words', () => {
  it('reads a plain finding about the specialist being there', () => {
    expect(findingOf('孙经理那个异议我们问了，陈老师那天确实去了')).toBe('VERIFIED');
    expect(findingOf('龙城齿轮那条核查过了，特派员确实没去')).toBe('REJECTED');
    expect(findingOf('打电话问了企业 陈老师2号确实来了的')).toBe('VERIFIED');
    // 「不属实」 of the record, with the day denied; the enterprise that objected found right.
    expect(findingOf('陈思远11月26号那条 核实了 不属实 当天没去')).toBe('REJECTED');
    expect(findingOf('26号那个 企业说的对 陈老师没去讲课')).toBe('REJECTED');
    expect(findingOf('23号那个不属实，企业那天停产检修 没人接待')).toBe('REJECTED');
    // A plant stopped is no finding that no one was there (「停产期间陈老师在厂里指导…属实」).
    expect(findingOf('YY-2026-0001 核实过了 停产期间陈老师在厂里指导设备改造 情况属实')).not.toBe('REJECTED');
  });

  it('gives no verdict when the words turn it around, say of what only vaguely, or leave it open', () => {
    for (const text of [
      '孙经理那条异议不属实，陈老师确实去了',
      '我们查了，企业的异议不属实',
      '那条异议查了，情况属实',
      '企业说陈老师没来过，我们核实了确实来了',
      '核实了，确实去了，不是虚报',
      '那条异议核实了没有，陈老师到底去没去过',
      '陈老师说他确实去了，那条异议你们核实一下',
      '核实了确实去了，企业当时没来得及确认',
    ])
      expect(findingOf(text), text).toBeNull();
  });

  it('gives no verdict when the visit was true only in part: another day, fewer days', () => {
    for (const text of [
      'YY-2026-0001 核实了，陈老师确实来了，是12月1号来的',
      'YY-2026-0002 核实了，陈老师确实来了，就是只待了半天',
      '陈老师那天确实去了，不过只待了一上午',
    ])
      expect(findingOf(text), text).toBeNull();
    expect(readCommand('核实 YY-2026-0001 属实，但只能算1天')?.command).toMatchObject({
      verdict: 'VERIFIED',
      ask: true,
      days: 1,
    });
    expect(readCommand('核实 YY-2026-0001 属实，但只待了一两天')?.command).toMatchObject({ verdict: null, ask: true });
    expect(readCommand('核实 YY-2026-0001 属实，陈老师是1号来的')?.command).toMatchObject({ verdict: null, ask: true });
    expect(readCommand('核实 YY-2026-0001 不属实，当天没到企业')?.command).toMatchObject({ verdict: 'REJECTED' });
    // 「属实，覃总说得对」 says the enterprise that objected is right: the verdict and its reason disagree, so it is asked.
    for (const text of [
      'YY-2026-0009 属实，覃总说得对',
      'YY-2026-0004 属实 孙经理说的没错',
      '核实 YY-2026-0004 属实 企业是对的',
    ])
      expect(readCommand(text)?.command, text).toMatchObject({ verdict: null, ask: true });
    expect(readCommand('YY-2026-0009 不属实，覃总说得对')?.command).toMatchObject({ verdict: 'REJECTED' });
    expect(readCommand('核实 YY-2026-0002 只去了半天 其余属实')?.command).toMatchObject({
      verdict: 'VERIFIED',
      days: 0.5,
    });
  });

  it('reads no verdict on the record from one said of the objection, or one the words after it deny', () => {
    for (const text of [
      '核实 YY-2026-0001 企业异议属实，陈老师当天在南宁开会',
      '核实 YY-2026-0011 企业反映属实',
      '核实 YY-2026-0005 企业的异议不属实，有签到表和照片，陈老师当天在厂里',
      '核实 YY-2026-0007 情况属实，陈老师那天确实没去企业',
      '核实 YY-2026-0009 不属实 陈老师去了的 只是企业联系人不知道',
      // The enterprise misremembered: the visit happened, whatever 不属实 was said of.
      '核实 YY-2026-0004 不属实，孙经理记错了，那天老总亲自接待的陈老师',
      '核实 YY-2026-0001 不属实 企业搞错了',
      // Served from afar: true of the objection, and it never counts.
      '核实 YY-2026-0008 属实 是视频会议',
      '核实 YY-2026-0006 属实 是电话里讲的',
    ])
      expect(readCommand(text)?.command, text).toMatchObject({ verdict: null, ask: true });
    expect(readCommand('核实 YY-2026-0002 不属实 当天陈老师在学校上课')?.command).toMatchObject({
      verdict: 'REJECTED',
    });
  });
});

describe('a visit found real but shorter', () => {
  it('gives the days found when the words say the visit was real and how long it took', () => {
    expect(daysFoundIn('YY-2026-0002 核实了，陈老师确实来了，就是只待了半天')).toBe(0.5);
    expect(daysFoundIn('陈老师那天确实去了，不过只待了一上午')).toBe(0.5);
    expect(daysFoundIn('确实来了，实际一天半')).toBe(1.5);
    expect(daysFoundIn('但只能算1天', true)).toBe(1);
    // 「只待了」 says the specialist was there.
    expect(daysFoundIn('YY-2026-0009 核实了 陈老师只待了半天')).toBe(0.5);
  });

  it('gives none for another day, a range, doubt, or words that do not find the visit real', () => {
    for (const text of [
      'YY-2026-0001 核实了，陈老师确实来了，是12月1号来的',
      '确实来了，待了一两天吧',
      '他说确实来了，只待了半天',
      '确实来了，只待了半天？我再问问',
      '待了半天',
      '确实没来，只是打了半天电话',
    ])
      expect(daysFoundIn(text), text).toBeNull();
  });
});

describe('which open dispute a finding means', () => {
  const visit = (disputeNo: string, reporterName: string, enterpriseShortName: string, date: string) =>
    ({ disputeNo, reporterName, enterpriseShortName, date }) as unknown as StoredVisit;
  const open = [
    visit('YY-2026-0001', '陈思远', '龙城齿轮', '2026-12-02'),
    visit('YY-2026-0002', '刘洋', '山湖农机', '2026-11-30'),
  ];
  const meant = (text: string) => disputesMeant(open, text, '2026-12-03' as LocalDate).map((v) => v.disputeNo);

  it('finds the one the specialist, enterprise or day names', () => {
    expect(meant('陈老师那条核实了，确实去了')).toEqual(['YY-2026-0001']);
    expect(meant('山湖农机那条确实没去')).toEqual(['YY-2026-0002']);
    expect(meant('11月30日那条核实了 确实来了')).toEqual(['YY-2026-0002']);
  });

  it('finds none when it names a specialist no open dispute has, and does not read 施工 as a name', () => {
    expect(meant('王老师那条核实了，确实去了')).toEqual([]);
    expect(meant('那条异议核实了，确实去了，在施工现场')).toHaveLength(2);
  });
});

describe('several disputes named in one finding', () => {
  it('keeps every number of one finding for all (「核实 YY-…9、YY-…10 都属实」)', () => {
    for (const text of [
      '核实 YY-2026-0009 YY-2026-0010 都属实',
      'YY-2026-0009和YY-2026-0010属实',
      'YY-2026-0009、YY-2026-0010 核实了 都不属实 两天都没来',
    ]) {
      const command = readCommand(text)?.command;
      expect(command, text).toMatchObject({ name: 'resolve-dispute' });
      expect(command && 'ref' in command ? command.ref : '', text).toMatch(/YY-2026-0009[\s\S]*YY-2026-0010/);
      expect(command && 'verdict' in command ? command.verdict : null, text).not.toBeNull();
    }
  });

  it('gives no verdict when each number has its own finding', () => {
    expect(readCommand('核实 YY-2026-0009 属实 YY-2026-0010 不属实 没来')?.command).toMatchObject({
      name: 'resolve-dispute',
      verdict: null,
      ask: true,
    });
  });
});
