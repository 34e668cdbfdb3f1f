// `npm run bench` (part): acknowledgements per second of POST /wecom/callback with 50 concurrent connections.
// This process is only the load generator. The service (storing each message before the ack, answering it after)
// and a bare Koa baseline (the same verify + decrypt + parse and nothing else) each run in a process of their own,
// and are loaded in turn, round after round, in one run. After each service round the load generator waits until
// every message is answered, so that answering one round's messages never slows the next round of either.
// Loopback only; bounded in time.

import { type ChildProcess, fork } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { systemClock } from '../src/common/clock.js';
import { migratePostgres } from '../src/data/database.js';
import { aesKeyFrom, encrypt, signature } from '../src/platforms/wecom/crypto.js';
import { startFakeWecom } from '../test/support/fake-platforms.js';
import { isLocalServer, startPostgresCpu } from './postgres-cpu.js';
import {
  BENCH_POSTINGS,
  benchContactAccount,
  benchEnterpriseShortName,
  benchSpecialistAccount,
} from './targets/bench-roster.js';
import { BENCH_WECOM } from './targets/wecom-settings.js';

const CONNECTIONS = 50;
const ROUND_S = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const DRAIN_TIMEOUT_S = 300;
const key = aesKeyFrom(BENCH_WECOM.aesKey);

/** What people write, by who they are: visit reports, questions, progress, small talk. */
const SPECIALIST_TEXTS = [
  (short: string) => `今天在${short}技术攻关1天`,
  (short: string) => `昨天去${short}做了政策宣讲，半天`,
  () => '我今年的进度怎么样了',
  () => '科技特派员一年至少要服务多少天',
  () => '补助标准是多少',
];
const CONTACT_TEXTS = [
  () => '我们企业可以申请几个科技特派员',
  () => '特派员这个月来了几次',
  () => '你好',
  () => '派驻的特派员要符合什么条件',
];

let nextMsgId = 9_000_000;

/** Distinct, correctly signed and encrypted messages, from senders taken in turn across the whole roster. */
function payloads(count: number): { path: string; body: string }[] {
  const timestamp = String(Math.floor(systemClock.now().getTime() / 1000));
  return Array.from({ length: count }, (_, i) => {
    const posting = (i * 7919) % BENCH_POSTINGS;
    const specialist = i % 2 === 0;
    const texts = specialist ? SPECIALIST_TEXTS : CONTACT_TEXTS;
    const text = (texts[Math.floor(i / 2) % texts.length] as (short: string) => string)(
      benchEnterpriseShortName(posting),
    );
    const from = specialist ? benchSpecialistAccount(posting) : benchContactAccount(posting);
    const msgId = nextMsgId++;
    const xml = `<xml><ToUserName><![CDATA[${BENCH_WECOM.corpId}]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName><CreateTime>${timestamp}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${text}]]></Content><MsgId>${msgId}</MsgId><AgentID>${BENCH_WECOM.agentId}</AgentID></xml>`;
    const encrypted = encrypt(key, xml, BENCH_WECOM.corpId);
    const nonce = String(msgId);
    const query = `msg_signature=${signature(BENCH_WECOM.token, timestamp, nonce, encrypted)}&timestamp=${timestamp}&nonce=${nonce}`;
    return { path: `/wecom/callback?${query}`, body: `<xml><Encrypt><![CDATA[${encrypted}]]></Encrypt></xml>` };
  });
}

async function load(url: string, requests: { path: string; body: string }[], seconds: number) {
  let next = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
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
  if (next > requests.length) throw new Error(`the round needed more than ${requests.length} distinct messages`);
  return {
    acksPerSecond: Math.round(result.requests.average),
    requests: Math.max(1, result.requests.total),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
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

interface Target {
  url: string;
  child: ChildProcess;
  ask<T>(type: string): Promise<T>;
  stop(): Promise<void>;
}

/**
 * The V8 memory flags `npm start` gives the service (a larger young generation), read from package.json so the bench
 * starts the service as `npm start` does. The baseline gets them too, so that both are measured alike.
 */
const START_MEMORY_FLAGS = (
  JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } }
).scripts.start
  .split(/\s+/)
  .filter((flag) => /^--max-[a-z-]+-size=\d+$/.test(flag));

