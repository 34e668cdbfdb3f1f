import type { NoticeAddressing } from '../outbox/notices.js';
import type { NewOutboxMessage } from '../outbox/outbox.js';
import type { Person } from '../programme/types.js';
import { type PostedPeople, type PostedPerson, type Posting, peopleOf } from '../visits/visit-ledger.js';

/** What the service reads of the roster to pass a message on. */
export interface PostingDirectory {
  activePostings(filter: { enterpriseId?: string }): Promise<Posting[]>;
  postedTo(assignmentIds: string[]): Promise<Map<string, PostedPeople>>;
}

/** Where passed-on messages go: the outbox, in the unit of work that answers the sender. */
export interface MessageQueue {
  enqueue(message: NewOutboxMessage): Promise<boolean>;
}

export type PassOnOutcome = { kind: 'passed-on'; to: PostedPerson[] } | { kind: 'no-specialist' };

/** The longest message passed on: a request to come, not a document. */
export const MAX_PASSED_ON = 500;

/**
 * An enterprise's words for its own specialist (「陈老师能不能再来一趟」), passed on through the outbox: to the
 * specialist posted there, or every member of the team. Each message once, however often the sender's 「是」 arrives.
 */
export class SpecialistMessages {
  constructor(
    private readonly postings: PostingDirectory,
    private readonly addressing: NoticeAddressing,
    private readonly queue: MessageQueue,
  ) {}

  /** The people serving the person's enterprise, the leader of a team first. */
  async specialistsOf(person: Person): Promise<{ posting: Posting; people: PostedPerson[] }[]> {
    if (person.role !== 'ENTERPRISE_CONTACT' || !person.enterpriseId) return [];
    const postings = await this.postings.activePostings({ enterpriseId: person.enterpriseId });
    const posted = await this.postings.postedTo(postings.map((posting) => posting.assignmentId));
    return postings.map((posting) => ({ posting, people: peopleOf(posted.get(posting.assignmentId)) }));
  }

  /** Passes the words on; `ref` names the message they came in (a retry of it enqueues nothing new). */
  async passOn(sender: Person, text: string, ref: string): Promise<PassOnOutcome> {
    const served = await this.specialistsOf(sender);
    const to = served.flatMap((s) => s.people);
    if (to.length === 0) return { kind: 'no-specialist' };
    const words = text.length > MAX_PASSED_ON ? `${text.slice(0, MAX_PASSED_ON)}…` : text;
    const notices = served.flatMap(({ posting, people }) =>
      people.map((person) => ({
        recipientId: person.id,
        kind: 'enterprise-message',
        text: `【${posting.shortName ?? posting.enterpriseName}·${sender.name}】请助手转告您：\n${words}\n（企业联系人发来的留言，请直接与企业联系。）`,
        dedupeKey: `enterprise-message:${ref}:${person.id}`,
      })),
    );
    for (const message of await this.addressing.address(notices)) await this.queue.enqueue(message);
    return { kind: 'passed-on', to };
  }
}
