import { describe, expect, it } from 'vitest';
import { dayGuessed, partOfTodayToCome } from '../../../src/domain/visits/report-dates.js';

describe('a report’s day given as a guess', () => {
  it('is the first day named hedged, another offered beside it, or the day not remembered', () => {
    for (const text of [
      '应该是上周二吧 也可能是周三 去蓝湾讲了个食品安全标准 半天',
      '好像是上周五吧 记不太清了 在绿桂生物帮他们看了下冻干工艺 一天',
      '20号或者21号去的龙城齿轮',
      '具体哪天记不清了 在龙城齿轮调试了一天',
    ])
      expect(dayGuessed(text), text).toBe(true);
  });

  it('is not a hedge about anything else, nor days to come named after the report’s own', () => {
    for (const text of [
      '上周五在绿桂生物调试一天',
      '昨天去龙城齿轮调试 可能下周一还要去',
      '昨天去龙城齿轮调试设备，工艺参数还不确定',
      '昨天去了龙城齿轮 12号或者13号再去一趟',
      '昨天在龙城齿轮调试 大概4个小时',
    ])
      expect(dayGuessed(text), text).toBe(false);
  });
});

describe('a part of today still to come', () => {
  it('is the first part of the day a report names, when it has not begun', () => {
    expect(partOfTodayToCome('今天下午去绿桂生物 看他们新上的冻干机 半天', 9)).toBe('今天下午');
    expect(partOfTodayToCome('今天下午三点到六点在绿桂生物帮他们调了冻干曲线', 9)).toBe('今天下午三点');
    expect(partOfTodayToCome('今晚在绿桂生物给他们讲高企政策', 9)).toBe('今晚');
  });

  it('is none once it has begun, nor when a later part is only mentioned', () => {
    expect(partOfTodayToCome('今天下午去了龙城齿轮调试设备 晚上还要写报告', 17)).toBeNull();
    expect(partOfTodayToCome('今天下午去龙城齿轮调试 晚上7点前回来', 16)).toBeNull();
    expect(partOfTodayToCome('今天上午在龙城齿轮调试 下午回南宁', 10)).toBeNull();
  });
});
