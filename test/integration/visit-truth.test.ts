import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatAllWith, chatWith, confirmAllWith } from '../support/chat.js';
import { createTestService, TEST_ADMIN_TOKEN, type TestService } from '../support/test-service.js';

/** Visit records that are true: no invented dates, no inflated days, disputes resolved (today = 2026-11-24, Tue). */
describe('visit records that are true', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await createTestService();
  });
  afterAll(async () => {
    await service?.close();
  });

  const say = chatWith(() => service);
  const confirmAll = confirmAllWith(() => service);
  const db = () => service.database.prisma;
  const count = () => db().visit.count();
  const visitsOn = (reporterId: string, date: string) =>
    db().visit.findMany({ where: { reporterId, date: new Date(`${date}T00:00:00Z`) }, orderBy: { createdAt: 'asc' } });
  const noticesTo = (recipientId: string, kind: string) =>
    db().outboxMessage.findMany({ where: { recipientId, kind }, orderBy: { createdAt: 'asc' } });
  /**
   * Runs `steps` with the clock moved to the instants they name, by offsets, and moves it back after: the suite's
   * clock runs on as if never moved (records stay in order).
   */
  async function withClockAt(steps: (moveTo: (instant: string) => void) => Promise<void>): Promise<void> {
    let moved = 0;
    const moveTo = (instant: string) => {
      const by = new Date(instant).getTime() - service.clock.now().getTime();
      service.clock.advance(by);
      moved += by;
    };
    try {
      await steps(moveTo);
    } finally {
      service.clock.advance(-moved);
    }
  }

  describe('dates the message gave, and no other', () => {
    it('refuses days still to come and plans, saying a visit is reported once it has happened', async () => {
      const before = await count();
      const cases: [string, string, RegExp][] = [
        ['zhao.min', '明天去蓝湾食品做政策宣讲1天', /明天还没到/],
        ['zhao.min', '后天在蓝湾食品技术攻关1天', /后天还没到/],
        ['chen.siyuan', '明天上午要去龙城齿轮做政策宣讲，先报一下，半天', /还没进行|还没到/],
        ['zhao.min', '下周一在蓝湾食品政策宣讲1天', /还没到/],
        ['zhao.min', '下周三在蓝湾食品组织示范观摩，一天', /还没到/],
        ['liu.yang', '下周打算去山湖农机看看新生产线调试得怎么样', /还没进行/],
        ['chen.siyuan', '下个月5号去龙城齿轮讲政策，一天', /还没到/],
        ['chen.siyuan', '2026-12-03 在龙城齿轮技术攻关1天', /还没到/],
      ];
      for (const [user, text, reason] of cases) {
        const reply = await say(user, text);
        expect(reply, text).toMatch(/^未记录/);
        expect(reply, text).toMatch(reason);
        expect(reply, text).toContain('服务完成后报备');
      }
      // 「下个礼拜」, 「过两天」: plans; a day said after one (「周二」) gives its day, it does not make it done.
      expect(await say('chen.siyuan', '过两天去龙城齿轮讲讲加计扣除 一天')).toMatch(/^未记录：过两天还没到/);
      expect(await say('chen.siyuan', '下个礼拜去龙城齿轮调试设备 一天')).toMatch(/^未记录：下个礼拜还没到/);
      expect(await say('chen.siyuan', '周二')).not.toContain('已记录');
      // A day to come given as the answer to 「哪一天」 is refused as well, not taken for a question.
      expect(await say('zhao.min', '在蓝湾食品做了技术攻关1天 调试杀菌釜')).toContain('哪一天');
      const toCome = await say('zhao.min', '12月3号');
      expect(toCome).toMatch(/^未记录：12月3号还没到/);
      // The report is kept and its day asked again, until it is given or dropped.
      expect(toCome).toContain('哪一天');
      expect(await say('zhao.min', '取消')).toContain('已取消');
      expect(await count()).toBe(before);
    });

    it('records no service given by video, phone or chat as on-site, and says how to report one that was', async () => {
      const before = await count();
      for (const text of ['昨天用腾讯会议给蓝湾食品做了政策宣讲 半天', '在家远程帮蓝湾食品看了杀菌工艺的数据 一天']) {
        const reply = await say('zhao.min', text);
        expect(reply, text).toMatch(/^未记录/);
        expect(reply, text).toContain('不计入到企业的现场服务');
        expect(reply, text).toContain('五（三）');
      }
      // Work at the university, at a fair elsewhere, or by students sent in the specialist's place is no visit either.
      for (const text of [
        '前天我派了两个研究生去蓝湾食品帮他们测了一天杀菌釜温度',
        '前天我的博士生在蓝湾食品调了一天设备',
        '11月4号我没空 学生小李去蓝湾食品帮他们测了一天杀菌釜温度',
        '11月9号蓝湾食品那边我助理过去帮他们做了一天杀菌釜验证',
        '前天在学校实验室帮蓝湾食品做了一天微生物检测',
        '昨天在南宁参加展会 帮蓝湾食品对接了三个客户 一天',
        '前天在北部湾大学实验室帮蓝湾食品测了一天菌落总数',
        '昨天跟蓝湾的李总打了个电话 聊了一个多小时杀菌工艺',
        // Meeting the enterprise's people at a meeting held elsewhere.
        '大前天在市科技局开项目评审会 碰到蓝湾食品的李总 跟他聊了半天产学研合作的事',
        '11月20号在北海市政府参加海洋产业推进会 蓝湾食品也去了 我做了个发言 半天',
      ]) {
        const reply = await say('zhao.min', text);
        expect(reply, text).toMatch(/^未记录/);
        expect(reply, text).toContain('学生代去');
      }
      expect(await count()).toBe(before);
      const onSite = await say('zhao.min', '10月14号到蓝湾食品现场，调试杀菌釜的温控程序，一天，技术攻关');
      expect(onSite).toMatch(/已记录/);
      expect(await count()).toBe(before + 1);
      // Taking students along is the specialist's own visit.
      const along = await say('zhao.min', '10月13号我带两个研究生去蓝湾食品测了一天杀菌釜温度 技术攻关');
      expect(along).toMatch(/已记录/);
      expect(await count()).toBe(before + 2);
    });

    it('records no stay over a range with a day the specialist says they were away, and tells the days apart', async () => {
      const before = await count();
      const reply = await say('liu.yang', '11月16号到18号在石韵新材搞中试 中间17号回学校上课了');
      expect(reply).toMatch(/^未记录：这条消息说了11月16日、11月18日两天/);
      expect(reply).toContain('技术攻关');
      expect(await count()).toBe(before);
    });

    it('stores neither of two enterprises on two days told in one message, and tells each back', async () => {
      const before = await count();
      expect(await say('liu.yang', '前天去山湖农机调试播种机')).toContain('几天');
      // The pending report was wrong: the day before yesterday was the other enterprise, and 山湖 was last Friday.
      const reply = await chatAllWith(() => service)('liu.yang', '不对不对 前天是去的石韵新材 山湖是上周五 都是一天');
      expect(reply).toContain('未记录：这条消息说了两次服务：11月22日在石韵新材，11月20日在山湖农机');
      // The kind this message does not say is left to the user, never filled in as 技术攻关.
      expect(reply).toContain('「11月20日在山湖农机……（哪一类）1天');
      expect(await count()).toBe(before);
      // Each visit's own kind and days are not known: neither example is given the message's (政策宣讲1天 here).
      const two = await say('liu.yang', '上礼拜三去山湖农机帮他们调了一天收割机 礼拜四又跑石韵新材讲了半天高企政策');
      expect(two).toContain('「11月18日在山湖农机……（哪一类）……天');
      expect(two).toContain('「11月19日在石韵新材……（哪一类）……天');
      expect(await count()).toBe(before);
      // Another enterprise that called on another day is no second visit.
      const one = await say('liu.yang', '10月13日在山湖农机讲农机购置补贴政策一天，石韵新材10月9日来电话问政策');
      expect(one).not.toContain('两次服务');
      expect(one).toContain('哪家企业');
      expect(await say('liu.yang', '山湖农机')).toContain('已记录服务');
      expect(await count()).toBe(before + 1);
    });

    it('reads a refused report again with the day said instead (「打错了 是…」), and only then', async () => {
      const before = await count();
      expect(await say('zhao.min', '明天在蓝湾食品讲了海洋产业扶持政策 半天')).toContain('明天还没到');
      const fixed = await say('zhao.min', '打错了 是10月30日');
      expect(fixed).toContain('已记录服务');
      expect(fixed).toContain('10月30日（周五）');
      expect(fixed).toContain('内容：讲了海洋产业扶持政策');
      expect(await visitsOn('P-007', '2026-10-30')).toHaveLength(1);
      expect(await say('zhao.min', '9月31日在蓝湾食品调试杀菌釜 技术攻关 一天')).toContain('没有「9月31日」这一天');
      expect(await say('zhao.min', '写错了 9月30日')).toContain('9月30日（周三）');
      expect(await count()).toBe(before + 2);
      // A day with more said is no day said instead: nothing is read again.
      expect(await say('zhao.min', '明天去蓝湾食品做技术攻关 一天')).toContain('还没到');
      expect(await say('zhao.min', '是昨天的话怎么报')).not.toContain('已记录服务');
      expect(await count()).toBe(before + 2);
      // The days may be said again with the day; 「取消」 with nothing waiting cancels nothing and says how to undo.
      expect(await say('zhao.min', '明天在蓝湾食品调试了真空包装机 一天')).toContain('还没到');
      const withDays = await say('zhao.min', '打错了 是10月29日 半天');
      expect(withDays).toContain('10月29日（周四）');
      expect(withDays).toContain('天数：0.5天');
      expect(await say('zhao.min', '取消')).toContain('不用取消。要删除24小时内刚报的服务记录，请回复「撤销」');
      expect(await count()).toBe(before + 3);
      // 「搞错了 是…去的 不是明天」: the day taken back is no other day given.
      expect(await say('zhao.min', '明天去蓝湾食品调试封口机 估计一天')).toContain('还没到');
      const slip = await say('zhao.min', '搞错了 是10月19日去的 不是明天😅');
      expect(slip).toContain('已记录服务');
      expect(slip).toContain('10月19日（周一）');
      expect(await count()).toBe(before + 4);
    });

    it('stores a report that takes back one of its own values at its end with the value said instead', async () => {
      const days = await say('huang.liping', '11月9号在绿桂生物待了两天帮他们对接广西大学的实验室，哦不对是一天');
      expect(days).toContain('天数：1天');
      expect(days).toContain('内容：帮他们对接广西大学的实验室');
      expect(days).not.toContain('不对');
      const day = await say('huang.liping', '11月11号在绿桂生物技术攻关1天，调试发酵罐，不对是11月10号');
      expect(day).toContain('日期：11月10日（周二）');
      expect(await visitsOn('P-002', '2026-11-11')).toHaveLength(0);
      // A day still to come taken back for one that has come: stored on the day said instead, not refused.
      const planned = await say('huang.liping', '明天在绿桂生物检测菌种一天 技术攻关 哦不对 是11月12号');
      expect(planned).toContain('日期：11月12日（周四）');
    });

    it('moves a report being asked about to the day said instead, whatever else the correction says', async () => {
      expect(await say('huang.liping', '上周五去绿桂生物弄了一天')).toContain('属于哪一类');
      const moved = await say('huang.liping', '哦不对 是上周六 周五在学校上课');
      expect(moved).toContain('11月21日');
      expect(moved).toContain('属于哪一类');
      expect(await say('huang.liping', '技术攻关')).toContain('做了什么');
      expect(await say('huang.liping', '调试发酵罐')).toContain('日期：11月21日（周六）');
      expect(await visitsOn('P-002', '2026-11-20')).toHaveLength(0);
    });

    it('keeps two enterprises of one day apart, and another report sent while a day is asked apart too', async () => {
      const before = await count();
      for (const text of [
        '11月11日上午石韵新材讲政策半天，下午去山湖农机看了收割机装配线半天',
        '石韵新材和山湖农机11月12日都去了',
      ]) {
        const reply = await say('liu.yang', text);
        expect(reply, text).toContain('未记录：这条消息提到了石韵新材、山湖农机两家企业');
      }
      expect(await count()).toBe(before);
      // Places told in turn with 分别 are each shown with their own day.
      const inTurn = await say('liu.yang', '上周四和上周五分别在山湖农机和石韵新材，各一天');
      expect(inTurn).toContain('「11月19日在山湖农机');
      expect(inTurn).toContain('「11月20日在石韵新材');
      // Told apart, nothing was stored: 「撤销」 next takes back nothing older.
      expect(await say('liu.yang', '撤销')).toContain('刚才那条没有记录，不用撤销');
      // Waiting for its day, 「调试磨齿机」 is no part of another visit's report sent meanwhile.
      expect(await say('chen.siyuan', '10月8日周三在龙城齿轮调试磨齿机一天')).toContain('日期对不上');
      const other = await chatAllWith(() => service)('chen.siyuan', '10月6日在龙城齿轮做齿轮噪声测试 一天');
      // Its day unknown, the first may be the one now told in full: it is dropped, and said so.
      expect(other).toContain('已放弃刚才未完成的报备');
      expect(other).toContain('已记录服务');
      const [stored] = await visitsOn('P-001', '2026-10-06');
      expect(stored?.summary).toBe('做齿轮噪声测试');
      expect(await count()).toBe(before + 1);
    });

    it('names an impossible date instead of storing the report for today', async () => {
      const before = await count();
      expect(await say('chen.siyuan', '11月31日在龙城齿轮技术攻关1天')).toContain('没有「11月31日」这一天');
      expect(await say('chen.siyuan', '2月30号在龙城齿轮政策宣讲一天')).toContain('没有「2月30号」这一天');
      expect(await count()).toBe(before);
    });

    it('asks which day 「今天」 means in a report sent just after midnight, and stores the day answered', async () => {
      // 00:40 on Wednesday 14 October: the day has barely begun, so 「今天」 may well mean Tuesday.
      await withClockAt(async (moveTo) => {
        moveTo('2026-10-13T16:40:00Z');
        const before = await count();
        const asked = await say('li.ming', '今天在漓江光电做技术攻关1天 帮他们标定光谱仪');
        expect(asked).toContain('「今天」是指10月13日（周二），还是10月14日（周三）');
        expect(await count()).toBe(before);
        expect(await say('li.ming', '昨天')).toContain('10月13日（周二）');
        expect(await visitsOn('P-003', '2026-10-13')).toHaveLength(1);
        expect(await visitsOn('P-003', '2026-10-14')).toHaveLength(0);
        // Told it is the day that has begun, that day is stored; the question is not asked again.
        expect(await say('li.ming', '刚从漓江光电回来 讲了研发费用加计扣除政策 半天')).toContain('「今天」是指');
        expect(await say('li.ming', '今天')).toContain('已记录服务');
        expect(await visitsOn('P-003', '2026-10-14')).toHaveLength(1);
        // A date written out is no question, nor is 「今天」 once the morning has come.
        expect(await say('li.ming', '10月12日在漓江光电政策宣讲半天 讲高企认定')).toContain('已记录服务');
        moveTo('2026-10-15T02:00:00Z');
        expect(await say('li.ming', '今天在漓江光电技术攻关半天 调试光路')).toContain('10月15日（周四）');
      });
    });

    it('asks which day 「昨天」 means in a report sent just after midnight, and stores the day answered', async () => {
      // 01:47 on Friday 9 October: the day that just ended may still be 「今天」, so 「昨天」 may mean Wednesday.
      await withClockAt(async (moveTo) => {
        moveTo('2026-10-08T17:47:00Z');
        const before = await count();
        const asked = await say('wang.fang', '昨天去漓江光电搞了一天 帮他们校准干涉仪');
        expect(asked).toContain('「昨天」是指10月7日（周三），还是10月8日（周四）');
        expect(asked).toContain('请回复「7号」或「8号」');
        expect(await count()).toBe(before);
        expect(await say('wang.fang', '7号')).toContain('10月7日（周三）');
        expect(await visitsOn('P-004', '2026-10-07')).toHaveLength(1);
        expect(await visitsOn('P-004', '2026-10-08')).toHaveLength(0);
        // So is 「前天」, and Cantonese 琴日.
        expect(await say('wang.fang', '前天在漓江光电讲了研发补助政策 半天')).toContain(
          '「前天」是指10月6日（周二），还是10月7日（周三）',
        );
        // The report sent again says the same word: asked again, never one of the two taken, nothing doubled.
        expect(await say('wang.fang', '前天在漓江光电讲了研发补助政策 半天')).toContain('「前天」是指');
        expect(await count()).toBe(before + 1);
        const stored = await say('wang.fang', '6号');
        expect(stored).toContain('10月6日（周二）');
        expect(stored).toContain('内容：讲了研发补助政策\n');
        expect(await say('wang.fang', '撤销')).toContain('已撤销');
        expect(await say('wang.fang', '琴日喺漓江光电搞咗半日技术攻关 调试镀膜机')).toContain('「昨天」是指');
        expect(await say('wang.fang', '取消')).toContain('取消');
        // In the morning 「昨天」 is the day before.
        moveTo('2026-10-09T01:00:00Z');
        expect(await say('wang.fang', '昨天在漓江光电讲了高企政策 半天')).toContain('10月8日（周四）');
      });
    });

    it('refuses a visit in a part of today that has not come yet, and takes it once it has', async () => {
      // 09:45 on Friday 11 September: the afternoon and the evening are still to come, whatever the verb says.
      await withClockAt(async (moveTo) => {
        moveTo('2026-09-11T01:45:00Z');
        const before = await count();
        expect(await say('zhou.jie', '今天下午去漓江光电 看他们新上的镀膜机 半天')).toContain('今天下午还没到');
        expect(await say('zhou.jie', '今天下午三点到六点在漓江光电帮他们调了镀膜参数')).toContain('今天下午三点还没到');
        expect(await say('zhou.jie', '今晚在漓江光电给他们讲高企政策')).toContain('今晚还没到');
        expect(await count()).toBe(before);
        // The morning has come: 「今天上午…下午回南宁」 tells of the morning done.
        expect(await say('zhou.jie', '今天上午在漓江光电技术攻关半天 调试光谱仪 下午回南宁')).toContain('已记录服务');
        moveTo('2026-09-11T08:30:00Z');
        expect(await say('zhou.jie', '今天下午在漓江光电政策宣讲半天 讲高企政策')).toContain('已记录服务');
        expect(await visitsOn('P-005', '2026-09-11')).toHaveLength(2);
      });
    });

    it('asks the day of a report that gives it as a guess, and takes only a day said for sure', async () => {
      const before = await count();
      for (const guess of [
        '好像是上周五吧 记不太清了 在绿桂生物帮他们看了下冻干工艺 一天',
        '应该是上周二吧 也可能是周三 去绿桂生物讲了食品安全标准 半天',
      ]) {
        expect(await say('huang.liping', guess)).toContain('这次服务是哪一天');
        expect(await say('huang.liping', '大概是上周五吧')).toContain('这次服务是哪一天');
        expect(await say('huang.liping', '取消')).toContain('没有记录');
      }
      expect(await count()).toBe(before);
    });

    it('asks the day of a weekday said alone whose day this week is still to come (「周日去…」 on a Saturday)', async () => {
      await withClockAt(async (moveTo) => {
        moveTo('2026-10-31T04:00:00Z'); // a Saturday: 「周日」 is tomorrow or last Sunday
        const before = await count();
        expect(await say('chen.siyuan', '周日去龙城齿轮技术攻关一天 他们周末加班调试新热处理炉')).toContain(
          '这次服务是哪一天',
        );
        expect(await count()).toBe(before);
        expect(await say('chen.siyuan', '上周日')).toContain('10月25日');
        expect(await count()).toBe(before + 1);
        // A weekday already past this week, or one told as done, is that day.
        expect(await say('chen.siyuan', '周五在龙城齿轮调了一天淬火炉 技术攻关')).toContain('10月30日');
      });
    });

    it('asks the day of a day of the month said alone that is soon to come (「29号去…」 on the 24th)', async () => {
      const before = await count();
      expect(await say('zhou.jie', '29号去漓江光电技术攻关1天 调试镀膜机')).toContain('这次服务是哪一天');
      expect(await count()).toBe(before);
      expect(await say('zhou.jie', '10月29日')).toContain('10月29日');
      expect(await count()).toBe(before + 1);
      // Told as done, it is that day; a day to come said after the visit's own day is no day of the visit.
      expect(await say('zhou.jie', '26号去漓江光电调了一天光谱仪 技术攻关')).toContain('10月26日');
      expect(await say('zhou.jie', '前天在漓江光电技术攻关1天 调试镀膜机 他们30号要验收')).toContain('11月22日');
    });

    it('takes a second report sent while the first is asked about, guessed day and all, as a report of its own', async () => {
      const before = await count();
      expect(await say('liu.yang', '9月14号在山湖农机 帮他们改进播种机排种器')).toContain('几天');
      const second = await say('liu.yang', '应该是上周二吧 也可能是周三 去山湖农机讲了个农机补贴政策 半天');
      expect(second).toContain('已放弃刚才未完成的报备');
      expect(second).toContain('这次服务是哪一天');
      // The kind answered next is the second report's, never stored on the first's days.
      expect(await say('liu.yang', '政策宣讲')).toContain('这次服务是哪一天');
      expect(await count()).toBe(before);
      expect(await visitsOn('P-006', '2026-09-14')).toHaveLength(0);
      // The second still waits for its day; later reports of this file are reports of their own.
      expect(await say('liu.yang', '取消')).toContain('已取消');
    });

    it('refuses two days to come said one after the other, neither split into past days nor put in last year', async () => {
      // 5 December: 「12月8号9号」 is the coming Tuesday and Wednesday.
      await withClockAt(async (moveTo) => {
        moveTo('2026-12-05T01:45:00Z');
        const before = await count();
        for (const text of [
          '先报一下 12月8号9号在漓江光电给他们质检部培训 两天',
          '12月8号9号在漓江光电给他们质检部培训 两天',
        ]) {
          const reply = await say('wang.fang', text);
          expect(reply, text).toMatch(/^未记录：(?:12月8号还没到|这是还没进行的服务)/);
          expect(reply, text).not.toContain('2025年');
        }
        expect(await count()).toBe(before);
      });
    });

    it('asks the day when a date and the weekday said with it do not agree, and takes one that does', async () => {
      const before = await count();
      // 10月22日 is a Thursday: neither the 22nd nor the Wednesday is taken.
      const asked = await say('zhao.min', '10月22日周三在蓝湾食品调试杀菌釜温控，一天，技术攻关');
      expect(asked).toContain('日期对不上：10月22日是周四，不是周三');
      expect(asked).toContain('哪一天');
      expect(await count()).toBe(before);
      const answered = await say('zhao.min', '21号');
      expect(answered).toContain('已记录服务');
      expect(answered).toContain('10月21日（周三）');
      expect(await visitsOn('P-007', '2026-10-22')).toHaveLength(0);
      // A weekday answered is that week's, not the most recent one.
      expect(await say('zhao.min', '10月9日周三在蓝湾食品讲了海洋产业扶持政策，半天')).toContain('10月9日是周五');
      expect(await say('zhao.min', '周三那天')).toContain('10月7日（周三）');
      // 「以日期为准」 keeps the date said; 「星期是对的」 the weekday, in that week.
      expect(await say('zhao.min', '10月16日周四在蓝湾食品讲了海洋产业扶持政策，半天')).toContain('10月16日是周五');
      expect(await say('zhao.min', '日期是对的，星期写错了')).toContain('10月16日（周五）');
      expect(await say('zhao.min', '10月24日周五在蓝湾食品讲了海洋产业扶持政策，半天')).toContain('10月24日是周六');
      expect(await say('zhao.min', '星期是对的')).toContain('10月23日（周五）');
      // Among other days, a date and weekday that disagree leave the whole message unrecorded.
      const among = await say('zhao.min', '10月26日(周二)和27日(周二)都在蓝湾食品 各一天 调试杀菌釜');
      expect(among).toMatch(/^未记录：「10月26日\(周二\)」的日期和星期对不上/);
      expect(await visitsOn('P-007', '2026-10-27')).toHaveLength(0);
      // Said together and in agreement, they are one day, and the weekday is no part of what was done.
      const agreed = await say('zhao.min', '10月28日（周三）在蓝湾食品调试杀菌釜温控，一天，技术攻关');
      expect(agreed).toContain('10月28日（周三）');
      const [stored] = await visitsOn('P-007', '2026-10-28');
      expect(stored?.summary).toBe('调试杀菌釜温控');
    });

    it('reads a month and day soon to come as a day still to come, never as last year’s', async () => {
      // Sent on 11月24日, 12月5日 is eleven days ahead: a plan, not a visit of a year ago.
      const reply = await say('zhao.min', '12月5日在蓝湾食品政策宣讲1天，讲海洋产业扶持政策');
      expect(reply).toContain('未记录');
      expect(reply).toContain('还没到');
      expect(await visitsOn('P-007', '2025-12-05')).toHaveLength(0);
      expect(await visitsOn('P-007', '2026-12-05')).toHaveLength(0);
      // With its year, last year's day is stored and the reply says the year.
      const lastYear = await say('zhao.min', '2025年12月5日在蓝湾食品政策宣讲1天，讲海洋产业扶持政策');
      expect(lastYear).toContain('已记录服务');
      expect(lastYear).toContain('2025年12月5日（周五）');
      expect(await visitsOn('P-007', '2025-12-05')).toHaveLength(1);
      // Told as done (「调试了一天」), it is a slip or last year's: asked, and stored as the day answered.
      const done = await say('zhao.min', '12月6号在蓝湾食品调试了一天杀菌釜 技术攻关');
      expect(done).toContain('今年的12月6号还没到');
      expect(done).toContain('去年12月6号');
      expect(await visitsOn('P-007', '2025-12-06')).toHaveLength(0);
      expect(await say('zhao.min', '去年12月6号')).toContain('2025年12月6日（周六）');
      expect(await visitsOn('P-007', '2025-12-06')).toHaveLength(1);
    });

    it('stores nothing for two days given part of each (「前天和昨天两个半天」), asking for each day apart', async () => {
      const before = await count();
      const reply = await say('chen.siyuan', '前天和昨天两个半天在龙城齿轮调试设备');
      expect(reply).toContain('未记录');
      expect(reply).toContain('分开');
      expect(await count()).toBe(before);
    });

    it('takes the first day and the days of a range, and asks the day of a bare 上周', async () => {
      const range = await say('chen.siyuan', '11月10日到11月12日在龙城齿轮技术攻关，调试磨齿机');
      expect(range).toContain('11月10日（周二）');
      expect(range).toContain('天数：3天');
      const twoDays = await say('liu.yang', '前天和昨天都在石韵新材搞技术攻关，优化碳酸钙改性配方');
      expect(twoDays).toContain('11月22日（周日）');
      expect(twoDays).toContain('天数：2天');
      const lastMonth = await say('chen.siyuan', '上个月3号在龙城齿轮政策宣讲两天，讲高企认定');
      expect(lastMonth).toContain('10月3日（周六）');
      expect(lastMonth).toContain('天数：2天');
      expect(await say('chen.siyuan', '上周在龙城齿轮技术攻关2天，调试滚齿机')).toContain('哪一天');
      const answered = await say('chen.siyuan', '上周三');
      expect(answered).toContain('11月18日（周三）');
      expect(answered).toContain('天数：2天');
    });

    it('takes 去了…一趟 with one of the reporter’s enterprises as a report and asks what is missing', async () => {
      expect(await say('zhao.min', '11月20日去了蓝湾食品一趟')).toContain('服务了几天');
      expect(await say('zhao.min', '一天')).toContain('属于哪一类');
      expect(await say('zhao.min', '技术攻关')).toContain('这次主要做了什么');
      const done = await say('zhao.min', '帮他们调冷库的温控参数');
      expect(done).toContain('已记录服务');
      expect(done).toContain('内容：帮他们调冷库的温控参数');
      expect(await say('liu.yang', '11月10日去山湖农机了')).toContain('服务了几天');
      expect(await say('liu.yang', '取消')).toContain('已取消');
    });

    it('keeps the activity as written, with only the date, enterprise and days taken out', async () => {
      const reply = await say(
        'huang.liping',
        '11月19日带绿桂生物的研发经理去广西医科大学药学院谈合作，把学校的中试平台介绍给了企业，1天',
      );
      expect(reply).toContain('类型：资源对接');
      expect(reply).toContain('内容：带绿桂生物的研发经理去广西医科大学药学院谈合作，把学校的中试平台介绍给了企业');
      const told = (await noticesTo('P-102', 'visit-confirmation')).at(-1);
      expect(told?.text).toContain('带绿桂生物的研发经理去广西医科大学药学院谈合作');
      const policy = await say('huang.liping', '11月18日在绿桂生物做了政策宣讲，讲研发费用加计扣除，1天');
      expect(policy).toContain('内容：讲研发费用加计扣除');
    });

    it('stores the day at the enterprise of a trip told with its travel days, and reads weekdays in the week said', async () => {
      const trip = await say(
        'zhao.min',
        '上周一下午到的北海，周二一整天在蓝湾食品调试杀菌釜，周三上午回的南宁 技术攻关',
      );
      expect(trip).toContain('日期：11月17日（周二）');
      expect(trip).toContain('天数：1天');
      // 北海 has no station officials: the enterprise is told the regional office checks an objection.
      const asked = (await noticesTo('P-106', 'visit-confirmation')).at(-1)?.text ?? '';
      expect(asked).toContain('我们会转给自治区工作办核实');
      expect(trip).not.toContain('南宁');
      expect(await visitsOn('P-007', '2026-11-16')).toHaveLength(0);
      expect(await visitsOn('P-007', '2026-11-17')).toHaveLength(1);
      // 「上周…周一和周四」 are last week's days, told apart; nothing stored.
      const before = await count();
      const twice = await say('zhao.min', '上周去了两次蓝湾食品 周一和周四 都是技术攻关 各一天');
      expect(twice).toMatch(/^未记录：这条消息说了11月16日、11月19日两天的服务/);
      const thrice = await say('zhao.min', '周一周三周四都去了蓝湾食品 技术攻关 每次一天');
      expect(thrice).toContain('11月23日、11月18日、11月19日三天');
      // Two days with days of their own, and a stay with part of each day: each day asked apart, none stored.
      const unequal = await say('zhao.min', '上周一和周二都去了蓝湾食品 周一半天周二一天 都是弄杀菌釜');
      expect(unequal).toMatch(/^未记录：这条消息说了11月16日、11月17日两天的服务/);
      const overnight = await say('zhao.min', '前天下午到昨天上午都在蓝湾食品 调试杀菌釜');
      expect(overnight).toMatch(/^未记录：这条消息说了11月22日、11月23日两天的服务/);
      // Trips counted with their days together are as many visits, not one of all the days.
      const trips = await say('zhao.min', '这个月去了蓝湾食品三趟 一共5天 都是技术攻关');
      expect(trips).toMatch(/^未记录：这条消息说了三次服务/);
      expect(trips).toContain('请每次分开发一条');
      expect(await say('zhao.min', '11月10号')).not.toContain('已记录');
      expect(await count()).toBe(before);
      // A visit on the side of a day's meeting elsewhere: the meeting's day is not the visit's, so the days are asked.
      expect(await say('zhao.min', '上周四在南宁开了一天会 会后去蓝湾食品看了看杀菌釜 技术攻关')).toContain('几天');
      expect(await say('zhao.min', '半天')).toMatch(/天数：0.5天\n内容：去?看了看杀菌釜/);
      expect((await visitsOn('P-007', '2026-11-19')).map((visit) => Number(visit.days))).toEqual([0.5]);
    });
  });

  describe('days per calendar day', () => {
    it('adds one person’s reports of a date up to one day at most, naming the earlier one', async () => {
      expect(await say('zhao.min', '11月16日在蓝湾食品技术攻关1天，调试杀菌釜')).toContain('已记录服务');
      const more = await say('zhao.min', '11月16日在蓝湾食品技术攻关半天，整理杀菌工艺参数');
      expect(more).toMatch(/^未记录/);
      expect(more).toContain('11月16日（周一）您已报备');
      expect(more).toContain('蓝湾食品 技术攻关 1天');
      expect(more).toContain('一人一天最多记1天');
      expect(await say('zhao.min', '11月13日在蓝湾食品政策宣讲半天，讲科技型中小企业评价')).toContain('已记录服务');
      expect(await say('zhao.min', '11月13日下午在蓝湾食品技术攻关半天，调试真空包装机')).toContain('已记录服务');
      expect(await say('zhao.min', '11月13日在蓝湾食品资源对接半天，对接检测机构')).toMatch(/^未记录/);
      expect(await visitsOn('P-007', '2026-11-16')).toHaveLength(1);
      expect(await visitsOn('P-007', '2026-11-13')).toHaveLength(2);
    });

    it('counts a day once across all of a person’s postings', async () => {
      expect(await say('liu.yang', '11月17日在山湖农机技术攻关1天，调试播种机')).toContain('已记录服务');
      const other = await say('liu.yang', '11月17日在石韵新材技术攻关1天，改进研磨工艺');
      expect(other).toMatch(/^未记录/);
      expect(other).toContain('山湖农机 技术攻关 1天');
      expect(await visitsOn('P-006', '2026-11-17')).toHaveLength(1);
      // Nothing more is asked about a report of a day already full: it is refused at once.
      const unasked = await say('liu.yang', '11月17号去了趟石韵新材');
      expect(unasked).toMatch(/^未记录/);
      expect(unasked).toContain('山湖农机 技术攻关 1天');
      expect(unasked).not.toContain('？');
    });

    it('does not let six reports of 今天 inflate a posting', async () => {
      expect(await say('zhao.min', '今天在蓝湾食品技术攻关1天，调试冷链设备')).toContain('已记录服务');
      for (const activity of ['讲政策', '对接检测平台', '规划新产品', '组织观摩', '调试包装线']) {
        expect(await say('zhao.min', `今天在蓝湾食品服务1天，${activity}`)).toMatch(/^未记录/);
      }
      expect(await visitsOn('P-007', '2026-11-24')).toHaveLength(1);
    });

    it('does not let a multi-day report overlap days already reported', async () => {
      expect(await say('chen.siyuan', '11月3日在龙城齿轮技术攻关1天，检测齿面硬度')).toContain('已记录服务');
      const overlap = await say('chen.siyuan', '11月2日到11月4日在龙城齿轮技术攻关，改进渗碳工艺');
      expect(overlap).toMatch(/^未记录/);
      expect(overlap).toContain('11月3日（周二）您已报备');
      expect(await say('chen.siyuan', '11月5日到6日在龙城齿轮技术攻关，改进渗碳工艺')).toContain('天数：2天');
    });

    it('counts a team’s visit once and tells the second member who reported it', async () => {
      expect(await say('zhou.jie', '11月19日在漓江光电技术攻关1天，调试光谱仪')).toContain('已记录服务');
      const second = await say('wang.fang', '11月19日去漓江光电做技术攻关，调光谱仪，一天');
      expect(second).toMatch(/^未记录/);
      expect(second).toContain('团队成员周杰已报备了这次服务');
      // Nor is a teammate asked the kind or days of a day the team already reported.
      const unasked = await say('li.ming', '19号我也去了漓江光电');
      expect(unasked).toContain('团队成员周杰已报备了这次服务');
      expect(unasked).not.toContain('？');
      expect(await db().visit.count({ where: { assignmentId: 'A-003', date: new Date('2026-11-19T00:00:00Z') } })).toBe(
        1,
      );
    });

    it('names the days of a multi-day report nobody has reported, worded to send, and stores none of it', async () => {
      const before = await count();
      const overlap = await say('wang.fang', '11月17日到20日在漓江光电技术攻关，标定光谱仪');
      expect(overlap).toMatch(/^未记录：团队成员周杰已报备的服务与这几天重叠：11月19日/);
      expect(overlap).not.toContain('无需重复报备；');
      expect(overlap).toContain('其余的11月17日—11月18日、11月20日（共3天）还没有记录');
      const [, first, second] = overlap.match(/「([^」]+)」\n「([^」]+)」/) ?? [];
      expect(first).toBe('11月17日到11月18日在漓江光电技术攻关2天，标定光谱仪');
      expect(await count()).toBe(before);
      expect(await say('wang.fang', first as string)).toContain('天数：2天');
      expect(await say('wang.fang', second as string)).toContain('日期：11月20日');
      expect(await count()).toBe(before + 2);
      // One's own day in the middle: the same, before the kind is even asked.
      const own = await say('chen.siyuan', '11月2日到4日在龙城齿轮');
      expect(own).toContain('11月3日（周二）您已报备');
      expect(own).toContain('「11月2日在龙城齿轮1天，……（做了什么）」\n「11月4日在龙城齿轮1天，……（做了什么）」');
      expect(own).not.toContain('？');
    });

    it('stores the free days of a refused report on 「是」 or 「那今天的呢」, and none on 「不用」', async () => {
      const before = await count();
      expect(await say('li.ming', '昨天在漓江光电技术攻关1天，调试检测设备')).toContain('已记录服务');
      const overlap = await say('wang.fang', '昨天和今天在漓江光电做技术攻关，讲了镀膜工艺');
      expect(overlap).toContain('其余的11月24日（共1天）还没有记录');
      expect(overlap).toContain('回复「是」记录');
      expect(await count()).toBe(before + 1);
      // 「那昨天的呢」: yesterday was not offered, so nothing is stored for it.
      await say('wang.fang', '那昨天的呢');
      expect(await count()).toBe(before + 1);
      const today = await say('wang.fang', '那今天的呢');
      expect(today).toContain('日期：11月24日');
      expect(today).toContain('内容：讲了镀膜工艺');
      expect(await count()).toBe(before + 2);

      // Two runs of free days: one 「是」 stores both, each with its own days.
      await say('zhou.jie', '11月10日在漓江光电技术攻关1天，测试光学模组');
      const runs = await say('li.ming', '11月9日到12日在漓江光电做技术攻关，测试光学模组');
      expect(runs).toContain(
        '「11月9日在漓江光电技术攻关1天，测试光学模组」\n「11月11日到11月12日在漓江光电技术攻关2天，测试光学模组」',
      );
      const both = await chatAllWith(() => service)('li.ming', '是');
      expect(both).toContain('日期：11月9日');
      expect(both).toContain('日期：11月11日');
      expect(both).toContain('天数：2天');
      expect(await count()).toBe(before + 5);

      // 「不用」: nothing more.
      const again = await say('zhou.jie', '11月8日到9日在漓江光电做技术攻关，调试镀膜机');
      expect(again).toContain('其余的11月8日（共1天）还没有记录');
      expect(await say('zhou.jie', '不用')).toContain('没有记录');
      expect(await count()).toBe(before + 5);
    });

    it('asks before a second half day of the same kind, enterprise and day is stored: maybe the same one told again', async () => {
      expect(await say('huang.liping', '11月16日上午在绿桂生物技术攻关半天，调发酵罐参数')).toContain('已记录服务');
      const before = await count();
      const again = await say('huang.liping', '16号去绿桂生物调了发酵罐 半天 技术攻关');
      expect(again).toMatch(/^未记录：这天您已报备了同类的半天：\n· 11月16日（周一） 绿桂生物 技术攻关 0.5天/);
      expect(again).toContain('是同一个半天吗？');
      expect(await say('huang.liping', '是的 同一个')).toContain('不重复记录');
      expect(await count()).toBe(before);
      await say('huang.liping', '11月16日下午在绿桂生物技术攻关半天，检测菌种活性');
      expect(await say('huang.liping', '不是 下午又去了')).toContain('内容：检测菌种活性');
      expect(await count()).toBe(before + 1);
      // Another kind that day is another half day: stored without a question.
      expect(await say('huang.liping', '11月13日上午在绿桂生物技术攻关半天，调发酵罐参数')).toContain('已记录服务');
      expect(await say('huang.liping', '11月13日下午在绿桂生物讲研发费用加计扣除政策半天')).toContain('已记录服务');
    });

    it('stores one of several reports of the same day sent at once', async () => {
      const texts = ['调试一号线', '调试二号线', '调试三号线', '调试四号线', '调试五号线'].map(
        (activity) => `11月9日在山湖农机技术攻关1天，${activity}`,
      );
      const replies = await Promise.all(texts.map((text) => say('liu.yang', text)));
      expect(replies.filter((reply) => reply.includes('已记录服务'))).toHaveLength(1);
      expect(await visitsOn('P-006', '2026-11-09')).toHaveLength(1);
    });
  });

  describe('disputes resolved by the city station', () => {
    it('leaves a disputed visit out of the quota until the station finds it true', async () => {
      const progress = () => say('chen.siyuan', '我的进度');
      // The visits reported above are confirmed: the one below is the only one waiting.
      await confirmAll('sun.jianli');
      const before = await progress();
      await say('chen.siyuan', '11月20日在龙城齿轮典型示范1天，组织观摩智能产线');
      await say('sun.jianli', '待确认');
      const disputed = await say('sun.jianli', '有异议 1 那天没有组织观摩');
      expect(disputed).toContain('YY-2026-0001');
      expect(disputed).toContain('不计入');
      const [visit] = await db().visit.findMany({ where: { summary: '组织观摩智能产线' } });
      expect(visit).toMatchObject({ status: 'DISPUTED', disputeNo: 'YY-2026-0001' });

      const waiting = await progress();
      expect(waiting).toContain('另有 1 次（1 天）企业有异议、待服务站核实');
      expect(waiting.match(/走访 (\d+)/)?.[1]).toBe(before.match(/走访 (\d+)/)?.[1]);

      const station = (await noticesTo('P-201', 'visit-disputed')).at(-1);
      expect(station?.text).toContain('核实 YY-2026-0001 属实');
      const todo = await say('liuzhou.station', '待办');
      expect(todo).toContain('待核实的服务记录异议');
      expect(todo).toContain('YY-2026-0001 陈思远');
      expect(await say('guilin.station', '待办')).not.toContain('YY-2026-0001');
      expect(await say('guilin.station', '核实 YY-2026-0001 属实')).toContain('由该市服务站核实');

      const found = await say('liuzhou.station', '核实 YY-2026-0001 属实');
      expect(found).toContain('已核实 YY-2026-0001');
      expect(found).toContain('属实');
      expect(await db().visit.findUniqueOrThrow({ where: { id: visit?.id } })).toMatchObject({
        status: 'VERIFIED',
        resolvedById: 'P-201',
      });
      expect((await noticesTo('P-001', 'visit-resolved')).at(-1)?.text).toContain('核实属实');
      expect((await noticesTo('P-101', 'visit-resolved')).at(-1)?.text).toContain('服务记录属实，您的异议不成立');
      const counted = await progress();
      expect(Number(counted.match(/走访 (\d+)/)?.[1])).toBe(Number(before.match(/走访 (\d+)/)?.[1]) + 1);
      expect(counted).not.toContain('待服务站核实');
      expect(await say('liuzhou.station', '核实 YY-2026-0001 不属实 没去')).toContain('目前不是待核实的异议');
    });

    it('asks the reason of 不属实, and an untrue visit never counts', async () => {
      await say('chen.siyuan', '11月21日在龙城齿轮政策宣讲1天，讲高企认定政策');
      await say('sun.jianli', '待确认');
      expect(await say('sun.jianli', '有异议 1 当天没来')).toContain('YY-2026-0002');
      expect(await say('liuzhou.station', '核实 YY-2026-0002 不属实')).toContain('不属实的原因');
      const rejected = await say('liuzhou.station', '电话核实企业，当天陈老师在学校上课');
      expect(rejected).toContain('不属实');
      const visit = await db().visit.findFirstOrThrow({ where: { summary: '讲高企认定政策' } });
      expect(visit).toMatchObject({ status: 'REJECTED', resolution: '电话核实企业，当天陈老师在学校上课' });
      expect((await noticesTo('P-001', 'visit-resolved')).at(-1)?.text).toContain('当天陈老师在学校上课');
      expect(await say('chen.siyuan', '撤销')).toContain('不能再修改或撤销');
      // The day is free again for a true report.
      expect(await say('chen.siyuan', '11月21日在龙城齿轮技术攻关半天，测试齿轮噪声')).toContain('已记录服务');
    });

    it('finds the dispute by the reporter’s name and date, and lists its status in the admin API', async () => {
      await confirmAll('sun.jianli');
      await say('chen.siyuan', '11月23日在龙城齿轮资源对接1天，对接广西大学检测中心');
      await say('sun.jianli', '待确认');
      await say('sun.jianli', '有异议 1 没有对接');
      expect(await say('gx.office', '已核实 陈思远 11月22日 记录属实')).toContain(
        '没有找到待核实的异议「陈思远 11月22日」',
      );
      expect(await say('gx.office', '已核实 陈思远 11月23日 记录属实')).toContain('已核实 YY-2026-0003');
      const response = await request(service.handler)
        .get('/admin/visits?status=VERIFIED')
        .set('Authorization', `Bearer ${TEST_ADMIN_TOKEN}`);
      expect(response.status).toBe(200);
      expect(response.body.visits.map((v: { disputeNo: string }) => v.disputeNo).sort()).toEqual([
        'YY-2026-0001',
        'YY-2026-0003',
      ]);
      const bad = await request(service.handler)
        .get('/admin/visits?status=LOST')
        .set('Authorization', `Bearer ${TEST_ADMIN_TOKEN}`);
      expect(bad.status).toBe(400);
    });
  });

  describe('a change that names which record', () => {
    it('undoes or corrects the record its day or activity names, not the latest, and nothing when none is', async () => {
      for (const report of [
        '10月13日在绿桂生物技术攻关1天，发酵罐参数调试',
        '10月14日在绿桂生物技术攻关1天，菌种筛选',
        '10月15日在绿桂生物战略规划1天，新品规划',
      ])
        expect(await say('huang.liping', report)).toContain('已记录服务');
      const mine = async () =>
        (
          await db().visit.findMany({
            where: { reporterId: 'P-002', date: { gte: new Date('2026-10-01'), lt: new Date('2026-11-01') } },
            orderBy: { date: 'asc' },
          })
        ).map((v) => `${v.date.toISOString().slice(5, 10)} ${Number(v.days)} ${v.summary}`);
      expect(await say('huang.liping', '撤销菌种筛选那条')).toContain('已撤销');
      expect(await mine()).toEqual(['10-13 1 发酵罐参数调试', '10-15 1 新品规划']);
      expect(await say('huang.liping', '10月13号那条改成半天')).toContain('已修改服务记录');
      expect(await mine()).toEqual(['10-13 0.5 发酵罐参数调试', '10-15 1 新品规划']);
      expect(await say('huang.liping', '把10月12号那条删了')).toContain('没有您说的这条');
      // Undoing a correction would delete its record: it is refused, the record kept.
      expect(await say('huang.liping', '撤销刚才的修改')).toContain('修改不能单独撤销');
      expect(await mine()).toHaveLength(2);
      expect(await mine()).toHaveLength(2);
      // 「刚才那条」 is the latest.
      expect(await say('huang.liping', '把刚才那条删了')).toContain('10月15日');
      expect(await mine()).toEqual(['10-13 0.5 发酵罐参数调试']);
    });
  });

  it('takes 「撤销」 right after a refused report as taking back that report, deleting nothing older', async () => {
    expect(await say('liu.yang', '10月19日在山湖农机技术攻关1天，调试播种机排种器')).toContain('已记录服务');
    const before = await count();
    expect(await say('liu.yang', '昨天在融江电子技术攻关一天')).toContain('未记录');
    expect(await say('liu.yang', '撤销')).toContain('刚才那条没有记录');
    expect(await say('liu.yang', '撤销')).toContain('刚才那条没有记录');
    expect(await count()).toBe(before);
    // Named, the older record is undone.
    expect(await say('liu.yang', '撤销10月19日那条')).toContain('已撤销');
    expect(await count()).toBe(before - 1);
  });

  describe('a station’s finding in its own words', () => {
    it('reads back the one dispute meant and records the finding only on 是', async () => {
      expect(await say('chen.siyuan', '11月2日在龙城齿轮战略规划1天，梳理研发项目清单')).toContain('已记录服务');
      await say('sun.jianli', '待确认');
      expect(await say('sun.jianli', '有异议 1 那天没人来')).toContain('YY-2026-0004');
      const asked = await say('liuzhou.station', '孙经理那个异议我们问了，陈老师那天确实去了');
      expect(asked).toContain('陈思远当天确实到了企业，这条服务记录属实');
      expect(asked).toContain('YY-2026-0004');
      expect(await say('liuzhou.station', '不是')).toContain('暂不处理');
      const kept = await db().visit.findFirstOrThrow({ where: { summary: '梳理研发项目清单' } });
      expect(kept.status).toBe('DISPUTED');
      // Named by its day and 「那个」, with the enterprise found right: read back as untrue, nothing recorded yet.
      const byDay = await say('liuzhou.station', '2号那个 企业说的对 陈老师没去');
      expect(byDay).toContain('这条服务记录不属实');
      expect(byDay).toContain('YY-2026-0004');
      expect(await say('liuzhou.station', '不是')).toContain('暂不处理');
      expect((await db().visit.findFirstOrThrow({ where: { summary: '梳理研发项目清单' } })).status).toBe('DISPUTED');

      // Another city's station has no dispute to resolve; the finding of untrue keeps the words as its reason.
      expect(await say('guilin.station', '那条记录核实了，确实没去')).toContain('没有待核实');
      // Words that do not say plainly what was found are not read as a finding.
      expect(await say('liuzhou.station', '那条异议查了，情况属实')).toContain('核实结果我没能确定');
      const untrue = await say('liuzhou.station', '陈老师2号那条我们核实了 确实没去');
      expect(untrue).toContain('这条服务记录不属实');
      expect(await say('liuzhou.station', '是的')).toContain('已核实 YY-2026-0004');
      const found = await db().visit.findFirstOrThrow({ where: { summary: '梳理研发项目清单' } });
      expect(found).toMatchObject({ status: 'REJECTED', resolution: '陈老师2号那条我们核实了 确实没去' });
    });

    it('records a visit found real but shorter with the days found, keeping the days reported in the note', async () => {
      expect(await say('chen.siyuan', '10月13日在龙城齿轮技术攻关2天，调试热处理炉温控')).toContain('已记录服务');
      await say('sun.jianli', '待确认');
      expect(await say('sun.jianli', '有异议 1 陈老师只来了半天')).toContain('YY-2026-0005');
      const stored = () => db().visit.findFirstOrThrow({ where: { summary: '调试热处理炉温控' } });

      // More days than reported, or another day, is not a finding on this record: asked plainly.
      expect(await say('liuzhou.station', '核实 YY-2026-0005 属实，实际3天')).toContain('核实结果我没能确定');
      expect(await say('liuzhou.station', '陈老师那条确实来了，不过是另一天来的')).toContain('核实结果我没能确定');
      // A verdict said of the enterprise's objection is not one on the record.
      expect(await say('liuzhou.station', '核实 YY-2026-0005 企业异议属实')).toContain('核实结果我没能确定');
      // Naming the dispute without 属实 is still a finding, never a visit report.
      expect(await say('liuzhou.station', 'YY-2026-0005 核实了 陈老师只待了半天')).toContain('按0.5天计入');
      expect(await say('liuzhou.station', '不是')).toContain('暂不处理');
      expect((await stored()).status).toBe('DISPUTED');

      const asked = await say('liuzhou.station', '核实 YY-2026-0005 属实，但只待了半天');
      expect(asked).toContain('按0.5天计入（原报2天）');
      expect(await say('liuzhou.station', '是')).toContain('服务天数按0.5天计入');
      const found = await stored();
      expect(found.status).toBe('VERIFIED');
      expect(Number(found.days)).toBe(0.5);
      expect(found.resolution).toContain('原报2天，核实按0.5天计');
      expect((await noticesTo('P-001', 'visit-resolved')).at(-1)?.text).toContain('服务天数按0.5天计入（原报2天）');
      expect((await noticesTo('P-101', 'visit-resolved')).at(-1)?.text).toContain('服务天数按0.5天计入');
    });

    it('records no 不属实 whose reason says the specialist was there', async () => {
      expect(await say('chen.siyuan', '10月27日在龙城齿轮战略规划1天，讨论产品路线图')).toContain('已记录服务');
      await say('sun.jianli', '待确认');
      const disputed = await say('sun.jianli', '有异议 1 那天没见到陈老师');
      const disputeNo = /YY-\d{4}-\d{4}/.exec(disputed)?.[0] ?? '';
      expect(await say('liuzhou.station', `核实 ${disputeNo} 不属实`)).toContain('不属实的原因');
      expect(await say('liuzhou.station', '企业说错了，陈老师那天其实来了')).toContain('核实结果我没能确定');
      const kept = await db().visit.findFirstOrThrow({ where: { summary: '讨论产品路线图' } });
      expect(kept.status).toBe('DISPUTED');
      expect(await say('liuzhou.station', `核实 ${disputeNo} 属实`)).toContain('已核实');
    });

    it('reads 「确实来了，就是只待了一天」 in own words as real but shorter, recorded only on 是', async () => {
      expect(await say('chen.siyuan', '10月20日在龙城齿轮资源对接两天，对接柳工检测平台')).toContain('已记录服务');
      await say('sun.jianli', '待确认');
      expect(await say('sun.jianli', '有异议 1 只来了一天')).toMatch(/YY-2026-\d{4}/);
      const asked = await say('liuzhou.station', '陈老师那条我们问了，确实来了，就是只待了一天');
      expect(asked).toContain('按1天计入（原报2天）');
      expect(await say('liuzhou.station', '不是')).toContain('暂不处理');
      const kept = await db().visit.findFirstOrThrow({ where: { summary: '对接柳工检测平台' } });
      expect(kept).toMatchObject({ status: 'DISPUTED' });
      expect(Number(kept.days)).toBe(2);
    });

    it('reads a finding that says only that the teacher was there (「他那天确实在厂里 有门卫登记」), recorded on 是', async () => {
      expect(await say('chen.siyuan', '11月7日在龙城齿轮技术攻关1天，调试磨齿机主轴')).toContain('已记录服务');
      await say('sun.jianli', '待确认');
      expect(await say('sun.jianli', '有异议 1 那天没见到陈老师')).toMatch(/YY-2026-\d{4}/);
      // Before, this was refused as a visit reported by someone who is no specialist.
      const asked = await say('liuzhou.station', '陈老师7号那个 我们打电话问了 他那天确实在厂里 有门卫登记');
      expect(asked).not.toContain('只有科技特派员');
      expect(asked).toContain('属实');
      const visit = () => db().visit.findFirstOrThrow({ where: { summary: '调试磨齿机主轴' } });
      expect((await visit()).status).toBe('DISPUTED');
      expect(await say('liuzhou.station', '是')).toContain('已核实');
      expect((await visit()).status).toBe('VERIFIED');
      // 「2号那个」 with no month, when no dispute is of this month's 2nd: the one of an earlier month's 2nd.
      expect(await say('huang.liping', '10月2日在绿桂生物技术攻关1天，调试冻干机')).toContain('已记录服务');
      expect(await say('ma.weidong', '10月2号那天黄老师没来')).toContain('回复「是」提出异议');
      expect(await say('ma.weidong', '是')).toMatch(/YY-2026-\d{4}/);
      const read = await say('gx.office', '黄老师2号那个 我们问了 她那天确实在厂里');
      expect(read).toContain('10月2日');
      expect(read).toContain('属实');
      expect(await say('gx.office', '不是')).toBeTruthy();
      // Being elsewhere that day is no finding that she was there.
      expect(await say('gx.office', '黄老师2号那个 我们问了 她那天确实在南宁开会 没去厂里')).toContain('没能确定');
    });

    it('reads findings on several days in one message (「2号确实来了，3号没来」) each as its own, recorded on 是', async () => {
      const work = ['核对齿形参数', '调试淬火炉', '校准检测仪'];
      for (const [i, summary] of work.entries())
        expect(await say('chen.siyuan', `9月${i + 1}日在龙城齿轮技术攻关1天，${summary}`)).toContain('已记录服务');
      // Three days said one after another, with nothing between the first two, are each objected to.
      const objected = await say('sun.jianli', '9月1号2号和3号陈老师都没来过');
      for (const summary of work) expect(objected).toContain(summary);
      expect(await say('sun.jianli', '是')).toContain('异议');
      const status = async (summary: string) => (await db().visit.findFirstOrThrow({ where: { summary } })).status;
      for (const summary of work) expect(await status(summary)).toBe('DISPUTED');

      const asked = await say('liuzhou.station', '9月1号和2号确实来了，3号没来');
      expect(asked).toMatch(/9月1日[^\n]*\n\s*→ 属实/);
      expect(asked).toMatch(/9月2日[^\n]*\n\s*→ 属实/);
      expect(asked).toMatch(/9月3日[^\n]*\n\s*→ 不属实/);
      expect(await say('liuzhou.station', '不是')).toContain('暂不处理');
      for (const summary of work) expect(await status(summary)).toBe('DISPUTED');
      expect(await say('liuzhou.station', '9月1号和2号确实来了，3号没来')).toContain('您核实的结果是');
      const recorded = await say('liuzhou.station', '是');
      expect(recorded.match(/已核实 YY-/g)).toHaveLength(3);
      expect(await status('核对齿形参数')).toBe('VERIFIED');
      expect(await status('调试淬火炉')).toBe('VERIFIED');
      expect(await status('校准检测仪')).toBe('REJECTED');
    });

    it('reads a finding that the specialist was there despite a reason against as 属实, recorded on 是', async () => {
      expect(await say('zhou.jie', '10月21日在漓江光电调试镀膜机一天 技术攻关')).toContain('已记录服务');
      const list = await say('wei.xiaohong', '待确认');
      const no = /(\d+)\. [^\n]*调试镀膜机/.exec(list)?.[1];
      expect(await say('wei.xiaohong', `有异议 ${no} 21号厂里放假 没人`)).toMatch(/YY-2026-\d{4}/);
      const asked = await say('guilin.station', '核过了 周杰那天是去了 厂里放假但是设备部有人值班 算属实吧');
      expect(asked).toContain('这条服务记录属实');
      expect(await say('guilin.station', '是')).toContain('属实');
      expect((await db().visit.findFirstOrThrow({ where: { summary: '调试镀膜机' } })).status).toBe('VERIFIED');
    });
  });

  describe('progress asked in ordinary words', () => {
    it('answers each role with its own progress view', async () => {
      const chen = await say('chen.siyuan', '今年我一共去了几次龙城齿轮？还差多少天？');
      expect(chen).toContain('龙城齿轮：走访');
      const liu = await say('liu.yang', '今年我去了几次山湖农机');
      expect(liu).toContain('山湖农机：走访');
      expect(liu).not.toContain('石韵新材');
      expect(await say('li.ming', '团队进度')).toContain('漓江光电：走访');
      const contact = await say('sun.jianli', '陈老师今年来了几次');
      expect(contact).toContain('龙城齿轮：走访');
      expect(contact).not.toContain('漓江光电');
    });
  });

  describe('an objection and a correction', () => {
    it('keeps an objection open for the station when the specialist corrects the record objected to', async () => {
      await confirmAll('sun.jianli');
      expect(await say('chen.siyuan', '11月16日在龙城齿轮调试渗碳炉1天 技术攻关')).toContain('已记录服务');
      await say('sun.jianli', '待确认');
      const disputed = await say('sun.jianli', '有异议 1 那天陈老师没来');
      const disputeNo = /YY-\d{4}-\d{4}/.exec(disputed)?.[0] ?? '';
      expect(disputeNo).not.toBe('');
      expect(await say('chen.siyuan', '修改 类型 战略规划')).toContain('已修改服务记录');
      const visit = await db().visit.findFirstOrThrow({ where: { summary: '调试渗碳炉' } });
      // Changing the kind answers nothing of 「没来」: the objection stays, the visit is not counted, the station decides.
      expect(visit).toMatchObject({ status: 'DISPUTED', disputeNo, type: 'STRATEGY_PLANNING' });
      expect(await say('chen.siyuan', '我的进度')).toContain('企业有异议、待服务站核实');
      expect((await noticesTo('P-101', 'visit-confirmation')).at(-1)?.text).toContain('异议仍由柳州市服务站核实');
      expect((await noticesTo('P-201', 'visit-disputed')).at(-1)?.text).toContain(`核实 ${disputeNo} 属实`);
      expect(await say('liuzhou.station', `核实 ${disputeNo} 不属实 企业确认那天没人来`)).toContain(
        `已核实 ${disputeNo}`,
      );
      expect(await db().visit.findUniqueOrThrow({ where: { id: visit.id } })).toMatchObject({ status: 'REJECTED' });
    });
  });
});
