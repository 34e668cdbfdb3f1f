import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/common/clock.js';
import { OpenAiCompatibleModel } from '../../../src/llm/openai-compatible.js';
import type { Delivery } from '../../../src/platforms/contract.js';
import { DingtalkSender } from '../../../src/platforms/dingtalk/api-client.js';
import { GroupRobotSender } from '../../../src/platforms/group-robots.js';
import { WecomSender } from '../../../src/platforms/wecom/api-client.js';
import { MemoryStore } from '../../../src/store/memory-store.js';

// A platform (or something pretending to be one) that answers with a redirect to another host must not get the
// request, with its access token, signature or message, sent on to that host.
describe('calls to other servers never follow a redirect', () => {
  const stolen: { method?: string; url?: string; authorization?: string }[] = [];
  let elsewhere: Server;
  let platform: Server;
  let platformBase: string;
  const clock = fixedClock(new Date('2026-06-15T02:00:00Z'));

  const listen = async (server: Server) => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };
  const drain = async (req: IncomingMessage) => {
    for await (const _ of req);
  };

  beforeAll(async () => {
    elsewhere = createServer(async (req, res) => {
      await drain(req);
      stolen.push({ method: req.method, url: req.url, authorization: req.headers.authorization });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0,"access_token":"x"}');
    });
    const elsewhereBase = await listen(elsewhere);
    platform = createServer(async (req, res) => {
      await drain(req);
      // A token is issued as WeCom would; every other call is redirected, keeping method and body (307).
      if (req.url?.startsWith('/cgi-bin/gettoken')) {
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end('{"errcode":0,"errmsg":"ok","access_token":"secret-token","expires_in":7200}');
        return;
      }
      res.writeHead(307, { location: `${elsewhereBase}${req.url}` }).end();
    });
    platformBase = await listen(platform);
  });
  afterAll(async () => {
    for (const server of [platform, elsewhere]) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  const delivery = (target: Delivery['target']): Delivery => ({
    text: '您好',
    format: 'TEXT',
    target,
    dedupeKey: 'k1',
  });

  it('WeCom: a redirected message/send fails and the token goes nowhere else', async () => {
    const sender = new WecomSender(
      {
        corpId: 'corp',
        agentId: 1000002,
        secret: 's',
        token: 't',
        aesKey: 'a'.repeat(43),
        apiBase: platformBase,
      },
      new MemoryStore(),
    );
    await expect(sender.send(delivery({ channel: 'WECOM', userId: 'u1' }))).rejects.toThrow();
    expect(stolen).toEqual([]);
  });

  it('DingTalk: a redirected session webhook fails and the message goes nowhere else', async () => {
    const sender = new DingtalkSender(
      { appKey: 'k', appSecret: 's', robotCode: 'r', apiBase: platformBase, oapiBase: platformBase },
      new MemoryStore(),
      clock,
    );
    const target = {
      channel: 'DINGTALK' as const,
      staffId: 'staff1',
      conversationKind: 'direct' as const,
      sessionWebhook: `${platformBase}/robot/sendBySession?session=abc`,
      sessionWebhookExpiresAt: clock.now().getTime() + 3_600_000,
    };
    await expect(sender.send(delivery(target))).rejects.toThrow();
    expect(stolen).toEqual([]);
  });

  it('group robots: a redirected webhook fails and goes nowhere else', async () => {
    const robots = new GroupRobotSender(
      [{ id: 'liuzhou', scope: '柳州市', platform: 'wecom', webhook: `${platformBase}/cgi-bin/webhook/send?key=k` }],
      clock,
    );
    await expect(robots.send(delivery({ channel: 'WECOM_GROUP_ROBOT', robotId: 'liuzhou' }))).rejects.toThrow();
    expect(stolen).toEqual([]);
  });

  it('LLM: a redirected completion fails and the API key goes nowhere else', async () => {
    const model = new OpenAiCompatibleModel({
      baseUrl: `${platformBase}/v1`,
      apiKey: 'sk-secret',
      model: 'm',
      timeoutMs: 5_000,
    });
    await expect(
      model.synthesize(
        '补助多少',
        [{ citation: '《实施方案》五（一）', text: '每年每人1万元' }],
        new AbortController().signal,
      ),
    ).rejects.toThrow();
    expect(stolen).toEqual([]);
  });
});
