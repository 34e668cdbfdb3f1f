import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../../src/common/local-date.js';
import { DIALECT_WORDS } from '../../../src/domain/visits/dialect-words.js';
import { HESITATIONS, OPENING_FILLERS, RUN_INS } from '../../../src/domain/visits/filler-words.js';
import {
  daysOfPlacesInTurn,
  daysOneAfterAnother,
  placesOnDaysTold,
  readReport,
  tripsCounted,
} from '../../../src/domain/visits/report-reading.js';

const TODAY = '2026-12-02' as LocalDate;
const LONGCHENG = {
  assignmentId: 'A-001',
  enterpriseId: 'E-LZ-001',
  enterpriseName: '柳州市龙城精密齿轮有限公司',
  shortName: '龙城齿轮',
};
const read = (message: string) => readReport(message, TODAY, [LONGCHENG], []);

describe('a voice-input run-on', () => {
  it('reads the main work for the kind, with the chat and what was done on the side left out or counted less', () => {
    const report = read(
      '那个我跟你说一下啊就是上个礼拜三我去了龙城齿轮那边嗯待了一整天主要是帮他们看那个发酵罐的染菌问题然后顺便跟他们老总聊了一下明年申报项目的事情',
    );
    expect(report).toMatchObject({ isReport: true, days: 1, type: 'TECH_RESEARCH' });
    expect(report.summary).toBe('主要是帮他们看那个发酵罐的染菌问题然后顺便跟他们老总聊了一下明年申报项目的事情');
  });
});

describe('a visit about to be made', () => {
  it('is a plan, refused as one, whatever day it names', () => {
    for (const text of [
      '一会儿吃完饭过去龙城齿轮 技术攻关一天',
      '待会去龙城齿轮调试 今天一天',
      '我马上出发去龙城齿轮 今天技术攻关半天',
    ])
      expect(read(text), text).toMatchObject({ refusal: 'plan' });
    // Told as done, after the meal or later in the day, it is no plan.
    for (const text of ['今天晚点去的龙城齿轮，调试淬火炉半天', '今天吃完饭去龙城齿轮调试了一下午淬火炉'])
      expect(read(text), text).toMatchObject({ refusal: null });
    // What was done this morning is no plan, whatever is to come later.
    expect(read('今天上午去龙城齿轮调试了半天 一会儿再去一趟')).toMatchObject({ refusal: null, days: 0.5 });
  });
});

describe('a visit made on another day than planned', () => {
  it('takes the day it was made, never the day first planned', () => {
    // TODAY is 2 December: 明天 the 3rd, 今天 the 2nd.
    expect(read('本来说明天去龙城齿轮的 结果今天提前去了 搞了一上午')).toMatchObject({ date: TODAY, days: 0.5 });
    expect(read('本来约的明天 今天就去龙城齿轮调了设备 半天')).toMatchObject({ date: TODAY, refusal: null });
    // The plan alone is still a plan.
    expect(read('本来说明天去龙城齿轮调设备')).toMatchObject({ refusal: 'future' });
  });
});

describe('days said and taken back in the report', () => {
  it('stores what is said instead, and keeps the denied days out of what was done', () => {
    expect(read('昨天在龙城齿轮检测冷链设备，不是一天，是半天')).toMatchObject({
      date: '2026-12-01',
      days: 0.5,
      summary: '检测冷链设备',
    });
    expect(read('昨天在龙城齿轮调试磨齿机 半天 不是一天')).toMatchObject({ days: 0.5, summary: '调试磨齿机' });
  });
});

describe('reading a report written in Cantonese', () => {
  it('reads the day, the days and the enterprise as in Mandarin', () => {
    const report = read('琴日喺龙城齿轮搞咗半日技术攻关');
    expect(report).toMatchObject({ isReport: true, date: '2026-12-01', days: 0.5, type: 'TECH_RESEARCH' });
    expect(report.enterprise).toMatchObject({ kind: 'found' });
    expect(read('今日去咗龙城齿轮，喺车间搞咗成日，教工人调磨齿机')).toMatchObject({
      isReport: true,
      date: TODAY,
      days: 1,
    });
  });

  it('changes no Mandarin word of a report', () => {
    const mandarin = '昨天在龙城齿轮调试热处理工艺一天，今天在车间看了半天生产线';
    for (const [written] of DIALECT_WORDS) expect(mandarin.includes(written), written).toBe(false);
  });
});

describe('being there', () => {
  it('reads 去企业了 with a day as a report, to be asked what it lacks', () => {
    expect(read('今天去企业了')).toMatchObject({ isReport: true, date: TODAY, days: null });
    expect(read('去企业要带什么材料')).toMatchObject({ isReport: false });
  });
});

