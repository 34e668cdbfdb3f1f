import request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { adjustableClock } from '../../src/common/clock.js';
import { aesKeyFrom, encrypt, signature } from '../../src/platforms/wecom/crypto.js';
import { waitForAnswer } from '../support/answers.js';
import { eventually, startFakeWecom } from '../support/fake-platforms.js';
import { createTestService, TEST_ADMIN_TOKEN, TEST_NOW, type TestService } from '../support/test-service.js';

const CORP_ID = 'ww-test-corp';
const TOKEN = 'QDG6eK';
const AES_KEY = 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C';
const SECRET = 'wecom-app-secret';
const key = aesKeyFrom(AES_KEY);
const NOW_SECONDS = String(Math.floor(new Date(TEST_NOW).getTime() / 1000));

let msgSeq = 1000;
function textXml(from: string, content: string, msgId = String(msgSeq++)) {
  return `<xml><ToUserName><![CDATA[${CORP_ID}]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName><CreateTime>${NOW_SECONDS}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${content}]]></Content><MsgId>${msgId}</MsgId><AgentID>1000002</AgentID></xml>`;
}

function signedPost(xml: string, options: { corpId?: string; token?: string; timestamp?: string } = {}) {
  const timestamp = options.timestamp ?? NOW_SECONDS;
  const nonce = '1372623149';
  const encrypted = encrypt(key, xml, options.corpId ?? CORP_ID);
  const msg_signature = signature(options.token ?? TOKEN, timestamp, nonce, encrypted);
  return {
    query: { msg_signature, timestamp, nonce },
    body: `<xml><ToUserName><![CDATA[${CORP_ID}]]></ToUserName><Encrypt><![CDATA[${encrypted}]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>`,
  };
}

