import { describe, expect, it } from 'vitest';
import { onlyAnnouncesFeedback, supplementWords } from '../../../src/bot/lexicon/feedback-words.js';

describe('feedback that only announces itself', () => {
  it('gives nothing to file when it only says there is something to say', () => {
    for (const text of ['想反映个情况', '提个建议', '我要反馈个问题', '有个问题想反映一下😂', '老师 我想提点意见'])
      expect(onlyAnnouncesFeedback(text), text).toBe(true);
  });

  it('gives something to file as soon as it says what about', () => {
    for (const text of ['补贴太少', '申报系统老是卡', '想反映个情况：补贴没到账', '建议简化材料', '意见：太慢'])
      expect(onlyAnnouncesFeedback(text), text).toBe(false);
  });
});

describe('the words an addition to filed feedback adds', () => {
  it('is what follows its lead, in either order and with the ticket named between', () => {
    const cases: [string, string][] = [
      ['补充一下 刚才那个反馈 去年也是这样，税务局说要等文件', '去年也是这样，税务局说要等文件'],
      ['刚才的反馈再补充一点：窗口说要等省里文件', '窗口说要等省里文件'],
      ['上次反映的那个问题补充一下 现在税务局又改口了', '现在税务局又改口了'],
      ['那个燃油补贴的反馈补充一下，渔船也是', '渔船也是'],
      ['补充下刚才反馈的，窗口说下个月才受理', '窗口说下个月才受理'],
      ['补充一下龙城齿轮刚才那个反馈：发票问题', '发票问题'],
      ['FK-2026-0003那个反馈补充一句：电话是0772-1234567', '电话是0772-1234567'],
    ];
    for (const [text, words] of cases) expect(supplementWords(text), text).toBe(words);
  });

  it('is nothing when the message only says there is something to add', () => {
    for (const text of ['我想补充一下刚才反馈的问题', '刚才那个反馈还能补充吗', '补充下刚才那个反馈'])
      expect(supplementWords(text), text).toBe('');
  });
});
