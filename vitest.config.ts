import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Programme dates must not depend on the host's zone: unless a zone is set (TZ=UTC, TZ=Asia/Shanghai to check
    // those), the suite runs in one far from Asia/Shanghai.
    env: { TZ: process.env.TZ || 'America/Los_Angeles' },
  },
});
