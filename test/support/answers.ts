import { eventually } from './fake-platforms.js';
import type { TestService } from './test-service.js';

/**
 * Waits until a platform message has been answered and each reply had its delivery attempt (sent, failed, or
 * deferred for a retry). The service answers asynchronously and its own dispatcher may be sending concurrently.
 */
export async function waitForAnswer(
  service: TestService,
  channel: 'WECOM' | 'DINGTALK',
  messageId: string,
): Promise<void> {
  const prisma = service.database.prisma;
  await eventually(async () => {
    const row = await prisma.inboundMessage.findFirst({ where: { channel, dedupeKey: messageId } });
    return row?.status === 'PROCESSED';
  });
  await eventually(async () => {
    await service.services.dispatcher.tick();
    const rows = await prisma.outboxMessage.findMany({
      where: { dedupeKey: { startsWith: `reply:${channel}:${messageId}:` } },
    });
    return rows.every((row) => row.status !== 'PENDING' || (row.attempts > 0 && row.lockedUntil === null));
  });
}
