import { describe, expect, it } from 'vitest';
import { readCommand } from '../../../src/bot/commands.js';
import { internalWordsIn } from '../../../src/bot/intents.js';
import { recordMeant } from '../../../src/bot/record-meant.js';
import type { LocalDate } from '../../../src/common/local-date.js';
import { parseCount } from '../../../src/domain/outcomes/outcome-figures.js';
import { readOutcome } from '../../../src/domain/outcomes/outcome-reading.js';
import { readReport } from '../../../src/domain/visits/report-reading.js';

const TODAY = '2026-11-24' as LocalDate;
const LONGCHENG = {
  assignmentId: 'A-001',
  enterpriseId: 'E-LZ-001',
  enterpriseName: '柳州市龙城精密齿轮有限公司',
  shortName: '龙城齿轮',
  startDate: '2025-06-01' as LocalDate,
  endDate: '2027-05-31' as LocalDate,
};

describe('words that look like a new rule’s but are not', () => {
  it('names a visit by 「周一那个」 only when a day is said, never by filler or an outcome’s figure', () => {
    expect(recordMeant('周一那个不是政策宣讲 是技术攻关', TODAY)).not.toBeNull();
    for (const text of [
      '前天那个人数改成2',
      '不好意思 那个天数写错了 应该是半天',
      '不好意思 那个撤销一下',
      '培训那个人数改成42',
    ])
      expect(recordMeant(text, TODAY), text).toBeNull();
  });

  it('sends honest answers that share words with candid remarks', () => {
    for (const answer of [
      '请企业先稳住生产，奖补资金已协调财政厅本月底拨付',
      '资金的事情先拖着不是办法，已督促财政局',
      '请不要私下跟特派员约定费用',
      '目前财政厅还没正式表态，有结果后第一时间通知您',
      '经核实，陈老师不存在接私活的情况',
      '已私下提醒本人注意服务记录的准确性',
      '说实话，补贴还没到账是我们工作不到位，已督促财政局',
    ])
      expect(internalWordsIn(answer), answer).toBeNull();
    for (const remark of [
      '这家企业事儿多，我们先应付一下',
      '先这么回着',
      '听说他在外面接私活，先别声张',
      '财政厅还没正式表态，先稳住企业，就说在走流程',
      '这事先拖着吧',
      '我私下跟陈老师说一下就行',
    ])
      expect(internalWordsIn(remark), remark).not.toBeNull();
  });

  it('records a visit done that tells of a follow-up, and an evening visit told as done', () => {
    for (const text of [
      '今天在龙城齿轮调试淬火炉一天，温度还是不稳，明天还得去',
      '今天在龙城齿轮技术攻关一天 他们还得去买配件',
      '今晚去的龙城齿轮 调试淬火炉 半天',
    ])
      expect(readReport(text, TODAY, [LONGCHENG]).refusal, text).toBeNull();
    // Still to come, with or without a day: refused, never asked for a day that could make it a record.
    for (const text of [
      '今晚去龙城齿轮看看，他们说淬火炉又出问题了，半天',
      '这周还得去龙城齿轮调试淬火炉半天',
      '淬火炉还没调好，还得去龙城齿轮半天',
      '回头还要再去龙城齿轮调试淬火炉 半天',
    ])
      expect(readReport(text, TODAY, [LONGCHENG]).refusal, text).toBe('plan');
    expect(readReport('今天上午在龙城齿轮调试设备，下午也帮他们培训了工人', TODAY, [LONGCHENG]).days).toBe(1);
    expect(readReport('今天在龙城齿轮调试淬火炉一天，估计还要两三天', TODAY, [LONGCHENG]).days).toBe(1);
    expect(readReport('今天上午去了龙城齿轮调试设备 下午也没在那边', TODAY, [LONGCHENG]).days).toBe(0.5);
    expect(readReport('今天上午在龙城齿轮调试设备 下午也是在办公室写材料', TODAY, [LONGCHENG]).days).toBe(0.5);
  });

  it('records an outcome reached that tells of the next step, and an application with a grant hoped for', () => {
    expect(readOutcome('龙城齿轮的自治区项目已经立项，要签合同了', TODAY, [LONGCHENG])).toMatchObject({
      stage: 'APPROVED',
      refusal: null,
    });
    expect(readOutcome('龙城齿轮申请了发明专利1件，估计会授权', TODAY, [LONGCHENG])).toMatchObject({
      stage: 'APPLIED',
      refusal: null,
    });
    expect(parseCount('培训了30人 上下午各一场', 'people')).toBe(30);
    // Still to come, whatever else is said with it.
    for (const text of ['龙城齿轮的技术转让合同快签了，已经谈了3个月', '龙城齿轮项目马上要立项了，已经公示了'])
      expect(readOutcome(text, TODAY, [LONGCHENG])?.refusal, text).toBe('plan');
  });

  it('reads 「本来报的一天 改成半天」 as a correction, not a visit moved', () => {
    expect(readCommand('本来报的一天 改成半天')?.command).toMatchObject({ name: 'amend', value: '半天' });
  });
});
