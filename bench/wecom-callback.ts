// `npm run bench`: acknowledgements per second of POST /wecom/callback with 50 concurrent connections, through the
// whole service (signature, decryption, XML, storing the message before the ack, answering afterwards), against a
// bare Koa handler doing only the same verify + decrypt. Loopback only; bounded in time.

import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import Koa from 'koa';
import getRawBody from 'raw-body';
import { systemClock } from '../src/common/clock.js';
import { createLogger } from '../src/common/logger.js';
import { loadConfig } from '../src/config/env.js';
import { migratePostgres } from '../src/data/database.js';
import { aesKeyFrom, decrypt, encrypt, isValidSignature, signature } from '../src/platforms/wecom/crypto.js';
import { decodeWecomMessage, parseWecomXml } from '../src/platforms/wecom/decode.js';
import { startService } from '../src/server.js';
import { startFakeWecom } from '../test/support/fake-platforms.js';

const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const PAYLOADS = 40_000;
const CORP_ID = 'ww-bench';
const TOKEN = 'BenchToken1';
const AES_KEY = 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C';
const key = aesKeyFrom(AES_KEY);

function payloads(): { path: string; body: string }[] {
  const timestamp = String(Math.floor(systemClock.now().getTime() / 1000));
  return Array.from({ length: PAYLOADS }, (_, i) => {
    const xml = `<xml><ToUserName><![CDATA[${CORP_ID}]]></ToUserName><FromUserName><![CDATA[ChenSiYuan]]></FromUserName><CreateTime>${timestamp}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[今天在龙城齿轮技术攻关1天]]></Content><MsgId>${9_000_000 + i}</MsgId><AgentID>1000002</AgentID></xml>`;
    const encrypted = encrypt(key, xml, CORP_ID);
    const nonce = String(i);
    const query = `msg_signature=${signature(TOKEN, timestamp, nonce, encrypted)}&timestamp=${timestamp}&nonce=${nonce}`;
    return { path: `/wecom/callback?${query}`, body: `<xml><Encrypt><![CDATA[${encrypted}]]></Encrypt></xml>` };
  });
}

async function load(url: string, requests: { path: string; body: string }[]) {
  let next = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    method: 'POST',
    headers: { 'content-type': 'text/xml' },
    requests: [
      {
        setupRequest: (req) => {
          const payload = requests[next++ % requests.length] as { path: string; body: string };
          return { ...req, path: payload.path, body: payload.body };
        },
      },
    ],
  });
  return {
    acksPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx + result.errors,
  };
}

/**
 * Signed callbacks one after another while four connections keep posting unsigned 1 MB XML bodies (1,000 tags that
 * would cost CPU to parse): how long each signed one waits for its acknowledgement.
 */
async function underFlood(url: string, signed: { path: string; body: string }[]) {
  const junk = `<xml>${'<a>b</a>'.repeat(130_000)}</xml>`;
  let flooding = true;
  let refused = 0;
  const floods = Array.from({ length: 4 }, async () => {
    while (flooding) {
      const response = await fetch(`${url}/wecom/callback?msg_signature=x&timestamp=1&nonce=n`, {
        method: 'POST',
        headers: { 'content-type': 'text/xml' },
        body: junk,
      }).catch(() => undefined);
      if (response && response.status >= 400) refused += 1;
      await response?.arrayBuffer().catch(() => undefined);
    }
  });
  const times: number[] = [];
  for (const payload of signed) {
    const started = performance.now();
    await fetch(`${url}${payload.path}`, {
      method: 'POST',
      headers: { 'content-type': 'text/xml' },
      body: payload.body,
    });
    times.push(performance.now() - started);
  }
  flooding = false;
  await Promise.all(floods);
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0);
  return { p50: at(0.5), p99: at(0.99), max: Math.round(times.at(-1) ?? 0), refused };
}

/** The same verify + decrypt + parse, and nothing else: the ceiling a Koa handler reaches on this machine. */
async function bareKoa(requests: { path: string; body: string }[]) {
  const app = new Koa();
  app.use(async (ctx) => {
    const raw = await getRawBody(ctx.req, { limit: 1_048_576, encoding: 'utf8' });
    const encrypted = parseWecomXml(raw).Encrypt ?? '';
    const { msg_signature, timestamp, nonce } = ctx.query as Record<string, string>;
    if (!isValidSignature(msg_signature ?? '', TOKEN, timestamp ?? '', nonce ?? '', encrypted)) ctx.throw(401);
    decodeWecomMessage(parseWecomXml(decrypt(key, encrypted).message), systemClock.now());
    ctx.status = 200;
    ctx.body = '';
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const result = await load(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests);
  server.close();
  return result;
}

const dataDir = await mkdtemp(path.join(tmpdir(), 'kjtpy-bench-'));
const wecom = await startFakeWecom('bench-secret');
const requests = payloads();
const config = loadConfig({
  ...process.env,
  PORT: '0',
  HOST: '127.0.0.1',
  DATA_DIR: dataDir,
  LOG_LEVEL: 'silent',
  WECOM_CORP_ID: CORP_ID,
  WECOM_AGENT_ID: '1000002',
  WECOM_SECRET: 'bench-secret',
  WECOM_TOKEN: TOKEN,
  WECOM_AES_KEY: AES_KEY,
  WECOM_API_BASE: wecom.baseUrl,
});
if (config.database.kind === 'postgres') await migratePostgres(config.database.url);
const service = await startService(config, { logger: createLogger('silent'), clock: systemClock });
const full = await load(service.url, requests);
const flooded = await underFlood(service.url, requests.slice(-200));
await service.stop();
const bare = await bareKoa(requests.map((r, i) => ({ ...r, path: `${r.path}&x=${i}` })));
await wecom.close();
await rm(dataDir, { recursive: true, force: true });

const database = config.database.kind === 'postgres' ? 'PostgreSQL' : 'embedded PGlite';
console.log(`\n/wecom/callback, ${CONNECTIONS} connections, ${DURATION_S} s, ${database}, ${config.store.kind} store`);
console.log('| handler | acks/s | p50 ms | p99 ms | errors |');
console.log('| --- | --- | --- | --- | --- |');
console.log(`| service (store then ack) | ${full.acksPerSecond} | ${full.p50} | ${full.p99} | ${full.non2xx} |`);
console.log(`| bare Koa (verify + decrypt) | ${bare.acksPerSecond} | ${bare.p50} | ${bare.p99} | ${bare.non2xx} |`);
console.log(`ratio service / bare: ${(full.acksPerSecond / bare.acksPerSecond).toFixed(2)}`);
console.log(
  `signed callbacks while 4 connections post unsigned 1 MB bodies: p50 ${flooded.p50} ms, p99 ${flooded.p99} ms, max ${flooded.max} ms (${flooded.refused} unsigned bodies refused)`,
);
process.exit(0);
