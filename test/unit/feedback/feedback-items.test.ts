import { describe, expect, it } from 'vitest';
import { feedbackItems } from '../../../src/domain/feedback/feedback-items.js';

describe('the problems a feedback message lists', () => {
  it('splits problems listed one by one, in the ways people number them', () => {
    expect(feedbackItems('1.奖补资金一直没到账；2.住房补贴申请不知道找哪个部门')).toEqual([
      '奖补资金一直没到账',
      '住房补贴申请不知道找哪个部门',
    ]);
    expect(feedbackItems('一是研发奖补到账慢，拖了半年；二是加计扣除备案材料要求不清楚')).toHaveLength(2);
    expect(feedbackItems('①奖补资金一直没到账 ②住房补贴申请不知道找哪个部门')).toHaveLength(2);
  });

  it('keeps one problem whole, also when it holds figures or items too short to stand alone', () => {
    for (const text of ['申报了3个项目，有2个没批下来，原因没说', '2024.1.5提交的材料至今没有回音', '1.慢 2.难'])
      expect(feedbackItems(text)).toEqual([text]);
  });
});
