/** Asia/Shanghai has no daylight saving time: a fixed offset is exact. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
export const QUIET_FROM_HOUR = 21;
export const QUIET_UNTIL_HOUR = 8;

/**
 * When `now` falls in the night's quiet hours (21:00–08:00 Asia/Shanghai), the moment they end; otherwise null.
 * Messages the service pushes on its own wait until then; replies to a person's own message do not.
 */
export function quietHoursEnd(now: Date): Date | null {
  const local = new Date(now.getTime() + SHANGHAI_OFFSET_MS);
  const hour = local.getUTCHours();
  if (hour >= QUIET_UNTIL_HOUR && hour < QUIET_FROM_HOUR) return null;
  const end = new Date(local);
  end.setUTCHours(QUIET_UNTIL_HOUR, 0, 0, 0);
  if (hour >= QUIET_FROM_HOUR) end.setUTCDate(end.getUTCDate() + 1);
  return new Date(end.getTime() - SHANGHAI_OFFSET_MS);
}
