import type { NoticeAddressing } from '../outbox/notices.js';
import type { NewOutboxMessage } from '../outbox/outbox.js';
import { cityNamedIn, type Person, type PersonRole } from '../programme/types.js';
import { matchEnterprise } from '../visits/enterprise-match.js';
import { type PostedPeople, type PostedPerson, type Posting, peopleOf } from '../visits/visit-ledger.js';

/** What the service reads of the roster to pass a message on. */
export interface PassOnDirectory {
  activePostings(filter: { enterpriseId?: string; cityName?: string }): Promise<Posting[]>;
  postingsOf(personId: string): Promise<Posting[]>;
  postedTo(assignmentIds: string[]): Promise<Map<string, PostedPeople>>;
  withRole(role: PersonRole, filter: { enterpriseId?: string }): Promise<Person[]>;
}

/** Where passed-on messages go: the outbox, in the unit of work that answers the sender. */
export interface MessageQueue {
  enqueue(message: NewOutboxMessage): Promise<boolean>;
}

/** Who a message is for, as the reply names them (「陈思远老师」, 「龙城齿轮的孙建立」, 「柳州市的3位科技特派员」). */
export type Recipients =
  | { kind: 'found'; to: PostedPerson[]; named: string }
  | { kind: 'none'; why: 'no-posting' | 'no-contact' | 'which-enterprise' | 'name-them' };

/** The longest message passed on: a request or a notice, not a document. */
export const MAX_PASSED_ON = 500;

/** 「所有特派员」, 「全体特派员」, 「本市的特派员」: everyone in an official's scope (or a city the office names). */
const EVERYONE = /所有|全体|全部|各位|每个|每位|大家|本市|全市|全区/;
/** How a surname is said with a title (「陈老师」, 「刘教授」). */
const TITLED = /([\u4e00-\u9fa5])(?:老师|教授|博士|专家|研究员|工|总|经理|主任|厂长|部长)/g;

const SENDER_LABELS: Record<PersonRole, string> = {
  SPECIALIST: '科技特派员',
  ENTERPRISE_CONTACT: '企业联系人',
  CITY_OFFICIAL: '设区市服务站',
  REGION_OFFICIAL: '自治区工作办',
  ADMIN: '管理员',
};

/**
 * The people a message names among those it may go to: by full name, or by surname and title when that is one
 * person (「陈老师」); null when it names none of them.
 */
function namedAmong(text: string, people: PostedPerson[]): PostedPerson[] | null {
  const full = people.filter((person) => person.name.length >= 2 && text.includes(person.name));
  if (full.length > 0) return full;
  const surnames = [...text.matchAll(TITLED)].map((m) => m[1]);
  const titled = people.filter((person) => surnames.includes(person.name.slice(0, 1)));
  return titled.length > 0 && new Set(titled.map((p) => p.name.slice(0, 1))).size === titled.length ? titled : null;
}

const once = (people: PostedPerson[]) => [...new Map(people.map((person) => [person.id, person])).values()];

/**
 * Words said to the bot for someone else, passed on through the outbox: an enterprise's to its specialist (「陈老师能不
 * 能再来一趟」), a specialist's to the enterprise (「帮我跟孙经理说一下明天上午过去」), an official's to a specialist of
 * their scope (「提醒一下陈老师这个月还没去企业」) or to all of them. Each message once, however often 「是」 arrives.
 */
export class PassedOnMessages {
  constructor(
    private readonly directory: PassOnDirectory,
    private readonly addressing: NoticeAddressing,
    private readonly queue: MessageQueue,
  ) {}

  async recipientsFor(sender: Person, text: string): Promise<Recipients> {
    switch (sender.role) {
      case 'ENTERPRISE_CONTACT':
        return this.specialistsOfEnterprise(sender);
      case 'SPECIALIST':
        return this.contactsOfPosting(sender, text);
      case 'CITY_OFFICIAL':
      case 'REGION_OFFICIAL':
        return this.specialistsInScope(sender, text);
      default:
        return { kind: 'none', why: 'no-posting' };
    }
  }

  /** Passes the words on to the people offered; `ref` names the message they came in (its retry enqueues nothing). */
  async passOn(sender: Person, text: string, ref: string, to: PostedPerson[]): Promise<void> {
    const words = text.length > MAX_PASSED_ON ? `${text.slice(0, MAX_PASSED_ON)}…` : text;
    const notices = to.map((person) => ({
      recipientId: person.id,
      kind: 'passed-on-message',
      text: `【转告】${SENDER_LABELS[sender.role]}${sender.name}请助手转告您：\n${words}\n（如需回复，请直接联系${sender.name}。）`,
      dedupeKey: `passed-on:${ref}:${person.id}`,
    }));
    for (const message of await this.addressing.address(notices)) await this.queue.enqueue(message);
  }

  private async specialistsOfEnterprise(sender: Person): Promise<Recipients> {
    if (!sender.enterpriseId) return { kind: 'none', why: 'no-posting' };
    const postings = await this.directory.activePostings({ enterpriseId: sender.enterpriseId });
    const posted = await this.directory.postedTo(postings.map((posting) => posting.assignmentId));
    const to = once(postings.flatMap((posting) => peopleOf(posted.get(posting.assignmentId))));
    if (to.length === 0) return { kind: 'none', why: 'no-posting' };
    return {
      kind: 'found',
      to,
      named: `${to.map((person) => person.name).join('、')}${to.length > 1 ? '几位' : ''}老师`,
    };
  }

  private async contactsOfPosting(sender: Person, text: string): Promise<Recipients> {
    const postings = (await this.directory.postingsOf(sender.id)).filter((posting) => posting.active);
    const match = matchEnterprise(text, postings);
    const posting =
      match.kind === 'found' ? postings.find((p) => p.assignmentId === match.posting.assignmentId) : undefined;
    const only = posting ?? (postings.length === 1 ? postings[0] : undefined);
    if (!only) return { kind: 'none', why: postings.length === 0 ? 'no-posting' : 'which-enterprise' };
    const contacts = await this.directory.withRole('ENTERPRISE_CONTACT', { enterpriseId: only.enterpriseId });
    if (contacts.length === 0) return { kind: 'none', why: 'no-contact' };
    const to = namedAmong(text, contacts) ?? contacts;
    return {
      kind: 'found',
      to,
      named: `${only.shortName ?? only.enterpriseName}的${to.map((p) => p.name).join('、')}`,
    };
  }

  private async specialistsInScope(sender: Person, text: string): Promise<Recipients> {
    const city = sender.role === 'CITY_OFFICIAL' ? sender.cityName : cityNamedIn(text);
    const postings = await this.directory.activePostings(city ? { cityName: city } : {});
    const posted = await this.directory.postedTo(postings.map((posting) => posting.assignmentId));
    const everyone = once(postings.flatMap((posting) => peopleOf(posted.get(posting.assignmentId))));
    const named = namedAmong(text, everyone);
    if (named) return { kind: 'found', to: named, named: named.map((person) => `${person.name}老师`).join('、') };
    const all = EVERYONE.test(text) || (sender.role === 'REGION_OFFICIAL' && city !== null);
    if (!all || everyone.length === 0) return { kind: 'none', why: 'name-them' };
    return { kind: 'found', to: everyone, named: `${city ?? '全区'}的${everyone.length}位科技特派员` };
  }
}