describe('a name where the enterprise goes', () => {
  it('flags a name that is none of the postings', () => {
    expect(read('昨天在柳州钢铁做了技术攻关1天').foreign).toBe('柳州钢铁');
    expect(read('前天去了南宁的广西绿城水务帮他们调了一天PLC').foreign).toBe('广西绿城水务');
    // A short name before what was done there (交流, 座谈, 指导 …), never taken for the only posting.
    expect(read('11月10日在柳工交流了一天技术攻关').foreign).toBe('柳工');
    expect(read('昨天在玉柴座谈了半天').foreign).toBe('玉柴');
    expect(read('昨天在龙城齿轮交流了一天').foreign).toBeNull();
    expect(read('昨天在车间指导了一天').foreign).toBeNull();
    // The posting named as the one that sent the specialist there is not where the work was done.
    expect(read('上周四在柳州钢铁做了技术攻关1天 是龙城齿轮介绍我去的').foreign).toBe('柳州钢铁');
    expect(read('上周四在龙城齿轮做了技术攻关1天 介绍了新的热处理工艺').foreign).toBeNull();
  });

  it('does not flag a part of the enterprise or the city of the posting', () => {
    for (const message of [
      '昨天在柳州做了技术攻关1天',
      '昨天在柳州市做了技术攻关1天',
      '昨天在检测室做了一天检测',
      '昨天在质检科帮忙做了一天',
      '昨天在总部做了一天规划',
      '昨天在企业的实验楼做了一天试验',
    ])
      expect(read(message).foreign, message).toBeNull();
  });
});

describe('a day of two halves', () => {
  it('is a whole day when the afternoon did more work there, its two parts kept in what was done', () => {
    const both = read('昨天在龙城齿轮 上午讲政策 下午帮他们调试淬火炉');
    expect(both.days).toBe(1);
    expect(both.summary).toBe('上午讲政策 下午帮他们调试淬火炉');
    expect(read('昨天上午在龙城齿轮讲政策，下午回学校上课了').days).toBe(0.5);
  });
});

describe('the content a clerk reads', () => {
  it('leaves out a place word after the enterprise and the days said twice', () => {
    expect(read('昨天在龙城齿轮那边帮他们调试了热处理工艺，搞了一整天').summary).toBe('帮他们调试了热处理工艺');
    expect(read('前天下午去龙城齿轮给他们讲了研发奖补政策 大概半天').summary).toBe('给他们讲了研发奖补政策');
  });

  it('keeps an activity whole when the days are said inside it, and drops a verb that only carried them', () => {
    expect(read('昨天在龙城齿轮调试了一天设备').summary).toBe('调试了设备');
    expect(read('昨天去龙城齿轮待了一天调试设备').summary).toBe('调试设备');
    expect(read('昨天在龙城齿轮给员工做了半天培训 讲研发费用加计扣除').summary).toBe(
      '给员工做了培训 讲研发费用加计扣除',
    );
    expect(read('昨天在龙城齿轮搞了一整天调试设备').summary).toBe('调试设备');
  });

  it('leaves out leaving for somewhere else', () => {
    expect(read('今天上午在龙城齿轮调试设备，下午回学校上课').summary).toBe('调试设备');
  });

  it('leaves out chat and voice-input fillers, and keeps the words of the work', () => {
    expect(read('刚说了啊 11月20号在龙城齿轮 讲了研发费用加计扣除政策 半天').summary).toBe('讲了研发费用加计扣除政策');
    expect(read('嗯那个就是昨天呢去了龙城齿轮然后呢给他们调了一下那个淬火炉的温度 呃 大概一天吧').summary).toBe(
      '给他们调了一下那个淬火炉的温度',
    );
    expect(read('额 前天在龙城齿轮 就是 帮他们看了下 那个 新生产线 一天 技术攻关').summary).toBe(
      '帮他们看了下 新生产线',
    );
    // Inside words they are words: 金额, 就是说明书里的参数.
    expect(read('昨天在龙城齿轮核对了合同金额和说明书里的参数，一天').summary).toBe('核对了合同金额和说明书里的参数');
  });

  it('keeps its filler lists free of repeats and of words of the work', () => {
    for (const list of [OPENING_FILLERS, HESITATIONS, RUN_INS]) {
      expect(new Set(list).size).toBe(list.length);
      for (const word of list) expect(/调试|讲|检测|对接|规划|培训|设备|政策/.test(word), word).toBe(false);
    }
  });
});

