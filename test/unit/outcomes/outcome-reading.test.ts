import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../../src/common/local-date.js';
import { parseAmount, parseCount, roughSumTold, tellsSum } from '../../../src/domain/outcomes/outcome-figures.js';
import { readOutcome } from '../../../src/domain/outcomes/outcome-reading.js';

const today = '2026-12-01' as LocalDate;
const postings = [
  {
    assignmentId: 'A-001',
    enterpriseId: 'E-LZ-001',
    enterpriseName: '柳州市龙城精密齿轮有限公司',
    shortName: '龙城齿轮',
    startDate: '2025-06-01' as LocalDate,
    endDate: '2027-05-31' as LocalDate,
  },
];
const read = (text: string) => readOutcome(text, today, postings);

describe('reading an outcome told in chat', () => {
  it('reads a project with its level, stage and day', () => {
    const r = read('龙城齿轮申报的自治区重点研发项目昨天批下来了👏');
    expect(r).toMatchObject({ kind: 'PROJECT', level: 'REGIONAL', stage: 'APPROVED', date: '2026-11-30' });
    expect(r?.enterprise.kind).toBe('found');
  });

  it('reads a transfer with its form and amount in 万元, a month-only date kept as a month', () => {
    expect(read('我们的专利转让给龙城齿轮了，转让费2万5，上个月签的')).toMatchObject({
      kind: 'TRANSFER',
      form: 'TRANSFER',
      amount: 2.5,
      date: '2026-11-01',
      monthOnly: true,
    });
    // 「上上个月」 is two months back, never last month.
    expect(read('龙城齿轮的专利作价入股了 评估值八十万 上上个月的事')).toMatchObject({
      kind: 'TRANSFER',
      date: '2026-10-01',
      monthOnly: true,
    });
  });

  it('reads patents with their kind, count (full-width digits too) and stage', () => {
    expect(read('龙城齿轮实用新型授权了３件，今天下的证')).toMatchObject({
      kind: 'IP',
      ipKind: 'UTILITY_MODEL',
      quantity: 3,
      stage: 'GRANTED',
    });
  });

  it('keeps an approximate head count unknown rather than guessing it', () => {
    expect(read('昨天给龙城齿轮员工搞了个培训，四十多人')).toMatchObject({ kind: 'TRAINING', quantity: null });
    expect(read('昨天给龙城齿轮员工搞了个培训，42人')).toMatchObject({ kind: 'TRAINING', quantity: 42 });
    // Workers named by where they work are counted too.
    expect(read('昨天在龙城齿轮培训了30个一线工人，讲齿轮检测')).toMatchObject({ kind: 'TRAINING', quantity: 30 });
  });

  it('refuses what is still to come and what is only planned', () => {
    expect(read('龙城齿轮的研发中心12月20号揭牌')).toMatchObject({ kind: 'RD_INSTITUTION', refusal: 'future' });
    expect(read('准备下个月帮龙城齿轮申报国家级项目')).toMatchObject({ kind: 'PROJECT', refusal: 'plan' });
  });

  it('refuses an enterprise the reporter is not posted to', () => {
    expect(read('桂林晶瑞光学的研发中心成立了')).toMatchObject({ refusal: 'not-posted' });
  });

  it('leaves questions and talk about a subject to the rest of the bot', () => {
    expect(read('自治区级项目怎么申报？')).toBeNull();
    expect(read('专利授权要多久')).toBeNull();
    expect(read('下周去龙城齿轮聊聊成果转化的事')).toBeNull();
    expect(read('讲解了专利申请流程')).toBeNull();
    expect(read('我们申请的专利资助到现在都没到账')).toBeNull();
    // Words that name an outcome, used as a topic.
    for (const topic of [
      '研发费用辅助账的建立要求',
      '成果转化的相关政策',
      '转让和许可的区别',
      '今天在龙城齿轮讲了成果转化政策',
      '许可证办下来了',
      '合作实施方案',
      '研发台账模板发我一份',
      '专利申请',
      '关于项目申报',
      '科技项目申报 截止时间',
    ])
      expect(read(topic), topic).toBeNull();
  });
});

