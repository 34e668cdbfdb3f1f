/** The WeCom app the benchmark's processes share: the service's configuration and the load generator's signing. */
export const BENCH_WECOM = {
  corpId: 'ww-bench',
  agentId: '1000002',
  secret: 'bench-secret',
  token: 'BenchToken1',
  aesKey: 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C',
} as const;
