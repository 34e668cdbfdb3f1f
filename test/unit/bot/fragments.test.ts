import { describe, expect, it } from 'vitest';
import {
  correctionOf,
  correctsOnlyTimeOfDay,
  fragmentOf,
  likeTheLast,
  redatedReport,
} from '../../../src/bot/visit-reading.js';
import type { LocalDate } from '../../../src/common/local-date.js';

const today = '2026-12-03' as LocalDate;
const postings = [
  {
    assignmentId: 'A-001',
    enterpriseId: 'E-LZ-001',
    enterpriseName: '柳州市龙城精密齿轮有限公司',
    shortName: '龙城齿轮',
    cityName: '柳州市',
    startDate: '2025-10-20' as LocalDate,
    endDate: '2027-10-19' as LocalDate,
    active: true,
  },
];

describe('a days, kind or date phrase said alone', () => {
  it('reads days with their decimal point, a kind by its name, a day as the date it means', () => {
    expect(fragmentOf('0.5天', today)).toEqual({ field: 'days', value: '0.5天' });
    expect(fragmentOf('1.5天。', today)).toEqual({ field: 'days', value: '1.5天' });
    expect(fragmentOf('半天吧', today)).toEqual({ field: 'days', value: '半天' });
    expect(fragmentOf('攻关', today)).toEqual({ field: 'type', value: '技术攻关' });
    expect(fragmentOf('昨天', today)).toEqual({ field: 'date', value: '2026-12-02' });
    // 「5日」 is a day of the month, not five days.
    expect(fragmentOf('1日', today)).toEqual({ field: 'date', value: '2026-12-01' });
  });

  it('takes nothing longer or asked as a question for a fragment', () => {
    expect(fragmentOf('半天怎么算', today)).toBeNull();
    expect(fragmentOf('今天在龙城齿轮技术攻关1天', today)).toBeNull();
    expect(fragmentOf('明天', today)).toBeNull();
    expect(fragmentOf('你好', today)).toBeNull();
  });
});

describe('a correction of the report just made, in own words', () => {
  it('reads the field and its right value, not the wrong one', () => {
    expect(correctionOf('刚才那条日期错了 是12月2号不是3号', today)).toEqual({ field: 'date', value: '2026-12-02' });
    expect(correctionOf('不好意思 刚才写的一天 实际只待了半天', today)).toEqual({ field: 'days', value: '半天' });
    expect(correctionOf('刚才那个不是技术攻关 是政策宣讲', today)).toEqual({ field: 'type', value: '政策宣讲' });
    expect(correctionOf('上条的时长不对 半天', today)).toEqual({ field: 'days', value: '半天' });
  });

  it('is nothing when no value is given or nothing is corrected', () => {
    for (const text of [
      '刚才那条没问题',
      '刚才发的不是我本人',
      '刚才那个政策是什么意思',
      '刚才那条日期错了',
      '刚刚从龙城齿轮回来，今天其实待了一天',
      '刚写完总结，今天在龙城齿轮其实只待了半天',
      '刚才那边说明天停电，今天在龙城齿轮实际只待了半天',
      '刚发完材料，昨天在龙城齿轮其实是技术攻关',
    ])
      expect(correctionOf(text, today), text).toBeNull();
  });

  it('reads the day through a time of day, and knows a correction of the time of day alone', () => {
    expect(correctionOf('刚才那条日期错了，是昨天下午', today)).toEqual({ field: 'date', value: '2026-12-02' });
    expect(correctionOf('刚刚那条是今天上午的不是下午', today)).toEqual({ field: 'date', value: today });
    for (const text of ['刚才报的那个其实是下午3点开始的', '刚才那条不对 是上午去的'])
      expect([correctionOf(text, today), correctsOnlyTimeOfDay(text, today)], text).toEqual([null, true]);
    for (const text of ['刚才那条内容有一点不对', '刚才那条日期错了，是昨天下午', '下午3点在龙城齿轮调试'])
      expect(correctsOnlyTimeOfDay(text, today), text).toBe(false);
  });
});

