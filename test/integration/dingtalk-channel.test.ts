import request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sign } from '../../src/platforms/dingtalk/verify.js';
import { waitForAnswer } from '../support/answers.js';
import { startFakeDingtalk } from '../support/fake-platforms.js';
import { createTestService, TEST_NOW, type TestService } from '../support/test-service.js';

const APP_KEY = 'ding-app-key';
const textOf = (sent: { body: Record<string, unknown> } | undefined) =>
  (sent?.body.text as { content?: string } | undefined)?.content ?? '';
const APP_SECRET = 'ding-app-secret';
const NOW = new Date(TEST_NOW).getTime();

describe('DingTalk enterprise robot channel', () => {
  let dingtalk: Awaited<ReturnType<typeof startFakeDingtalk>>;
  let service: TestService;
  let seq = 0;
  let requestCount = 0;

  beforeAll(async () => {
    dingtalk = await startFakeDingtalk(APP_KEY, APP_SECRET);
    service = await createTestService({
      env: {
        DINGTALK_APP_KEY: APP_KEY,
        DINGTALK_APP_SECRET: APP_SECRET,
        DINGTALK_ROBOT_CODE: 'robot-code-1',
        DINGTALK_API_BASE: dingtalk.baseUrl,
        DINGTALK_OAPI_BASE: dingtalk.baseUrl,
      },
    });
  });
  afterAll(async () => {
    await service?.close();
    await dingtalk?.close();
  });
  afterEach(() => {
    dingtalk.sent.length = 0;
  });

  function callback(overrides: Record<string, unknown> = {}) {
    seq += 1;
    return {
      msgId: `msg-${seq}`,
      msgtype: 'text',
      text: { content: ' 你好' },
      conversationId: 'cid-direct-1',
      conversationType: '1',
      senderStaffId: 'dt-chen-siyuan',
      senderId: '$:LWCP_v1:$abc',
      createAt: NOW,
      // The real session webhook lives about 90 minutes from the message.
      sessionWebhook: `${dingtalk.baseUrl}/robot/sendBySession?session=s-${seq}`,
      sessionWebhookExpiredTime: service.clock.now().getTime() + 5_400_000,
      ...overrides,
    };
  }

  const post = (body: object, headers: { timestamp?: string; sign?: string } = {}) => {
    // DingTalk signs each callback with its own timestamp (ms).
    const timestamp = headers.timestamp ?? String(NOW - ++requestCount);
    return request(service.handler)
      .post('/dingtalk/callback')
      .set('timestamp', timestamp)
      .set('sign', headers.sign ?? sign(timestamp, APP_SECRET))
      .send(body);
  };

  const deliver = (msgId: string) => waitForAnswer(service, 'DINGTALK', msgId);

  it('answers a one-to-one message through its session webhook', async () => {
    const body = callback();
    const response = await post(body);
    expect(response.status).toBe(200);
    await deliver(body.msgId);
    expect(dingtalk.sent).toHaveLength(1);
    expect(dingtalk.sent[0]?.via).toBe('session');
    expect(textOf(dingtalk.sent[0])).toContain('陈思远');
  });

  it('answers a group @-mention with the mention stripped, @-ing the asker', async () => {
    const body = callback({
      conversationType: '2',
      conversationId: 'cid-group-1',
      isInAtList: true,
      text: { content: '@科技特派员助手 你好' },
    });
    await post(body);
    await deliver(body.msgId);
    const inbound = await service.database.prisma.inboundMessage.findFirstOrThrow({ where: { dedupeKey: body.msgId } });
    expect(inbound.text).toBe('你好');
    const sent = dingtalk.sent[0];
    expect(sent?.body.at).toEqual({ atUserIds: ['dt-chen-siyuan'] });
    expect(textOf(sent).startsWith('@dt-chen-siyuan ')).toBe(true);
  });

  it('ignores group messages that do not @ the robot', async () => {
    const body = callback({ conversationType: '2', isInAtList: false });
    expect((await post(body)).status).toBe(200);
    expect(await service.database.prisma.inboundMessage.count({ where: { dedupeKey: body.msgId } })).toBe(0);
  });

  it('falls back to the robot API when the session webhook has expired', async () => {
    const body = callback({ sessionWebhookExpiredTime: service.clock.now().getTime() - 1_000 });
    await post(body);
    await deliver(body.msgId);
    expect(dingtalk.sent).toHaveLength(1);
    expect(dingtalk.sent[0]).toMatchObject({
      via: 'batchSend',
      body: { robotCode: 'robot-code-1', userIds: ['dt-chen-siyuan'], msgKey: 'sampleText' },
    });
    const group = callback({
      conversationType: '2',
      conversationId: 'cid-group-9',
      isInAtList: true,
      sessionWebhookExpiredTime: service.clock.now().getTime() - 1,
    });
    await post(group);
    await deliver(group.msgId);
    expect(dingtalk.sent[1]).toMatchObject({ via: 'groupMessages', body: { openConversationId: 'cid-group-9' } });
    expect(dingtalk.tokenRequests).toBe(1);
  });

  it('never posts to a session webhook outside DingTalk, using the robot API instead', async () => {
    const body = callback({ sessionWebhook: 'http://169.254.169.254/latest/meta-data' });
    await post(body);
    await deliver(body.msgId);
    expect(dingtalk.sent).toHaveLength(1);
    expect(dingtalk.sent[0]?.via).toBe('batchSend');
  });

  it('refuses a captured signature replayed with another message', async () => {
    const timestamp = String(NOW - 1_000);
    const headers = { timestamp, sign: sign(timestamp, APP_SECRET) };
    const genuine = callback();
    expect((await post(genuine, headers)).status).toBe(200);
    await deliver(genuine.msgId);
    const forged = callback({ senderStaffId: 'dt-gx-office', text: { content: '绑定 ABCDEFGH' } });
    expect((await post(forged, headers)).status).toBe(401);
    expect(await service.database.prisma.inboundMessage.count({ where: { dedupeKey: forged.msgId } })).toBe(0);
  });

  it('answers a redelivered message once', async () => {
    const body = callback({ senderStaffId: 'dt-sun-jianli' });
    await Promise.all([post(body), post(body), post(body)]);
    await deliver(body.msgId);
    expect(dingtalk.sent).toHaveLength(1);
  });

  it('refuses a forged or stale signature and malformed JSON, storing nothing', async () => {
    const before = await service.database.prisma.inboundMessage.count();
    expect((await post(callback(), { sign: sign(String(NOW), 'wrong-secret') })).status).toBe(401);
    expect((await post(callback(), { sign: '' })).status).toBe(401);
    const old = String(NOW - 2 * 3_600_000);
    expect((await post(callback(), { timestamp: old, sign: sign(old, APP_SECRET) })).status).toBe(403);
    const malformed = await request(service.handler)
      .post('/dingtalk/callback')
      .set('timestamp', String(NOW))
      .set('sign', sign(String(NOW), APP_SECRET))
      .set('content-type', 'application/json')
      .send('{"msgId": ');
    expect(malformed.status).toBe(400);
    expect(await service.database.prisma.inboundMessage.count()).toBe(before);
  });
});
