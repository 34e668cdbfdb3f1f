import { describe, expect, it } from 'vitest';
import { onlyAnnouncesFeedback } from '../../../src/bot/lexicon/feedback-words.js';

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
