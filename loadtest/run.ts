// `npm run loadtest`: throughput of /local/messages and /wecom/callback, then traffic through faults: Redis stopped
// and restarted, PostgreSQL restarted, the service killed with SIGKILL and restarted, killed inside the unit of work
// that answers a message (just before completing it) and between WeCom accepting a reply and the outbox recording
// it, and a WeCom that takes 4 s a message with two instances sending. Loopback only, bounded in count and time.
// Needs a local PostgreSQL (127.0.0.1:5432, trust auth) it may restart, and redis-server on the PATH.
// Every fault-phase message files a policy feedback ticket (a state change with a numbered effect); at the end each
// must have made exactly one ticket, the ticket numbers must run without gaps, and each must be answered once.

import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import axios from 'axios';
import { systemClock } from '../src/common/clock.js';
import { projectPath } from '../src/common/project-paths.js';
import { openPostgres } from '../src/data/database.js';
import { aesKeyFrom, encrypt, signature } from '../src/platforms/wecom/crypto.js';
import { startFakeWecom } from '../test/support/fake-platforms.js';

const CORP_ID = 'ww-load';
const TOKEN = 'LoadToken1';
const AES_KEY = 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C';
const key = aesKeyFrom(AES_KEY);
const PG = 'postgresql://postgres@127.0.0.1:5432';
const RATE_PER_S = 25;
const PHASE_S = 10;
const DATABASE = `loadtest_${systemClock.now().getTime()}`;
/** The service's own log (warnings and errors), to read when something is lost or doubled. */
const LOG_FILE = path.join(tmpdir(), `${DATABASE}.log`);

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const psql = (sql: string) => execFileSync('psql', [`${PG}/postgres`, '-qc', sql], { stdio: 'pipe' });

