import { describe, expect, it } from 'vitest';
import { onlyUrges, wordsForThem } from '../../../src/domain/people/passed-on-messages.js';

describe('the words passed on', () => {
  it('leaves out the asking of the bot to pass them on', () => {
    expect(wordsForThem('帮我跟孙经理说一下，下周三我带学生过去取样')).toBe('下周三我带学生过去取样');
    expect(wordsForThem('麻烦跟陈老师说一声 样品已经寄出了')).toBe('样品已经寄出了');
    expect(wordsForThem('通知所有特派员：12月10日前交年度总结')).toBe('12月10日前交年度总结');
    expect(wordsForThem('给所有特派员发个通知，周五下午开视频会')).toBe('周五下午开视频会');
  });

  it('keeps the words whole when the asking runs into them, or little would be left', () => {
    expect(wordsForThem('提醒一下陈老师这个月还没去企业')).toBe('提醒一下陈老师这个月还没去企业');
    expect(wordsForThem('陈老师能不能再来一趟')).toBe('陈老师能不能再来一趟');
    expect(wordsForThem('帮我跟孙经理说一下，好的')).toBe('帮我跟孙经理说一下，好的');
  });
});

describe('an urging with nothing of its own to pass on', () => {
  it('is told by urging words and whom they are for', () => {
    for (const text of [
      '催一下玉林的特派员',
      '督促一下进度落后的特派员',
      '提醒柳州的特派员抓紧',
      '催催陈老师',
      '赶紧催下特派员们',
      '催一下玉林市进度落后的特派员们',
    ])
      expect(onlyUrges(text), text).toBe(true);
    expect(onlyUrges('催一下陈思远', ['陈思远'])).toBe(true);
  });

  it('is not an urging that says what to do, nor a notice', () => {
    for (const text of [
      '提醒一下陈老师这个月还没去企业',
      '催一下孙经理把记录确认了',
      '通知所有特派员：各位注意施工安全',
      '请各位特派员抓紧时间报备',
      '提醒大家年底前完成任务',
      '陈老师进度怎么样',
    ])
      expect(onlyUrges(text), text).toBe(false);
  });
});
