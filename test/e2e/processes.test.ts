import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEntryPoint } from '../support/child-service.js';
import { testDatabaseUrl, uniqueSuffix } from '../support/env.js';
import { adminQuery, testDatabaseUrlFor } from '../support/test-database.js';

const URL_IN_LOG = /"url":"(http:\/\/[^"]+)"/;

describe('starting and stopping the service', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'kjtpy-e2e-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('fails fast on a bad environment value, naming the variable', async () => {
    const child = runEntryPoint('src/main.ts', { PORT: 'eighty', LOG_LEVEL: 'loud' });
    expect(await child.exited()).toBe(1);
    expect(child.output()).toContain('PORT');
    expect(child.output()).toContain('LOG_LEVEL');
  });

  it('starts on the embedded default, migrates it, and stops cleanly on SIGTERM, twice on the same data directory', async () => {
    const env = { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info' };
    for (let run = 0; run < 2; run++) {
      const child = runEntryPoint('src/main.ts', env);
      const [, url] = await child.waitFor(URL_IN_LOG);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      expect(await (await fetch(`${url}/readyz`)).json()).toMatchObject({ status: 'ready' });
      // `npm start` on the embedded default: the local channel, which trusts any userId, is off.
      expect((await fetch(`${url}/local/messages`, { method: 'POST' })).status).toBe(404);
      child.process.kill('SIGTERM');
      expect(await child.exited()).toBe(0);
      expect(child.output()).toContain('SIGTERM received');
    }
  });
});

describe('npm run demo', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'kjtpy-demo-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('serves the demo roster with the local channel on and the demo admin token', async () => {
    const child = runEntryPoint('src/demo.ts', { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
    try {
      const [, url] = await child.waitFor(/running at (http:\/\/\S+)/);
      const progress = await fetch(`${url}/admin/progress`, { headers: { authorization: 'Bearer demo-admin-token' } });
      const body = (await progress.json()) as { assignments: { assignmentId: string }[] };
      expect(body.assignments.map((a) => a.assignmentId)).toEqual([
        'A-001',
        'A-002',
        'A-003',
        'A-004',
        'A-005',
        'A-006',
      ]);
      const chat = await fetch(`${url}/local/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userId: 'huang.liping', text: '你好' }),
      });
      const reply = (await chat.json()) as { replies: { text: string }[] };
      expect(reply.replies[0]?.text).toContain('黄丽萍');
    } finally {
      child.process.kill('SIGTERM');
      await child.exited();
    }
  });
});

describe.runIf(testDatabaseUrl)('on PostgreSQL', () => {
  const name = `kjtpy_e2e_${uniqueSuffix()}`;
  beforeAll(async () => {
    await adminQuery(`CREATE DATABASE "${name}"`);
  });
  afterAll(async () => {
    await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  it('refuses to start before `npm run db:migrate`, and starts after it', async () => {
    const env = { DATABASE_URL: testDatabaseUrlFor(name), PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' };
    const early = runEntryPoint('src/main.ts', env);
    expect(await early.exited()).toBe(1);
    expect(early.output()).toContain('npm run db:migrate');

    const migrate = runEntryPoint('src/data/migrate-cli.ts', env);
    expect(await migrate.exited(60_000)).toBe(0);
    expect(migrate.output()).toContain('Applied: ');
    const again = runEntryPoint('src/data/migrate-cli.ts', env);
    expect(await again.exited(60_000)).toBe(0);
    expect(again.output()).toContain('up to date');

    const child = runEntryPoint('src/main.ts', env);
    const [, url] = await child.waitFor(URL_IN_LOG);
    expect(await (await fetch(`${url}/readyz`)).json()).toMatchObject({ status: 'ready' });
    // Production mode: the local channel is off.
    expect((await fetch(`${url}/local/messages`, { method: 'POST' })).status).toBe(404);
    child.process.kill('SIGTERM');
    expect(await child.exited()).toBe(0);
  });
});
