import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/env.js';

function configError(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
}

describe('configuration from the environment', () => {
  it('runs on the embedded default with nothing set', () => {
    const config = loadConfig({});
    expect(config.http.port).toBe(3000);
    expect(config.database.kind).toBe('embedded');
    expect(config.store.kind).toBe('memory');
    expect(config.adminToken).toBeUndefined();
    expect(config.localChannelEnabled).toBe(false);
    expect(config.quota).toEqual({ visitsPerYear: 5, daysPerYear: 30 });
  });

  it('uses PostgreSQL and Redis when their URLs are set, and keeps the local channel off there', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgresql://app@db:5432/kjtpy',
      REDIS_URL: 'redis://cache:6379',
      ADMIN_TOKEN: 'a-long-enough-admin-token',
    });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgresql://app@db:5432/kjtpy' });
    expect(config.store).toMatchObject({ kind: 'redis', url: 'redis://cache:6379' });
    expect(config.localChannelEnabled).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/x', LOCAL_CHANNEL_ENABLED: 'true' }).localChannelEnabled).toBe(
      true,
    );
  });

  it('treats empty variables as unset', () => {
    const config = loadConfig({ PORT: '', DATABASE_URL: '', ADMIN_TOKEN: '' });
    expect(config.http.port).toBe(3000);
    expect(config.database.kind).toBe('embedded');
    expect(config.adminToken).toBeUndefined();
  });

  it('takes the quotas from configuration', () => {
    expect(loadConfig({ VISIT_QUOTA_PER_YEAR: '6', DAY_QUOTA_PER_YEAR: '40' }).quota).toEqual({
      visitsPerYear: 6,
      daysPerYear: 40,
    });
  });

  it('names every bad variable in one message', () => {
    const message = configError({
      PORT: 'eighty',
      DATABASE_URL: 'mysql://db/x',
      REDIS_URL: 'not a url',
      LOG_LEVEL: 'loud',
      VISIT_QUOTA_PER_YEAR: '0',
      DAY_QUOTA_PER_YEAR: '2.5',
    });
    for (const name of [
      'PORT',
      'DATABASE_URL',
      'REDIS_URL',
      'LOG_LEVEL',
      'VISIT_QUOTA_PER_YEAR',
      'DAY_QUOTA_PER_YEAR',
    ]) {
      expect(message).toContain(`${name}:`);
    }
  });

  it('never echoes a secret it refuses', () => {
    const message = configError({ ADMIN_TOKEN: 'short-secret' });
    expect(message).toContain('ADMIN_TOKEN');
    expect(message).not.toContain('short-secret');
  });

  it('refuses an out-of-range port', () => {
    expect(configError({ PORT: '70000' })).toContain('PORT');
  });
});

describe('.env.example', () => {
  it('lists exactly the variables the configuration reads, and parses', async () => {
    const { readFile } = await import('node:fs/promises');
    const { envSchema } = await import('../../../src/config/env.js');
    const text = await readFile(new URL('../../../.env.example', import.meta.url), 'utf8');
    const entries = Object.fromEntries(
      text
        .split('\n')
        .filter((line) => /^[A-Z_]+=/.test(line))
        .map((line) => line.split('=', 2) as [string, string]),
    );
    expect(Object.keys(entries).sort()).toEqual(Object.keys(envSchema.shape).sort());
    expect(() => loadConfig(entries)).not.toThrow();
  });
});