/** Starts a target in a process of its own and waits for its address. */
async function startTarget(script: string, env: NodeJS.ProcessEnv): Promise<Target> {
  const child = fork(new URL(script, import.meta.url).pathname, [], {
    execArgv: [
      '--import',
      'tsx',
      ...START_MEMORY_FLAGS,
      ...(process.env.BENCH_CPU_PROF && script.includes('service') ? ['--cpu-prof'] : []),
      ...(process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? []),
    ],
    env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before it was ready`)));
    child.once('message', (message: { type: string; url: string }) => resolve(message.url));
  });
  child.removeAllListeners('exit');
  return {
    url,
    child,
    ask: <T>(type: string) =>
      new Promise<T>((resolve) => {
        child.once('message', (message) => resolve(message as T));
        child.send({ type });
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.send({ type: 'stop' });
      }),
  };
}

interface Stats {
  statements: number;
  /** CPU time the process has used, in microseconds. */
  cpuMicros: number;
  waiting: number;
  answered: number;
  failed: number;
  sent: number;
  unsent: number;
  due: number;
}

/**
 * Waits until the service has answered every message it acknowledged and sent every reply that may be sent now
 * (a reply held for quiet hours waits for the morning); returns how long that took.
 */
async function drain(service: Target): Promise<{ seconds: number; stats: Stats }> {
  const started = performance.now();
  for (;;) {
    const stats = await service.ask<Stats>('stats');
    const seconds = (performance.now() - started) / 1000;
    if ((stats.waiting === 0 && stats.due === 0) || seconds > DRAIN_TIMEOUT_S) return { seconds, stats };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

// The database: a fresh one on the PostgreSQL server DATABASE_URL names, or embedded PGlite in a temporary directory.
const dataDir = await mkdtemp(path.join(tmpdir(), 'kjtpy-bench-'));
const serverUrl = process.env.DATABASE_URL;
const benchDatabase = `kjtpy_bench_${process.pid}`;
const admin = async (sql: string) => {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(sql).finally(() => client.end());
};
let databaseUrl: string | undefined;
if (serverUrl) {
  await admin(`CREATE DATABASE "${benchDatabase}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${benchDatabase}`;
  databaseUrl = url.toString();
  await migratePostgres(databaseUrl);
}

const wecom = await startFakeWecom(BENCH_WECOM.secret);
const env = { ...process.env, DATA_DIR: dataDir, WECOM_API_BASE: wecom.baseUrl, DATABASE_URL: databaseUrl };
if (!databaseUrl) delete env.DATABASE_URL;
const service = await startTarget('./targets/service.ts', env);
const bare = await startTarget('./targets/bare-koa.ts', env);

const rounds: {
  service: Awaited<ReturnType<typeof load>>;
  bare: Awaited<ReturnType<typeof load>>;
  drainS: number;
  answered: number;
  statements: number;
  roundCpuPerAck: number;
  cpuPerAnswer: number;
  answeredInRound: number;
  bareCpuPerAck: number;
  /** PostgreSQL's CPU time per acknowledgement during the round and per message answered after (a local server). */
  database: { perAck: number; perAnswer: number } | null;
}[] = [];
const postgresCpu = isLocalServer(serverUrl) ? await startPostgresCpu() : null;
const databaseCpu = async () => (postgresCpu ? postgresCpu.micros() : null);
let flooded: Awaited<ReturnType<typeof underFlood>> | undefined;
let final: { seconds: number; stats: Stats } | undefined;
try {
  // Warm both up (JIT, connection pools, the knowledge index) before anything is counted.
  await load(service.url, payloads(20_000), 3);
  await drain(service);
  await load(bare.url, payloads(40_000), 3);
  for (let round = 0; round < ROUNDS; round++) {
    const before = await service.ask<Stats>('stats');
    const databaseBefore = await databaseCpu();
    const serviceResult = await load(service.url, payloads(Math.max(40_000, ROUND_S * 6_000)), ROUND_S);
    const afterRound = await service.ask<Stats>('stats');
    const databaseAfterRound = await databaseCpu();
    console.log(`round ${round + 1}: service ${serviceResult.acksPerSecond} acks/s, p99 ${serviceResult.p99} ms`);
    const drained = await drain(service);
    const databaseDrained = await databaseCpu();
    const bareBefore = await bare.ask<Pick<Stats, 'cpuMicros'>>('stats');
    const bareResult = await load(bare.url, payloads(Math.max(60_000, ROUND_S * 12_000)), ROUND_S);
    const bareAfter = await bare.ask<Pick<Stats, 'cpuMicros'>>('stats');
    const answeredInRound = afterRound.answered + afterRound.failed - before.answered - before.failed;
    const answeredAfter = Math.max(
      1,
      drained.stats.answered + drained.stats.failed - afterRound.answered - afterRound.failed,
    );
    rounds.push({
      service: serviceResult,
      bare: bareResult,
      drainS: drained.seconds,
      answered: drained.stats.answered + drained.stats.failed - before.answered - before.failed,
      statements: drained.stats.statements - before.statements,
      // CPU time per message: while the round was acknowledged (answering what it could beside), and afterwards,
      // per message then answered; a figure the machine's other load does not move as much as the rates.
      roundCpuPerAck: (afterRound.cpuMicros - before.cpuMicros) / serviceResult.requests,
      cpuPerAnswer: (drained.stats.cpuMicros - afterRound.cpuMicros) / answeredAfter,
      answeredInRound,
      bareCpuPerAck: (bareAfter.cpuMicros - bareBefore.cpuMicros) / bareResult.requests,
      database:
        databaseBefore !== null && databaseAfterRound !== null && databaseDrained !== null
          ? {
              perAck: (databaseAfterRound - databaseBefore) / serviceResult.requests,
              perAnswer: (databaseDrained - databaseAfterRound) / answeredAfter,
            }
          : null,
    });
    console.log(`round ${round + 1}: bare Koa ${bareResult.acksPerSecond} acks/s, p99 ${bareResult.p99} ms`);
  }
} finally {
  flooded = await underFlood(service.url, payloads(200));
  final = await drain(service);
  postgresCpu?.stop();
  await service.stop();
  await bare.stop();
  await wecom.close();
  await rm(dataDir, { recursive: true, force: true });
  if (serverUrl) await admin(`DROP DATABASE IF EXISTS "${benchDatabase}" WITH (FORCE)`);
}

const database = databaseUrl ? 'PostgreSQL' : 'embedded PGlite';
const store = process.env.REDIS_URL ? 'Redis' : 'in-process';
console.log(
  `\n/wecom/callback, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${ROUND_S} s each, ${database}, ${store} store`,
);
console.log(
  '| round | service acks/s | p50 ms | p99 ms | errors | answered | answered by (s after round) | SQL statements per message | bare acks/s | bare p99 ms | ratio |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
rounds.forEach((r, i) => {
  console.log(
    `| ${i + 1} | ${r.service.acksPerSecond} | ${r.service.p50} | ${r.service.p99} | ${r.service.errors} | ${r.answered} | ${r.drainS.toFixed(1)} | ${databaseUrl ? (r.statements / r.answered).toFixed(1) : '–'} | ${r.bare.acksPerSecond} | ${r.bare.p99} | ${(r.service.acksPerSecond / r.bare.acksPerSecond).toFixed(2)} |`,
  );
});
const serviceRate = median(rounds.map((r) => r.service.acksPerSecond));
const bareRate = median(rounds.map((r) => r.bare.acksPerSecond));
const p99 = median(rounds.map((r) => r.service.p99));
console.log('\nCPU time of each process (the rates above depend on what else the two cores run; these less so):');
console.log(
  '| round | service µs per ack, answering beside | answered during the round | service ms per message answered after | bare µs per ack | PostgreSQL µs per ack | PostgreSQL ms per message answered after |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
rounds.forEach((r, i) => {
  console.log(
    `| ${i + 1} | ${Math.round(r.roundCpuPerAck)} | ${r.answeredInRound} | ${(r.cpuPerAnswer / 1000).toFixed(1)} | ${Math.round(r.bareCpuPerAck)} | ${r.database ? Math.round(r.database.perAck) : '–'} | ${r.database ? (r.database.perAnswer / 1000).toFixed(1) : '–'} |`,
  );
});
console.log(
  `median: service ${serviceRate} acks/s (p99 ${p99} ms), bare Koa ${bareRate} acks/s, ratio ${(serviceRate / bareRate).toFixed(2)} (target ≥ 0.50, p99 < 100 ms)`,
);
if (!final || !flooded) process.exit(1);
console.log(
  `messages: ${final.stats.answered} answered, ${final.stats.failed} failed, ${final.stats.waiting} waiting; replies: ${final.stats.sent} sent, ${final.stats.unsent} not sent`,
);
console.log(
  `signed callbacks while 4 connections post unsigned 1 MB bodies: p50 ${flooded.p50} ms, p99 ${flooded.p99} ms, max ${flooded.max} ms (${flooded.refused} unsigned bodies refused)`,
);
process.exit(0);
