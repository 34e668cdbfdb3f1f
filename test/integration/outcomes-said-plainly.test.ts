import { describe, expect, it } from 'vitest';
import { chatWith } from '../support/chat.js';
import { serviceForSuite } from '../support/test-service.js';

// 陈思远 (chen.siyuan) serves 龙城齿轮; 刘洋 (liu.yang) serves 山湖农机 and 石韵新材. The test clock starts on
// Tuesday 2026-11-24.
describe('outcomes told in plain words', () => {
  const service = serviceForSuite();
  const say = chatWith(service);
  const db = () => service().database.prisma;

  it('records a development contract signed with the enterprise (技术开发合同, 横向) as its enterprise-level project', async () => {
    expect(
      await say('chen.siyuan', '好消息 龙城齿轮跟我们学院签了个技术开发合同 做齿轮修形软件 合同额３８万 上周五签的'),
    ).toContain('项目名称是什么');
    const recorded = await say('chen.siyuan', '齿轮修形软件开发');
    expect(recorded).toContain('已记录成果');
    expect(await db().outcome.findFirstOrThrow({ where: { title: '齿轮修形软件开发' } })).toMatchObject({
      kind: 'PROJECT',
      level: 'ENTERPRISE',
      stage: 'APPROVED',
      assignmentId: 'A-001',
    });
    expect(await db().visit.count({ where: { summary: { contains: '修形' } } })).toBe(0);
  });

  it('takes no news of another enterprise for the name asked, nor for a visit', async () => {
    expect(await say('liu.yang', '跟山湖农机签了个横向 做播种机排种器优化 经费45万 周三签的')).toContain(
      '项目名称是什么',
    );
    const before = await db().outcome.count();
    const visits = await db().visit.count();
    const news = await say('liu.yang', '石韵新材高企认定今天通过公示了😄');
    expect(news).not.toContain('已记录');
    expect(news).not.toContain('服务了几天');
    expect(await db().outcome.count()).toBe(before);
    expect(await db().visit.count()).toBe(visits);
  });

  it('changes an outcome just reported when its count or level is said again in plain words', async () => {
    expect(await say('chen.siyuan', '龙城齿轮昨天培训了32个一线工人，讲热处理安全操作')).toContain('32人');
    expect(await say('chen.siyuan', '不对 签到表数错了 是35个')).toContain('已修改成果记录');
    expect((await db().outcome.findFirstOrThrow({ where: { kind: 'TRAINING', assignmentId: 'A-001' } })).quantity).toBe(
      35,
    );
    expect(await say('liu.yang', '石韵新材申报了一个市级科技计划项目《碳酸钙轻量化填料》，上周五报上去的')).toContain(
      '市级',
    );
    expect(await say('liu.yang', '不对不对 轻量化那个是报的自治区的 不是市里的')).toContain('自治区级');
    expect(await db().outcome.findFirstOrThrow({ where: { title: '碳酸钙轻量化填料' } })).toMatchObject({
      level: 'REGIONAL',
    });
  });

  it('corrects a training’s count said again (「马总说培训只有28人 我数错了」), and undoes no record by a count it no longer has', async () => {
    // 黄丽萍 (huang.liping) serves 绿桂生物.
    expect(await say('huang.liping', '昨天在绿桂生物给员工做了菌种保藏培训 32人参加')).toContain('32人');
    const before = await db().outcome.count();
    const fixed = await say('huang.liping', '马总说培训只有28人 我数错了 改一下');
    expect(fixed).toContain('已修改成果记录');
    expect(fixed).toContain('28人');
    expect(await db().outcome.count()).toBe(before);
    const training = () => db().outcome.findFirst({ where: { reporterId: 'P-002', kind: 'TRAINING', quantity: 28 } });
    expect(await training()).not.toBeNull();
    // 「32人那条删掉 留28人的」: no 32-person record is left, so none is undone (the 28 was deleted in its place).
    expect(await say('huang.liping', '培训记重复了 32人那条删掉 留28人的')).toContain('没有32人的那条可以撤销');
    expect(await say('huang.liping', '培训记重复了 三十二人那条删掉')).toContain('没有三十二人的那条可以撤销');
    expect(await training()).not.toBeNull();
    // A new training told with 「只有…人，不是…」 is a report of its own, never a change of the one before.
    const told = await say('huang.liping', '11月19号在绿桂生物做了安全培训，只有15个人，不是全员参加');
    expect(told).not.toContain('已修改成果记录');
    expect(await training()).not.toBeNull();
  });

  it('stores no date for several outcomes granted in different months (「有3月有8月的 还有一个10月」), asking one', async () => {
    const before = await db().outcome.count();
    expect(await say('chen.siyuan', '龙城齿轮今年授权了3个实用新型')).toContain('哪天（或哪个月）');
    const asked = await say('chen.siyuan', '有3月有8月的 还有一个10月');
    expect(asked).toContain('一条成果记录只记一个日期');
    expect(await db().outcome.count()).toBe(before);
    expect(await say('chen.siyuan', '取消')).not.toContain('已记录');
    expect(await db().outcome.count()).toBe(before);
  });

  it('takes the enterprise’s 「那次培训确实是45个人参加的」 as its confirmation, and confirms nothing of another count', async () => {
    // 覃海 (qin.hai) is 山湖农机's contact.
    expect(await say('liu.yang', '上周五在山湖农机给员工做了农机安全操作培训 45人参加')).toContain('已记录成果');
    const training = () => db().outcome.findFirstOrThrow({ where: { reporterId: 'P-006', kind: 'TRAINING' } });
    const before = await db().outcome.count();
    expect(await say('qin.hai', '上周五那次培训确实是40个人参加的')).toContain('没有待确认的记录');
    expect(await say('qin.hai', '上周五那次培训确实是三十个人参加的')).toContain('没有待确认的记录');
    expect(await say('qin.hai', '上周四那次培训确实是45个人参加的')).toContain('没有待确认的记录');
    expect((await training()).status).toBe('REPORTED');
    expect(await say('qin.hai', '上周五那次培训确实是45个人参加的')).toContain('已确认1条成果');
    expect((await training()).status).toBe('CONFIRMED');
    expect(await db().outcome.count()).toBe(before);
  });

  it('changes or undoes only the outcome its words name, never the latest in its place', async () => {
    const project = (title: string) => db().outcome.findFirst({ where: { title } });
    expect(await say('huang.liping', '绿桂生物的市级项目《菌剂降解技术研究》11月20日立项了')).toContain('已记录成果');
    expect(await say('huang.liping', '绿桂生物的企业级项目《发酵车间温控改造》昨天立项了')).toContain('已记录成果');
    const notThat = await say('huang.liping', '菌剂降解那个项目其实是自治区级的，不是市级');
    expect(notThat).toContain('您说的那项不是最近报备的成果');
    expect(await say('huang.liping', '把菌剂降解那个项目删了')).toContain('没有撤销任何记录');
    expect(await project('发酵车间温控改造')).toMatchObject({ level: 'ENTERPRISE' });
    expect(await project('菌剂降解技术研究')).toMatchObject({ level: 'CITY' });
    // Named by its own title, the latest is changed.
    expect(await say('huang.liping', '温控改造那个项目其实是市级的')).toContain('已修改成果记录');
    expect(await project('发酵车间温控改造')).toMatchObject({ level: 'CITY' });
  });

  it('records no other company’s outcome as the enterprise’s own, from a specialist or a contact', async () => {
    const before = await db().outcome.count();
    for (const [who, words] of [
      ['chen.siyuan', '柳州五菱机械上个月授权了2件实用新型，是我帮他们写的'],
      ['huang.liping', '隔壁那家广西金穗上个月立项了一个市级项目 叫甘蔗渣生物发酵'],
      ['sun.jianli', '融江电子那边上个月也授权了一件发明专利'],
      // A company known by a short name that reads as none (lexicon KNOWN_OTHER_COMPANIES).
      ['chen.siyuan', '柳工上个月授权了一件发明专利'],
    ] as const)
      expect(await say(who, words), words).toContain('不是科技特派员派驻的企业');
    expect(await db().outcome.count()).toBe(before);
    // Its own outcome, told plainly, is still recorded, whatever word comes first.
    expect(await say('chen.siyuan', '另外上个月还授权了2件实用新型')).not.toContain('不是科技特派员派驻的企业');
    // Its own outcome, told plainly, is still recorded.
    expect(await say('sun.jianli', '我们上个月授权了一件发明专利 叫一种齿轮修形方法')).not.toContain(
      '不是科技特派员派驻的企业',
    );
  });

  it('keeps no part of several outcomes told in one message, and lists each to be sent on its own', async () => {
    const before = await db().outcome.count();
    const three = await say(
      'chen.siyuan',
      '龙城齿轮上个月申请了3件发明专利，授权了一件实用新型，还有给他们搞了个培训 三十来个人',
    );
    expect(three).toContain('这条消息说了3项成果');
    expect(three).toContain('· 给他们搞了个培训 三十来个人');
    expect(await say('huang.liping', '绿桂生物上个月签了个许可合同8万 还有一个转让合同12万')).toContain('说了2项成果');
    expect(await say('chen.siyuan', '培训了两批 第一批２０人 第二批十五六个')).toContain('说了2项成果');
    expect(await db().outcome.count()).toBe(before);
  });
});
