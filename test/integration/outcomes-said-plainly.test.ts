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
});