describe('a plan told after the day reported', () => {
  it('counts the days of the day reported, not of the next visit planned', () => {
    for (const message of [
      '昨天在龙城齿轮调试设备半天，明天再去一天',
      '昨天下午在龙城齿轮调试设备，下周还要再去两天',
      '昨天在龙城齿轮调试设备半天明天再去一天',
    ])
      expect(read(message), message).toMatchObject({
        isReport: true,
        date: '2026-12-01',
        days: 0.5,
        summary: '调试设备',
      });
  });

  it('keeps what the work was about and the days told after it', () => {
    expect(read('上周二在龙城齿轮推荐了一项专利，约了下个月签转让合同，半天')).toMatchObject({
      days: 0.5,
      summary: '推荐了一项专利，约了下个月签转让合同',
    });
    expect(read('昨天在龙城齿轮帮他们准备下月的申报材料一天')).toMatchObject({
      days: 1,
      summary: '帮他们准备下月的申报材料',
    });
  });

  it('keeps a day’s work for a later day, and cuts a plan told with spaces', () => {
    expect(read('昨天在龙城齿轮，把下周验收要用的数据整理了一天')).toMatchObject({ days: 1 });
    expect(read('昨天在龙城齿轮 调试设备半天 明天 再去 一天')).toMatchObject({ days: 0.5 });
    expect(read('昨天上午在龙城齿轮取样，然后回实验室做了检测分析，一天').summary).toContain('检测分析');
  });

  it('still refuses a message that is only a plan', () => {
    expect(read('明天去龙城齿轮调试一天')).toMatchObject({ isReport: true, refusal: 'future' });
  });
});

describe('two days told in one message', () => {
  const days = (message: string) => daysOneAfterAnother(message, TODAY, [LONGCHENG]);

  it('finds each day with its own kind and days', () => {
    expect(days('前天在龙城齿轮讲政策半天，昨天又去做技术攻关一天')).toEqual([
      { date: '2026-11-30', type: 'POLICY_PROMOTION', days: 0.5 },
      { date: '2026-12-01', type: 'TECH_RESEARCH', days: 1 },
    ]);
    expect(days('昨天在龙城齿轮调试设备，前天也去了半天').map((day) => day.date)).toEqual(['2026-12-01', '2026-11-30']);
    expect(days('上周一、上周三在龙城齿轮调试，各半天')).toHaveLength(2);
  });

  it('leaves one stay, a plan and a day the work was about as one report', () => {
    for (const message of [
      '周一周二在龙城齿轮调试，两天',
      '昨天和前天都在龙城齿轮调试 两天',
      '上周三在龙城齿轮把11月20日出的问题解决了，一天',
      '昨天在龙城齿轮调试设备半天，明天再去一天',
      '昨天在龙城齿轮调试设备半天',
      '昨天在龙城齿轮帮他们处理上周五下午出的故障，一天',
      '昨天在龙城齿轮调试一天，上周四他们停产了两天',
      '昨天在龙城齿轮调试一天，今天上午写了服务报告',
      '上周一、上周二在龙城齿轮，每次都带两个研究生，共两天',
      '今天补报一下：昨天在龙城齿轮调试一天',
    ])
      expect(days(message), message).toEqual([]);
  });
});

describe('days listed for one stay', () => {
  it('start on the earliest day named, in whatever order they are listed', () => {
    expect(read('昨天和前天都在龙城齿轮调试设备 两天')).toMatchObject({ date: '2026-11-30', days: 2 });
    expect(read('12月1日、11月30日在龙城齿轮帮忙做检测，两天')).toMatchObject({ date: '2026-11-30', days: 2 });
    expect(read('昨天在龙城齿轮调试一天，前天也去了半天').date).toBe('2026-12-01');
  });

  it('are two stays when the days are not next to each other', () => {
    expect(daysOneAfterAnother('上周一和上周三在龙城齿轮调试 两天', TODAY, [LONGCHENG]).map((d) => d.date)).toEqual([
      '2026-11-23',
      '2026-11-25',
    ]);
    expect(daysOneAfterAnother('昨天和前天都在龙城齿轮调试设备 两天', TODAY, [LONGCHENG])).toEqual([]);
  });

  it('are the days of a range but one the specialist was away, each told apart, the day away no part of the work', () => {
    expect(daysOneAfterAnother('11月16号到18号在龙城齿轮搞中试 中间17号回学校上课了', TODAY, [LONGCHENG])).toEqual([
      { date: '2026-11-16', type: 'TECH_RESEARCH', days: 1 },
      { date: '2026-11-18', type: 'TECH_RESEARCH', days: 1 },
    ]);
    expect(
      daysOneAfterAnother('上周一到周三在龙城齿轮调试滚齿机 周二没去', TODAY, [LONGCHENG]).map((d) => d.date),
    ).toEqual(['2026-11-23', '2026-11-25']);
    expect(daysOneAfterAnother('上周一到周三在龙城齿轮调试滚齿机 周二效果最好', TODAY, [LONGCHENG])).toEqual([]);
  });
});

