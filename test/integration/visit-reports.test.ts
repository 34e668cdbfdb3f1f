import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatAllWith, chatWith } from '../support/chat.js';
import { createTestService, serviceForSuite, type TestService } from '../support/test-service.js';

describe('visit reports by chat (today = 2026-11-24, a Tuesday)', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await createTestService();
  });
  afterAll(async () => {
    await service?.close();
  });

  const say = chatWith(() => service);
  const visitsOf = (assignmentId: string) => service.database.prisma.visit.count({ where: { assignmentId } });

  it('records a complete report at once and states what was recorded with this year’s progress', async () => {
    const reply = await say('chen.siyuan', '今天在龙城齿轮技术攻关1天，调试热处理工艺');
    expect(reply).toContain('已记录服务');
    expect(reply).toContain('11月24日（周二）');
    expect(reply).toContain('企业：龙城齿轮');
    expect(reply).toContain('类型：技术攻关');
    expect(reply).toContain('天数：1天');
    expect(reply).toContain('内容：调试热处理工艺');
    expect(reply).toContain('走访 5/5 次，服务 19/30 天');
    expect(reply).toContain('撤销');
    const stored = await service.database.prisma.visit.findFirstOrThrow({
      where: { assignmentId: 'A-001', summary: '调试热处理工艺' },
    });
    expect(stored).toMatchObject({ reporterId: 'P-001', type: 'TECH_RESEARCH', status: 'REPORTED', channel: 'LOCAL' });
    expect(stored.date.toISOString().slice(0, 10)).toBe('2026-11-24');
  });

  it('refuses an exact duplicate, and undoes the latest report on 撤销', async () => {
    const before = await visitsOf('A-001');
    expect(await say('chen.siyuan', '今天在龙城齿轮技术攻关1天，调试热处理工艺')).toContain('已经报备过了');
    expect(await visitsOf('A-001')).toBe(before);
    expect(await say('chen.siyuan', '撤销')).toContain('已撤销：11月24日（周二） 龙城齿轮 技术攻关 1天');
    expect(await visitsOf('A-001')).toBe(before - 1);
    // 「撤销」 sent again deletes nothing more: the record before it is undone only when named.
    expect(await say('chen.siyuan', '撤销')).toContain('没有再撤销别的记录');
    expect(await visitsOf('A-001')).toBe(before - 1);
    expect(await say('chen.siyuan', '前天在龙城齿轮技术攻关1天，检修滚齿机导轨')).toContain('已记录服务');
    expect(await say('chen.siyuan', '昨天在龙城齿轮技术攻关1天，检修滚齿机主轴')).toContain('已记录服务');
    expect(await say('chen.siyuan', '撤销')).toContain('已撤销：11月23日');
    expect(await say('chen.siyuan', '撤销')).toContain('没有再撤销别的记录');
    expect(await visitsOf('A-001')).toBe(before);
    expect(await say('chen.siyuan', '撤销11月22日那条')).toContain('已撤销：11月22日');
    expect(await visitsOf('A-001')).toBe(before - 1);
    // Only reports of the last 24 hours can be undone; the earlier ones stay.
    expect(await say('chen.siyuan', '撤销11月24日那条')).toContain('没有可以撤销的记录');
  });

  it('asks which enterprise when the specialist serves several, then records on the answer', async () => {
    const question = await say('liu.yang', '今天技术攻关1天，改进碳酸钙改性工艺');
    expect(question).toContain('哪家企业');
    expect(question).toContain('1. 石韵新材');
    expect(question).toContain('2. 山湖农机');
    const before = await visitsOf('A-004');
    const reply = await say('liu.yang', '2');
    expect(reply).toContain('企业：山湖农机');
    expect(await visitsOf('A-004')).toBe(before + 1);
  });

  it('asks, rather than assume the only posting, when the report names a place that is not one of the postings', async () => {
    const before = await visitsOf('A-001');
    const question = await say('chen.siyuan', '昨天在柳州钢铁做了技术攻关 1天，调试轧机液压系统');
    expect(question).not.toContain('已记录');
    expect(question).toContain('「柳州钢铁」');
    expect(question).toContain('龙城齿轮');
    const refused = await say('chen.siyuan', '不是');
    expect(refused).toContain('未记录');
    expect(refused).toContain('柳州钢铁不是您派驻的企业');
    expect(await visitsOf('A-001')).toBe(before);

    // The name was the specialist's own way of saying it: 「是」 records against the posting.
    expect(await say('chen.siyuan', '前天在柳州钢铁二厂那边做了技术攻关1天，换热器结垢分析')).toContain('龙城齿轮');
    const recorded = await say('chen.siyuan', '是的');
    expect(recorded).toContain('已记录服务');
    expect(recorded).toContain('企业：龙城齿轮');
    expect(await visitsOf('A-001')).toBe(before + 1);
    expect(await say('chen.siyuan', '撤销')).toContain('已撤销');

    // The city of one's own enterprise is no other place.
    const city = await say('chen.siyuan', '昨天在柳州做了技术攻关1天，调试热处理工艺');
    expect(city).toContain('企业：龙城齿轮');
    expect(await say('chen.siyuan', '撤销')).toContain('已撤销');
    expect(await visitsOf('A-001')).toBe(before);

    // The posting named as the one that sent the specialist elsewhere is not where the work was done; nor is a second
    // report of another place an answer to the first.
    const referred = await say('chen.siyuan', '上周四在柳州钢铁做了技术攻关1天 是龙城齿轮介绍我去的');
    expect(referred).toContain('您提到「柳州钢铁」');
    const other = await say('chen.siyuan', '上周三去了柳州五菱 帮他们调了一天设备 龙城齿轮的孙经理牵的线');
    expect(other).toContain('您提到「柳州五菱」');
    expect(other).not.toContain('已记录');
    expect(await say('chen.siyuan', '不是')).toContain('未记录');
    expect(await visitsOf('A-001')).toBe(before);
  });

  it('keeps its question open through 「稍等，我查一下」 or 「好的」, and takes neither for an answer', async () => {
    const before = await visitsOf('A-001');
    expect(await say('chen.siyuan', '前天在龙城齿轮搞了技术攻关')).toContain('服务了几天');
    const held = await say('chen.siyuan', '稍等，我查一下');
    expect(held).toContain('不着急');
    expect(held).not.toContain('已放弃');
    expect(await say('chen.siyuan', '好的')).not.toContain('已记录');
    const recorded = await say('chen.siyuan', '一天');
    expect(recorded).toContain('已记录服务');
    expect(recorded).not.toContain('内容：好的');
    expect(await visitsOf('A-001')).toBe(before + 1);
    expect(await say('chen.siyuan', '撤销')).toContain('已撤销');
    // The kind left to the bot is asked again, never chosen for them; an option named by a Chinese numeral is taken.
    expect(await say('chen.siyuan', '前天去龙城齿轮 一天 帮他们看了看')).toContain('属于哪一类');
    expect(await say('chen.siyuan', '随便吧 你看着填')).toContain('属于哪一类');
    expect(await visitsOf('A-001')).toBe(before);
    expect(await say('chen.siyuan', '第三个')).toContain('类型：技术攻关');
    expect(await say('chen.siyuan', '撤销')).toContain('已撤销');
  });

  it('asks for the days; a question on the side leaves the report waiting, a new report drops it; 取消 abandons it', async () => {
    expect(await say('liu.yang', '昨天在石韵新材宣讲政策')).toContain('服务了几天');
    const reply = await say('liu.yang', '半天');
    expect(reply).toContain('天数：0.5天');
    expect(reply).toContain('11月23日（周一）');

    // 「补助标准是多少」 or 「我的进度」 in the middle is answered, and the report still waits for its days.
    expect(await say('liu.yang', '前天在石韵新材宣讲政策')).toContain('服务了几天');
    const aside = await say('liu.yang', '补助标准是多少');
    expect(aside).toContain('1万元');
    expect(aside).toContain('刚才的报备（石韵新材 11月22日）还没完成');
    expect(aside).not.toContain('已放弃');
    expect(await say('liu.yang', '上个月我去了几次')).toContain('刚才的报备（石韵新材 11月22日）还没完成');
    const finished = await say('liu.yang', '半天');
    expect(finished).toContain('已记录服务');
    expect(finished).toContain('11月22日（周日）');
    expect(finished).toContain('天数：0.5天');
    expect(await say('liu.yang', '撤销')).toContain('已撤销');

    // Another report in the middle replaces the waiting one, and says so.
    expect(await say('liu.yang', '前天在石韵新材宣讲政策')).toContain('服务了几天');
    const replaced = await say('liu.yang', '11月12日在山湖农机调试播种机');
    expect(replaced).toContain('已放弃刚才未完成的报备（石韵新材 11月22日）');
    expect(await say('liu.yang', '取消')).toContain('已取消');
    expect(await say('liu.yang', '半天')).not.toContain('已记录');

    expect(await say('liu.yang', '前天在石韵新材典型示范')).toContain('服务了几天');
    expect(await say('liu.yang', '取消')).toContain('已取消');
    expect(await say('liu.yang', '一天')).not.toContain('已记录');
  });

  it('takes a field given before it is asked (the kind when asked the days), and what was done told as the kind', async () => {
    const before = await visitsOf('A-001');
    expect(await say('chen.siyuan', '11月12日去了趟龙城齿轮')).toContain('服务了几天');
    const kind = await say('chen.siyuan', '技术攻关');
    expect(kind).toContain('服务了几天');
    expect(kind).not.toContain('依据');
    expect(await say('chen.siyuan', '一天')).toContain('主要做了什么');
    const recorded = await say('chen.siyuan', '调试热处理炉的温控');
    expect(recorded).toContain('类型：技术攻关');
    expect(recorded).toContain('天数：1天');
    expect(recorded).toContain('内容：调试热处理炉的温控');
    expect(await say('chen.siyuan', '撤销')).toContain('已撤销');

    expect(await say('chen.siyuan', '11月12日去了趟龙城齿轮')).toContain('服务了几天');
    expect(await say('chen.siyuan', '一天')).toContain('属于哪一类');
    const told = await say('chen.siyuan', '帮他们调了下热处理炉');
    expect(told).toContain('已记录服务');
    expect(told).toContain('类型：技术攻关');
    expect(told).toContain('内容：帮他们调了下热处理炉');
    expect(await say('chen.siyuan', '撤销')).toContain('已撤销');
    expect(await visitsOf('A-001')).toBe(before);
  });

  it('records neither of two enterprises told one after another in one message, and asks for one message each', async () => {
    // 刘洋 serves 山湖农机 and 石韵新材.
    const total = () => service.database.prisma.visit.count({ where: { reporterId: 'P-006' } });
    const before = await total();
    const reply = await say('liu.yang', '今天上午去了山湖农机下午又去了石韵新材各待了半天都是技术攻关');
    expect(reply).toContain('未记录：这条消息提到了山湖农机、石韵新材两家企业');
    expect(reply).toContain('「今天在山湖农机技术攻关半天');
    expect(await say('liu.yang', '1')).not.toContain('已记录');
    expect(await total()).toBe(before);
    // Told on two days: the first day, its kind and its days are never given to the other place as an example.
    const twoDays = await say('liu.yang', '上周四在山湖农机调试播种机一天 这周一又去石韵新材讲了高企认定政策半天');
    expect(twoDays).toContain('两家企业');
    expect(twoDays).not.toMatch(/11月19日在石韵新材/);
    expect(twoDays).toContain('「X月X日在石韵新材……（哪一类）……天');
    expect(await total()).toBe(before);
    // Another posting named in passing is one visit, asked where.
    expect(await say('liu.yang', '昨天在山湖农机帮他们对接了石韵新材的供应链 资源对接半天')).toContain('哪家企业');
    expect(await say('liu.yang', '取消')).toContain('已取消');
  });

  it('records neither of two days told in one message, and gives each its own example', async () => {
    const before = await visitsOf('A-001');
    const reply = await say('chen.siyuan', '前天在龙城齿轮讲政策半天 昨天又去做技术攻关一天');
    expect(reply).toContain('未记录：这条消息说了11月22日、11月23日两天的服务');
    expect(reply).toContain('「11月22日在龙城齿轮政策宣讲半天');
    expect(reply).toContain('「昨天在龙城齿轮技术攻关1天');
    expect(await say('chen.siyuan', '上周二、上周四在龙城齿轮调试，各半天')).toContain('两天的服务');
    // 「和」 lists two days, as 「、」 does: the day between is no part of it, and neither day is lost.
    const listed = await say('chen.siyuan', '上周一和上周三都在龙城齿轮 各干了一天 技术攻关 调试磨齿机');
    expect(listed).toContain('11月16日、11月18日两天的服务');
    // 「两天」 after two days is the whole stay's: neither day's example is given two days.
    const total = await say('chen.siyuan', '上周一和上周三在龙城齿轮搞齿形修形 两天');
    expect(total).toContain('11月16日、11月18日两天的服务');
    expect(total).not.toContain('2天');
    // A day's two halves of two kinds are two reports; of one kind, the whole day.
    const halves = await say('chen.siyuan', '11月20号上午在龙城齿轮讲政策半天，下午又去做技术攻关半天测齿轮噪声');
    expect(halves).toContain('11月20日上午政策宣讲、下午技术攻关两次服务');
    expect(halves).toContain('「11月20日下午在龙城齿轮技术攻关半天，');
    expect(await visitsOf('A-001')).toBe(before);
    const whole = await say('chen.siyuan', '11月13日上午在龙城齿轮调试滚齿机半天 下午也是调试半天');
    expect(whole).toContain('天数：1天');
    expect(await say('chen.siyuan', '撤销')).toContain('已撤销');
    // Run on without a pause, as voice input writes it: still two days, neither lost.
    const runOn = await say(
      'chen.siyuan',
      '前天在龙城齿轮做了一天技术攻关调磨齿机然后今天上午又过去给他们讲了半天高企政策',
    );
    expect(runOn).toContain('11月22日、11月24日两天的服务');
    expect(runOn).toContain('「今天在龙城齿轮政策宣讲半天');
    // The days of a whole stay are never given to each of its days.
    const spread = await say('chen.siyuan', '11月2日到4日在龙城齿轮战略规划共2天');
    expect(spread).toContain('三天的服务');
    expect(spread).toContain('「11月2日在龙城齿轮战略规划……天，');
    expect(spread).not.toContain('战略规划2天');
    expect(await visitsOf('A-001')).toBe(before);
    // Less than a day short of its span, a stay is one record from its first day.
    const stay25 = await say('chen.siyuan', '11月9日到11日在龙城齿轮战略规划2.5天，梳理产品路线');
    expect(stay25).toContain('日期：11月9日');
    expect(stay25).toContain('天数：2.5天');
    expect(await say('chen.siyuan', '撤销')).toContain('已撤销');
    // Days listed for one stay, and a plan after the day told, are one report.
    const stay = await say('chen.siyuan', '前天在龙城齿轮调试淬火炉半天，明天还要再去一天');
    expect(stay).toContain('天数：0.5天');
    expect(await say('chen.siyuan', '撤销')).toContain('已撤销');
  });

  it('asks whether 「半天」 said alone corrects the report just made, and changes it only on 是', async () => {
    const reply = await say('chen.siyuan', '前天在龙城齿轮战略规划1天，讨论技术路线图');
    expect(reply).toContain('天数：1天');
    const asked = await say('chen.siyuan', '半天');
    expect(asked).toContain('是要把刚才那条（11月22日（周日） 龙城齿轮 战略规划 1天）的天数改成「半天」吗');
    expect(asked).not.toContain('依据');
    expect(await say('chen.siyuan', '不是')).toContain('没有修改');
    const kept = await service.database.prisma.visit.findFirstOrThrow({ where: { summary: '讨论技术路线图' } });
    expect(kept.days.toNumber()).toBe(1);

    await say('chen.siyuan', '半天');
    expect(await say('chen.siyuan', '对，改吧')).toContain('天数：0.5天');
    const changed = await service.database.prisma.visit.findFirstOrThrow({ where: { summary: '讨论技术路线图' } });
    expect(changed.days.toNumber()).toBe(0.5);
    expect(await say('chen.siyuan', '撤销')).toContain('已撤销');

    // Asked what was done, 「半天」 is no account of it: it sets the days, and the question stands.
    expect(await say('chen.siyuan', '前天去了趟龙城齿轮')).toContain('服务了几天');
    expect(await say('chen.siyuan', '技术攻关')).toContain('服务了几天');
    expect(await say('chen.siyuan', '一天')).toContain('主要做了什么');
    expect(await say('chen.siyuan', '半天')).toContain('主要做了什么');
    const done = await say('chen.siyuan', '调试淬火炉温控');
    expect(done).toContain('天数：0.5天');
    expect(done).toContain('内容：调试淬火炉温控');
    expect(await say('chen.siyuan', '撤销')).toContain('已撤销');

    // With no report of the last 24 hours, it asks which service is meant, and stores nothing.
    expect(await say('zhao.min', '半天')).toContain('「半天」是指哪次服务');
  });

  it('records a report with a question on the side, and says the question was not answered', async () => {
    const reply = await say(
      'chen.siyuan',
      '前天在龙城齿轮蹲了一整天 技术攻关 帮他们查齿面点蚀的原因 顺便问下学校实验室周末开不开门？',
    );
    expect(reply).toContain('已记录服务');
    expect(reply).toContain('内容：帮他们查齿面点蚀的原因');
    expect(reply).toContain('您顺便问的「顺便问下学校实验室周末开不开门？」这条没有回答');
    expect(await say('chen.siyuan', '撤销')).toContain('已撤销');
    // A progress question on the side is answered after the report.
    const both = await say('chen.siyuan', '前天在龙城齿轮技术攻关半天，调试磨齿机，顺便问下今年还差几天');
    expect(both).toContain('已记录服务');
    expect(both).toContain('2026年服务进度');
    expect(both).not.toContain('没有回答');
    expect(await say('chen.siyuan', '撤销')).toContain('已撤销');
    // 「对了…」 turns to it too: the report is not lost to the question.
    const turned = await chatAllWith(() => service)(
      'chen.siyuan',
      '前天在龙城齿轮蹲了一天 技术攻关 帮他们查齿面点蚀的原因 对了我今年还差几次啊',
    );
    expect(turned).toContain('已记录服务');
    expect(turned).toContain('内容：帮他们查齿面点蚀的原因\n');
    expect(turned).toContain('2026年服务进度');
    expect(await say('chen.siyuan', '撤销')).toContain('已撤销');
    // A policy question on the side, even one that does not end like a question, is answered from the documents and
    // kept out of what was done.
    const policy = await say('chen.siyuan', '前天在龙城齿轮技术攻关一天 调试淬火炉 另外问下补贴一年多少钱');
    expect(policy).toContain('内容：调试淬火炉\n');
    expect(policy).toContain('每年每人1万元');
    expect(policy).toContain('五、工作要求（一）');
    expect(await say('chen.siyuan', '撤销')).toContain('已撤销');
    const days = await say('liu.yang', '前天在山湖农机讲政策半天，请问特派员一年要服务多少天');
    expect(days).toContain('已记录服务');
    expect(days).toContain('累计服务天数30天以上');
    expect(await say('liu.yang', '撤销')).toContain('已撤销');
  });

  it('says an outcome the report mentions was not recorded, and claims no record when it asks a question', async () => {
    const recorded = await say('chen.siyuan', '前天在龙城齿轮技术攻关1天 调试磨齿机 另外他们的发明专利授权了2件');
    expect(recorded).toContain('已记录服务');
    expect(recorded).toContain('消息里还提到了知识产权；成果请另发一条单独报备');
    expect(recorded).toContain('这条只记了服务');
    expect(await say('chen.siyuan', '撤销')).toContain('已撤销');
    // A training on no policy is asked about, not recorded as 政策宣讲; nothing is said to be recorded.
    const before = await visitsOf('A-006');
    const asked = await say('zhao.min', '前天在蓝湾食品做了HACCP体系培训讲座 一天');
    expect(asked).toContain('这次服务属于哪一类');
    expect(asked).toContain('消息里还提到了培训');
    expect(asked).not.toContain('记了服务');
    expect(await visitsOf('A-006')).toBe(before);
    expect(await say('zhao.min', '技术攻关')).toContain('类型：技术攻关');
    expect(await say('zhao.min', '撤销')).toContain('已撤销');
  });

  it('offers 「上周五也是 半天」 after a report as that day like the report, stored only on 是', async () => {
    const sayAll = chatAllWith(() => service);
    expect(await say('liu.yang', '11月5日在山湖农机调试播种机 一天 技术攻关')).toContain('已记录服务');
    const before = await visitsOf('A-004');
    const offered = await say('liu.yang', '11月4日也是 半天');
    expect(offered).toContain('「11月4日在山湖农机技术攻关半天，调试播种机」');
    expect(await visitsOf('A-004')).toBe(before);
    const stored = await say('liu.yang', '是');
    expect(stored).toContain('11月4日（周三）');
    expect(stored).toContain('天数：0.5天');
    expect(await visitsOf('A-004')).toBe(before + 1);
    // 「也去了」 does not say how long: the days are asked, with what the day is taken to be.
    const asked = await sayAll('liu.yang', '3号也去了');
    expect(asked).toContain('按上一条：山湖农机，技术攻关（调试播种机）');
    expect(asked).toContain('服务了几天');
    expect(await say('liu.yang', '一天')).toContain('11月3日（周二）');
    // 「不用」 stores nothing; without a report in the last 24 hours, 「也是」 is asked to be written out.
    expect(await say('liu.yang', '11月2日也是')).toContain('按上一条的内容记录这一天吗');
    expect(await say('liu.yang', '不用')).toContain('没有记录');
    expect(await visitsOf('A-004')).toBe(before + 2);
    expect(await say('zhao.min', '上周五也是')).toContain('不知道「也是」指哪一条');
  });

  it('takes a day said instead while the days are asked, never storing the day taken back', async () => {
    expect(await say('liu.yang', '10月27日在山湖农机 技术攻关 调收割机液压')).toContain('几天');
    const stored = await say('liu.yang', '不是27号 是上周四 一天');
    expect(stored).toContain('已记录服务');
    expect(stored).toContain('11月19日（周四）');
    expect(await say('liu.yang', '撤销')).toContain('已撤销');
    expect(await say('liu.yang', '10月27日在山湖农机 技术攻关 调收割机液压')).toContain('几天');
    const noted = await say('liu.yang', '等等 日期说错了 是10月26日');
    expect(noted).toContain('日期：10月26日');
    expect(noted).toContain('几天');
    expect(await say('liu.yang', '一天')).toContain('10月26日（周一）');
    const dates = await service.database.prisma.visit.findMany({
      where: { reporterId: 'P-006', summary: '调收割机液压' },
      select: { date: true },
    });
    expect(dates.map((d) => d.date.toISOString().slice(0, 10))).toEqual(['2026-10-26']);
    expect(await say('liu.yang', '撤销')).toContain('已撤销');
    // The answer and then the correction in one message: both stand.
    expect(await say('liu.yang', '10月27日在山湖农机 技术攻关 调收割机液压')).toContain('几天');
    const both = await say('liu.yang', '一天 哦不对日期错了是10月23日');
    expect(both).toContain('已记录服务');
    expect(both).toContain('10月23日（周五）');
    expect(both).toContain('天数：1天');
    expect(await say('liu.yang', '撤销')).toContain('已撤销');
  });

  it('adds 「内容补充一下：…」 to what the report just made says was done, never recording an outcome', async () => {
    expect(await say('huang.liping', '11月16日在绿桂生物技术攻关1天 调发酵罐温控')).toContain('已记录服务');
    const outcomesBefore = await service.database.prisma.outcome.count();
    const added = await say('huang.liping', '内容补充一下：还帮他们培训了两个操作工');
    expect(added).toContain('已修改服务记录');
    expect(added).toContain('内容：调发酵罐温控；帮他们培训了两个操作工');
    expect(await service.database.prisma.outcome.count()).toBe(outcomesBefore);
    expect(await say('zhao.min', '内容补充一下：还调了杀菌釜')).toContain('没有找到您24小时内报备的服务记录');
    expect(await say('huang.liping', '撤销')).toContain('已撤销');
  });

  it('answers a question asked after the answer to its own question, and records the answer', async () => {
    expect(await say('zhao.min', '11月16日在蓝湾食品技术攻关 调试封口机')).toContain('几天');
    const both = await say('zhao.min', '一天 对了 顺便问下补助经费一年多少');
    expect(both).toContain('已记录服务');
    expect(both).toContain('天数：1天');
    expect(both).toContain('每年每人1万元');
    expect(await say('zhao.min', '撤销')).toContain('已撤销');
    // 「对了」 alone before the question is enough.
    expect(await say('zhao.min', '11月16日在蓝湾食品技术攻关 调试封口机')).toContain('几天');
    const plain = await say('zhao.min', '一天 对了补助一年多少钱');
    expect(plain).toContain('天数：1天');
    expect(plain).toContain('每年每人1万元');
    expect(await say('zhao.min', '撤销')).toContain('已撤销');
  });

  it('reads a correction of the report just made, said in own words, and changes it only on 是', async () => {
    const before = await visitsOf('A-001');
    expect(await say('chen.siyuan', '前天在龙城齿轮技术攻关1天，检修滚齿机')).toContain('类型：技术攻关');
    const asked = await say('chen.siyuan', '刚才那个不是技术攻关 是政策宣讲');
    expect(asked).toContain('的类型改成「政策宣讲」吗');
    expect(await say('chen.siyuan', '是的')).toContain('类型：政策宣讲');
    expect(await say('chen.siyuan', '不好意思 刚才写的一天 实际只待了半天')).toContain('的天数改成「半天」吗');
    expect(await say('chen.siyuan', '不是')).toContain('没有修改');
    const kept = await service.database.prisma.visit.findFirstOrThrow({ where: { summary: '检修滚齿机' } });
    expect({ type: kept.type, days: kept.days.toNumber() }).toEqual({ type: 'POLICY_PROMOTION', days: 1 });
    // One visit still: the correction was no new report.
    expect(await visitsOf('A-001')).toBe(before + 1);
    // Two fields in one correction: both asked about and changed together.
    const both = await say('chen.siyuan', '不对，是大前天，半天');
    expect(both).toContain('的日期改成「11月21日（周六）」、天数改成「半天」吗');
    const changed = await say('chen.siyuan', '是');
    expect(changed).toContain('日期：11月21日（周六）');
    expect(changed).toContain('天数：0.5天');
    expect(await say('chen.siyuan', '撤销')).toContain('已撤销');
    // The half of the day there, or the record named by its day, corrects the days too.
    for (const words of ['不对不对 没有一天 就上午在', '其实就上午在 下午回学校了', '23号那条服务其实只有半天']) {
      expect(await say('chen.siyuan', '昨天在龙城齿轮技术攻关1天，检修磨齿机')).toContain('已记录服务');
      expect(await say('chen.siyuan', words), words).toContain('的天数改成「半天」吗');
      expect(await say('chen.siyuan', '是')).toContain('天数：0.5天');
      expect(await say('chen.siyuan', '撤销')).toContain('已撤销');
    }
    // Nothing reported in the last 24 hours: nothing to correct here.
    expect(await say('zhao.min', '刚才那条日期错了，应该是昨天')).toContain('没有可以修改的记录');
  });

  it('refuses, with the reason and storing nothing, what breaks the rules', async () => {
    const before = await service.database.prisma.visit.count();
    const refusals: [string, string, string][] = [
      ['sun.jianli', '今天在龙城齿轮技术攻关1天', '只有科技特派员'],
      ['chen.siyuan', '今天在山湖农机技术攻关1天', '山湖农机不是您派驻的企业'],
      ['chen.siyuan', '2026-12-01 技术攻关1天', '还没到'],
      ['chen.siyuan', '2025-10-01 技术攻关1天', '早于派驻开始日期'],
      ['chen.siyuan', '今天技术攻关2天', '只有1天'],
      ['chen.siyuan', '2026-01-02 技术攻关32天', '最多31天'],
    ];
    for (const [user, text, reason] of refusals) {
      const reply = await say(user, text);
      expect(reply, text).toContain('未记录');
      expect(reply, text).toContain(reason);
    }
    expect(await service.database.prisma.visit.count()).toBe(before);
  });

  it('corrects the latest report with 修改, by the same rules', async () => {
    expect(await say('zhao.min', '今天在蓝湾食品技术攻关1天，冷链温控调试')).toContain('已记录服务');
    const days = await say('zhao.min', '修改 天数 半天');
    expect(days).toContain('已修改服务记录');
    expect(days).toContain('天数：0.5天');
    expect(await say('zhao.min', '修改 日期 昨天')).toContain('11月23日（周一）');
    expect(await say('zhao.min', '修改 类型 资源对接')).toContain('类型：资源对接');
    expect(await say('zhao.min', '修改 日期 2026-12-25')).toContain('未修改：2026-12-25还没到');
    expect(await say('zhao.min', '修改 企业 龙城齿轮')).toContain('未修改');
    expect(await say('zhao.min', '修改 颜色 红色')).toContain('可以修改的字段');
    const stored = await service.database.prisma.visit.findFirstOrThrow({ where: { summary: '冷链温控调试' } });
    expect(stored.days.toNumber()).toBe(0.5);
    expect(stored.type).toBe('RESOURCE_MATCHING');
    expect(stored.date.toISOString().slice(0, 10)).toBe('2026-11-23');
  });

  it('takes what a correction says it is, not what it says it is not, and changes nothing already so', async () => {
    expect(await say('huang.liping', '10月13号在绿桂生物技术攻关一天，菌种复壮')).toContain('已记录服务');
    const stored = () => service.database.prisma.visit.findFirstOrThrow({ where: { summary: '菌种复壮' } });
    const notices = () =>
      service.database.prisma.outboxMessage.count({ where: { recipientId: 'P-102', kind: 'visit-confirmation' } });
    const before = await notices();
    expect(await say('huang.liping', '10月13号那条天数写错了 是半天不是一天')).toContain('天数：0.5天');
    expect((await stored()).days.toNumber()).toBe(0.5);
    expect(await say('huang.liping', '刚才那条不是半天 是一天')).toContain('的天数改成「一天」吗');
    expect(await say('huang.liping', '是')).toContain('天数：1天');
    expect((await stored()).days.toNumber()).toBe(1);
    expect(await say('huang.liping', '10月13号那条不是一天 是半天')).toContain('天数：0.5天');
    expect(await say('huang.liping', '修改 天数 1天')).toContain('天数：1天');
    const afterFour = await notices();
    const same = await say('huang.liping', '修改 天数 1天');
    expect(same).toMatch(/^未修改：记录里已经是这样/);
    expect(await notices()).toBe(afterFour);
    expect(afterFour).toBeGreaterThan(before);
  });

  it('lets any member of a team report, each visit counting once for the team’s posting', async () => {
    const before = await visitsOf('A-003');
    expect(await say('li.ming', '今天在漓江光电技术攻关1天')).toContain('走访 3/5 次，服务 6/30 天');
    expect(await say('wang.fang', '昨天漓江光电资源对接一天')).toContain('走访 4/5 次，服务 7/30 天');
    expect(await visitsOf('A-003')).toBe(before + 2);
  });

  it('records no visit told for a teammate, nor a teammate’s correction of another’s record, under the sender', async () => {
    const before = await visitsOf('A-003');
    for (const [user, text] of <[string, string][]>[
      ['zhou.jie', '帮李明老师报一下 他10月14号去漓江光电做了技术攻关 半天'],
      ['wang.fang', '李明老师10月15号去漓江光电调试光谱仪 一天'],
      ['wang.fang', '李老师刚才报的那条天数不对 我们其实就待了半天'],
    ]) {
      const reply = await say(user, text);
      expect(reply, text).toMatch(/^未记录：服务记录记在报备人名下/);
      expect(reply, text).toContain('李');
    }
    expect(await visitsOf('A-003')).toBe(before);
    // Going with a teammate is the sender's own visit.
    expect(await say('li.ming', '10月16号和王芳老师一起去漓江光电 调试光谱仪的检测算法 一天')).toContain('已记录服务');
    expect(await visitsOf('A-003')).toBe(before + 1);
  });

  it('takes a whole report of other days sent while a day is asked as a new report, not this one’s day', async () => {
    expect(await say('huang.liping', '月初去绿桂生物搞了半天菌种保藏')).toContain('哪一天');
    const reply = await say('huang.liping', '１０月２０号 绿桂生物 发酵罐溶氧控制 技术攻关 １天');
    expect(reply).toContain('已记录服务');
    const stored = await service.database.prisma.visit.findFirstOrThrow({
      where: { summary: { contains: '发酵罐溶氧控制' } },
    });
    expect(stored.days.toNumber()).toBe(1);
    expect(stored.summary).not.toContain('菌种保藏');
  });

  it('counts a morning’s and an afternoon’s record of one day as one visit, their days added', async () => {
    const progress = (reply: string) => {
      const [, visits, days] = /走访 (\d+)\/\d+ 次，服务 ([\d.]+)\/\d+ 天/.exec(reply) ?? [];
      return { visits: Number(visits), days: Number(days) };
    };
    const first = progress(await say('huang.liping', '10月21号上午在绿桂生物资源对接半天 对接广西大学实验室'));
    const second = progress(await say('huang.liping', '10月21号下午在绿桂生物政策宣讲半天 讲高企认定政策'));
    expect(first.visits).toBeGreaterThan(0);
    expect(second).toEqual({ visits: first.visits, days: first.days + 0.5 });
    // One of the two disputed: its half day waits apart, but no visit does, since the day still counts.
    const list = await say('ma.weidong', '待确认');
    const number = /(\d+)\. [^\n]*讲高企认定政策/.exec(list)?.[1];
    expect(number).toBeTruthy();
    expect(await say('ma.weidong', `有异议 ${number} 下午没讲政策`)).toContain('YY-');
    const after = await say('huang.liping', '我的进度');
    expect(progress(after)).toEqual({ visits: first.visits, days: first.days });
    expect(after).toContain('另有 0.5 天企业有异议');
  });

  it('tells the first enterprise when a correction moves a visit to another, and asks the second to confirm', async () => {
    const notices = (recipientId: string, kind: string) =>
      service.database.prisma.outboxMessage.findMany({ where: { recipientId, kind } });
    expect(await say('liu.yang', '10月22号在山湖农机技术攻关1天，播种机排种器改进')).toContain('已记录服务');
    const before = (await notices('P-105', 'visit-confirmation')).length;
    expect(await say('liu.yang', '修改 企业 石韵新材')).toContain('已修改服务记录');
    const moved = await notices('P-104', 'visit-withdrawn');
    expect(moved.some((n) => n.text.includes('播种机排种器改进') && n.text.includes('无需再确认'))).toBe(true);
    expect((await notices('P-105', 'visit-confirmation')).length).toBe(before + 1);
  });

  it('shows a specialist’s progress per posting on 我的进度', async () => {
    const reply = await say('liu.yang', '我的进度');
    expect(reply).toContain('2026年服务进度');
    expect(reply).toMatch(/石韵新材：走访 \d+\/5 次，服务 [\d.]+\/30 天/);
    expect(reply).toContain('山湖农机');
    expect(reply).toContain('距年底还有 37 天');
    // 蓝湾食品's posting ends on 14 December: the days left are until then.
    const ending = await say('zhao.min', '我的进度');
    expect(ending).toContain('进度落后');
    expect(ending).toContain('距派驻期满还有 20 天');
    // In its last stretch all it owes is due by its end, said as such, not as a share of time.
    expect(ending).toContain('进度落后（派驻期满前须达到5次、29天）');
  });
});

