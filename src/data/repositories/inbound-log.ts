import type { InboundLog } from '../../bot/inbound-log.js';
import type { InboundMessage } from '../../platforms/contract.js';
import type { Db } from '../database.js';

export class PrismaInboundLog implements InboundLog {
  constructor(private readonly db: Db) {}

  /** One statement: a second delivery of the same message hits the unique key and returns nothing. */
  async record(message: InboundMessage): Promise<{ id: string } | null> {
    const rows = await this.db.$queryRaw<{ id: string }[]>`
      INSERT INTO inbound_messages (channel, dedupe_key, sender_account_id, conversation_id, conversation_type, text, payload)
      VALUES (${message.channel}::"Channel", ${message.messageId}, ${message.senderId}, ${message.conversationId},
              ${message.conversationKind}, ${message.text}, ${JSON.stringify(message)}::jsonb)
      ON CONFLICT (channel, dedupe_key) DO NOTHING
      RETURNING id::text`;
    return rows[0] ?? null;
  }

  async markProcessed(id: string): Promise<void> {
    await this.db.inboundMessage.update({
      where: { id },
      data: { status: 'PROCESSED', processedAt: new Date(), attempts: { increment: 1 } },
    });
  }

  async markFailed(id: string, error: string): Promise<void> {
    await this.db.inboundMessage.update({
      where: { id },
      data: { status: 'FAILED', lastError: error.slice(0, 1_000), attempts: { increment: 1 } },
    });
  }
}