describe('a day the visit did not happen on', () => {
  it('is no part of the report told with it, before or after', () => {
    expect(read('昨天没去成，今天上午去了龙城齿轮半天，调试淬火炉')).toMatchObject({
      isReport: true,
      date: TODAY,
      days: 0.5,
      summary: '调试淬火炉',
    });
    expect(read('今天上午去了龙城齿轮半天，调试淬火炉，昨天没去成')).toMatchObject({ date: TODAY, days: 0.5 });
    expect(
      read('这周一本来要去龙城齿轮的，结果临时取消了，改成上周五去的，做了一天技术攻关，调试淬火炉'),
    ).toMatchObject({ isReport: true, date: '2026-11-27', days: 1 });
    expect(read('昨天没去成龙城齿轮').isReport).toBe(false);
  });
});

describe('a trip told with its travel days', () => {
  const GUANGDIAN = {
    assignmentId: 'A-3',
    enterpriseId: 'E-3',
    enterpriseName: '桂林漓江光电科技有限公司',
    shortName: '漓江光电',
  };
  const friday = '2026-11-27' as LocalDate;
  const trip = (message: string) => readReport(message, friday, [LONGCHENG, GUANGDIAN], []);

  it('records the day at the enterprise, not the day of arrival', () => {
    expect(trip('周二晚上到的桂林 周三一整天在漓江光电 周四上午回南宁 技术攻关')).toMatchObject({
      isReport: true,
      date: '2026-11-25',
      days: 1,
      type: 'TECH_RESEARCH',
    });
    const reading = trip('周一下午到柳州，周二在龙城齿轮待了一整天调试磨齿机，晚上回的南宁');
    expect(reading).toMatchObject({ date: '2026-11-24', days: 1 });
    // The journey home is no part of what was done.
    expect(reading.summary).not.toContain('南宁');
    expect(trip('上周二去的柳州，周三周四两天在龙城齿轮做技术攻关')).toMatchObject({ date: '2026-11-18', days: 2 });
  });

  it('keeps a day that went to the enterprise itself', () => {
    // 「上周五去的」 is the visit, not a journey: the day called off before it is the one left out.
    expect(trip('周二去的龙城齿轮 调试磨齿机一天').date).toBe('2026-11-24');
    expect(daysOneAfterAnother('周二去的龙城齿轮 周三也在龙城齿轮 技术攻关 各一天', friday, [LONGCHENG])).toHaveLength(
      2,
    );
  });

  it('leaves the days of other business elsewhere out of a visit made on its side, so they are asked', () => {
    expect(trip('前天在南宁开了一天会 会后去龙城齿轮看了看 技术攻关')).toMatchObject({ isReport: true, days: null });
    expect(trip('上周五在柳州开了一天会 顺便去了龙城齿轮一趟 技术攻关')).toMatchObject({
      date: '2026-11-20',
      days: null,
    });
    // Days the visit's own words give still stand.
    expect(trip('昨天在柳州参加了两天的培训班 顺便去龙城齿轮调试了半天').days).toBe(0.5);
    // Business at the enterprise is the visit, and its day the visit's.
    expect(trip('昨天在龙城齿轮讲了一天课 顺便看了看生产线').days).toBe(1);
    expect(trip('昨天在龙城齿轮开了一天的研讨会 战略规划').days).toBe(1);
  });

  it('tells apart days listed with days of their own, and a stay with part of each day', () => {
    const monday = '2026-11-30' as LocalDate;
    const saturday = '2026-12-05' as LocalDate;
    expect(
      daysOneAfterAnother('这周一和周二都去了龙城齿轮 周一半天周二一天 都是弄磨齿机', saturday, [LONGCHENG]),
    ).toEqual([
      { date: monday, type: null, days: 0.5 },
      { date: '2026-12-01', type: null, days: 1 },
    ]);
    // The weekdays said again are those of the week said first.
    expect(
      daysOneAfterAnother('上周一和周二都去了龙城齿轮 周一半天周二一天', saturday, [LONGCHENG]).map((d) => d.date),
    ).toEqual(['2026-11-23', '2026-11-24']);
    // 「昨天下午到今天中午」: part of each day, how much not said; neither stored as the whole.
    expect(daysOneAfterAnother('昨天下午到今天中午都在龙城齿轮 调试磨齿机', saturday, [LONGCHENG])).toEqual([
      { date: '2026-12-04', type: 'TECH_RESEARCH', days: null },
      { date: saturday, type: 'TECH_RESEARCH', days: null },
    ]);
  });

  it('tells every day of a list with days for each apart, none dropped', () => {
    const listed = daysOneAfterAnother('周一周三周四都去了龙城齿轮 技术攻关 每次一天', '2026-11-24' as LocalDate, [
      LONGCHENG,
    ]);
    expect(listed.map((day) => day.date)).toEqual(['2026-11-23', '2026-11-18', '2026-11-19']);
  });
});