describe('服务情况 for enterprises and officials', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await createTestService();
  });
  afterAll(async () => {
    await service?.close();
  });
  const say = chatWith(() => service);

  it('shows an enterprise contact their own posting only', async () => {
    const reply = await say('sun.jianli', '服务情况');
    expect(reply).toContain('龙城齿轮：走访 4/5 次，服务 18/30 天');
    expect(reply).not.toContain('绿桂生物');
  });

  it('shows a city official their city’s postings, and the regional office every posting, counted, the ones behind named', async () => {
    const guilin = await say('guilin.station', '服务情况');
    expect(guilin).toContain('进行中的派驻 1 个：已达标 0 个，未达标但进度正常 0 个，进度落后 1 个');
    // Each named with who serves it (「哪几个特派员进度落后」 asks for people).
    expect(guilin).toContain('漓江光电（桂电光电科技特派团，团长李明）：走访 2/5 次，服务 5/30 天');
    expect(guilin).not.toContain('龙城齿轮');
    const region = await say('gx.office', '服务情况');
    // The three counts add up to the postings: those that met the quota are not counted again as on course.
    expect(region).toContain('进行中的派驻 6 个：已达标 2 个，未达标但进度正常 0 个，进度落后 4 个');
    // Behind, furthest first, each with its city and its own visits; those on course are counted, not listed.
    const behind = [
      '山湖农机（刘洋，玉林市）',
      '漓江光电（桂电光电科技特派团，团长李明，桂林市）',
      '蓝湾食品（赵敏，北海市）',
      '龙城齿轮（陈思远，柳州市）',
    ];
    const at = behind.map((name) => region.indexOf(name));
    expect(at.every((i) => i > 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(region).toContain('龙城齿轮（陈思远，柳州市）：走访 4/5 次，服务 18/30 天');
    expect(region).not.toContain('绿桂生物：');
    // A posting named is shown on its own, as before.
    expect(await say('gx.office', '绿桂生物今年去了几次')).toContain('绿桂生物：走访 6/5 次');
  });
});

