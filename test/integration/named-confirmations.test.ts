import { describe, expect, it } from 'vitest';
import { chatWith } from '../support/chat.js';
import { serviceForSuite } from '../support/test-service.js';

// 陈思远 (chen.siyuan) serves 龙城齿轮, whose contact is 孙建立 (sun.jianli); the test clock starts on 2026-11-24.
describe('an enterprise confirming the records it names, and only those', () => {
  const service = serviceForSuite();
  const say = chatWith(service);
  const db = () => service().database.prisma;
  const status = async (summary: string) => (await db().visit.findFirstOrThrow({ where: { summary } })).status;

  it('confirms two records named together (「…那条和…那条都确认」), leaving the others waiting', async () => {
    expect(await say('chen.siyuan', '11月20日在龙城齿轮技术攻关1天，调试磨齿机')).toContain('已记录服务');
    expect(await say('chen.siyuan', '11月19日在龙城齿轮技术攻关1天，齿轮硬度检测')).toContain('已记录服务');
    expect(await say('chen.siyuan', '11月18日在龙城齿轮资源对接1天，对接检测平台')).toContain('已记录服务');
    expect(await say('chen.siyuan', '龙城齿轮实用新型专利昨天授权了1件')).toContain('已记录成果');
    expect(await say('sun.jianli', '待确认')).toContain('有4条记录待确认');

    const reply = await say('sun.jianli', '磨齿机那条和硬度检测那条都确认');
    expect(reply).toContain('已确认2条服务记录');
    expect(await status('调试磨齿机')).toBe('CONFIRMED');
    expect(await status('齿轮硬度检测')).toBe('CONFIRMED');
    expect(await status('对接检测平台')).toBe('REPORTED');
    expect((await db().outcome.findFirstOrThrow({ where: { title: '实用新型专利1件' } })).status).toBe('REPORTED');
  });

  it('confirms the records of the days said after 确认 (「确认18号的」)', async () => {
    expect(await say('sun.jianli', '确认18号的')).toContain('已确认1条服务记录');
    expect(await status('对接检测平台')).toBe('CONFIRMED');
    expect((await db().outcome.findFirstOrThrow({ where: { title: '实用新型专利1件' } })).status).toBe('REPORTED');
  });

  it('confirms nothing when the records named with 「都没问题」 are not among those waiting', async () => {
    expect(await say('chen.siyuan', '11月17日在龙城齿轮技术攻关1天，装夹具')).toContain('已记录服务');
    const reply = await say('sun.jianli', '3号跟4号那两天陈老师确实在，没问题');
    expect(reply).not.toContain('已确认');
    expect(await status('装夹具')).toBe('REPORTED');
    expect((await db().outcome.findFirstOrThrow({ where: { title: '实用新型专利1件' } })).status).toBe('REPORTED');
  });

  it('objects to each day joined (「10号和12号…都没来过」) and confirms the one said right, on 是', async () => {
    expect(await say('chen.siyuan', '11月10日在龙城齿轮技术攻关1天，修砂轮')).toContain('已记录服务');
    expect(await say('chen.siyuan', '11月11日在龙城齿轮技术攻关1天，换导轨')).toContain('已记录服务');
    expect(await say('chen.siyuan', '11月12日在龙城齿轮技术攻关1天，校主轴')).toContain('已记录服务');
    const asked = await say('sun.jianli', '10号和12号陈老师都没来过，11号那次倒是来了');
    for (const work of ['修砂轮', '换导轨', '校主轴']) expect(asked).toContain(work);
    expect(await say('sun.jianli', '是')).toContain('异议');
    expect(await status('修砂轮')).toBe('DISPUTED');
    expect(await status('校主轴')).toBe('DISPUTED');
    expect(await status('换导轨')).toBe('CONFIRMED');
  });

  it('confirms the records of the specialist a team’s contact names by surname (「李老师那条没问题」)', async () => {
    // 李明, 王芳 and 周杰 serve 漓江光电, whose contact is 韦晓红 (wei.xiaohong).
    expect(await say('li.ming', '11月20日在漓江光电技术攻关1天，调光路')).toContain('已记录服务');
    expect(await say('zhou.jie', '11月19日在漓江光电技术攻关1天，写固件')).toContain('已记录服务');
    expect(await say('wei.xiaohong', '李老师那条没问题')).toContain('已确认1条服务记录');
    expect(await status('调光路')).toBe('CONFIRMED');
    expect(await status('写固件')).toBe('REPORTED');
  });
});
