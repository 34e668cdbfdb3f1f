import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatWith } from '../support/chat.js';
import { createTestService, TEST_ADMIN_TOKEN, type TestService } from '../support/test-service.js';

/** One turn: who says what, and what the reply must (and must not) contain. */
interface Turn {
  who: string;
  says: string;
  reply: (string | RegExp)[];
  not?: (string | RegExp)[];
}

interface Script {
  name: string;
  turns: Turn[];
  /** What must be stored (or not) when the script has run. */
  stored?: (db: TestService['database']['prisma']) => Promise<void>;
}

const NOT_FOUND = '未找到相关政策';

/**
 * Conversations as people really have them, each a table of turns, with the records they must leave. Today is
 * Tuesday 24 November 2026 on the service's clock; each script uses its own people so the scripts stay apart.
 */
const SCRIPTS: Script[] = [
  {
    name: 'a station asking about another city’s specialist or enterprise is told so, not given its own city',
    turns: [
      {
        who: 'guilin.station',
        says: '陈思远今年的服务记录列一下',
        reply: ['不在桂林市的派驻名单里'],
        // Which city it is is not the station's to learn.
        not: ['漓江光电', '柳州'],
      },
      { who: 'guilin.station', says: '龙城齿轮今年来了几次', reply: ['自治区工作办'], not: ['漓江光电', '柳州'] },
      { who: 'guilin.station', says: '陈老师今年来了几次', reply: ['不在桂林市的派驻名单里'], not: ['漓江光电'] },
      // A surname its own city has is its own city's.
      { who: 'guilin.station', says: '李老师今年的进度', reply: ['漓江光电'] },
      { who: 'guilin.station', says: '服务情况', reply: ['桂林市', '漓江光电'] },
    ],
  },
  {
    name: '「我没去，是企业自己做的」 while the bot asks about a visit records none',
    turns: [
      { who: 'zhou.jie', says: '漓江光电的新镀膜产品上周试制成功了', reply: ['哪一天'] },
      { who: 'zhou.jie', says: '我没去，是企业自己做的', reply: ['已取消本次报备'] },
      { who: 'zhou.jie', says: '1天吧', reply: [], not: ['已记录'] },
    ],
    stored: async (db) => {
      const since = new Date('2026-11-24T00:00:00Z');
      expect(await db.visit.count({ where: { reporterId: 'P-005', createdAt: { gt: since } } })).toBe(0);
    },
  },
  {
    name: 'a plain question while the bot waits for feedback is answered, and only the problem told is filed',
    turns: [
      { who: 'wei.xiaohong', says: '我要反馈个问题', reply: ['要反馈的政策落实问题'] },
      { who: 'wei.xiaohong', says: '李老师这个月来了几次', reply: ['本月', '刚才的反馈还没提交'], not: ['已提交'] },
      {
        who: 'wei.xiaohong',
        says: '研发费用加计扣除备案一直被退回，说材料不全',
        reply: ['已提交政策反馈'],
      },
    ],
    stored: async (db) => {
      const tickets = await db.feedbackTicket.findMany({
        where: { submitterId: 'P-103', createdAt: { gt: new Date('2026-11-24T00:00:00Z') } },
      });
      expect(tickets.map((t) => t.text)).toEqual(['研发费用加计扣除备案一直被退回，说材料不全']);
    },
  },
  {
    name: 'the enterprise said instead while the day is asked is taken, said back, and the day still asked',
    turns: [
      { who: 'liu.yang', says: '在山湖农机调试了一天设备', reply: ['哪一天'] },
      { who: 'liu.yang', says: '哦不对是石韵新材', reply: ['已记下（企业：石韵新材）', '哪一天'], not: [NOT_FOUND] },
      { who: 'liu.yang', says: '前天', reply: ['已记录服务', '石韵新材', '内容：调试了设备'] },
    ],
    stored: async (db) => {
      const visit = await db.visit.findFirst({ where: { summary: '调试了设备' } });
      expect(visit).toMatchObject({ assignmentId: 'A-005', reporterId: 'P-006' });
      expect(visit?.date.toISOString().slice(0, 10)).toBe('2026-11-22');
    },
  },
  {
    name: 'a complete new report while the bot waits for the kind is taken as that report, and the first stays open',
    turns: [
      { who: 'chen.siyuan', says: '昨天去龙城齿轮那边待了半天', reply: ['哪一类'] },
      {
        who: 'chen.siyuan',
        says: '上周三在龙城精密齿轮做了政策宣讲，讲研发费用加计扣除，一天半',
        reply: ['已记录服务', '11月18日', '政策宣讲', '1.5天', '刚才的报备（龙城齿轮 11月23日）还没完成'],
      },
      { who: 'chen.siyuan', says: '技术攻关', reply: ['做了什么'] },
      { who: 'chen.siyuan', says: '调试磨齿机', reply: ['已记录服务', '11月23日', '技术攻关', '0.5天'] },
    ],
    stored: async (db) => {
      const visits = await db.visit.findMany({
        where: { reporterId: 'P-001', createdAt: { gt: new Date('2026-11-24T00:00:00Z') } },
        orderBy: { date: 'asc' },
      });
      expect(visits.map((v) => [v.date.toISOString().slice(0, 10), v.days.toNumber(), v.type])).toEqual([
        ['2026-11-18', 1.5, 'POLICY_PROMOTION'],
        ['2026-11-23', 0.5, 'TECH_RESEARCH'],
      ]);
    },
  },
  {
    name: '撤销 while the bot waits acts on the unfinished report, and a later answer stores nothing',
    turns: [
      { who: 'wang.fang', says: '昨天在漓江光电待了一天', reply: ['哪一类'] },
      { who: 'wang.fang', says: '撤销', reply: ['已取消本次报备'] },
      { who: 'wang.fang', says: '3', reply: [], not: ['已记录'] },
    ],
    stored: async (db) => {
      expect(
        await db.visit.count({ where: { reporterId: 'P-004', createdAt: { gt: new Date('2026-11-24T00:00:00Z') } } }),
      ).toBe(0);
      // The older records of the team's posting are untouched.
      expect(await db.visit.count({ where: { assignmentId: 'A-003' } })).toBe(2);
    },
  },
  {
    name: '撤销 twice deletes one record; the one before, named and confirmed by the enterprise, is asked about and kept on 取消',
    turns: [
      { who: 'zhao.min', says: '前天在蓝湾食品技术攻关1天，优化即食海参杀菌工艺', reply: ['已记录服务'] },
      { who: 'lan.tian', says: '确认', reply: ['已确认1条'] },
      { who: 'zhao.min', says: '昨天在蓝湾食品政策宣讲半天，讲解高企认定', reply: ['已记录服务'] },
      { who: 'zhao.min', says: '撤销', reply: ['已撤销', '政策宣讲'] },
      { who: 'zhao.min', says: '撤销', reply: ['没有再撤销别的记录'] },
      { who: 'zhao.min', says: '撤销前天那条', reply: ['企业已经确认过', '确认撤销'] },
      { who: 'zhao.min', says: '取消', reply: ['保留不变'] },
    ],
    stored: async (db) => {
      expect(await db.visit.count({ where: { summary: { contains: '杀菌工艺' }, status: 'CONFIRMED' } })).toBe(1);
      expect(await db.visit.count({ where: { summary: { contains: '高企认定' } } })).toBe(0);
    },
  },
  {
    name: 'a bare 撤销 after an undo and a change takes back the record changed, never says it undid nothing more',
    turns: [
      { who: 'zhao.min', says: '11月9日在蓝湾食品政策宣讲半天，讲研发费用归集', reply: ['已记录服务'] },
      { who: 'zhao.min', says: '撤销', reply: ['已撤销', '政策宣讲'] },
      { who: 'zhao.min', says: '11月6日在蓝湾食品技术攻关半天，调试真空包装机', reply: ['已记录服务'] },
      { who: 'zhao.min', says: '修改 天数 1天', reply: ['已修改服务记录', '1天'] },
      { who: 'zhao.min', says: '撤销', reply: ['已撤销', '11月6日'], not: ['没有再撤销'] },
    ],
    stored: async (db) => {
      expect(await db.visit.count({ where: { summary: { contains: '真空包装机' } } })).toBe(0);
    },
  },
  {
    name: 'a confirmed record is removed after 确认撤销',
    turns: [
      { who: 'huang.liping', says: '今天在绿桂生物技术攻关1天，调试发酵罐温控参数', reply: ['已记录服务'] },
      { who: 'ma.weidong', says: '确认', reply: ['已确认1条'] },
      { who: 'huang.liping', says: '撤销', reply: ['确认撤销'] },
      { who: 'huang.liping', says: '确认撤销', reply: ['已撤销'] },
    ],
    stored: async (db) => {
      expect(await db.visit.count({ where: { summary: { contains: '发酵罐温控' } } })).toBe(0);
    },
  },
  {
    name: '算了不报了 and 不报了 cancel the unfinished report, and nothing else',
    turns: [
      { who: 'liu.yang', says: '昨天在山湖农机待了一天', reply: ['哪一类'] },
      { who: 'liu.yang', says: '算了不报了', reply: ['已取消本次报备'] },
      { who: 'liu.yang', says: '11月12日在石韵新材待了半天', reply: ['哪一类'] },
      { who: 'liu.yang', says: '不报了', reply: ['已取消本次报备'] },
      { who: 'liu.yang', says: '4', reply: [], not: ['已记录'] },
    ],
  },
  {
    name: 'natural corrections of the latest record are 修改',
    turns: [
      { who: 'li.ming', says: '前天在漓江光电技术攻关1天，校准光谱仪', reply: ['已记录服务', '1天'] },
      { who: 'li.ming', says: '改一下，天数应该是2天', reply: ['已修改服务记录', '天数：2天'] },
      { who: 'li.ming', says: '刚才那条天数写错了 是一天半', reply: ['已修改服务记录', '天数：1.5天'] },
      { who: 'li.ming', says: '刚才那条日期写错了，是昨天', reply: ['已修改服务记录', '11月23日'] },
    ],
    stored: async (db) => {
      const visit = await db.visit.findFirstOrThrow({ where: { summary: { contains: '校准光谱仪' } } });
      expect([visit.date.toISOString().slice(0, 10), visit.days.toNumber()]).toEqual(['2026-11-23', 1.5]);
    },
  },
  {
    name: 'two kinds of patent told in one message are asked for one by one, neither recorded as the other',
    turns: [
      {
        who: 'zhou.jie',
        says: '漓江光电上周有2件发明专利授权了，哦不对，是1件发明1件实用新型',
        reply: ['未记录', '发明专利', '实用新型', '分开'],
      },
    ],
    stored: async (db) => {
      expect(await db.outcome.count({ where: { summary: { contains: '1件发明1件实用新型' } } })).toBe(0);
    },
  },
  {
    name: 'a correction while a report waits corrects that report, never the one stored before it',
    turns: [
      { who: 'wang.fang', says: '11月9日在漓江光电技术攻关1天，校准镀膜厚度仪', reply: ['已记录服务'] },
      { who: 'wang.fang', says: '11月6日去了漓江光电一天', reply: ['哪一类'] },
      { who: 'wang.fang', says: '日期写错了，是5号', reply: ['哪一类'], not: ['已修改', '已放弃'] },
      { who: 'wang.fang', says: '技术攻关', reply: ['做了什么'] },
      { who: 'wang.fang', says: '调试光谱仪', reply: ['已记录服务', '11月5日'] },
      { who: 'wang.fang', says: '11月3日在漓江光电做技术攻关，检修真空泵', reply: ['几天'] },
      {
        who: 'wang.fang',
        says: '哦不对，是11月2号去的，待了半天',
        reply: ['已记录服务', '11月2日', '0.5天', '检修真空泵'],
      },
    ],
    stored: async (db) => {
      const dates = async (summary: string) =>
        (await db.visit.findMany({ where: { summary: { contains: summary } } })).map((v) =>
          v.date.toISOString().slice(0, 10),
        );
      expect(await dates('校准镀膜厚度仪')).toEqual(['2026-11-09']);
      expect(await dates('调试光谱仪')).toContain('2026-11-05');
      expect(await dates('检修真空泵')).toEqual(['2026-11-02']);
    },
  },
  {
    name: 'a question or a wait while the bot asks the kind is no answer: nothing is recorded from it',
    turns: [
      { who: 'zhao.min', says: '11月10日在蓝湾食品待了一天', reply: ['哪一类'] },
      { who: 'zhao.min', says: '等下 我问问企业', reply: ['不着急'], not: ['已记录', '未找到'] },
      { who: 'zhao.min', says: '补贴怎么发', reply: ['依据', '还没完成'], not: ['已记录'] },
      {
        who: 'zhao.min',
        says: '等等 我先问下 补助可以用在哪些方面',
        reply: ['依据', '还没完成'],
        not: ['不着急', '已记录'],
      },
      { who: 'zhao.min', says: '应该算技术攻关吧', reply: ['做了什么'] },
      { who: 'zhao.min', says: '帮他们调试杀菌釜温控', reply: ['已记录服务', '技术攻关', '调试杀菌釜温控'] },
    ],
    stored: async (db) => {
      expect(await db.visit.count({ where: { summary: { contains: '补贴' } } })).toBe(0);
    },
  },
  {
    name: 'a correction of the time of day changes nothing, and says so; of the day through it, is asked about',
    turns: [
      // The suite's clock stands in the morning: this afternoon is still to come, and refused as such.
      { who: 'huang.liping', says: '今天下午在绿桂生物讲了加计扣除政策，半天', reply: ['今天下午还没到'] },
      { who: 'huang.liping', says: '昨天下午在绿桂生物讲了加计扣除政策，半天', reply: ['已记录服务', '0.5天'] },
      { who: 'huang.liping', says: '刚刚那条是昨天上午的不是下午', reply: ['不分上午下午', '不用改'], not: ['已修改'] },
      { who: 'huang.liping', says: '刚才那条不对 是上午去的', reply: ['不用改'] },
      { who: 'huang.liping', says: '刚才那条日期错了，是前天下午', reply: ['改成「11月22日'] },
      { who: 'huang.liping', says: '是', reply: ['已修改服务记录', '11月22日'] },
    ],
  },
  {
    name: 'a correction of two fields in one message changes both, or neither when one cannot be read',
    turns: [
      { who: 'huang.liping', says: '11月16日在绿桂生物技术攻关1天，调试发酵罐真空泵', reply: ['已记录服务', '1天'] },
      {
        who: 'huang.liping',
        says: '刚才写的日期错了，应该是11月13号，天数是半天',
        reply: ['已修改服务记录', '11月13日', '天数：0.5天'],
      },
      { who: 'huang.liping', says: '日期应该是11月12号，类型是打酱油', reply: ['未修改'], not: ['已修改'] },
    ],
    stored: async (db) => {
      const visit = await db.visit.findFirstOrThrow({ where: { summary: { contains: '发酵罐真空泵' } } });
      expect([visit.date.toISOString().slice(0, 10), visit.days.toNumber()]).toEqual(['2026-11-13', 0.5]);
    },
  },
  {
    name: 'an enterprise confirms several visits by number, in any list form',
    turns: [
      { who: 'wei.xiaohong', says: '全部确认', reply: [/已确认|没有待您确认/] },
      { who: 'zhou.jie', says: '11月20日在漓江光电政策宣讲半天，讲解申报指南', reply: ['已记录服务'] },
      { who: 'zhou.jie', says: '11月19日在漓江光电技术攻关1天，调试镀膜机', reply: ['已记录服务'] },
      { who: 'zhou.jie', says: '11月18日在漓江光电资源对接1天，引荐桂林电子科大实验室', reply: ['已记录服务'] },
      { who: 'zhou.jie', says: '11月17日在漓江光电典型示范1天，组织同行观摩', reply: ['已记录服务'] },
      { who: 'wei.xiaohong', says: '待确认', reply: ['4条服务记录待确认'] },
      { who: 'wei.xiaohong', says: '确认 1,2', reply: ['已确认2条'] },
      // The two left keep their numbers: a number given once never comes to mean another record.
      { who: 'wei.xiaohong', says: '待确认', reply: ['2条服务记录待确认', '\n3. ', '\n4. '] },
      { who: 'wei.xiaohong', says: '确认1和2', reply: ['第1条已经确认或提出异议了'] },
      { who: 'wei.xiaohong', says: '确认3和4', reply: ['已确认2条'] },
    ],
    stored: async (db) => {
      expect(await db.visit.count({ where: { reporterId: 'P-005', status: 'CONFIRMED' } })).toBe(4);
    },
  },
  {
    name: '确认 1、2 with full-width digits and an emoji',
    turns: [
      { who: 'wei.xiaohong', says: '全部确认', reply: [/已确认|没有待您确认/] },
      { who: 'zhou.jie', says: '11月16日在漓江光电技术攻关1天，检修镀膜线', reply: ['已记录服务'] },
      { who: 'zhou.jie', says: '11月15日在漓江光电技术攻关1天，调整光路', reply: ['已记录服务'] },
      { who: 'wei.xiaohong', says: '待确认', reply: ['2条服务记录待确认'] },
      { who: 'wei.xiaohong', says: '确认 １、２ 👍', reply: ['已确认2条'] },
    ],
  },
  {
    name: '有异议, then the reason in a second message',
    turns: [
      { who: 'sun.jianli', says: '全部确认', reply: [/已确认|没有待您确认/] },
      { who: 'chen.siyuan', says: '今天在龙城齿轮技术攻关1天，测试异议流程', reply: ['已记录服务'] },
      { who: 'sun.jianli', says: '有异议', reply: ['请说明异议的原因'] },
      { who: 'sun.jianli', says: '那天陈老师没有来厂里', reply: ['已记录您的异议', '那天陈老师没有来厂里'] },
    ],
    stored: async (db) => {
      const visit = await db.visit.findFirstOrThrow({ where: { summary: { contains: '测试异议流程' } } });
      expect([visit.status, visit.statusNote]).toEqual(['DISPUTED', '那天陈老师没有来厂里']);
    },
  },
  {
    name: 'with several visits waiting, a reason without a number asks which one, then records it',
    turns: [
      { who: 'sun.jianli', says: '全部确认', reply: [/已确认|没有待您确认/] },
      { who: 'chen.siyuan', says: '11月20日在龙城齿轮技术攻关1天，复核齿形误差', reply: ['已记录服务'] },
      { who: 'chen.siyuan', says: '11月19日在龙城齿轮政策宣讲半天，讲解技改补助', reply: ['已记录服务'] },
      { who: 'sun.jianli', says: '有异议 那天没有人来讲过', reply: ['2条服务记录待确认', '哪一条'] },
      { who: 'sun.jianli', says: '2', reply: ['已记录您的异议', '那天没有人来讲过'] },
    ],
    stored: async (db) => {
      const visit = await db.visit.findFirstOrThrow({ where: { summary: { contains: '技改补助' } } });
      expect([visit.status, visit.statusNote]).toEqual(['DISPUTED', '那天没有人来讲过']);
    },
  },
  {
    name: 'small talk gets one short line that points to 帮助, never the documents',
    turns: [
      ...['您好👋', '你好[微笑]', '[握手]', '谢谢！👍', '好的没问题', '谢谢', '收到🙏'].map((says) => ({
        who: 'qin.hai',
        says,
        reply: ['帮助'],
        not: [NOT_FOUND, '可以帮您'],
      })),
      { who: 'qin.hai', says: '你好，请问怎么报备', reply: ['哪天', '哪家企业'], not: [NOT_FOUND] },
      { who: 'qin.hai', says: '帮助', reply: ['可以帮您'] },
    ],
  },
  {
    name: 'feedback with a space instead of a colon, and 我要反馈 with the text after',
    turns: [
      {
        who: 'mo.li',
        says: '反馈 贺州这边高企奖补资金拖了大半年了',
        reply: ['已提交政策反馈', '已转自治区工作办处理'],
      },
      { who: 'mo.li', says: '我要反馈', reply: ['请说说要反馈的'] },
      { who: 'mo.li', says: '研发费用加计扣除的备案窗口一直说系统没开通', reply: ['已提交政策反馈'] },
    ],
    stored: async (db) => {
      expect(await db.feedbackTicket.count({ where: { submitterId: 'P-105' } })).toBe(2);
    },
  },
  {
    name: '不用了 after 「要作为政策反馈提交吗？」 files nothing',
    turns: [
      { who: 'deng.wei', says: '首台套奖励资金迟迟没有拨付到企业', reply: ['要作为政策反馈提交吗'] },
      { who: 'deng.wei', says: '不用了', reply: ['没有提交'], not: ['帮您'] },
    ],
    stored: async (db) => {
      expect(await db.feedbackTicket.count({ where: { submitterId: 'P-107' } })).toBe(0);
    },
  },
  {
    name: 'an account not in the roster is told how to bind, never 未找到',
    turns: [
      ...['昨天在龙城齿轮技术攻关1天', '撤销', '反馈：补贴没到账', '确认 1', '我的进度', '你好', '👍'].map((says) => ({
        who: 'new.phone.nobody',
        says,
        reply: ['尚未登记', '绑定'],
        not: [NOT_FOUND],
      })),
    ],
  },
  {
    name: 'a correction right after a report (「其实只待了半天」) changes that report on 是, never starting another',
    turns: [
      { who: 'zhao.min', says: '11月3日在蓝湾食品技术攻关1天，调试冷库温控系统', reply: ['已记录服务'] },
      { who: 'zhao.min', says: '其实只待了半天', reply: ['半天'], not: ['哪一天', '已记录服务'] },
      { who: 'zhao.min', says: '是', reply: ['已修改服务记录', '0.5天'] },
    ],
    stored: async (db) => {
      const mine = await db.visit.findMany({ where: { reporterId: 'P-007', summary: { contains: '冷库' } } });
      expect(mine.map((v) => [v.date.toISOString().slice(0, 10), Number(v.days)])).toEqual([['2026-11-03', 0.5]]);
    },
  },
  {
    name: 'a look at the records, a wait or a kind said instead while what was done is asked is no account of it',
    turns: [
      { who: 'huang.liping', says: '11月2日在绿桂生物待了半天', reply: ['属于哪一类'] },
      { who: 'huang.liping', says: '技术攻关', reply: ['主要做了什么'] },
      { who: 'huang.liping', says: '我的服务记录', reply: ['的服务', '还没完成'], not: ['已记录服务'] },
      { who: 'huang.liping', says: '稍等我翻一下笔记', reply: ['不着急'], not: ['已记录服务'] },
      { who: 'huang.liping', says: '你先记着', reply: ['不着急'], not: ['已记录服务'] },
      { who: 'huang.liping', says: '等等，应该是资源对接', reply: ['已记下（类型：资源对接）', '主要做了什么'] },
      { who: 'huang.liping', says: '帮他们对接了广西大学的发酵中试平台', reply: ['已记录服务', '类型：资源对接'] },
    ],
    stored: async (db) => {
      const day = await db.visit.findMany({ where: { reporterId: 'P-002', date: new Date('2026-11-02T00:00:00Z') } });
      expect(day.map((v) => [v.type, v.summary])).toEqual([
        ['RESOURCE_MATCHING', '帮他们对接了广西大学的发酵中试平台'],
      ]);
    },
  },
];

