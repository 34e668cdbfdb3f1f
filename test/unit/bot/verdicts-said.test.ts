import { describe, expect, it } from 'vitest';
import { verdictsSaid } from '../../../src/bot/verdicts-said.js';
import type { LocalDate } from '../../../src/common/local-date.js';

const TODAY = '2026-11-24' as LocalDate;
const said = (text: string) =>
  verdictsSaid(text, TODAY)?.map(({ day, no, by, fine, words }) => [
    day?.slice(5) ?? `#${no}`,
    by,
    fine ? 'fine' : 'objected',
    words,
  ]);

describe('several records said right or wrong in one message', () => {
  it('reads records named only by their teachers, one teacher a clause', () => {
    expect(said('李老师那条没问题，周老师那天其实只来了一上午')).toEqual([
      ['#null', '李', 'fine', '李老师那条没问题'],
      ['#null', '周', 'objected', '周老师那天其实只来了一上午'],
    ]);
    // Two teachers in one clause, the same teacher twice, or a clause naming none: nothing is read.
    expect(said('王老师那条不对，李老师和周老师的都没问题')).toBeUndefined();
    expect(said('李老师那条没问题，李老师那天其实只来了一上午')).toBeUndefined();
    expect(said('李老师那条没问题，那天其实只来了一上午')).toBeUndefined();
  });

  it('reads each record by its day, with whose it is and what was said of it', () => {
    expect(said('王老师19号没来调试，周老师20号那天也没来，李老师18号那条是对的')).toEqual([
      ['11-19', '王', 'objected', '王老师19号没来调试'],
      ['11-20', '周', 'objected', '周老师20号那天也没来'],
      ['11-18', '李', 'fine', '李老师18号那条是对的'],
    ]);
    // Spaces for commas, and a reason said after its record.
    expect(said('18号那条没问题 19号王老师没来 那天厂里停电')).toEqual([
      ['11-18', null, 'fine', '18号那条没问题'],
      ['11-19', '王', 'objected', '19号王老师没来 那天厂里停电'],
    ]);
    expect(said('王老师 19号 没来，李老师 18号 是对的')?.map((v) => v[1])).toEqual(['王', '李']);
  });

  it('reads records named by their number in the list, a day after an objection being its reason', () => {
    expect(said('第1条确认 第2条有问题 23号下午陈老师没在')).toEqual([
      ['#1', null, 'fine', '第1条确认'],
      ['#2', null, 'objected', '第2条有问题 23号下午陈老师没在'],
    ]);
    expect(said('确认1，2有异议 那天陈老师没来')?.map((v) => [v[0], v[2]])).toEqual([
      ['#1', 'fine'],
      ['#2', 'objected'],
    ]);
    expect(said('3确认 4不对 那天没来')?.map((v) => v[0])).toEqual(['#3', '#4']);
    // 「其他都没问题」 names no record: the message is about one.
    expect(verdictsSaid('第3条时间不对，其他都没问题', TODAY)).toBeNull();
  });

  it('reads 「第一条对」, 「2的话…」 and 「5那个…」 as records of the list by number', () => {
    expect(said('第一条对，第二条日期不对 赵老师是25号来的')).toEqual([
      ['#1', null, 'fine', '第一条对'],
      ['#2', null, 'objected', '第二条日期不对 赵老师是25号来的'],
    ]);
    expect(said('1确认 2的话陈老师本人没来 是学生来的')?.map((verdict) => verdict.slice(0, 3))).toEqual([
      ['#1', null, 'fine'],
      ['#2', '陈', 'objected'],
    ]);
    expect(said('1和3没问题，5那个其实只来了一天不是两天')?.map((verdict) => verdict.slice(0, 3))).toEqual([
      ['#1', null, 'fine'],
      ['#3', null, 'fine'],
      ['#5', null, 'objected'],
    ]);
  });

  it('reads days joined (「17号和19号…都没来过」) as a record each, said the same of', () => {
    const said = verdictsSaid('17号和19号陈老师都没来过，18号那次倒是来了', TODAY);
    expect(said?.map((v) => [v.day, v.fine])).toEqual([
      ['2026-11-17', false],
      ['2026-11-19', false],
      ['2026-11-18', true],
    ]);
    expect(verdictsSaid('18号和19号都没来', TODAY)?.map((v) => [v.day, v.fine])).toEqual([
      ['2026-11-18', false],
      ['2026-11-19', false],
    ]);
    // Days with nothing between them, and a month said once for all of them (9号 is October's, not November's).
    expect(verdictsSaid('17号18号和19号陈老师都没来过', TODAY)?.map((v) => v.day)).toEqual([
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
    ]);
    expect(verdictsSaid('10月8号和9号陈老师都没来过', TODAY)?.map((v) => v.day)).toEqual(['2026-10-08', '2026-10-09']);
    // What is said after days joined is the reason of each.
    const reasons = verdictsSaid('18号19号这两条都有异议 陈老师那两天在南宁开会 根本没来', TODAY)?.map((v) => v.words);
    expect(reasons).toEqual(Array(2).fill('18号19号这两条都有异议 陈老师那两天在南宁开会 根本没来'));
  });

  it('reads a clause opening with a kind of outcome as that outcome, said right or not', () => {
    const said = verdictsSaid(
      '刘老师昨天来了一整天没错。项目确实立项了，不过名称写错了，应该是丘陵山地收获机研发',
      TODAY,
    );
    expect(said?.map((v) => [v.day, v.outcome ?? null, v.fine])).toEqual([
      ['2026-11-23', null, true],
      [null, 'PROJECT', false],
    ]);
    expect(verdictsSaid('昨天那条没问题，专利那条不对 是外观设计', TODAY)?.at(1)).toMatchObject({ outcome: 'IP' });
    // A kind of outcome said inside a reason names no outcome.
    expect(verdictsSaid('20号没问题 那天来是讲培训 没来', TODAY)).toBeNull();
  });

  it('leaves one record, and words that say both or neither to the one-record reading', () => {
    for (const text of [
      '19号没来',
      '11月18号 李老师来讲课了 没问题',
      '18号那条对的但是19号那条也是对的吧没来？不对',
      '18号来了 19号也来了',
    ])
      expect(verdictsSaid(text, TODAY), text).toBeNull();
  });
});
