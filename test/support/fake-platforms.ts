import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeServer {
  baseUrl: string;
  close(): Promise<void>;
}

type Handler = (
  req: IncomingMessage,
  body: unknown,
  url: URL,
) => { status?: number; json: unknown } | Promise<{ status?: number; json: unknown }>;

async function serve(handle: Handler): Promise<{ server: Server; baseUrl: string }> {
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    const { status = 200, json } = await handle(req, text ? JSON.parse(text) : undefined, url);
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const closeServer = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

/** WeCom's gettoken and message/send, as documented: errcode 0 on success, 42001 for an expired token. */
export async function startFakeWecom(secret: string): Promise<
  FakeServer & {
    sent: { touser: string; msgtype: string; content: string; agentid: number }[];
    tokenRequests: number;
    expireToken(): void;
    failNextSends(count: number, errcode: number): void;
    /** Answers each message/send only after this long (a slow platform). */
    sendDelayMs: number;
  }
> {
  let token = 'wecom-token-1';
  let issued = 0;
  let failures: { left: number; errcode: number } = { left: 0, errcode: 0 };
  const state = {
    sent: [] as { touser: string; msgtype: string; content: string; agentid: number }[],
    tokenRequests: 0,
    sendDelayMs: 0,
  };
  const { server, baseUrl } = await serve(async (req, body, url) => {
    if (req.method === 'GET' && url.pathname === '/cgi-bin/gettoken') {
      state.tokenRequests += 1;
      if (url.searchParams.get('corpsecret') !== secret)
        return { json: { errcode: 40001, errmsg: 'invalid credential' } };
      issued += 1;
      token = `wecom-token-${issued}`;
      return { json: { errcode: 0, errmsg: 'ok', access_token: token, expires_in: 7200 } };
    }
    if (req.method === 'POST' && url.pathname === '/cgi-bin/message/send') {
      if (state.sendDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, state.sendDelayMs));
      if (url.searchParams.get('access_token') !== token)
        return { json: { errcode: 42001, errmsg: 'access_token expired' } };
      if (failures.left > 0) {
        failures.left -= 1;
        return { json: { errcode: failures.errcode, errmsg: 'failure injected by the test' } };
      }
      const message = body as {
        touser: string;
        msgtype: string;
        agentid: number;
        text?: { content: string };
        markdown?: { content: string };
      };
      // WeCom's documented duplicate check: the same message to the same member within the interval is
      // acknowledged but not delivered.
      const flagged = (body as { enable_duplicate_check?: number }).enable_duplicate_check === 1;
      const content = message.text?.content ?? message.markdown?.content ?? '';
      if (flagged && state.sent.some((m) => m.touser === message.touser && m.content === content)) {
        return { json: { errcode: 0, errmsg: 'ok', msgid: 'dropped-as-duplicate' } };
      }
      state.sent.push({
        touser: message.touser,
        msgtype: message.msgtype,
        agentid: message.agentid,
        content: message.text?.content ?? message.markdown?.content ?? '',
      });
      return { json: { errcode: 0, errmsg: 'ok', msgid: `msg-${state.sent.length}` } };
    }
    return { status: 404, json: { errcode: 404 } };
  });
  return Object.assign(state, {
    baseUrl,
    close: () => closeServer(server),
    expireToken: () => {
      token = 'expired-on-the-server';
    },
    failNextSends: (count: number, errcode: number) => {
      failures = { left: count, errcode };
    },
  });
}

export interface DingtalkSent {
  via: 'session' | 'batchSend' | 'groupMessages';
  body: Record<string, unknown>;
}

/** DingTalk's accessToken, robot batchSend / groupMessages/send, and session webhooks (/robot/sendBySession). */
export async function startFakeDingtalk(
  appKey: string,
  appSecret: string,
): Promise<FakeServer & { sent: DingtalkSent[]; tokenRequests: number }> {
  const state = { sent: [] as DingtalkSent[], tokenRequests: 0 };
  const token = 'dingtalk-token-1';
  const { server, baseUrl } = await serve((req, body, url) => {
    const json = body as Record<string, unknown>;
    if (url.pathname === '/v1.0/oauth2/accessToken') {
      state.tokenRequests += 1;
      if (json.appKey !== appKey || json.appSecret !== appSecret)
        return { status: 400, json: { code: 'invalidClientId' } };
      return { json: { accessToken: token, expireIn: 7200 } };
    }
    if (url.pathname.startsWith('/v1.0/robot/')) {
      if (req.headers['x-acs-dingtalk-access-token'] !== token)
        return { status: 401, json: { code: 'InvalidAuthentication' } };
      state.sent.push({ via: url.pathname.endsWith('batchSend') ? 'batchSend' : 'groupMessages', body: json });
      return { json: { processQueryKey: `q-${state.sent.length}` } };
    }
    if (url.pathname === '/robot/sendBySession') {
      state.sent.push({ via: 'session', body: json });
      return { json: { errcode: 0, errmsg: 'ok' } };
    }
    return { status: 404, json: {} };
  });
  return Object.assign(state, { baseUrl, close: () => closeServer(server) });
}

/** Polls until `check` returns a value (not undefined/false) or the time runs out. */
export async function eventually<T>(
  check: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs = 5_000,
): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  while (true) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (performance.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Group-robot webhooks of both platforms: records each post with its query string. */
export async function startFakeRobots(): Promise<
  FakeServer & { posts: { path: string; query: URLSearchParams; body: Record<string, unknown> }[] }
> {
  const posts: { path: string; query: URLSearchParams; body: Record<string, unknown> }[] = [];
  const { server, baseUrl } = await serve((_req, body, url) => {
    posts.push({ path: url.pathname, query: url.searchParams, body: body as Record<string, unknown> });
    return { json: { errcode: 0, errmsg: 'ok' } };
  });
  return { posts, baseUrl, close: () => closeServer(server) };
}

/** An OpenAI-compatible chat-completions endpoint whose behaviour the test sets. */
export async function startFakeLlm(): Promise<
  FakeServer & {
    requests: { model: string; messages: { role: string; content: string }[] }[];
    reply: (prompt: string) => { status?: number; content?: string; delayMs?: number };
  }
> {
  const state = {
    requests: [] as { model: string; messages: { role: string; content: string }[] }[],
    reply: (_prompt: string): { status?: number; content?: string; delayMs?: number } => ({ content: '' }),
  };
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    state.requests.push(body);
    const { status = 200, content = '', delayMs = 0 } = state.reply(body.messages.at(-1)?.content ?? '');
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    if (res.destroyed) return;
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify(
        status === 200
          ? { choices: [{ index: 0, message: { role: 'assistant', content } }] }
          : { error: { message: 'overloaded' } },
      ),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(state, {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    close: () => closeServer(server),
  });
}