describe('service not at the enterprise', () => {
  const GREEN = {
    assignmentId: 'A-2',
    enterpriseId: 'E-2',
    enterpriseName: '南宁绿桂生物科技有限公司',
    shortName: '绿桂生物',
  };
  const readAt = (message: string) => readReport(message, TODAY, [LONGCHENG, GREEN], []);

  it('is never stored when it was a call with someone of the enterprise, or at a university or its lab', () => {
    for (const text of [
      '今天跟孙总打了个电话 聊了一个多小时热处理的事',
      '前天跟孙经理聊了一个多小时齿轮的事 电话里',
      '昨天全天在桂电实验室帮龙城齿轮测了一批齿轮的硬度',
      '昨天下午在广西大学开了个会 讨论绿桂生物那个发酵项目的合作 开了半天',
    ]) {
      const reading = readAt(text);
      expect(reading.isReport && reading.refusal !== 'remote', text).toBe(false);
    }
  });

  it('keeps the enterprise’s own lab, a call during a visit, and people brought to a university', () => {
    for (const text of [
      '昨天在龙城齿轮的实验室测了一天硬度',
      '昨天在龙城齿轮调试了一天 中间跟孙总打了个电话',
      '昨天在绿桂生物和广西大学的老师一起做发酵实验 一天',
      '昨天带绿桂生物的研发经理去广西医科大学药学院谈合作，1天',
    ])
      expect(readAt(text), text).toMatchObject({ isReport: true, refusal: null });
  });
});

describe('trips counted in one report', () => {
  it('reads how many trips are told as one, as written', () => {
    expect(tripsCounted('这个月去了龙城齿轮三趟 一共5天 都是技术攻关')).toBe('三');
    expect(tripsCounted('这周去了2次龙城齿轮')).toBe('2');
    expect(tripsCounted('上个月来回跑了好几趟龙城齿轮 一共7天')).toBe('好几');
    expect(tripsCounted('两趟都是技术攻关')).toBe('两');
  });

  it('counts no trips in one trip, an ordinal, or work done several times', () => {
    for (const text of [
      '去了一趟龙城齿轮',
      '今年第三次去龙城齿轮',
      '昨天去龙城齿轮 讲了两次课',
      '昨天在龙城齿轮调试了3次都不行',
    ])
      expect(tripsCounted(text), text).toBeNull();
  });
});

describe('northern colloquial days and particles', () => {
  it('reads 今儿个 and 昨儿个 as the day, and leaves a particle out of the content', () => {
    expect(read('今儿个去龙城齿轮晃了一圈 看了看新设备 半天吧')).toMatchObject({
      date: TODAY,
      days: 0.5,
      summary: '晃了一圈 看了看新设备',
    });
    expect(read('昨儿个在龙城齿轮调试了一天').date).toBe('2026-12-01');
    expect(read('上周五在龙城齿轮搞了一天的培训，给工人讲了热处理工艺').summary).toBe('培训，给工人讲了热处理工艺');
  });
});

describe('another company named in full', () => {
  it('is read as another company, not one’s own posting, also after a verb or in brackets', () => {
    expect(read('上周五去了玉林华嘉动力机械有限公司，帮他们对接高校资源，一天')).toMatchObject({
      foreign: '玉林华嘉动力机械有限公司',
      enterprise: { kind: 'none' },
    });
    expect(read('前天在柳州另一家厂（柳州福达精工）帮他们调试了一天')).toMatchObject({ foreign: '柳州福达精工' });
    expect(read('昨天在柳州市龙城精密齿轮有限公司调试一天')).toMatchObject({ foreign: null });
  });

  it('is another company when one’s own posting only tells where it is or who sent the specialist', () => {
    for (const message of [
      '上周二顺路在龙城齿轮隔壁的另一家厂看了半天 他们的铸件有砂眼',
      '11月18号在柳州另一家厂帮他们看了一天的电路板 龙城齿轮的韦主管介绍的',
    ])
      expect(read(message), message).toMatchObject({ enterprise: { kind: 'none' }, refusal: 'not-posted' });
    // Neighbours who came along to one's own posting: the visit is the posting's.
    expect(read('昨天在龙城齿轮 隔壁厂的人也来听了 讲了高企政策 一天')).toMatchObject({
      enterprise: { kind: 'found' },
      foreign: null,
    });
  });

  it('is read as another company when it is named only as such (隔壁厂, 朋友的公司, 别家)', () => {
    for (const message of [
      '昨天去隔壁厂帮忙调试一天',
      '前天到朋友的公司看了下设备 半天',
      '上周三跑了别家企业讲政策一天',
    ])
      expect(read(message), message).toMatchObject({ enterprise: { kind: 'none' }, foreign: expect.any(String) });
    expect(read('昨天在龙城齿轮隔壁的仓库调试一天').foreign).toBeNull();
  });
});