describe('conversations, turn by turn', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await createTestService();
  });
  afterAll(async () => {
    await service?.close();
  });
  const say = chatWith(() => service);

  for (const script of SCRIPTS) {
    it(script.name, async () => {
      for (const [index, turn] of script.turns.entries()) {
        const reply = (await say(turn.who, turn.says)) ?? '';
        const where = `turn ${index + 1} (${turn.who}: ${turn.says}) → ${reply}`;
        for (const wanted of turn.reply) {
          if (typeof wanted === 'string') expect(reply, where).toContain(wanted);
          else expect(reply, where).toMatch(wanted);
        }
        for (const unwanted of turn.not ?? []) {
          if (typeof unwanted === 'string') expect(reply, where).not.toContain(unwanted);
          else expect(reply, where).not.toMatch(unwanted);
        }
      }
      await script.stored?.(service.database.prisma);
    });
  }

  it('reopens a ticket with the number first: 「FK-… 不满意，能不能给个明确说法」', async () => {
    const filed =
      /FK-\d{4}-\d{4}/.exec(await say('sun.jianli', '反馈：研发费用加计扣除的备案材料一直办不下来'))?.[0] ?? '';
    expect(await say('liuzhou.station', `回复 ${filed} 已协调`)).toContain('已答复');
    const reply = await say('sun.jianli', `${filed} 不满意，能不能给个明确说法`);
    expect(reply).toContain('已重新打开');
    expect(
      (await service.database.prisma.feedbackTicket.findUniqueOrThrow({ where: { ticketNo: filed } })).status,
    ).toBe('SUBMITTED');
    const outbox = await request(service.handler)
      .get('/admin/outbox')
      .set('authorization', `Bearer ${TEST_ADMIN_TOKEN}`);
    expect(outbox.status).toBe(200);
  });
});

describe('help with the configured quota', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await createTestService({ env: { VISIT_QUOTA_PER_YEAR: '8', DAY_QUOTA_PER_YEAR: '60' } });
  });
  afterAll(async () => {
    await service?.close();
  });
  const say = chatWith(() => service);

  it('states the quota the deployment sets, not the plan’s figures', async () => {
    const help = await say('chen.siyuan', '帮助');
    expect(help).toContain('每年至少8次、60天');
    expect(help).not.toContain('5次、30天');
    expect(await say('chen.siyuan', '怎么查进度')).toContain('每年至少8次、60天');
  });
});
