import { describe, expect, it } from 'vitest';
import { findVisitDays, givesRangeOfDays } from '../../../src/domain/visits/visit-days.js';

describe('days said as two figures', () => {
  it('gives no number for 「两三天」, 「一两天」, so the days are asked again', () => {
    for (const text of ['两三天吧', '一两天', '三四个整天']) expect(givesRangeOfDays(text), text).toBe(true);
    expect(givesRangeOfDays('两天')).toBe(false);
  });
});

describe('the days a message gives', () => {
  it('never takes days said not to be the days, but what is said instead', () => {
    expect(findVisitDays('检测冷链设备，不是一天，是半天')?.value).toBe(0.5);
    expect(findVisitDays('不是1天 是0.5天')?.value).toBe(0.5);
    expect(findVisitDays('半天 不是一天')?.value).toBe(0.5);
    expect(findVisitDays('说是一天其实也就半天')?.value).toBe(0.5);
    expect(findVisitDays('不对不对 没有一天 就上午在')?.value).toBe(0.5);
    expect(findVisitDays('一天，不是半天')?.value).toBe(1);
    // Only what it is not: the days are asked.
    expect(findVisitDays('调试设备 不是一天')).toBeNull();
    // 「不是一天两天能解决的」 says how hard, not how long.
    expect(findVisitDays('看了淬火炉温控问题，这个问题不是一天两天能解决的')).toBeNull();
  });

  it('reads half a day written as a fraction', () => {
    expect(findVisitDays('技术攻关1/2天 调热处理炉')?.value).toBe(0.5);
    expect(findVisitDays('去了二分之一天')?.value).toBe(0.5);
  });

  it('gives no number for less than a day said as such, so the days are asked', () => {
    for (const text of ['一天不到 调热处理炉', '不到一天', '待了大半天', '一天多'])
      expect([findVisitDays(text), givesRangeOfDays(text)], text).toEqual([null, true]);
  });

  it('reads the morning to the end of the working afternoon as the whole day', () => {
    expect(findVisitDays('从早上到下午五点 调试热处理炉')?.value).toBe(1);
    expect(findVisitDays('下午去的')?.value).toBe(0.5);
  });

  it('reads a whole day and a half day after it as a day and a half', () => {
    for (const text of ['这周一全天加周二上午都在龙城齿轮', '上周三全天 再加上周四上午', '20号一整天和21号上午'])
      expect(findVisitDays(text)?.value, text).toBe(1.5);
    // A half day on the same day is no day and a half.
    expect(findVisitDays('昨天在龙城齿轮一整天 和他们技术员下午调试设备')?.value).toBe(1);
  });

  it('reads whole and half days as written', () => {
    expect(findVisitDays('1天')?.value).toBe(1);
    expect(findVisitDays('一天半')?.value).toBe(1.5);
    expect(findVisitDays('两个半天')?.value).toBe(1);
  });
});
