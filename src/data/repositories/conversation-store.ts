import type { ConversationState, ConversationStore } from '../../bot/conversation.js';
import type { Db } from '../database.js';

export class PrismaConversationStore implements ConversationStore {
  constructor(private readonly db: Db) {}

  async save(personId: string, state: ConversationState): Promise<void> {
    await this.db.conversation.upsert({
      where: { personId },
      create: { personId, state },
      update: { state },
    });
  }
}
