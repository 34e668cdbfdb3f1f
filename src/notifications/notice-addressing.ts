import { splitUtf8 } from '../common/text-chunks.js';
import type { Notice, NoticeAddressing } from '../domain/outbox/notices.js';
import type { NewOutboxMessage } from '../domain/outbox/outbox.js';
import type { PersonDirectory } from '../domain/people/person-directory.js';
import type { Channel } from '../domain/programme/types.js';
import type { ReplyTarget } from '../platforms/contract.js';
import { MAX_MESSAGE_BYTES } from '../platforms/limits.js';

/** Channels in the order a notice prefers them: the platforms people work in first, the local channel last. */
const PREFERENCE: Channel[] = ['WECOM', 'DINGTALK', 'LOCAL'];

function targetOf(channel: Channel, accountId: string): ReplyTarget {
  if (channel === 'DINGTALK') return { channel, staffId: accountId, conversationKind: 'direct' };
  return { channel, userId: accountId };
}

/** Sends each notice to the recipient's account on the first configured channel they have one on. */
export class ChatNoticeAddressing implements NoticeAddressing {
  private readonly channels: Channel[];

  constructor(
    private readonly people: PersonDirectory,
    configured: Channel[],
  ) {
    this.channels = PREFERENCE.filter((channel) => configured.includes(channel));
  }

  async address(notices: Notice[]): Promise<NewOutboxMessage[]> {
    if (notices.length === 0) return [];
    const accounts = await this.people.accountsOf([...new Set(notices.map((n) => n.recipientId))]);
    return notices.flatMap((notice) => {
      const own = accounts.get(notice.recipientId) ?? [];
      const account =
        notice.account && this.channels.includes(notice.account.channel)
          ? notice.account
          : this.channels.map((channel) => own.find((a) => a.channel === channel)).find((a) => a !== undefined);
      if (!account) return [];
      const parts = splitUtf8(notice.text, MAX_MESSAGE_BYTES[account.channel]);
      return parts.map((text, index) => ({
        channel: account.channel,
        recipientId: notice.recipientId,
        kind: notice.kind,
        text,
        format: notice.format ?? 'TEXT',
        dedupeKey: parts.length === 1 ? notice.dedupeKey : `${notice.dedupeKey}#${index}`,
        target: targetOf(account.channel, account.accountId),
      }));
    });
  }
}
