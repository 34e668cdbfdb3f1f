import { describe, expect, it } from 'vitest';
import { chatWith } from '../support/chat.js';
import { serviceForSuite } from '../support/test-service.js';

// 陈思远 (chen.siyuan) serves 龙城齿轮, whose contact is 孙建立 (sun.jianli); the test clock starts on 2026-11-24.
describe('an enterprise that disputes one record and says others are fine in the same words', () => {
  const service = serviceForSuite();
  const say = chatWith(service);

  it('reads back the one fine and the one objected to, settling both as said only on 「是」', async () => {
    expect(await say('chen.siyuan', '11月18日在龙城齿轮技术攻关1天，调试淬火炉')).toContain('已记录');
    expect(await say('chen.siyuan', '11月19日在龙城齿轮政策宣讲半天，讲加计扣除')).toContain('已记录');
    const list = await say('sun.jianli', '待确认');
    const numbers = (label: string) => new RegExp(`(\\d+)\\. [^\\n]*${label}`).exec(list)?.[1];
    const [hardening, talk] = [numbers('调试淬火炉'), numbers('讲加计扣除')];
    expect(hardening && talk).toBeTruthy();

    const statuses = async () =>
      Object.fromEntries(
        (
          await service().database.prisma.visit.findMany({ where: { summary: { in: ['调试淬火炉', '讲加计扣除'] } } })
        ).map((v) => [v.summary, v.status]),
      );
    const reply = await say('sun.jianli', `${hardening}没问题，第${talk}条那天陈老师没来`);
    expect(reply).toMatch(/调试淬火炉\n\s*→ 属实/);
    expect(reply).toMatch(/讲加计扣除\n\s*→ 有异议：那天陈老师没来/);
    expect(await statuses()).toEqual({ 调试淬火炉: 'REPORTED', 讲加计扣除: 'REPORTED' });
    const settled = await say('sun.jianli', '是');
    expect(settled).toContain('已确认1条服务记录');
    expect(settled).toContain('已记录您的异议');
    expect(await statuses()).toEqual({ 调试淬火炉: 'CONFIRMED', 讲加计扣除: 'DISPUTED' });
  });
  it('says the rest still wait when told 「其他都没问题」, and disputes a record named by a Chinese numeral', async () => {
    expect(await say('chen.siyuan', '11月20日在龙城齿轮资源对接半天，对接检测机构')).toContain('已记录');
    const list = await say('sun.jianli', '待确认');
    const number = /(\d+)\. [^\n]*对接检测机构/.exec(list)?.[1];
    const reply = await say('sun.jianli', `第${number}条时间不对，其他都没问题`);
    expect(reply).toContain('其余几条还没有确认');
    const disputed = await service().database.prisma.visit.findFirst({ where: { summary: '对接检测机构' } });
    expect(disputed?.status).toBe('DISPUTED');
    expect(await say('chen.siyuan', '11月21日在龙城齿轮技术攻关1天，调整磨齿参数')).toContain('已记录');
    const again = await say('sun.jianli', '待确认');
    const first = /(\d+)\. [^\n]*调整磨齿参数/.exec(again)?.[1];
    const chinese = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'][Number(first)];
    expect(await say('sun.jianli', `第${chinese}条有异议，陈老师那天只待了半天`)).toContain('异议');
    const second = await service().database.prisma.visit.findFirst({ where: { summary: '调整磨齿参数' } });
    expect(second?.status).toBe('DISPUTED');
  });

  it('disputes 「2不对…」 by its number, and confirms only the others on 「其他的都确认」 while its reason is asked', async () => {
    const status = async (summary: string) =>
      (await service().database.prisma.visit.findFirst({ where: { summary } }))?.status;
    expect(await say('chen.siyuan', '10月27日在龙城齿轮技术攻关1天，调试渗碳炉')).toContain('已记录');
    expect(await say('chen.siyuan', '10月28日在龙城齿轮政策宣讲半天，讲高企认定')).toContain('已记录');
    const list = await say('sun.jianli', '待确认');
    const number = (label: string) => new RegExp(`(\\d+)\\. [^\\n]*${label}`).exec(list)?.[1];
    // 「2不对」 with its reason disputes that record.
    expect(await say('sun.jianli', `${number('讲高企认定')}不对 那天陈老师没来`)).toContain('已记录您的异议');
    expect(await status('讲高企认定')).toBe('DISPUTED');
    expect(await say('chen.siyuan', '10月29日在龙城齿轮资源对接半天，对接热处理协会')).toContain('已记录');
    const again = await say('sun.jianli', '待确认');
    const next = /(\d+)\. [^\n]*对接热处理协会/.exec(again)?.[1];
    // Without a reason it is asked; 「其他的都确认」 meanwhile confirms the others, never the one being disputed.
    expect(await say('sun.jianli', `${next}不对`)).toContain('请说明异议的原因');
    const others = await say('sun.jianli', '其他的都确认');
    expect(others).toContain('已确认');
    expect(others).toContain(`第${next}条还没有确认`);
    expect(await status('对接热处理协会')).toBe('REPORTED');
    expect(await status('调试渗碳炉')).toBe('CONFIRMED');
  });

  it('settles a bare number objected to among numbers confirmed on 「是」, and nothing on 「不是」', async () => {
    const status = async (summary: string) =>
      (await service().database.prisma.visit.findFirst({ where: { summary } }))?.status;
    expect(await say('chen.siyuan', '10月20日在龙城齿轮技术攻关1天，调试磨齿机砂轮')).toContain('已记录');
    expect(await say('chen.siyuan', '10月21日在龙城齿轮政策宣讲半天，讲科技型中小企业评价')).toContain('已记录');
    const list = await say('sun.jianli', '待确认');
    const number = (label: string) => new RegExp(`(\\d+)\\. [^\\n]*${label}`).exec(list)?.[1];
    const [wheel, talk] = [number('调试磨齿机砂轮'), number('讲科技型中小企业评价')];
    expect(await say('sun.jianli', `${wheel}确认 ${talk}不对 那天没来`)).toContain('→ 有异议：那天没来');
    expect(await say('sun.jianli', '不是')).toContain('没有提出异议');
    expect(await status('讲科技型中小企业评价')).toBe('REPORTED');
    expect(await status('调试磨齿机砂轮')).toBe('REPORTED');
    expect(await say('sun.jianli', `${wheel}确认 ${talk}不对 那天没来`)).toContain('您说的是这几条吗');
    expect(await say('sun.jianli', '是')).toContain('已记录您的异议');
    expect(await status('讲科技型中小企业评价')).toBe('DISPUTED');
    expect(await status('调试磨齿机砂轮')).toBe('CONFIRMED');
  });

  it('reads 「确认1，2有异议 …」 as 1 confirmed and 2 disputed with the words after it, once agreed to', async () => {
    const prisma = service().database.prisma;
    await say('sun.jianli', '全部确认');
    expect(await say('chen.siyuan', '10月12日在龙城齿轮技术攻关1天，修整滚齿刀具')).toContain('已记录');
    expect(await say('chen.siyuan', '10月13日在龙城齿轮政策宣讲半天，讲专精特新申报')).toContain('已记录');
    const list = await say('sun.jianli', '待确认');
    const number = (label: string) => new RegExp(`(\\d+)\\. [^\\n]*${label}`).exec(list)?.[1];
    const [tools, talk] = [number('修整滚齿刀具'), number('讲专精特新申报')];
    const reply = await say('sun.jianli', `确认${tools}，${talk}有异议 那天陈老师没来`);
    expect(reply).toMatch(/修整滚齿刀具\n\s*→ 属实/);
    // The reason is what is said after the word that objects, not that word again.
    expect(reply).toContain('→ 有异议：那天陈老师没来');
    expect(await say('sun.jianli', '对的')).toContain('已记录您的异议');
    expect((await prisma.visit.findFirst({ where: { summary: '讲专精特新申报' } }))?.status).toBe('DISPUTED');
    expect((await prisma.visit.findFirst({ where: { summary: '修整滚齿刀具' } }))?.status).toBe('CONFIRMED');
  });

  it('reads 「1没问题 2有异议 还没授权」 (no word that confirms) record by record, never as a policy question', async () => {
    const prisma = service().database.prisma;
    await say('sun.jianli', '全部确认');
    expect(await say('chen.siyuan', '10月23日在龙城齿轮技术攻关1天，调试插齿机')).toContain('已记录');
    expect(await say('chen.siyuan', '10月26日在龙城齿轮资源对接半天，对接专利代理机构')).toContain('已记录');
    const list = await say('sun.jianli', '待确认');
    const number = (label: string) => new RegExp(`(\\d+)\\. [^\\n]*${label}`).exec(list)?.[1];
    const [gear, patent] = [number('调试插齿机'), number('对接专利代理机构')];
    const reply = await say('sun.jianli', `${gear}没问题 ${patent}有异议 还没授权`);
    expect(reply).toMatch(/调试插齿机\n\s*→ 属实/);
    expect(reply).toMatch(/对接专利代理机构\n\s*→ 有异议：还没授权/);
    expect((await prisma.visit.findFirst({ where: { summary: '调试插齿机' } }))?.status).toBe('REPORTED');
    expect(await say('sun.jianli', '是')).toContain('异议：还没授权');
    expect((await prisma.visit.findFirst({ where: { summary: '对接专利代理机构' } }))?.status).toBe('DISPUTED');
    expect((await prisma.visit.findFirst({ where: { summary: '调试插齿机' } }))?.status).toBe('CONFIRMED');
  });

  it('reads 「第1条和第3条没问题，第2条有异议 …」 and 「2号和3号两条都不对 …」 record by record', async () => {
    const prisma = service().database.prisma;
    const status = async (summary: string) => (await prisma.visit.findFirst({ where: { summary } }))?.status;
    await say('sun.jianli', '全部确认');
    expect(await say('chen.siyuan', '9月1日在龙城齿轮技术攻关1天，调试拉床')).toContain('已记录');
    expect(await say('chen.siyuan', '9月2日在龙城齿轮技术攻关1天，调试珩齿机')).toContain('已记录');
    expect(await say('chen.siyuan', '9月3日在龙城齿轮技术攻关1天，调试剃齿机')).toContain('已记录');
    const list = await say('sun.jianli', '待确认');
    const number = (label: string) => new RegExp(`(\\d+)\\. [^\\n]*${label}`).exec(list)?.[1];
    const [broach, hone, shave] = [number('调试拉床'), number('调试珩齿机'), number('调试剃齿机')];
    const reply = await say(
      'sun.jianli',
      `第${broach}条和第${shave}条没问题，第${hone}条有异议 那天厂里放假陈老师没来`,
    );
    expect(reply).toMatch(/调试拉床\n\s*→ 属实/);
    expect(reply).toMatch(/调试剃齿机\n\s*→ 属实/);
    expect(reply).toMatch(/调试珩齿机\n\s*→ 有异议：那天厂里放假陈老师没来/);
    expect(await say('sun.jianli', '是')).toContain('已记录您的异议');
    expect(await status('调试拉床')).toBe('CONFIRMED');
    expect(await status('调试剃齿机')).toBe('CONFIRMED');
    expect(await status('调试珩齿机')).toBe('DISPUTED');

    expect(await say('chen.siyuan', '9月7日在龙城齿轮技术攻关1天，调试插床')).toContain('已记录');
    expect(await say('chen.siyuan', '9月8日在龙城齿轮技术攻关1天，调试铣齿机')).toContain('已记录');
    const both = await say('sun.jianli', '9月7号和8号两条都不对 陈老师那两天在学校上课 没来');
    expect(both).toMatch(/调试插床\n\s*→ 有异议/);
    expect(both).toMatch(/调试铣齿机\n\s*→ 有异议/);
    expect(await say('sun.jianli', '是')).toContain('已记录您的异议');
    expect(await status('调试插床')).toBe('DISPUTED');
    expect(await status('调试铣齿机')).toBe('DISPUTED');
  });

  it('keeps the list’s numbers when asking 「您说的是这一条吗」, so 「确认 1」 after dropping it confirms the list’s first', async () => {
    const prisma = service().database.prisma;
    await say('sun.jianli', '全部确认');
    expect(await say('chen.siyuan', '10月5日在龙城齿轮技术攻关1天，标定硬度计')).toContain('已记录');
    expect(await say('chen.siyuan', '10月6日在龙城齿轮资源对接1天，对接计量院')).toContain('已记录');
    const list = await say('sun.jianli', '待确认');
    const number = (label: string) => new RegExp(`(\\d+)\\. [^\\n]*${label}`).exec(list)?.[1];
    const [gauge, metrology] = [number('标定硬度计'), number('对接计量院')];
    const asked = await say('sun.jianli', '陈老师10月6号没来');
    expect(asked).toContain(`${metrology}. 10月6日`);
    expect(asked).toContain('您说的是这一条吗');
    expect(await say('sun.jianli', '算了 先不提了')).toContain('没有提出异议');
    expect(await say('sun.jianli', `确认 ${gauge}`)).toContain('标定硬度计');
    expect((await prisma.visit.findFirst({ where: { summary: '标定硬度计' } }))?.status).toBe('CONFIRMED');
    expect((await prisma.visit.findFirst({ where: { summary: '对接计量院' } }))?.status).toBe('REPORTED');
  });

  it('confirms a record named by what was done (「淬火那条是对的」), and nothing when the words name none', async () => {
    const prisma = service().database.prisma;
    await say('sun.jianli', '全部确认');
    expect(await say('chen.siyuan', '10月8日在龙城齿轮技术攻关1天，分析淬火开裂')).toContain('已记录');
    expect(await say('chen.siyuan', '10月9日在龙城齿轮政策宣讲半天，讲首台套政策')).toContain('已记录');
    expect(await say('sun.jianli', '淬火开裂那条是对的')).toContain('已确认1条');
    expect((await prisma.visit.findFirst({ where: { summary: '分析淬火开裂' } }))?.status).toBe('CONFIRMED');
    expect(await say('sun.jianli', '发酵罐那个确认下')).toContain('「发酵罐」没有待确认的记录');
    expect((await prisma.visit.findFirst({ where: { summary: '讲首台套政策' } }))?.status).toBe('REPORTED');
  });

  it('keeps the numbers it gave after a dispute when the list is shown again, so 「确认 1,2,4」 confirms what it named', async () => {
    const db = service().database.prisma;
    await say('sun.jianli', '全部确认');
    for (const line of ['一号线', '二号线', '三号线', '四号线'])
      expect(
        await say(
          'chen.siyuan',
          `9月${['一号线', '二号线', '三号线', '四号线'].indexOf(line) + 21}日在龙城齿轮技术攻关1天，调试${line}`,
        ),
      ).toContain('已记录服务');
    const list = await say('sun.jianli', '待确认');
    const no = (line: string) => new RegExp(`(\\d+)\\. [^\\n]*调试${line}`).exec(list)?.[1];
    const disputed = no('三号线');
    const others = ['一号线', '二号线', '四号线'].map(no);
    const reply = await say('sun.jianli', `${others.join(' ')} 没问题 ${disputed}那个不对 那天下午陈老师才来的`);
    expect(reply).toContain('已记录您的异议');
    expect(reply).toContain(`确认 ${others.join(',')}`);
    const again = await say('sun.jianli', '待确认');
    expect(again).not.toContain('调试三号线');
    for (const line of ['一号线', '二号线', '四号线'])
      expect(new RegExp(`(\\d+)\\. [^\\n]*调试${line}`).exec(again)?.[1], line).toBe(no(line));
    expect(await say('sun.jianli', `确认 ${others.join(',')}`)).toContain('已确认3条');
    const status = async (line: string) =>
      (await db.visit.findFirstOrThrow({ where: { summary: `调试${line}` } })).status;
    expect(await status('三号线')).toBe('DISPUTED');
    for (const line of ['一号线', '二号线', '四号线']) expect(await status(line)).toBe('CONFIRMED');
  });
});