// --- the pieces: a private Redis, a fresh database, the fake WeCom, the service
const redisPort = await freePort();
let redis: ChildProcess | undefined;
const startRedis = async () => {
  redis = spawn(
    'redis-server',
    ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  await sleep(300);
};
const stopRedis = async () => {
  redis?.kill('SIGKILL');
  await sleep(200);
};
const pgVersion = execFileSync('ls', ['/etc/postgresql']).toString().trim().split('\n')[0] ?? '15';
const restartPostgres = () =>
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', pgVersion, 'main', 'restart'], { stdio: 'pipe' });

psql(`CREATE DATABASE ${DATABASE}`);
await startRedis();
const wecom = await startFakeWecom('load-secret');
const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const env = {
  ...process.env,
  PORT: String(port),
  HOST: '127.0.0.1',
  DATABASE_URL: `${PG}/${DATABASE}`,
  REDIS_URL: `redis://127.0.0.1:${redisPort}`,
  LOCAL_CHANNEL_ENABLED: 'true',
  LOG_LEVEL: 'warn',
  CHAT_MESSAGES_PER_MINUTE: '100000',
  SCHEDULER_ENABLED: 'false',
  WECOM_CORP_ID: CORP_ID,
  WECOM_AGENT_ID: '1000002',
  WECOM_SECRET: 'load-secret',
  WECOM_TOKEN: TOKEN,
  WECOM_AES_KEY: AES_KEY,
  WECOM_API_BASE: wecom.baseUrl,
};
execFileSync(process.execPath, ['--import', 'tsx', projectPath('src/data/migrate-cli.ts')], { env, stdio: 'pipe' });

// The roster of the fault phases: enterprise contacts on WeCom who file feedback, and an office reached locally only
// (its notices are not WeCom messages, so WeCom's per-member limit applies to the contacts' replies alone).
const CONTACTS = 200;
const contact = (i: number) => `lc-${i % CONTACTS}`;
{
  const database = await openPostgres(`${PG}/${DATABASE}`);
  const db = database.prisma;
  const city = await db.city.create({ data: { name: '负载测试市' } });
  await db.person.create({ data: { id: 'P-LOAD-OFFICE', name: '工作办', role: 'REGION_OFFICIAL' } });
  await db.platformAccount.create({ data: { personId: 'P-LOAD-OFFICE', channel: 'LOCAL', accountId: 'load-office' } });
  const ids = Array.from({ length: CONTACTS }, (_, i) => i);
  await db.enterprise.createMany({
    data: ids.map((i) => ({
      id: `E-LOAD-${i}`,
      name: `负载测试企业${i}有限公司`,
      cityId: city.id,
      category: 'TECH_SME' as const,
    })),
  });
  await db.person.createMany({
    data: ids.map((i) => ({
      id: `P-LOAD-${i}`,
      name: `联系人${i}`,
      role: 'ENTERPRISE_CONTACT' as const,
      enterpriseId: `E-LOAD-${i}`,
    })),
  });
  await db.platformAccount.createMany({
    data: ids.map((i) => ({ personId: `P-LOAD-${i}`, channel: 'WECOM' as const, accountId: contact(i) })),
  });
  await database.close();
}

type Faults = { FAULT_DELAY_BEFORE_COMPLETE_MS?: string; FAULT_DELAY_AFTER_SEND_MS?: string };
const instances: ChildProcess[] = [];
let service: ChildProcess | undefined;
let peakRssMb = 0;
const ready = async (base: string) => {
  for (let i = 0; i < 200; i++) {
    if (
      await axios.get(`${base}/readyz`, { validateStatus: () => true }).then(
        (r) => r.status === 200,
        () => false,
      )
    )
      return;
    await sleep(100);
  }
  throw new Error('the service did not become ready');
};
const spawnService = (listenPort: number, faults: Faults = {}) => {
  const log = openSync(LOG_FILE, 'a');
  const child = spawn(process.execPath, ['--import', 'tsx', projectPath('loadtest/service-with-faults.ts')], {
    env: { ...env, PORT: String(listenPort), ...faults },
    stdio: ['ignore', log, log],
  });
  instances.push(child);
  return child;
};
const startService = async (faults: Faults = {}) => {
  service = spawnService(port, faults);
  await ready(url);
};
const sampleRss = setInterval(() => {
  try {
    const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${service?.pid}/status`, 'utf8'))?.[1];
    if (hwm) peakRssMb = Math.max(peakRssMb, Math.round(Number(hwm) / 1024));
  } catch {}
}, 500);
await startService();

// --- WeCom callbacks, signed and encrypted as WeCom sends them
function callback(from: string, msgId: string, text: string) {
  const timestamp = String(Math.floor(systemClock.now().getTime() / 1000));
  const xml = `<xml><ToUserName><![CDATA[${CORP_ID}]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName><CreateTime>${timestamp}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${text}]]></Content><MsgId>${msgId}</MsgId><AgentID>1000002</AgentID></xml>`;
  const encrypted = encrypt(key, xml, CORP_ID);
  const nonce = msgId;
  return {
    path: `/wecom/callback?msg_signature=${signature(TOKEN, timestamp, nonce, encrypted)}&timestamp=${timestamp}&nonce=${nonce}`,
    body: `<xml><Encrypt><![CDATA[${encrypted}]]></Encrypt></xml>`,
  };
}

// --- 1. throughput
async function throughput(target: 'local' | 'wecom') {
  let n = 0;
  const result = await autocannon({
    url,
    connections: 20,
    duration: 10,
    method: 'POST',
    requests: [
      {
        setupRequest: (req) => {
          n += 1;
          if (target === 'local')
            return {
              ...req,
              path: '/local/messages',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({
                userId: `bench-${n % 500}`,
                text: '科技特派员每年至少服务多少天？',
                msgId: `t-${n}`,
              }),
            };
          const { path, body } = callback(`bench-${n % 500}`, String(5_000_000 + n), '你好');
          return { ...req, path, headers: { 'content-type': 'text/xml' }, body };
        },
      },
    ],
  });
  return {
    perSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors,
  };
}
const local = await throughput('local');
const wecomRun = await throughput('wecom');

// The acknowledged callbacks are answered after: time how long the backlog takes to drain.
const waiting = () =>
  Number(
    execFileSync('psql', [
      `${PG}/${DATABASE}`,
      '-tAc',
      "SELECT count(*) FROM inbound_messages WHERE status = 'RECEIVED'",
    ])
      .toString()
      .trim(),
  );
const backlog = waiting();
const drainStarted = performance.now();
while (waiting() > 0 && performance.now() - drainStarted < 300_000) await sleep(1_000);
const drainS = (performance.now() - drainStarted) / 1000;

// --- 2. traffic through faults: every message is retried, as WeCom retries, until it is acknowledged
const marker = (i: number) => `负载测试第${i}条`;
const sent: number[] = [];
let retries = 0;
async function deliver(i: number, from = contact(i)): Promise<void> {
  sent.push(i);
  const deadline = performance.now() + 90_000;
  while (performance.now() < deadline) {
    const { path, body } = callback(from, String(8_000_000 + i), `反馈：${marker(i)}，奖补资金迟迟没有拨付`);
    const ok = await axios
      .post(`${url}${path}`, body, {
        headers: { 'content-type': 'text/xml' },
        timeout: 5_000,
        validateStatus: () => true,
      })
      .then(
        (r) => r.status === 200,
        () => false,
      );
    if (ok) return;
    retries += 1;
    await sleep(1_000);
  }
  throw new Error(`message ${i} was never acknowledged`);
}
const secondPort = await freePort();
const phases: [string, () => Promise<void>][] = [
  ['steady', async () => {}],
  [
    'Redis stopped for 4 s',
    async () => {
      await stopRedis();
      await sleep(4_000);
      await startRedis();
    },
  ],
  [
    'PostgreSQL restarted',
    async () => {
      restartPostgres();
    },
  ],
  [
    'service killed (SIGKILL) and restarted',
    async () => {
      service?.kill('SIGKILL');
      await sleep(500);
      await startService();
    },
  ],
  [
    'each answer held 3 s before completing; SIGKILL inside, restarted',
    async () => {
      service?.kill('SIGTERM');
      await startService({ FAULT_DELAY_BEFORE_COMPLETE_MS: '3000' });
      await sleep(4_000);
      service?.kill('SIGKILL');
      await sleep(500);
      await startService();
    },
  ],
  [
    'each send held 3 s before it is recorded; SIGKILL inside, restarted',
    async () => {
      service?.kill('SIGTERM');
      await startService({ FAULT_DELAY_AFTER_SEND_MS: '3000' });
      await sleep(4_000);
      service?.kill('SIGKILL');
      await sleep(500);
      await startService();
    },
  ],
  [
    'WeCom answers in 4 s; a second instance sends too; 20 messages from one member at once',
    async () => {
      wecom.sendDelayMs = 4_000;
      spawnService(secondPort);
      await ready(`http://127.0.0.1:${secondPort}`);
      await Promise.all(Array.from({ length: 20 }, () => deliver(next++, 'lc-slow')));
    },
  ],
];
{
  const database = await openPostgres(`${PG}/${DATABASE}`);
  await database.prisma.person.create({
    data: { id: 'P-LOAD-SLOW', name: '慢联系人', role: 'ENTERPRISE_CONTACT', enterpriseId: 'E-LOAD-0' },
  });
  await database.prisma.platformAccount.create({
    data: { personId: 'P-LOAD-SLOW', channel: 'WECOM', accountId: 'lc-slow' },
  });
  await database.close();
}
let next = 0;
const inflight: Promise<void>[] = [];
const timeline: string[] = [];
for (const [name, fault] of phases) {
  const started = performance.now();
  const faulted = sleep(2_000)
    .then(fault)
    .then(() => timeline.push(`${name}: fault done after ${((performance.now() - started) / 1000).toFixed(1)} s`));
  for (let s = 0; s < PHASE_S * RATE_PER_S; s++) {
    inflight.push(deliver(next++));
    await sleep(1_000 / RATE_PER_S);
  }
  await faulted;
}
await Promise.all(inflight);