describe('news about the enterprise', () => {
  it('is no report without a day, days, being there or the specialist’s own service', () => {
    expect(read('龙城齿轮的齿轮在展会上拿了金奖🏅').isReport).toBe(false);
    expect(read('跟你说个事，龙城齿轮这个月用电量降了8%，节能改造见效了😄').isReport).toBe(false);
    expect(read('龙城齿轮技术攻关，调试热处理工艺').isReport).toBe(true);
    expect(read('帮龙城齿轮调试了热处理炉').isReport).toBe(true);
  });
});

describe('a question asked on the side of a report', () => {
  it('leaves the report whole and keeps the question apart', () => {
    const report = read('周三在龙城齿轮蹲了一整天 帮他们查齿面点蚀的原因 顺便问下学校实验室周末开不开门？');
    expect(report).toMatchObject({ isReport: true, days: 1, aside: '顺便问下学校实验室周末开不开门？' });
    expect(report.summary).not.toContain('实验室');
    expect(read('昨天在龙城齿轮讲了半天政策。对了南宁今天下雨没？')).toMatchObject({ isReport: true, days: 0.5 });
    // 「另外想问下…」: a question, whether or not it ends like one; not what was done.
    const asked = read('前天在龙城齿轮搞了一天技术攻关，改进了淬火工艺。另外想问下补助什么时候发');
    expect(asked).toMatchObject({ isReport: true, days: 1, aside: '另外想问下补助什么时候发' });
    expect(asked.summary).not.toContain('补助');
  });

  it('is no report when the question is about the report itself', () => {
    expect(read('昨天在龙城齿轮待了半天，这个算不算一次走访？').isReport).toBe(false);
  });
});

describe('what the review found', () => {
  it('does not split off a question about the report itself, nor a report that tells no day', () => {
    expect(read('昨天在龙城齿轮待了半天。这个算不算一次走访？').isReport).toBe(false);
    expect(read('昨天在龙城齿轮技术攻关一天。请问周末去的也算吗？').isReport).toBe(false);
    expect(read('我这个月都没怎么去龙城齿轮，估计天数要拉胯了，帮我算算还差多少').isReport).toBe(false);
    expect(read('昨天在龙城齿轮技术攻关一天，帮我查下今年完成多少了')).toMatchObject({
      isReport: true,
      aside: '帮我查下今年完成多少了',
    });
  });

  it('reads a terse report with a vague day as one, and news with a result as none', () => {
    for (const message of ['上周龙城齿轮产学研对接', '这周龙城齿轮，高企申报辅导', '上周龙城齿轮 示范线观摩'])
      expect(read(message).isReport, message).toBe(true);
    expect(read('跟你说个事，龙城齿轮这个月用电量降了8%，节能改造见效了😄').isReport).toBe(false);
  });
});

describe('a company by city and name, served', () => {
  it('is another company when it is none of one’s own', () => {
    expect(read('昨天帮柳州福达精工调试了一天')).toMatchObject({
      foreign: '柳州福达精工',
      enterprise: { kind: 'none' },
    });
    expect(read('昨天帮柳州龙城齿轮调试了一天')).toMatchObject({ foreign: null, enterprise: { kind: 'found' } });
    expect(read('昨天帮柳州的企业讲了政策半天').foreign).toBeNull();
  });
});

