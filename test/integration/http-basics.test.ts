import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { systemClock } from '../../src/common/clock.js';
import { createLogger } from '../../src/common/logger.js';
import { buildServices } from '../../src/composition.js';
import { loadConfig } from '../../src/config/env.js';
import { openPostgres } from '../../src/data/database.js';
import type { KeyValueStore } from '../../src/store/key-value-store.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { createTestService, type TestService } from '../support/test-service.js';

class UnreachableStore extends MemoryStore implements KeyValueStore {
  override async ping(): Promise<void> {
    throw new Error('connect ECONNREFUSED 127.0.0.1:6379');
  }
}

describe('health, readiness and errors', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await createTestService({ demo: false });
  });
  afterAll(async () => {
    await service?.close();
  });

  it('reports the process up and the service ready', async () => {
    expect((await request(service.handler).get('/healthz')).body).toEqual({ status: 'ok' });
    const ready = await request(service.handler).get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready', checks: { database: 'ok', store: 'ok' } });
  });

  it('answers an unknown route with a JSON 404 and a request id', async () => {
    const response = await request(service.handler).get('/nowhere');
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('NOT_FOUND');
    expect(response.body.requestId).toBe(response.headers['x-request-id']);
  });

  it("keeps the caller's request id when it is sane, and replaces it when not", async () => {
    const kept = await request(service.handler).get('/healthz').set('x-request-id', 'lb-1234.abc');
    expect(kept.headers['x-request-id']).toBe('lb-1234.abc');
    const replaced = await request(service.handler).get('/healthz').set('x-request-id', '<script>');
    expect(replaced.headers['x-request-id']).not.toBe('<script>');
    expect(replaced.headers['x-request-id']).toMatch(/^[\w-]+$/);
  });

  it('answers a wrong method with 405', async () => {
    expect((await request(service.handler).delete('/healthz')).status).toBe(405);
  });
});

describe('readiness when a dependency is down', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await createTestService({ demo: false, store: new UnreachableStore() });
  });
  afterAll(async () => {
    await service?.close();
  });

  it('answers 503 naming the failing dependency, without internals, while /healthz stays up', async () => {
    const ready = await request(service.handler).get('/readyz');
    expect(ready.status).toBe(503);
    expect(ready.body).toEqual({ status: 'unavailable', checks: { database: 'ok', store: 'down' } });
    expect(JSON.stringify(ready.body)).not.toContain('ECONNREFUSED');
    expect((await request(service.handler).get('/healthz')).status).toBe(200);
  });
});

describe('readiness when the database is unreachable', () => {
  it('answers 503 with the database down', async () => {
    // Nothing listens on port 1: every query fails to connect.
    const database = await openPostgres('postgresql://nobody@127.0.0.1:1/none', { requireMigrated: false });
    const services = await buildServices(loadConfig({ LOG_LEVEL: 'silent' }), {
      logger: createLogger('silent'),
      clock: systemClock,
      database,
      store: new MemoryStore(),
    });
    try {
      const ready = await request(createApp(services).callback()).get('/readyz');
      expect(ready.status).toBe(503);
      expect(ready.body.checks).toEqual({ database: 'down', store: 'ok' });
    } finally {
      await services.close();
    }
  });
});