// Each message made one ticket and was answered once: wait for the outbox to drain (an in-doubt send is retried
// after its lease), then count tickets per message and WeCom deliveries per ticket number.
const query = (sql: string) =>
  execFileSync('psql', [`${PG}/${DATABASE}`, '-tAF', '\t', '-c', sql], { stdio: 'pipe' })
    .toString()
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t'));
const tickets = () => query(`SELECT ticket_no, seq, text FROM feedback_tickets`);
const deliveredTo = (ticketNo: string) => wecom.sent.filter((m) => m.content.includes(ticketNo)).length;
const deadline = performance.now() + 300_000;
while (performance.now() < deadline) {
  const all = tickets();
  if (all.length >= sent.length && all.every(([no]) => deliveredTo(no ?? '') > 0)) break;
  await sleep(1_000);
}
wecom.sendDelayMs = 0;
const all = tickets();
const ticketsOf = new Map<number, string[]>();
for (const [no = '', , text = ''] of all) {
  const i = Number(/负载测试第(\d+)条/.exec(text)?.[1]);
  ticketsOf.set(i, [...(ticketsOf.get(i) ?? []), no]);
}
const noTicket = sent.filter((i) => !ticketsOf.has(i));
const twoTickets = sent.filter((i) => (ticketsOf.get(i)?.length ?? 0) > 1);
const seqs = all.map(([, seq]) => Number(seq)).sort((a, b) => a - b);
const numbering = seqs.every((seq, index) => seq === index + 1) ? 'contiguous' : 'with gaps or repeats';
const unanswered = all.filter(([no = '']) => deliveredTo(no) === 0).map(([no]) => no);
const answeredTwice = all.filter(([no = '']) => deliveredTo(no) > 1).map(([no]) => no);
const lost = noTicket.length + unanswered.length;
const twice = twoTickets.length + answeredTwice.length;
if (lost + twice > 0) {
  console.log(`no ticket: ${noTicket.join(', ')}; two tickets: ${twoTickets.join(', ')}`);
  console.log(`unanswered: ${unanswered.join(', ')}; answered twice: ${answeredTwice.join(', ')}`);
  console.log(
    execFileSync(
      'psql',
      [`${PG}/${DATABASE}`, '-c', `SELECT status, count(*), max(last_error) FROM outbox_messages GROUP BY status`],
      { stdio: 'pipe' },
    ).toString(),
  );
}