describe('service given from afar', () => {
  it('is refused as remote when the message says video, phone or chat and not that the specialist was there', () => {
    for (const text of [
      '在家远程帮龙城齿轮改PLC程序 一天',
      '昨天跟龙城齿轮开了个视频会，讲了一下新出的研发补助政策，半天',
      '今天用腾讯会议给龙城齿轮做了政策宣讲',
      '电话指导龙城齿轮调试热处理炉 人没去 半天',
      '微信上帮龙城齿轮看了图纸 改了方案 半天',
      '昨天晚上跟龙城齿轮孙总微信视频了两个钟 帮他们看了下滚齿机的故障',
      '大前天晚上龙城齿轮的孙总打电话过来问热处理的问题 聊了一个多小时',
      '这周三晚上在线给龙城齿轮的技术员做了个工艺优化培训 两个小时',
      '11月20号在家用微信帮龙城齿轮改了项目申报书 弄了一天',
      '11月19号龙城齿轮那边发了视频过来 我帮他们看了下磨床异响 搞了一下午',
      '11月9号陈工打电话过来 在电话里帮他们分析了一下午齿面点蚀原因',
      '11月25号在办公室帮龙城齿轮改了一天的图纸，改完发给他们了',
      '11月21号 龙城齿轮 线上培训 给他们讲了研发费用加计扣除 半天',
      '11月18号龙城齿轮 线上 讲政策 半天',
      '11月20号开了个钉钉视频会 跟龙城齿轮讨论了热处理工艺 一上午',
      '11月12号在南宁的家里改龙城齿轮的工艺方案改了一天',
      '11月11号 宅家帮龙城齿轮写了一天的项目可研报告',
      '11月13号晚上 龙城齿轮 远程 帮他们看了下数据 两小时',
      '10月18号 龙城齿轮 远程调试 热处理炉PLC 一天',
      '11月20号给龙城齿轮做了线上培训 讲了热处理工艺 半天',
      '11月3号跟龙城齿轮孙总视频聊了一下午 讨论淬火炉改造',
      '11月4号开了个钉钉会 给龙城齿轮讲了研发费用归集 半天',
      '11月5号通过钉钉给龙城齿轮培训了质检员 半天',
      '11月10号在出差路上给龙城齿轮改了申报书 半天',
      '11月17号在酒店里帮龙城齿轮改了专利交底书 半天',
      '11月4号居家办公 给龙城齿轮写方案 一天',
      '11月13号在宿舍帮龙城齿轮改报告 半天',
      '昨天让学生去龙城齿轮调试 我跟学生说了怎么弄 一天',
      '昨天 电话 给龙城齿轮讲政策 半天',
    ]) {
      expect(read(text), text).toMatchObject({ isReport: true, refusal: 'remote' });
    }
  });

  it('keeps a remote system as what an on-site visit was about, and an on-site day with a call after it', () => {
    for (const text of [
      '昨天去龙城齿轮一天，晚上又开了个视频会',
      '上周五在龙城齿轮，把物联网远程监控平台的数据接口调通了，一天',
      '龙城齿轮 远程运维平台调试 1天 技术攻关 昨天',
      // A call, a chat or a meeting with someone else during the visit, or a thing built, is no remote service.
      '龙城齿轮 昨天 调PLC程序 搞了6个小时 中间给西门子售后打电话问了个参数',
      '龙城齿轮 前天 技术攻关一天 调试淬火炉 调完把参数表发微信上给孙经理了',
      '11月23号龙城齿轮技术攻关1天，帮他们把产线数据接到远程看板上',
      '11月24号龙城齿轮战略规划半天 帮他们梳理线上培训平台的建设方案',
      '11月25日龙城齿轮资源对接一天，帮他们和中科院的团队开了视频会，对接光谱算法合作',
      '前天在龙城齿轮调试在线检测系统 一天',
      '昨天龙城齿轮装配线上给工人讲解齿轮检测方法，半天',
      '昨天去龙城齿轮一天，帮他们把车间的视频监控接到产线看板上',
      '昨天龙城齿轮装配线上 给工人讲解齿轮检测方法，半天',
      '11月23号龙城齿轮技术攻关1天，帮他们调试远程监控 平台',
      '11月20日在龙城齿轮住酒店 第二天一早去车间调试淬火炉 一天',
      // Photos and videos of the day sent on, a system with 在线 in its name, a night in a hotel or a dormitory there.
      '昨天龙城齿轮调试淬火炉一天 技术攻关 照片 视频 都发群里了',
      '11月20号龙城齿轮 一天 帮他们调 在线 测温系统',
      '昨天龙城齿轮 调试淬火炉一天 晚上在酒店写了总结',
      '11月18号到20号 龙城齿轮 调试生产线 3天 吃住在宿舍',
      '昨天龙城齿轮调试淬火炉一天 用钉钉打了卡',
      // Going with students is the specialist's own visit.
      '昨天和我学生一起到龙城齿轮调试了一天淬火炉',
      '昨天我跟学生小李去龙城齿轮调试了一天淬火炉',
    ]) {
      expect(read(text), text).toMatchObject({ isReport: true, refusal: null });
    }
  });
});

describe('two enterprises on two days', () => {
  const SHIYUN = {
    assignmentId: 'A-2',
    enterpriseId: 'E-2',
    enterpriseName: '贺州石韵新材料有限公司',
    shortName: '石韵新材',
  };
  const SHANHU = {
    assignmentId: 'A-3',
    enterpriseId: 'E-3',
    enterpriseName: '玉林山湖农机装备有限公司',
    shortName: '山湖农机',
  };
  const told = (message: string) =>
    placesOnDaysTold(message, TODAY, [LONGCHENG, SHIYUN, SHANHU]).map((v) => [v.date, v.posting.shortName]);

  it('pairs each enterprise with the day named nearest it, in either order', () => {
    // TODAY is Wednesday 2 December: 前天 is 11-30, 上周五 11-27.
    expect(told('不对不对 前天是去的石韵新材 山湖是上周五 都是一天')).toEqual([
      ['2026-11-30', '石韵新材'],
      ['2026-11-27', '山湖农机'],
    ]);
    expect(told('前天在龙城齿轮技术攻关一天，上周五在山湖农机调试播种机一天')).toEqual([
      ['2026-11-30', '龙城齿轮'],
      ['2026-11-27', '山湖农机'],
    ]);
  });

  it('is no two visits for one day, a stay of days listed together, or an enterprise that called', () => {
    expect(told('前天在山湖农机对接石韵新材的检测设备一天')).toEqual([]);
    expect(told('前天和昨天都在山湖农机 帮他们对接石韵新材 两天')).toEqual([]);
    expect(told('昨天在山湖农机讲政策一天，石韵新材上周五来电话问政策')).toEqual([]);
    expect(told('11月20日到22日在山湖农机，石韵新材的人也来了')).toEqual([]);
  });
});

