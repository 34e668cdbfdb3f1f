import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatWith } from '../support/chat.js';
import { createTestService, TEST_ADMIN_TOKEN, type TestService } from '../support/test-service.js';

const auth = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };

describe('binding a platform account with a one-time code', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await createTestService();
  });
  afterAll(async () => {
    await service?.close();
  });

  const issue = (personId: string) => request(service.handler).post('/admin/bindings').set(auth).send({ personId });
  const say = chatWith(() => service);

  it('issues a readable code with its expiry, for roster people only', async () => {
    const response = await issue('P-002');
    expect(response.status).toBe(201);
    expect(response.body.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(new Date(response.body.expiresAt).getTime()).toBeGreaterThan(service.clock.now().getTime());
    expect((await issue('P-999')).status).toBe(404);
    expect((await request(service.handler).post('/admin/bindings').send({ personId: 'P-002' })).status).toBe(401);
    expect((await request(service.handler).post('/admin/bindings').set(auth).send({})).status).toBe(400);
  });

  it('binds an unknown account to the person, who is then recognised', async () => {
    const { code } = (await issue('P-002')).body;
    expect(await say('new.phone.huang', '你好')).toContain('尚未登记');
    const reply = await say('new.phone.huang', `绑定 ${code.toLowerCase()}`);
    expect(reply).toContain('绑定成功');
    expect(reply).toContain('黄丽萍');
    expect(await say('new.phone.huang', '你好')).toContain('黄丽萍');
    // The person's old local account was replaced by the new one, and that old account is told.
    expect(await say('huang.liping', '你好')).toContain('尚未登记');
    const told = await service.database.prisma.outboxMessage.findMany({ where: { kind: 'account-replaced' } });
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ recipientId: 'P-002', target: { channel: 'LOCAL', userId: 'huang.liping' } });
    expect(told[0]?.text).toContain('new.phone.huang');
    expect(told[0]?.text).toContain('如果这不是您本人的操作');
  });

  it('revokes a person’s older unused codes when a new one is issued', async () => {
    const older = (await issue('P-006')).body.code;
    const newer = (await issue('P-006')).body.code;
    expect(await say('liu.new.phone', `绑定 ${older}`)).toContain('绑定码无效');
    expect(await say('liu.new.phone', `绑定 ${newer}`)).toContain('刘洋');
  });

  it('answers 绑定 from an account already bound as a binding attempt, and never as a question', async () => {
    const questionsBefore = await service.database.prisma.policyQuestion.count();
    const forSomeoneElse = (await issue('P-003')).body.code;
    expect(await say('chen.siyuan', `绑定 ${forSomeoneElse}`)).toContain('不能用绑定码改绑');
    const forHimself = (await issue('P-001')).body.code;
    expect(await say('chen.siyuan', `绑定 ${forHimself}`)).toContain('无需再次绑定');
    expect(await say('chen.siyuan', '绑定 QQQQQQQQ')).toContain('绑定码无效');
    expect(await service.database.prisma.policyQuestion.count()).toBe(questionsBefore);
    // The codes were not spent: the people they were issued for can still use them.
    expect(await say('li.ming.new', `绑定 ${forSomeoneElse}`)).toContain('李明');
  });

  it('refuses a spent, unknown or expired code', async () => {
    const { code } = (await issue('P-007')).body;
    expect(await say('zhao.new', `绑定 ${code}`)).toContain('绑定成功');
    expect(await say('someone.else', `绑定 ${code}`)).toContain('绑定码无效');
    expect(await say('someone.else', '绑定 ZZZZZZZZ')).toContain('绑定码无效');
    const expired = (await issue('P-005')).body.code;
    await service.database.prisma.bindingCode.update({ where: { code: expired }, data: { expiresAt: new Date(0) } });
    expect(await say('zhou.new', `绑定 ${expired}`)).toContain('绑定码无效');
  });

  it('lets a code be redeemed only once when two accounts race for it', async () => {
    const { code } = (await issue('P-004')).body;
    const replies = await Promise.all([say('race.a', `绑定 ${code}`), say('race.b', `绑定 ${code}`)]);
    expect(replies.filter((text) => text.includes('绑定成功'))).toHaveLength(1);
  });

  it('stops guessing after five tries an hour', async () => {
    for (let i = 0; i < 5; i++) expect(await say('guesser', `绑定 AAAAAA${i}`)).toContain('绑定码无效');
    const { code } = (await issue('P-003')).body;
    expect(await say('guesser', `绑定 ${code}`)).toContain('次数过多');
  });
});
