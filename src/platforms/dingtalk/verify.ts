import { createHmac, timingSafeEqual } from 'node:crypto';

/** DingTalk accepts a callback whose timestamp is within an hour of now. */
export const MAX_CLOCK_SKEW_MS = 3_600_000;

export function sign(timestamp: string, appSecret: string): string {
  return createHmac('sha256', appSecret).update(`${timestamp}\n${appSecret}`).digest('base64');
}

/**
 * Robot callback check (https://open.dingtalk.com/document/orgapp/receive-message): header `sign` =
 * Base64(HmacSHA256(appSecret, timestamp + "\n" + appSecret)), header `timestamp` within an hour.
 */
export function verifyCallback(
  headers: { timestamp?: string; sign?: string },
  appSecret: string,
  now: number,
): 'ok' | 'stale' | 'forged' {
  const { timestamp, sign: given } = headers;
  if (!timestamp || !given || !/^\d{10,16}$/.test(timestamp)) return 'forged';
  const expected = Buffer.from(sign(timestamp, appSecret));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return 'forged';
  return Math.abs(now - Number(timestamp)) > MAX_CLOCK_SKEW_MS ? 'stale' : 'ok';
}
