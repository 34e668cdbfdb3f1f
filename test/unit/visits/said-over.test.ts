import { describe, expect, it } from 'vitest';
import { placeSaidOver, RETRACTIONS, saidOver } from '../../../src/domain/visits/said-over.js';

describe('a value taken back and said again in one message', () => {
  it.each([
    ['11月20号在龙城齿轮搞了一天 哦不对 是半天 帮他们改进渗碳工艺', '11月20号在龙城齿轮搞了半天 帮他们改进渗碳工艺'],
    ['上周四去漓江光电 哦不是周四是周五 讲了加计扣除政策', '上周五去漓江光电 讲了加计扣除政策'],
    ['11月16号 哦不对是17号 去的漓江光电调试镀膜机 半天', '11月17号 去的漓江光电调试镀膜机 半天'],
    ['昨天去的龙城齿轮 呃说错了 前天 调试磨齿机 一天', '前天去的龙城齿轮 调试磨齿机 一天'],
    ['周三在山湖农机 打错了 是礼拜四 两天', '礼拜四在山湖农机 两天'],
    ['在蓝湾食品待了1天，不对不对，应该是1.5天', '在蓝湾食品待了1.5天'],
    ['12月1号 哦不对是11月30号 在龙城齿轮做了半天技术攻关', '11月30号 在龙城齿轮做了半天技术攻关'],
    ['上周三吧 不对 是上周二 在龙城齿轮 帮他们对接了检测平台 一天', '上周二吧 在龙城齿轮 帮他们对接了检测平台 一天'],
    ['龙城齿轮 上周四 不对 上周五 去了一天', '龙城齿轮 上周五 去了一天'],
    // Why, said before the value meant, stays after it.
    ['11月27号在龙城齿轮调试热处理线 一天 哦不对 下午才到的 半天', '11月27号在龙城齿轮调试热处理线 半天 下午才到的'],
    ['在龙城齿轮待了一天 哦不对 其实是 半天', '在龙城齿轮待了半天'],
  ])('reads %s as %s', (said, meant) => {
    expect(saidOver(said)).toBe(meant);
  });

  it.each([
    // What is denied after the value right (「…周四去的，不是周五」) is no value said again.
    '上周四去的，不是周五',
    '在龙城齿轮待了一天，不是半天',
    // Taken back, but what follows is no value of the same shape: left for the reader to ask.
    '调试设备一天，不对，是调试模具',
    // 不对 said of something (「炉温不对」, 「日期不对」, 「截止不对」) takes no value back.
    '昨天在龙城齿轮调试热处理炉一天，发现炉温不对，两天后再去复测',
    // Words between that say no why are no value said again, nor are days to come or a day of the month after why.
    '调了一天 不对 温度 两天后再测',
    '昨天在龙城齿轮调试一天 不对 只调了淬火炉 两天后再去看',
    '11月20日在龙城齿轮调试了一天 不对 下午才到的 21日',
    '1号那条日期不对，是3号来的',
    'FK-2026-0002 已核实，通知里写的20号截止不对，25号前提交都可以',
    // Nothing said before to take back: a correction of an earlier record.
    '不对 是前天',
    '搞错了 是半天',
  ])('leaves %s as written', (said) => {
    expect(saidOver(said)).toBe(said);
  });

  it('keeps each word that takes a value back in the data list once', () => {
    expect(new Set(RETRACTIONS).size).toBe(RETRACTIONS.length);
    for (const word of RETRACTIONS) expect(saidOver(`昨天在龙城齿轮一天 ${word} 半天`)).toBe('昨天在龙城齿轮半天');
  });
});

describe('an enterprise taken back and said again in one message', () => {
  const places = ['龙城齿轮', '石韵新材', '山湖农机'];
  it.each([
    ['11月30号去了融江汽车电子 不对 是龙城齿轮 调试磨齿机 1天', '11月30号 在龙城齿轮 调试磨齿机 1天'],
    ['12月5号在融江汽车电子 哦不对 在龙城齿轮 调试热处理炉 半天', '12月5号 在龙城齿轮 调试热处理炉 半天'],
    ['11月13号在山湖农机 哦不对 在石韵新材 做窑炉温控调试 半天', '11月13号 在石韵新材 做窑炉温控调试 半天'],
  ])('reads %s as %s', (said, meant) => {
    expect(placeSaidOver(said, places)).toBe(meant);
  });

  it.each([
    // What is taken back was no place (「调试磨齿机」), or what follows is none of the sender's enterprises.
    '调试磨齿机 不对 是龙城齿轮',
    '11月30号去了融江汽车电子 不对 是柳工',
    // What was done there stays: only a name told as where is taken back.
    '11月20号在山湖农机调窑炉一天 不对 是石韵新材',
    '11月20号在龙城齿轮搞了一天 哦不对 是半天',
  ])('leaves %s as written', (said) => {
    expect(placeSaidOver(said, places)).toBe(said);
  });
});
