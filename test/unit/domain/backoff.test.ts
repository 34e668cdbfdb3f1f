import { describe, expect, it } from 'vitest';
import { backoffMs } from '../../../src/delivery/dispatcher.js';

describe('retry backoff', () => {
  it('doubles from 5 seconds and stops growing at 30 minutes, within ±20% jitter', () => {
    expect(backoffMs(0, () => 0.5)).toBe(5_000);
    expect(backoffMs(1, () => 0.5)).toBe(10_000);
    expect(backoffMs(3, () => 0.5)).toBe(40_000);
    expect(backoffMs(20, () => 0.5)).toBe(1_800_000);
    expect(backoffMs(2, () => 0)).toBe(16_000);
    expect(backoffMs(2, () => 1)).toBe(24_000);
  });
});