describe('an enterprise that answers in its own words', () => {
  const service = serviceForSuite();
  const say = chatWith(service);
  const statusOf = async (summary: string) =>
    (await service().database.prisma.visit.findFirst({ where: { summary } }))?.status;

  it('takes a day only partly there as an objection to that day’s record, and numbers confirmed one by one', async () => {
    expect(await say('chen.siyuan', '11月9日在龙城齿轮调试淬火炉一天 技术攻关')).toContain('已记录');
    expect(await say('chen.siyuan', '11月10日在龙城齿轮讲加计扣除政策一天 政策宣讲')).toContain('已记录');
    for (const [text, record] of [
      ['陈老师9号是来了 不过就待了一上午 不是一天', '调试淬火炉'],
      ['陈老师10号下午没回来过啊 就上午在', '讲加计扣除政策'],
    ] as const) {
      const asked = await say('sun.jianli', text);
      expect(asked, text).toContain('您说的是这一条吗');
      expect(asked, text).toContain(record);
      expect(await say('sun.jianli', '取消')).toContain('没有提出异议');
    }
    const list = await say('sun.jianli', '待确认');
    const number = (label: string) => new RegExp(`(\\d+)\\. [^\\n]*${label}`).exec(list)?.[1];
    const confirmed = await say('sun.jianli', `${number('讲加计扣除政策')}确认 ${number('调试淬火炉')}也确认`);
    expect(confirmed).toContain('已确认2条服务记录');
    expect(await statusOf('调试淬火炉')).toBe('CONFIRMED');
    expect(await statusOf('讲加计扣除政策')).toBe('CONFIRMED');
  });

  it('confirms records named by what they are, each said right, and reports no outcome from the words', async () => {
    expect(await say('chen.siyuan', '11月2日在龙城齿轮调试滚齿机一天 技术攻关')).toContain('已记录');
    expect(await say('chen.siyuan', '11月3日在龙城齿轮讲高企政策一天 政策宣讲')).toContain('已记录');
    const outcomes = await service().database.prisma.outcome.count();
    const reply = await say('sun.jianli', '调试滚齿机那个是真的，讲高企政策也属实');
    expect(reply).toContain('已确认2条服务记录');
    expect(await statusOf('调试滚齿机')).toBe('CONFIRMED');
    expect(await statusOf('讲高企政策')).toBe('CONFIRMED');
    expect(await service().database.prisma.outcome.count()).toBe(outcomes);
  });
});

