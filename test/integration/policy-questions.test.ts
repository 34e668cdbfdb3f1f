import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatWith } from '../support/chat.js';
import { createTestService, TEST_ADMIN_TOKEN, type TestService } from '../support/test-service.js';

describe('policy questions in chat', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await createTestService();
  });
  afterAll(async () => {
    await service?.close();
  });

  const say = chatWith(() => service);

  it('answers an enterprise contact with the clause and its citation', async () => {
    const reply = await say('sun.jianli', '一年得下企业几趟？');
    expect(reply).toContain('不少于5次');
    expect(reply).toContain('依据：《广西企业科技特派员工作方案（暂行）》五、工作要求（三）');
  });

  it('answers accounts that are not bound yet too', async () => {
    expect(await say('visitor-from-an-enterprise', '派驻企业应具备什么资格条件？')).toContain('规上工业企业');
  });

  it('greets in one line with a pointer to 帮助, and gives the help text on 帮助', async () => {
    const greeting = await say('chen.siyuan', '你好');
    expect(greeting).toContain('您好');
    expect(greeting).toContain('帮助');
    expect(greeting.split('\n')).toHaveLength(1);
    expect(await say('chen.siyuan', '帮助')).toContain('可以帮您');
  });

  it('records what was asked, so the office sees what the documents miss', async () => {
    await say('ma.weidong', '研发设备进口关税能免吗？');
    const all = await request(service.handler)
      .get('/admin/questions')
      .set('authorization', `Bearer ${TEST_ADMIN_TOKEN}`);
    expect(all.body.questions.length).toBeGreaterThanOrEqual(3);
    const unanswered = await request(service.handler)
      .get('/admin/questions?unanswered=1')
      .set('authorization', `Bearer ${TEST_ADMIN_TOKEN}`);
    expect(unanswered.body.questions).toEqual([
      expect.objectContaining({
        personId: 'P-102',
        channel: 'LOCAL',
        question: '研发设备进口关税能免吗？',
        answered: false,
      }),
    ]);
    expect((await request(service.handler).get('/admin/questions')).status).toBe(401);
  });
  it('takes news told to it for news, not a policy question the documents miss, and says what it can do with it', async () => {
    const visitNews = await say('sun.jianli', '陈老师今天来了');
    expect(visitNews).not.toContain('未找到相关政策');
    expect(visitNews).toContain('由老师本人报备');
    const specialistNews = await say('chen.siyuan', '龙城今年搞了个新项目');
    expect(specialistNews).not.toContain('未找到相关政策');
    expect(specialistNews).toContain('昨天在龙城齿轮调试设备1天');
    // A question the documents miss, or a bare search, is still told so and can still be passed on.
    expect(await say('sun.jianli', '研发费用加计扣除')).toContain('未找到相关政策');
    expect(await say('sun.jianli', '陈老师今天来了吗')).toContain('未找到相关政策');
  });
});