describe('figures in chat', () => {
  it('reads sums of money as 万元', () => {
    expect(parseAmount('转让费20万')).toBe(20);
    expect(parseAmount('5000元')).toBe(0.5);
    expect(parseAmount('一百五十万元')).toBe(150);
    expect(parseAmount('作价1.2亿')).toBe(12000);
    expect(parseAmount('30w')).toBe(30);
    expect(parseAmount('没谈价')).toBeNull();
  });

  it('takes no sum said per year or per piece for a contract’s amount, and reads the total said beside it', () => {
    expect(parseAmount('许可费每年8万')).toBeNull();
    expect(parseAmount('每年许可费8万')).toBeNull();
    expect(parseAmount('8万一年')).toBeNull();
    expect(parseAmount('每台设备提成500元')).toBeNull();
    expect(parseAmount('3万/年')).toBeNull();
    expect(parseAmount('8万一年 签了三年 总共24万')).toBe(24);
    expect(parseAmount('一个月内就签了20万的合同')).toBe(20);
  });

  it('reads what follows 万: thousands, or yuan after 零', () => {
    expect(parseAmount('转让费二十万零五千')).toBe(20.5);
    expect(parseAmount('20万5千')).toBe(20.5);
    expect(parseAmount('二十万五')).toBe(20.5);
    expect(parseAmount('十五万五千')).toBe(15.5);
    expect(parseAmount('3万2千元')).toBe(3.2);
    expect(parseAmount('2万5')).toBe(2.5);
    expect(parseAmount('二十万零五百元')).toBe(20.05);
    // A count after 万 is no part of the sum.
    expect(parseAmount('20万5台')).toBe(20);
    expect(parseAmount('转让费8千元')).toBe(0.8);
    expect(parseAmount('9千块钱')).toBe(0.9);
  });

  it('reads people named by their job (「20个质检员」) and a certificate got (「拿了个专利证书」) as outcomes', () => {
    expect(readOutcome('龙城齿轮昨天培训了20个质检员', today, postings)).toMatchObject({
      kind: 'TRAINING',
      quantity: 20,
    });
    expect(readOutcome('龙城齿轮昨天拿了个专利证书', today, postings)).toMatchObject({ kind: 'IP', stage: 'GRANTED' });
    expect(readOutcome('拿专利证书去申报高企', today, postings)).toBeNull();
  });

  it('reads no outcome from news that it did not come about', () => {
    for (const text of [
      '龙城齿轮的国家重点研发项目11月没批下来',
      '龙城齿轮技术转让11月谈崩了 转让费差了10万',
      '龙城齿轮技术转让合同11月还没签下来 报价30万',
      '龙城齿轮11月的培训取消了 本来有50人报名',
      '龙城齿轮技术转让 转让费大概二十多万 还没最后定',
      '龙城齿轮那个齿面强化技术转让 价格谈好了二十万 合同还没签',
      '高企认定的时候研发费用归集口径跟税务的不一样 财务很头疼',
    ])
      expect(readOutcome(text, today, postings), text).toBeNull();
    // An amount not yet fixed on a deal signed is still the deal.
    expect(readOutcome('龙城齿轮和我们学校合作实施成果转化 昨天签的字 金额还没定', today, postings)?.kind).toBe(
      'TRANSFER',
    );
  });

  it('reads a grant or an approval not yet reached as the stage reached (「还没授权」, 「估计明年能授权」, 「还没立项」)', () => {
    expect(read('龙城齿轮的1件实用新型昨天刚申请 还没授权')).toMatchObject({ kind: 'IP', stage: 'APPLIED' });
    expect(read('龙城齿轮的2件发明专利11月30号提交申请了 估计明年能授权')).toMatchObject({
      stage: 'APPLIED',
      quantity: 2,
    });
    expect(read('龙城齿轮的市级科技计划项目上个月申报了 还没立项')).toMatchObject({
      kind: 'PROJECT',
      stage: 'APPLIED',
    });
    expect(read('龙城齿轮的发明专利上周授权了')).toMatchObject({ stage: 'GRANTED' });
    expect(read('龙城齿轮的发明专利授权还没下来，上个月提交的 1件')).toMatchObject({ stage: 'APPLIED' });
    expect(read('龙城齿轮有个自治区级项目 应该是上个月立项的 叫齿轮热处理工艺')).toMatchObject({
      stage: 'APPROVED',
    });
    expect(read('龙城齿轮的项目上个月立项了 还没拨款')).toMatchObject({ stage: 'APPROVED' });
  });

  it('asks the count, and for rights the stage, when a message gives several counts that differ', () => {
    expect(parseCount('这周搞了三场培训 第一场40人 后面两场各25人', 'people')).toBeNull();
    expect(parseCount('培训了30人，其中5个是管理层', 'people')).toBe(30);
    expect(read('今年帮龙城齿轮申请了5件发明专利 其中2件上个月已经授权了')).toMatchObject({
      kind: 'IP',
      stage: null,
      quantity: null,
    });
    expect(read('龙城齿轮今年报了4个实用新型 目前授权了1个 昨天下的证')).toMatchObject({ stage: null, quantity: null });
    expect(read('龙城齿轮1件发明专利1件实用新型上周授权了')?.quantity).not.toBeNull();
  });

  it('records no amount said roughly, and names the rough words', () => {
    for (const said of ['大概五十来万吧', '合同额大概三十万左右', '约30万', '30万出头', '三四十万', '30-40万'])
      expect(parseAmount(`技术转让合同 ${said}`), said).toBeNull();
    expect(parseAmount('合同金额是45万')).toBe(45);
    expect(roughSumTold('签了个技术转让合同 大概五十来万吧')).toBe('大概五十来万');
    expect(roughSumTold('十几万的样子')).toBe('十几万的样子');
    expect(roughSumTold('合同50万')).toBeNull();
  });

  it('reads 「没多久」 as how soon it came, not as a question', () => {
    expect(read('龙城齿轮那个专利申请没多久就授权了 昨天下的证 发明专利')).toMatchObject({
      kind: 'IP',
      stage: 'GRANTED',
      ipKind: 'INVENTION_PATENT',
      date: '2026-11-30',
    });
    expect(read('龙城齿轮的专利授权要多久')).toBeNull();
  });

  it('keeps a patent’s name, quoted or as patents are named, and counts one right named alone as one', () => {
    expect(read('龙城齿轮昨天授权了1件发明专利，一种齿轮渗碳淬火方法')).toMatchObject({
      title: '一种齿轮渗碳淬火方法',
      quantity: 1,
    });
    expect(read('龙城齿轮的发明专利“一种高精度齿轮磨削装置”11月20日授权了')).toMatchObject({
      ipKind: 'INVENTION_PATENT',
      title: '一种高精度齿轮磨削装置',
      quantity: 1,
    });
    // Named among others, the count is asked.
    expect(read('龙城齿轮《一种齿轮检测夹具》等实用新型上周授权了')?.quantity).toBeNull();
    expect(read('龙城齿轮的发明专利上周授权了')).toMatchObject({ title: null, quantity: null });
  });

  it('reads the details said after an exclamation as part of the same news (「项目中了！自治区级的 叫…」)', () => {
    expect(read('龙城齿轮的项目中了！自治区级的 叫高精度齿轮热处理变形控制技术研究 上个月公示的')).toMatchObject({
      kind: 'PROJECT',
      level: 'REGIONAL',
      stage: 'APPROVED',
      title: '高精度齿轮热处理变形控制技术研究',
    });
  });

  it('counts people of several batches as the batches times each, and none from one batch alone', () => {
    expect(parseCount('培训了两批 每批30人', 'people')).toBe(60);
    expect(parseCount('办了3期培训，每期二十个学员', 'people')).toBe(60);
    expect(parseCount('每批30人', 'people')).toBeNull();
    expect(parseCount('两三批每批30人', 'people')).toBeNull();
    // Rough after the unit: asked, never a total.
    expect(parseCount('搞了两期GMP培训 每期二十五人左右', 'people')).toBeNull();
    expect(parseCount('培训了30人左右', 'people')).toBeNull();
    expect(parseCount('培训了30人上下', 'people')).toBeNull();
    expect(parseCount('培训了30人，来自三个车间', 'people')).toBe(30);
  });

  it('reads exact counts only', () => {
    expect(parseCount('申请了两件发明专利', 'items')).toBe(2);
    expect(parseCount('三十来人', 'people')).toBeNull();
    expect(parseCount('近百人', 'people')).toBeNull();
    expect(parseCount('参训人数：35', 'people')).toBe(35);
    expect(parseCount('数量 3', 'items')).toBe(3);
  });

  it('tells a sum of money from a quantity counted in 万', () => {
    for (const said of ['项目经费其实是60万', '金额 3万', '60万元', '给了5000元', '三十万块'])
      expect(tellsSum(said), said).toBe(true);
    for (const said of ['年产10万吨级生产线关键技术研究', '5万亩示范基地建设', '高精度齿轮热处理变形控制技术研究'])
      expect(tellsSum(said), said).toBe(false);
  });

  it('reads an unquoted project name set apart in the message, never the words that tell of the project', () => {
    const read = (text: string) => readOutcome(text, '2026-11-24' as LocalDate, [])?.title ?? null;
    expect(read('自治区重点研发项目昨天立项了 高精度齿轮热处理变形控制技术研究 经费80万')).toBe(
      '高精度齿轮热处理变形控制技术研究',
    );
    expect(read('市级项目昨天立项了')).toBeNull();
    expect(read('好消息！漓江光电的在线光学检测仪器关键技术国家级项目今天批下来了🎉')).toBe('在线光学检测仪器关键技术');
    // 「自治区重点研发项目」 is the programme, not the project's name.
    expect(read('石韵新材的自治区重点研发项目昨天立项了')).toBeNull();
  });

  it('reads a receipt of filing as an application, and an application withdrawn as no outcome', () => {
    const today = '2026-12-04' as LocalDate;
    expect(readOutcome('绿桂生物的发明专利受理了，两件，上周五拿到受理通知书', today, [])?.stage).toBe('APPLIED');
    expect(readOutcome('龙城齿轮的发明专利拿到证书了 1件', today, [])?.stage).toBe('GRANTED');
    expect(readOutcome('跟你说下 龙城齿轮之前那个发明专利申请企业撤了', today, [])).toBeNull();
    expect(readOutcome('龙城齿轮的实用新型申请放弃了', today, [])).toBeNull();
    // A plan told, then that it came about, is done; a plan alone is still a plan.
    expect(readOutcome('绿桂生物准备建研发中心，今天挂牌了', today, [])).toMatchObject({ refusal: null, date: today });
    expect(readOutcome('龙城齿轮准备申报国家级项目', today, [])?.refusal).toBe('plan');
  });

  it('takes a contract’s whole sum, not a part paid, and no sum said of each of several contracts', () => {
    const today = '2026-12-04' as LocalDate;
    expect(readOutcome('石韵新材今天技术转让，对方先付了10万，合同总额60万', today, [])?.amount).toBe(60);
    expect(readOutcome('石韵新材今天签了技术转让合同 合同金额45万', today, [])?.amount).toBe(45);
    expect(readOutcome('石韵新材今天签了两个技术转让合同，各20万', today, [])?.amount).toBeNull();
  });
});

describe('an approval or a grant said to be near', () => {
  it('is refused as still to come, never stored as reached or as the application', () => {
    for (const text of [
      '龙城齿轮报的市级科技项目应该快批下来了',
      '听说龙城齿轮申报的自治区重点研发项目可能要立项了',
      '龙城齿轮那个项目马上就要立项了',
      '龙城齿轮的发明专利快授权了',
    ])
      expect(read(text)?.refusal, text).toBe('plan');
    // Reached, with the day hedged: recorded.
    expect(read('龙城齿轮的项目应该是上个月立项的')).toMatchObject({ stage: 'APPROVED', refusal: null });
    expect(read('龙城齿轮市级项目昨天批下来了')).toMatchObject({ stage: 'APPROVED', refusal: null });
  });
});

describe('another company named first', () => {
  it('reads a company known by a short name as another’s (「柳工上个月授权了…」), not an engineer (「柳工程师…」)', () => {
    expect(read('柳工上个月授权了一件发明专利')).toMatchObject({ foreign: '柳工', refusal: 'not-posted' });
    expect(read('柳工程师负责的那个专利上个月授权了 1件发明')).toMatchObject({ foreign: null, refusal: null });
  });
});