// 李明, 王芳 and 周杰 (li.ming, wang.fang, zhou.jie) serve 漓江光电 as a team; its contact is 韦晓红 (wei.xiaohong).
describe('an enterprise that says several records right or wrong, each by its day, in one message', () => {
  const service = serviceForSuite();
  const say = chatWith(service);
  const statusOf = async (summary: string) =>
    (await service().database.prisma.visit.findFirst({ where: { summary } }))?.status;

  it('reads all of them back and settles each as said on 「是」, none on 「不是」', async () => {
    expect(await say('li.ming', '11月18日在漓江光电讲了高企认定政策 半天 政策宣讲')).toContain('已记录');
    expect(await say('wang.fang', '11月19日在漓江光电调试光谱仪一天 技术攻关')).toContain('已记录');
    expect(await say('zhou.jie', '11月20日在漓江光电对接了桂电的检测平台 一天 资源对接')).toContain('已记录');

    const said = '王老师19号没来调试，周老师20号那天也没来，李老师18号那条是对的';
    const readBack = await say('wei.xiaohong', said);
    expect(readBack).toMatch(/11月19日[^\n]*王芳[^\n]*\n\s*→ 有异议：王老师19号没来调试/);
    expect(readBack).toMatch(/11月20日[^\n]*周杰[^\n]*\n\s*→ 有异议：周老师20号那天也没来/);
    expect(readBack).toMatch(/11月18日[^\n]*李明[^\n]*\n\s*→ 属实/);
    // Nothing is settled before the contact agrees.
    expect(await statusOf('调试光谱仪')).toBe('REPORTED');
    expect(await say('wei.xiaohong', '不是')).toContain('没有提出异议');
    expect(await statusOf('讲了高企认定政策')).toBe('REPORTED');

    // Said again with spaces instead of commas, and agreed to.
    await say('wei.xiaohong', '18号那条没问题 19号王老师没来 那天厂里停电 20号周老师也没来');
    const settled = await say('wei.xiaohong', '是');
    expect(settled).toContain('已确认1条服务记录');
    expect(settled).toContain('异议：19号王老师没来 那天厂里停电');
    expect(settled).toContain('异议：20号周老师也没来');
    expect(await statusOf('讲了高企认定政策')).toBe('CONFIRMED');
    expect(await statusOf('调试光谱仪')).toBe('DISPUTED');
    expect(await statusOf('对接了桂电的检测平台')).toBe('DISPUTED');
  });

  it('reads a visit said right and an outcome objected to by its kind (「…没错。项目确实立项了，不过名称写错了」)', async () => {
    // 刘洋 (liu.yang) serves 山湖农机, whose contact is 覃海 (qin.hai).
    const db = () => service().database.prisma;
    expect(await say('liu.yang', '昨天在山湖农机调试收割机液压系统 一天 技术攻关')).toContain('已记录服务');
    const words = '刘老师昨天来了一整天没错。项目确实立项了，不过名称写错了，应该是丘陵山地小型联合收获机研发';
    // No project waits: the visit said right is not disputed in its place, and nothing is settled.
    const nothing = await say('qin.hai', words);
    expect(nothing).toContain('没有科技项目成果');
    expect(nothing).not.toContain('提出异议');
    const visit = () => db().visit.findFirstOrThrow({ where: { summary: '调试收割机液压系统' } });
    expect((await visit()).status).toBe('REPORTED');

    expect(await say('liu.yang', '山湖农机的玉林市科技计划项目11月20号立项了 叫丘陵山区小型收获机研发')).toContain(
      '已记录成果',
    );
    const asked = await say('qin.hai', words);
    expect(asked).toMatch(/调试收割机液压系统\n\s*→ 属实/);
    expect(asked).toMatch(/丘陵山区小型收获机研发[^\n]*\n\s*→ 有异议：项目确实立项了，不过名称写错了/);
    await say('qin.hai', '是');
    expect((await visit()).status).toBe('CONFIRMED');
    const project = await db().outcome.findFirstOrThrow({ where: { title: '丘陵山区小型收获机研发' } });
    expect(project.status).toBe('DISPUTED');
  });

  it('reads a visit said right and a training’s count objected to in one run-on (「…没毛病 培训那个人数不对…」)', async () => {
    // 黄丽萍 (huang.liping) serves 绿桂生物, whose contact is 马卫东 (ma.weidong).
    const db = () => service().database.prisma;
    expect(await say('huang.liping', '昨天在绿桂生物做菌种筛选实验 一天 技术攻关')).toContain('已记录服务');
    expect(await say('huang.liping', '11月20号在绿桂生物给员工做了菌种保藏培训 32人参加')).toContain('已记录成果');
    const asked = await say('ma.weidong', '黄老师昨天是在的没毛病 培训那个人数不对 只来了28个人不是32');
    expect(asked).toMatch(/做菌种筛选实验\n\s*→ 属实/);
    expect(asked).toMatch(/32人[^\n]*\n\s*→ 有异议：培训那个人数不对 只来了28个人不是32/);
    await say('ma.weidong', '是');
    expect((await db().visit.findFirstOrThrow({ where: { summary: '做菌种筛选实验' } })).status).toBe('CONFIRMED');
    const training = await db().outcome.findFirstOrThrow({ where: { reporterId: 'P-002', kind: 'TRAINING' } });
    expect(training.status).toBe('DISPUTED');
  });

  it('reads 「第一条对，第二条…不对」 and 「1确认 2的话…没来」 back as one confirmation and one objection', async () => {
    const status = async (summary: string) =>
      (await service().database.prisma.visit.findFirstOrThrow({ where: { summary } })).status;
    const cases: [string, string, string, string][] = [
      ['第一条对，第二条日期不对 赵老师是25号来的', '调试封口机', '讲了高企政策', '日期不对 赵老师是25号来的'],
      ['1确认 2的话赵老师本人没来 是学生来的', '调试杀菌釜', '讲了加计扣除', '赵老师本人没来 是学生来的'],
    ];
    for (const [said, right, wrong, reason] of cases) {
      const [first, second] = said.startsWith('第') ? ['11月20日', '11月21日'] : ['11月16日', '11月17日'];
      expect(await say('zhao.min', `${first}在蓝湾食品${right} 一天 技术攻关`)).toContain('已记录');
      expect(await say('zhao.min', `${second}在蓝湾食品${wrong} 半天 政策宣讲`)).toContain('已记录');
      expect(await say('lan.tian', '待确认')).toMatch(new RegExp(`1\\. [^\\n]*${right}[\\s\\S]*2\\. [^\\n]*${wrong}`));
      const reply = await say('lan.tian', said);
      expect(reply).toMatch(new RegExp(`${right}\\n\\s*→ 属实`));
      expect(reply).toContain(`→ 有异议：${reason}`);
      expect(await say('lan.tian', '是')).toContain('已记录您的异议');
      expect([await status(right), await status(wrong)]).toEqual(['CONFIRMED', 'DISPUTED']);
    }
  });
});
