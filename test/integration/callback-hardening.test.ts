import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { createLogger } from '../../src/common/logger.js';
import { isTrustedSessionWebhook } from '../../src/platforms/dingtalk/receiver.js';
import { sign } from '../../src/platforms/dingtalk/verify.js';
import { aesKeyFrom, encrypt, signature } from '../../src/platforms/wecom/crypto.js';
import { startFakeWecom } from '../support/fake-platforms.js';
import { createTestService, type TestService } from '../support/test-service.js';

const CORP_ID = 'ww-harden';
const TOKEN = 'HardenToken1';
const AES_KEY = 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C';
const key = aesKeyFrom(AES_KEY);
const APP_SECRET = 'dingtalk-harden-secret';

describe('platform callbacks under hostile input', () => {
  let wecom: Awaited<ReturnType<typeof startFakeWecom>>;
  let service: TestService;
  let server: Server;
  let lines: string[];
  let msgSeq = 7_700_000;

  beforeAll(async () => {
    lines = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    wecom = await startFakeWecom('secret');
    service = await createTestService({
      logger: createLogger('info', sink),
      env: {
        WECOM_CORP_ID: CORP_ID,
        WECOM_AGENT_ID: '1000002',
        WECOM_SECRET: 'secret',
        WECOM_TOKEN: TOKEN,
        WECOM_AES_KEY: AES_KEY,
        WECOM_API_BASE: wecom.baseUrl,
        DINGTALK_APP_KEY: 'ding-key',
        DINGTALK_APP_SECRET: APP_SECRET,
        DINGTALK_ROBOT_CODE: 'robot-code',
      },
    });
    server = createApp(service.services).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await service?.close();
    await wecom?.close();
  });

  const now = () => String(Math.floor(service.clock.now().getTime() / 1000));
  function signedCallback(content: string, from = 'ChenSiYuan') {
    const timestamp = now();
    const msgId = String(msgSeq++);
    const xml = `<xml><ToUserName><![CDATA[${CORP_ID}]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName><CreateTime>${timestamp}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${content}]]></Content><MsgId>${msgId}</MsgId><AgentID>1000002</AgentID></xml>`;
    const encrypted = encrypt(key, xml, CORP_ID);
    return {
      msgId,
      path: `/wecom/callback?msg_signature=${signature(TOKEN, timestamp, 'n', encrypted)}&timestamp=${timestamp}&nonce=n`,
      body: `<xml><ToUserName><![CDATA[${CORP_ID}]]></ToUserName><Encrypt><![CDATA[${encrypted}]]></Encrypt></xml>`,
    };
  }

  /** Posts over a socket of its own; resolves with the status and how long the answer took. */
  function post(path: string, body: string | Buffer, chunked = false) {
    const { port } = server.address() as AddressInfo;
    const started = performance.now();
    return new Promise<{ status: number; ms: number }>((resolve) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path,
          headers: { 'content-type': 'text/xml', ...(chunked ? {} : { 'content-length': Buffer.byteLength(body) }) },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
        },
      );
      req.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
      req.end(body);
    });
  }

  it('refuses a body over 64 KB unread, and an envelope without a ciphertext before parsing it', async () => {
    const big = `<xml><Encrypt><![CDATA[${'A'.repeat(1_048_576)}]]></Encrypt></xml>`;
    expect((await post('/wecom/callback?msg_signature=x&timestamp=1&nonce=n', big)).status).toBe(413);
    expect((await post('/wecom/callback?msg_signature=x&timestamp=1&nonce=n', big, true)).status).toBe(413);
    const noCiphertext = '<xml><ToUserName>x</ToUserName><!DOCTYPE x [<!ENTITY a "b">]></xml>';
    expect((await post('/wecom/callback', noCiphertext)).status).toBe(400);
    const unsigned = signedCallback('你好');
    expect(
      (await post(unsigned.path.replace(/msg_signature=\w+/, `msg_signature=${'0'.repeat(40)}`), unsigned.body)).status,
    ).toBe(401);
  });

  it('acknowledges signed callbacks within a second while unsigned 1 MB bodies keep arriving', async () => {
    // XML that would cost seconds of CPU to parse, if it were parsed before the signature is checked.
    const junk = `<xml>${'<a>b</a>'.repeat(130_000)}</xml>`;
    let flooding = true;
    const floods = Array.from({ length: 4 }, async () => {
      while (flooding) await post('/wecom/callback?msg_signature=x&timestamp=1&nonce=n', junk);
    });
    const timings: number[] = [];
    for (let i = 0; i < 10; i++) {
      const callback = signedCallback(`你好${i}`);
      const { status, ms } = await post(callback.path, callback.body);
      expect(status).toBe(200);
      timings.push(ms);
    }
    flooding = false;
    await Promise.all(floods);
    expect(Math.max(...timings)).toBeLessThan(1_000);
  });

  it('stores and answers a message with NUL characters, without them', async () => {
    const callback = signedCallback('你\u0000好');
    expect((await post(callback.path, callback.body)).status).toBe(200);
    const stored = await service.database.prisma.inboundMessage.findFirstOrThrow({
      where: { channel: 'WECOM', dedupeKey: callback.msgId },
    });
    expect(stored.text).toBe('你好');
    expect(
      (await request(service.handler).post('/local/messages').send({ userId: 'chen\u0000', text: 'x' })).status,
    ).toBe(400);
    expect((await request(service.handler).get('/healthz%00')).status).toBe(400);
  });

  it('acknowledges, and logs once, a platform message the database refuses as data', async () => {
    const processor = service.services.processor;
    const accept = processor.accept;
    processor.accept = async () => {
      throw Object.assign(new Error('invalid byte sequence for encoding "UTF8"'), { code: '22021' });
    };
    try {
      const callback = signedCallback('无法保存的消息');
      expect((await post(callback.path, callback.body)).status).toBe(200);
    } finally {
      processor.accept = accept;
    }
    const dropped = lines.filter((line) => line.includes('cannot be stored'));
    expect(dropped).toHaveLength(1);
    expect(dropped[0]).not.toContain('无法保存的消息');
  });

  it('DingTalk: refuses with 503 when replays cannot be checked, and trusts only its own session endpoint', async () => {
    const timestamp = String(service.clock.now().getTime());
    const store = service.services.store;
    const setIfAbsent = store.setIfAbsent;
    store.setIfAbsent = async () => {
      throw new Error('store down');
    };
    try {
      const response = await request(service.handler)
        .post('/dingtalk/callback')
        .set({ timestamp, sign: sign(timestamp, APP_SECRET) })
        .send({ msgId: 'dt-harden-1', msgtype: 'text', senderStaffId: 'dt-chen-siyuan', text: { content: '你好' } });
      expect(response.status).toBe(503);
    } finally {
      store.setIfAbsent = setIfAbsent;
    }
    const oapi = 'https://oapi.dingtalk.com';
    expect(isTrustedSessionWebhook(`${oapi}/robot/sendBySession?session=abc`, oapi)).toBe(true);
    for (const forged of [
      `${oapi}/robot/sendBySession/../../v1.0/robot/x`,
      `${oapi}/robot/sendBySessionX`,
      `${oapi}.evil.example/robot/sendBySession`,
      'https://evil.example/robot/sendBySession',
      `https://user:pw@oapi.dingtalk.com/robot/sendBySession`,
      `${oapi}/robot/sendBySession/%2e%2e/x`,
      'not a url',
    ]) {
      expect(isTrustedSessionWebhook(forged, oapi)).toBe(false);
    }
  });
});
