import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Programme dates must not depend on the host's zone: run the suite in a zone far from Asia/Shanghai.
    env: { TZ: 'America/Los_Angeles' },
  },
});
