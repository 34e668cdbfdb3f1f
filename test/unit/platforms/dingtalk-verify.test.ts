import { describe, expect, it } from 'vitest';
import { sign, verifyCallback } from '../../../src/platforms/dingtalk/verify.js';

describe('DingTalk robot callback signature', () => {
  it('matches the published vector for the documented example timestamp', () => {
    expect(sign('1577262236757', 'this is a secret')).toBe('DJrE6qdyVGCQz9z5r2MDuNcNAhwYnuAkyj13cx169CA=');
  });

  it('accepts a signed request within an hour and refuses older, forged or missing ones', () => {
    const now = 1_800_000_000_000;
    const fresh = String(now - 3_500_000);
    expect(verifyCallback({ timestamp: fresh, sign: sign(fresh, 's') }, 's', now)).toBe('ok');
    const old = String(now - 3_700_000);
    expect(verifyCallback({ timestamp: old, sign: sign(old, 's') }, 's', now)).toBe('stale');
    expect(verifyCallback({ timestamp: fresh, sign: sign(fresh, 'other') }, 's', now)).toBe('forged');
    expect(verifyCallback({ timestamp: fresh }, 's', now)).toBe('forged');
    expect(verifyCallback({ timestamp: 'abc', sign: 'x' }, 's', now)).toBe('forged');
  });
});