describe('answers that give another field than the one asked', () => {
  const service = serviceForSuite();
  const say = chatWith(service);

  it('keeps a report whose answer gives another field than the one asked, and takes what was done told with the kind', async () => {
    const visitsOf = (assignmentId: string) => service().database.prisma.visit.count({ where: { assignmentId } });
    const before = await visitsOf('A-006');
    // The kind while the days are asked, after what was done was told: kept, the days still asked.
    expect(await say('zhao.min', '11月16日在蓝湾食品搞了个杀菌工艺的验证')).toContain('服务了几天');
    expect(await say('zhao.min', '资源对接')).toContain('已记下（类型：资源对接）。\n这次服务了几天');
    expect(await say('zhao.min', '1天')).toContain('内容：搞了个杀菌工艺的验证');
    // The days while the kind is asked: kept, the kind still asked; then the kind with what was done.
    expect(await say('zhao.min', '11月17日在蓝湾食品')).toContain('服务了几天');
    expect(await say('zhao.min', '一天')).toContain('属于哪一类');
    const days = await say('zhao.min', '半天吧');
    expect(days).toContain('已记下（天数：0.5天）');
    expect(days).toContain('属于哪一类');
    const recorded = await say('zhao.min', '技术攻关 帮他们看了杀菌釜的温度曲线');
    expect(recorded).toContain('天数：0.5天');
    expect(recorded).toContain('类型：技术攻关');
    expect(recorded).toContain('内容：帮他们看了杀菌釜的温度曲线');
    expect(await visitsOf('A-006')).toBe(before + 2);
  });

  it('keeps what was done as the summary when words read as a place turn out to be the work (「去看排种器的台架试验」)', async () => {
    const asked = await say('liu.yang', '10月19号去看排种器的台架试验 一天 技术攻关');
    expect(asked).toContain('您提到「看排种器的台架试验」');
    const stored = await say('liu.yang', '山湖农机');
    expect(stored).toContain('已记录服务');
    expect(stored).toContain('内容：看排种器的台架试验');
  });

  it('records a visit made after a change of plan (「本来要去石韵的 后来临时改去山湖农机了」), never refused as a plan', async () => {
    // The enterprise meant before the change is no place of the visit: the one it changed to is.
    const stored = await say('liu.yang', '10月12号本来要去石韵的 后来临时改去山湖农机了 技术攻关一天 修排种器');
    expect(stored).not.toContain('还没进行');
    expect(stored).toContain('已记录服务');
    expect(stored).toContain('10月12日');
    expect(stored).toContain('企业：山湖农机');
    expect(stored).toContain('内容：修排种器');
  });
});