clearInterval(sampleRss);
for (const child of instances) child.kill('SIGTERM');
await sleep(1_000);
await stopRedis();
await wecom.close();
try {
  psql(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
} catch {}

console.log(
  `\nload and fault test, ${systemClock.now().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.versions.node}, PostgreSQL + Redis`,
);
console.log('| endpoint | messages/s | p50 ms | p99 ms | errors |');
console.log('| --- | --- | --- | --- | --- |');
console.log(
  `| POST /local/messages (answered in the response) | ${local.perSecond} | ${local.p50} | ${local.p99} | ${local.errors} |`,
);
console.log(
  `| POST /wecom/callback (stored, then acknowledged) | ${wecomRun.perSecond} | ${wecomRun.p50} | ${wecomRun.p99} | ${wecomRun.errors} |`,
);
console.log(`peak RSS of the service: ${peakRssMb} MB`);
console.log(
  `callbacks acknowledged but not yet answered after the burst: ${backlog}, answered in ${drainS.toFixed(0)} s (${Math.round(backlog / Math.max(drainS, 1))}/s)`,
);
console.log(
  `\nfaults: ${sent.length} WeCom messages filing feedback at ${RATE_PER_S}/s, ${PHASE_S} s per phase; ${retries} deliveries retried by the sender`,
);
for (const line of timeline) console.log(`- ${line}`);
console.log(`service log: ${LOG_FILE}`);
console.log(
  `tickets: ${all.length} for ${sent.length} messages, numbered ${numbering}; messages without a ticket: ${noTicket.length}, with two: ${twoTickets.length}`,
);
console.log(
  `answers: each ticket answered once: ${all.length - unanswered.length - answeredTwice.length}, unanswered: ${unanswered.length}, answered twice: ${answeredTwice.length}`,
);
process.exit(lost === 0 && twice === 0 && numbering === 'contiguous' ? 0 : 1);