describe('places told in turn with 分别', () => {
  it('gives each place its day, in order, when as many days as places are said', () => {
    // TODAY is Wednesday 2 December: 上周四 is 11-26, 上周五 11-27.
    expect(daysOfPlacesInTurn('上周四和上周五分别在山湖农机和石韵新材，各一天', TODAY, 2)).toEqual([
      '2026-11-26',
      '2026-11-27',
    ]);
  });

  it('gives nothing without 分别, or when the days and places do not pair up', () => {
    expect(daysOfPlacesInTurn('上周四和上周五在山湖农机和石韵新材', TODAY, 2)).toEqual([]);
    expect(daysOfPlacesInTurn('上周四分别在山湖农机和石韵新材', TODAY, 2)).toEqual([]);
  });
});

describe('the content kept', () => {
  const guilin = {
    assignmentId: 'A-3',
    enterpriseId: 'E-GL-001',
    enterpriseName: '桂林漓江光电仪器有限公司',
    shortName: '漓江光电',
  };
  const summary = (text: string) => readReport(text, TODAY, [guilin], []).summary;
  it('leaves no 「趟」 of 「去了趟…」 behind, and keeps days said as part of the work', () => {
    expect(summary('昨天去了趟漓江光电 调试光谱仪 半天')).toBe('调试光谱仪');
    expect(summary('昨天去漓江光电讲了一下午的高企政策')).toBe('讲了一下午的高企政策');
    expect(readReport('昨天去漓江光电讲了一下午的高企政策', TODAY, [guilin], []).days).toBe(0.5);
  });
});

describe('a morning and an afternoon both there', () => {
  it('is the whole day, and the halves named stay out of what was done', () => {
    for (const text of [
      '龙城齿轮那边今天上午去了 下午也在 主要是齿轮检测',
      '12月1号上午去了龙城齿轮 下午也在 搞齿轮检测',
    ]) {
      const report = read(text);
      expect(report.days, text).toBe(1);
      expect(report.summary, text).toMatch(/^(?:主要是)?(?:搞)?齿轮检测$/);
    }
    // The afternoon elsewhere: half a day.
    expect(read('今天上午在龙城齿轮调试滚齿机 下午回学校上课').days).toBe(0.5);
  });
});

describe('a visit still to come, at any hour', () => {
  it('is a plan, whatever time of the evening it is told', () => {
    for (const text of [
      '今晚还得去一趟龙城齿轮看看热处理炉 估计半天',
      '今晚去龙城齿轮 看热处理炉 半天',
      '明天还要再去龙城齿轮',
    ])
      expect(read(text).refusal, text).toBe('plan');
    expect(read('今晚在龙城齿轮调试了热处理炉 半天').refusal).toBeNull();
  });
});

describe('a stay meant to be longer than it was', () => {
  it('takes no days from what was meant (「本来打算待两天的 结果第二天…就回来了」): they are asked', () => {
    const reading = read('上周三去的龙城齿轮 本来打算待两天的 结果第二天学校有事就回来了 调试磨齿机');
    expect(reading).toMatchObject({ isReport: true, refusal: null, days: null });
    expect(reading.summary).toBe('调试磨齿机');
  });

  it('keeps the days said of the stay made after the change', () => {
    expect(read('上周三去的龙城齿轮 本来打算待两天的 结果第二天有事就回来了 实际待了一天 调试磨齿机')).toMatchObject({
      refusal: null,
      days: 1,
    });
  });
});

describe('a next visit told after the report', () => {
  it('keeps going again (「…然后下周三还要再去一趟搞项目申报」) out of what was done', () => {
    const reading = read('这周一上午去龙城齿轮给他们车间工人培训了下齿轮检测 半天 然后下周三还要再去一趟搞项目申报');
    expect(reading).toMatchObject({ refusal: null, days: 0.5, summary: '给他们车间工人培训了下齿轮检测' });
    expect(read('昨天在龙城齿轮调试磨齿机 半天 明天还得再去').summary).toBe('调试磨齿机');
  });
});