describe('a day said instead of a refused report’s', () => {
  const tomorrow = '明天去龙城齿轮调试了磨齿机 一天 技术攻关';
  const redated = (text: string, refused = tomorrow) => redatedReport(refused, text, today, postings);

  it('is the refused report with that day, however the slip is owned up to', () => {
    for (const text of [
      '打错了 是昨天',
      '不好意思，昨天',
      '说错了 应该是昨天',
      '昨天',
      '是昨天不是明天',
      '口误 昨天的',
    ])
      expect(redated(text), text).toBe('昨天去龙城齿轮调试了磨齿机 一天 技术攻关');
    expect(redated('写错了 11月30日', '11月31日在龙城齿轮技术攻关1天')).toBe('11月30日在龙城齿轮技术攻关1天');
  });

  it('is nothing when more is said, the day has not come, or the report was refused for another reason', () => {
    expect(redated('是昨天的话怎么报')).toBeNull();
    expect(redated('昨天在龙城齿轮讲了政策半天')).toBeNull();
    expect(redated('打错了 是后天')).toBeNull();
    expect(redated('打错了 是昨天', '打算明天去龙城齿轮调试磨齿机')).toBeNull();
    // A plan told without owning a slip: 「周二」 gives its day, it does not make it done.
    expect(redated('周二', '下个礼拜去龙城齿轮调试设备 一天')).toBeNull();
    expect(redated('昨天', '明天去龙城齿轮调试磨齿机 一天')).toBeNull();
    expect(redated('打错了 是昨天', '明天去龙城齿轮调试磨齿机 一天')).toBe('昨天去龙城齿轮调试磨齿机 一天');
  });
});

describe('a value with what it is not, said alone', () => {
  it('corrects the report just made', () => {
    expect(correctionOf('是半天不是一天', today)).toEqual({ field: 'days', value: '半天' });
    expect(correctionOf('不是一天，是半天。', today)).toEqual({ field: 'days', value: '半天' });
    expect(correctionOf('是技术攻关不是政策宣讲', today)).toEqual({ field: 'type', value: '技术攻关' });
    expect(correctionOf('应该是半天', today)).toEqual({ field: 'days', value: '半天' });
  });

  it('is nothing when the two are of different fields, the same, or asked about', () => {
    expect(correctionOf('是半天不是昨天', today)).toBeNull();
    expect(correctionOf('是半天不是半天', today)).toBeNull();
    expect(correctionOf('半天不是一天的话怎么算', today)).toBeNull();
  });
});

describe('a day and days said instead of a refused report’s', () => {
  it('takes the days said with the day instead of the report’s', () => {
    expect(redatedReport('明天去龙城齿轮调试了磨齿机 一天', '打错了 是昨天 半天', today, postings)).toBe(
      '昨天去龙城齿轮调试了磨齿机 半天',
    );
    expect(redatedReport('明天去龙城齿轮调试了磨齿机', '打错了 是昨天 半天', today, postings)).toBe(
      '昨天去龙城齿轮调试了磨齿机 半天',
    );
  });
});

describe('another day like the report just made', () => {
  // today is Thursday 3 December 2026.
  it('reads the day, the days if said, and whether 「也是」 says they are the same', () => {
    expect(likeTheLast('上周五也是 半天', today)).toEqual({ date: '2026-11-27', days: 0.5, sameDays: false });
    expect(likeTheLast('上周五也是', today)).toEqual({ date: '2026-11-27', days: null, sameDays: true });
    expect(likeTheLast('周二也去了', today)).toEqual({ date: '2026-12-01', days: null, sameDays: false });
    expect(likeTheLast('昨天也去了一天。', today)).toEqual({ date: '2026-12-02', days: 1, sameDays: false });
  });

  it('is nothing when the message says more, no past day, or no 也', () => {
    for (const text of [
      '上周五也去了石韵新材',
      '上周五也是讲政策',
      '我也是',
      '下周五也去',
      '上周五去了 半天',
      '周一到周三也是',
    ])
      expect(likeTheLast(text, today), text).toBeNull();
  });
});