describe('WeCom self-built app channel', () => {
  let wecom: Awaited<ReturnType<typeof startFakeWecom>>;
  let service: TestService;

  beforeAll(async () => {
    wecom = await startFakeWecom(SECRET);
    service = await createTestService({
      env: {
        WECOM_CORP_ID: CORP_ID,
        WECOM_AGENT_ID: '1000002',
        WECOM_SECRET: SECRET,
        WECOM_TOKEN: TOKEN,
        WECOM_AES_KEY: AES_KEY,
        WECOM_API_BASE: wecom.baseUrl,
      },
    });
  });
  afterAll(async () => {
    await service?.close();
    await wecom?.close();
  });
  afterEach(() => {
    wecom.sent.length = 0;
  });

  const post = (signed: ReturnType<typeof signedPost>) =>
    request(service.handler).post('/wecom/callback').query(signed.query).type('text/xml').send(signed.body);
  const inboundCount = () => service.database.prisma.inboundMessage.count({ where: { channel: 'WECOM' } });
  const deliver = (messageId: string) => waitForAnswer(service, 'WECOM', messageId);

  it('answers the console’s URL check with the decrypted echostr', async () => {
    const echostr = encrypt(key, '1616140317555161061', CORP_ID);
    const response = await request(service.handler)
      .get('/wecom/callback')
      .query({
        msg_signature: signature(TOKEN, NOW_SECONDS, '263014780', echostr),
        timestamp: NOW_SECONDS,
        nonce: '263014780',
        echostr,
      });
    expect(response.status).toBe(200);
    expect(response.text).toBe('1616140317555161061');
  });

  it('acknowledges with an empty 200 and answers a registered member through message/send', async () => {
    const response = await post(signedPost(textXml('ChenSiYuan', '你好', '5001')));
    expect(response.status).toBe(200);
    expect(response.text).toBe('');
    await deliver('5001');
    expect(wecom.sent).toHaveLength(1);
    expect(wecom.sent[0]).toMatchObject({ touser: 'ChenSiYuan', msgtype: 'text', agentid: 1000002 });
    expect(wecom.sent[0]?.content).toContain('陈思远');
    const outbox = await request(service.handler)
      .get('/admin/outbox')
      .set('authorization', `Bearer ${TEST_ADMIN_TOKEN}`);
    expect(outbox.body.messages.find((m: { recipientId: string }) => m.recipientId === 'P-001')).toMatchObject({
      channel: 'WECOM',
      status: 'SENT',
    });
  });

  it('answers a retried delivery (same MsgId) once', async () => {
    const signed = signedPost(textXml('SunJianLi', '你好', '5002'));
    const responses = await Promise.all([post(signed), post(signed), post(signed)]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    await deliver('5002');
    expect(wecom.sent.filter((m) => m.touser === 'SunJianLi')).toHaveLength(1);
  });

  it('delivers the same answer again when the same question is asked again', async () => {
    await post(signedPost(textXml('ChenSiYuan', '明天南宁会下雨吗？', '5005')));
    await deliver('5005');
    await post(signedPost(textXml('ChenSiYuan', '明天南宁会下雨吗？', '5006')));
    await deliver('5006');
    expect(wecom.sent.filter((m) => m.content.includes('未找到相关政策'))).toHaveLength(2);
  });

  it('tells an account that is not in the roster how to get bound', async () => {
    await post(signedPost(textXml('NewMember', '你好', '5003')));
    await deliver('5003');
    expect(wecom.sent[0]?.touser).toBe('NewMember');
    expect(wecom.sent[0]?.content).toContain('尚未登记');
  });

  it('stays silent on events such as entering the app', async () => {
    const xml = `<xml><ToUserName><![CDATA[${CORP_ID}]]></ToUserName><FromUserName><![CDATA[ChenSiYuan]]></FromUserName><CreateTime>${NOW_SECONDS}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[enter_agent]]></Event><AgentID>1000002</AgentID></xml>`;
    const response = await post(signedPost(xml));
    expect(response.status).toBe(200);
    await deliver(`ChenSiYuan:${NOW_SECONDS}:enter_agent`);
    expect(wecom.sent).toEqual([]);
  });

  const imageXml = (from: string, mediaId: string, msgId: string) =>
    `<xml><ToUserName><![CDATA[${CORP_ID}]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName><CreateTime>${NOW_SECONDS}</CreateTime><MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA[http://example.invalid/${mediaId}.jpg]]></PicUrl><MediaId><![CDATA[${mediaId}]]></MediaId><MsgId>${msgId}</MsgId><AgentID>1000002</AgentID></xml>`;

  it('answers an image from an enterprise contact with a note that only text is understood', async () => {
    expect((await post(signedPost(imageXml('SunJianLi', 'media-1', '5004')))).status).toBe(200);
    await deliver('5004');
    expect(wecom.sent[0]?.content).toContain('文字');
  });

  it('keeps a photo sent right after a visit report as that visit’s evidence (media_id and PicUrl)', async () => {
    await post(signedPost(imageXml('ChenSiYuan', 'media-early', '5040')));
    await deliver('5040');
    expect(wecom.sent[0]?.content).toContain('报备服务记录后10分钟内');

    await post(signedPost(textXml('ChenSiYuan', '今天在龙城齿轮技术攻关1天，现场拍了照片', '5041')));
    await deliver('5041');
    await post(signedPost(imageXml('ChenSiYuan', 'media-2', '5042')));
    await deliver('5042');
    expect(wecom.sent.find((m) => m.content.startsWith('已将图片作为'))?.content).toContain('龙城齿轮');
    // The enterprise contact is asked to confirm the visit, on WeCom too.
    await eventually(() => expect(wecom.sent.some((m) => m.touser === 'SunJianLi')).toBe(true));
    const visit = await service.database.prisma.visit.findFirstOrThrow({
      where: { reporterId: 'P-001', summary: { contains: '现场拍了照片' } },
      include: { evidence: true },
    });
    expect(visit.evidence).toEqual([
      expect.objectContaining({ channel: 'WECOM', mediaId: 'media-2', url: 'http://example.invalid/media-2.jpg' }),
    ]);
  });

  const locationXml = (from: string, x: string, y: string, label: string, msgId: string) =>
    `<xml><ToUserName><![CDATA[${CORP_ID}]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName><CreateTime>${NOW_SECONDS}</CreateTime><MsgType><![CDATA[location]]></MsgType><Location_X>${x}</Location_X><Location_Y>${y}</Location_Y><Scale>15</Scale><Label><![CDATA[${label}]]></Label><MsgId>${msgId}</MsgId><AgentID>1000002</AgentID></xml>`;

  it('keeps a location shared right after a visit report with that visit, and shows it in the ledger', async () => {
    await post(signedPost(locationXml('ChenSiYuan', '24.3264', '109.4286', '柳州市柳南区龙城路18号', '5043')));
    await deliver('5043');
    expect(wecom.sent.find((m) => m.content.startsWith('已将位置'))?.content).toContain('柳州市柳南区龙城路18号');
    const visit = await service.database.prisma.visit.findFirstOrThrow({
      where: { reporterId: 'P-001', summary: { contains: '现场拍了照片' } },
      include: { evidence: { where: { kind: 'LOCATION' } } },
    });
    expect(visit.evidence).toEqual([
      expect.objectContaining({ latitude: 24.3264, longitude: 109.4286, label: '柳州市柳南区龙城路18号' }),
    ]);
    const ledger = await request(service.handler)
      .get('/admin/visits/export?format=csv')
      .set('authorization', `Bearer ${TEST_ADMIN_TOKEN}`);
    expect(ledger.text).toContain('柳州市柳南区龙城路18号');
    // Coordinates out of range are no location: the sender is told only text is understood.
    await post(signedPost(locationXml('ChenSiYuan', '124.3', '109.4', '某处', '5044')));
    await deliver('5044');
    expect(wecom.sent.at(-1)?.content).toContain('文字');
  });

  it('refuses forged, stale, foreign and malformed callbacks, storing nothing', async () => {
    const before = await inboundCount();
    const forged = signedPost(textXml('ChenSiYuan', '你好'), { token: 'WrongToken' });
    expect((await post(forged)).status).toBe(401);
    const stale = signedPost(textXml('ChenSiYuan', '你好'), { timestamp: String(Number(NOW_SECONDS) - 3600) });
    expect((await post(stale)).status).toBe(403);
    const foreign = signedPost(textXml('ChenSiYuan', '你好'), { corpId: 'ww-other-corp' });
    expect((await post(foreign)).status).toBe(403);
    const malformed = await request(service.handler)
      .post('/wecom/callback')
      .query(signedPost('x').query)
      .type('text/xml')
      .send('<xml><Encrypt>');
    expect(malformed.status).toBe(400);
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><xml><Encrypt>&lol2;</Encrypt></xml>';
    expect(
      (await request(service.handler).post('/wecom/callback').query(signedPost('x').query).type('text/xml').send(bomb))
        .status,
    ).toBe(400);
    const huge = await request(service.handler)
      .post('/wecom/callback')
      .query(signedPost('x').query)
      .type('text/xml')
      .send(`<xml><Encrypt>${'A'.repeat(1_100_000)}</Encrypt></xml>`);
    expect(huge.status).toBe(413);
    expect(await inboundCount()).toBe(before);
  });

  it('reuses the cached access token, and refreshes it once when WeCom reports it expired', async () => {
    await post(signedPost(textXml('ChenSiYuan', '第一条', '5010')));
    await deliver('5010');
    const requestsAfterFirst = wecom.tokenRequests;
    await post(signedPost(textXml('ChenSiYuan', '第二条', '5011')));
    await deliver('5011');
    expect(wecom.tokenRequests).toBe(requestsAfterFirst);

    wecom.expireToken();
    await post(signedPost(textXml('ChenSiYuan', '第三条', '5012')));
    await deliver('5012');
    expect(wecom.tokenRequests).toBe(requestsAfterFirst + 1);
    expect(wecom.sent).toHaveLength(3);
  });

  it('answers a message accepted just before a crash once the service is back', async () => {
    // Accepted and acknowledged, but the process died before answering.
    const accepted = await service.services.processor.accept({
      channel: 'WECOM',
      senderId: 'ChenSiYuan',
      conversationId: 'ChenSiYuan',
      conversationKind: 'direct',
      kind: 'text',
      text: '你好',
      messageId: '5020',
      sentAt: new Date(TEST_NOW),
      replyTo: { channel: 'WECOM', userId: 'ChenSiYuan' },
    });
    expect(accepted).not.toBeNull();
    expect(await service.services.processor.recover()).toBeGreaterThanOrEqual(1);
    await deliver('5020');
    expect(wecom.sent).toHaveLength(1);
    expect(await service.services.processor.recover()).toBe(0);
  });

  it('answers a whole backlog in one recovery sweep, not one batch of it', async () => {
    for (let i = 0; i < 120; i++) {
      await service.services.processor.accept({
        channel: 'WECOM',
        senderId: `backlog-${i}`,
        conversationId: `backlog-${i}`,
        conversationKind: 'direct',
        kind: 'text',
        text: '你好',
        messageId: `backlog-${i}`,
        sentAt: new Date(TEST_NOW),
        replyTo: { channel: 'WECOM', userId: `backlog-${i}` },
      });
    }
    expect(await service.services.processor.recover()).toBe(120);
    expect(
      await service.database.prisma.inboundMessage.count({ where: { status: 'RECEIVED', channel: 'WECOM' } }),
    ).toBe(0);
    // Send the 120 answers now, so that later tests start from an empty outbox.
    await eventually(async () => {
      await service.services.dispatcher.tick();
      return new Set(wecom.sent.map((m) => m.touser)).size === 120;
    });
  });

  it('retries a failed send with backoff and shows the failure in the outbox', async () => {
    wecom.failNextSends(1, -1);
    await post(signedPost(textXml('ChenSiYuan', '你好', '5030')));
    await deliver('5030');
    expect(wecom.sent).toHaveLength(0);
    const pending = await service.database.prisma.outboxMessage.findFirstOrThrow({
      where: { dedupeKey: { startsWith: 'reply:WECOM:5030:' } },
    });
    expect(pending).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(pending.lastError).toContain('-1');
    expect(pending.nextAttemptAt.getTime()).toBeGreaterThan(service.clock.now().getTime());
    // When the retry is due it goes through.
    await service.database.prisma.outboxMessage.update({
      where: { id: pending.id },
      data: { nextAttemptAt: service.clock.now() },
    });
    // The service's own dispatcher may take it first (a nudge is still pending), so wait for either to send it.
    await eventually(async () => {
      await service.services.dispatcher.tick();
      return wecom.sent.length > 0;
    });
    expect(wecom.sent).toHaveLength(1);
    expect(wecom.sent[0]?.touser).toBe('ChenSiYuan');
  });
});

describe('WeCom URL check with the official sample', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await createTestService({
      demo: false,
      clock: adjustableClock(new Date(1409659589 * 1000)),
      env: {
        WECOM_CORP_ID: 'wx5823bf96d3bd56c7',
        WECOM_AGENT_ID: '218',
        WECOM_SECRET: 'unused',
        WECOM_TOKEN: TOKEN,
        WECOM_AES_KEY: AES_KEY,
      },
    });
  });
  afterAll(async () => {
    await service?.close();
  });

  it('returns 1616140317555161061 for the documented request, + and / URL-encoded as WeCom sends them', async () => {
    const response = await request(service.handler).get(
      '/wecom/callback?msg_signature=5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3&timestamp=1409659589&nonce=263014780&echostr=P9nAzCzyDtyTWESHep1vC5X9xho%2FqYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp%2B4RPcs8TgAE7OaBO%2BFZXvnaqQ%3D%3D',
    );
    expect(response.status).toBe(200);
    expect(response.text).toBe('1616140317555161061');
  });
});
