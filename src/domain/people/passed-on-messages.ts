import { clip } from '../../common/text-chunks.js';
import type { NoticeAddressing } from '../outbox/notices.js';
import type { NewOutboxMessage } from '../outbox/outbox.js';
import { CITY_NAMES, cityNamedIn, type Person, type PersonRole } from '../programme/types.js';
import { matchEnterprise } from '../visits/enterprise-match.js';
import { type PostedPeople, type PostedPerson, type Posting, peopleOf, peopleServing } from '../visits/visit-ledger.js';
import { familyNamesBefore, SPECIALIST_TITLES } from './family-names.js';
import { checkersOf } from './station-officials.js';

/** What the service reads of the roster to pass a message on. */
export interface PassOnDirectory {
  activePostings(filter: { enterpriseId?: string; cityName?: string }): Promise<Posting[]>;
  postingsOf(personId: string): Promise<Posting[]>;
  postedTo(assignmentIds: string[]): Promise<Map<string, PostedPeople>>;
  withRole(role: PersonRole, filter?: { enterpriseId?: string; cityName?: string }): Promise<Person[]>;
}

/** Where passed-on messages go: the outbox, in the unit of work that answers the sender. */
export interface MessageQueue {
  enqueue(message: NewOutboxMessage): Promise<boolean>;
}

/** Who a message is for, as the reply names them (「陈思远老师」, 「龙城齿轮的孙建立」, 「柳州市的3位科技特派员」). */
export type Recipients =
  /** `everyone`: all the specialists of the official's scope (or of the city named), not people named. */
  | { kind: 'found'; to: PostedPerson[]; named: string; everyone?: boolean }
  | { kind: 'none'; why: 'no-posting' | 'no-contact' | 'which-enterprise' | 'name-them' | 'unknown-person' };

/** The longest message passed on: a request or a notice, not a document. */
export const MAX_PASSED_ON = 500;

/**
 * 「所有特派员」, 「全区特派员」, 「本市的特派员」: every specialist of an official's scope; a station's 本市, the office's
 * 全区 (「提醒一下陈老师这个月全部的走访…」 is for 陈老师 alone).
 */
const EVERYONE: Record<'CITY_OFFICIAL' | 'REGION_OFFICIAL', RegExp> = {
  CITY_OFFICIAL: /(?:所有|全体|全部|各位|每个|每位|本市|全市)(?:的)?(?:科技)?特派员|大家/,
  REGION_OFFICIAL: /(?:所有|全体|全部|各位|每个|每位|全区)(?:的)?(?:科技)?特派员|大家/,
};
/** How an enterprise's contact is named by surname and title (「孙经理」, 「王总」). */
const CONTACT_TITLED = /([\u4e00-\u9fa5])(?:经理|总|主任|厂长|部长|工|主管|科长)/g;
/** Someone a specialist's words are not for the enterprise (「帮我跟服务站说一下下周请假」). */
const NOT_THE_ENTERPRISE = /服务站|工作办|学校|学院|单位领导/;

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
/**
 * How a message to be passed on opens when it asks the bot to pass it on (「帮我跟孙经理说一下」, 「通知所有特派员：」,
 * 「给所有特派员发个通知：」): said to the bot, not to them, so it is left out of what they receive.
 */
const ASKED_TO_PASS_ON = [
  /^(?:请|麻烦|劳驾)?你?(?:帮我|帮忙|替我)?(?:跟|和|给|向)\s*[^，,：:。！!？?\s]{1,12}?(?:说一下|说一声|说下|讲一下|讲一声|带个话|打个招呼|转告一下|转达一下)[，,：:。\s]*/,
  // 「提醒一下陈老师抓紧把天数补上，…」 keeps its request: only a short name before the comma is whom.
  /^(?:请|麻烦)?(?:帮我|帮忙)?(?:告诉|通知|转告|转达|提醒)(?:一下)?\s*[^，,：:。！!？?\s]{1,6}[，,：:]\s*/,
  /^(?:请|麻烦)?(?:帮我|帮忙)?(?:给|向)\s*[^，,：:。！!？?\s]{1,12}?发(?:个|一个|一条)?(?:通知|消息)[，,：:。\s]*/,
];

/** Words that only urge (「催一下」, 「督促」, 「抓紧」) and say whom: what is said to them is their own progress. */
const URGING = /催(?:一下|一催|催|促|下)?|督促(?:一下)?|敦促(?:一下)?|提醒(?:一下)?|抓紧|赶紧|加快|加把劲/g;
const URGED = new RegExp(
  [
    '请|麻烦|你|帮我|帮忙|一下|吧|啊|呀|了',
    '所有|全体|全部|各位|每个|每位|本市|全市|全区|那些|这些|几个|几位|大家',
    '进度落后|落后|没达标|未达标|不达标|进度慢',
    '的|们|科技|特派员|特派团|老师|进度|服务|走访|工作|任务',
    `(?:${CITY_NAMES})市?`,
    '[\\s，,。.！!~]',
  ].join('|'),
  'g',
);

/**
 * 「催一下玉林的特派员」, 「督促进度落后的特派员抓紧」, 「催催陈老师」: an urging with nothing of its own to pass on beyond
 * whom (`names` of the people it names are left out too).
 */
export function onlyUrges(text: string, names: string[] = []): boolean {
  if (!/催|督促|敦促|抓紧|赶紧|加快/.test(text) && !/^(?:请|麻烦)?(?:帮我|帮忙)?提醒/.test(text)) return false;
  let rest = text.replace(URGING, ' ');
  for (const name of names) rest = rest.replaceAll(name, ' ');
  rest = rest.replace(SPECIALIST_TITLES, ' ').replace(URGED, '');
  return rest.length === 0;
}

/** The words for the people they are passed on to: the message less its asking the bot, when more is left. */
export function wordsForThem(text: string): string {
  for (const lead of ASKED_TO_PASS_ON) {
    const rest = text.trim().replace(lead, '');
    if (rest !== text.trim() && rest.length >= 4) return rest;
  }
  return text;
}

/** After a person's name (or surname and title): their team is meant (「李明团队」, 「李老师他们」, 「李明那个团」). */
const TEAM_AFTER_NAME =
  /^(?:[\u4e00-\u9fa5]{0,2}?(?:老师|教授|博士|专家|研究员))?(?:的)?(?:团队|他们|她们|那个团|那个团队|特派团|那几位|几位老师)/;

function teamMeant(text: string, name: string): boolean {
  const at = [
    text.indexOf(name),
    text.indexOf(`${name.slice(0, 1)}老师`),
    text.indexOf(`${name.slice(0, 1)}教授`),
  ].filter((index) => index >= 0);
  return at.some((index) => TEAM_AFTER_NAME.test(text.slice(index + (text.startsWith(name, index) ? name.length : 1))));
}

/** The people named, and with those whose team is meant everyone serving the postings they serve. */
function withTheirTeams(
  named: PostedPerson[],
  teams: PostedPerson[],
  postings: Posting[],
  posted: Map<string, PostedPeople>,
): PostedPerson[] {
  const theirs = postings.filter((posting) =>
    peopleOf(posted.get(posting.assignmentId)).some((person) => teams.some((team) => team.id === person.id)),
  );
  return [...new Map([...named, ...peopleServing(theirs, posted)].map((person) => [person.id, person])).values()];
}

function namedAmong(text: string, people: PostedPerson[], titles: RegExp): PostedPerson[] | 'unknown' | null {
  const full = people.filter((person) => person.name.length >= 2 && text.includes(person.name));
  // 「陈明远」 is not also 「陈明」.
  const longest = full.filter((person) => !full.some((other) => other !== person && other.name.includes(person.name)));
  if (longest.length > 0) return longest;
  // 「各位老师」, 「麻烦老师」: no family name before the title.
  const surnames = familyNamesBefore(text, titles);
  if (surnames.length === 0) return null;
  const titled = people.filter((person) => surnames.includes(person.name.slice(0, 1)));
  // One person per surname said, or the name is not known for sure: never everyone instead.
  return titled.length > 0 && new Set(titled.map((p) => p.name.slice(0, 1))).size === titled.length
    ? titled
    : 'unknown';
}

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

  /** Who checks a city's disputes (its station, or the office standing in), to pass a specialist's account on to. */
  async checkersOf(cityName: string): Promise<Recipients> {
    const checkers = await checkersOf(this.directory, cityName);
    return checkers.officials.length > 0
      ? { kind: 'found', to: checkers.officials, named: checkers.name }
      : { kind: 'none', why: 'no-contact' };
  }

  async recipientsFor(sender: Person, text: string): Promise<Recipients> {
    switch (sender.role) {
      case 'ENTERPRISE_CONTACT':
        return this.specialistsOfEnterprise(sender, text);
      case 'SPECIALIST':
        return this.contactsOfPosting(sender, text);
      case 'CITY_OFFICIAL':
      case 'REGION_OFFICIAL':
        return this.specialistsInScope(sender, text);
      default:
        return { kind: 'none', why: 'no-posting' };
    }
  }

  /**
   * Passes the words on to the people offered; `ref` names the message they came in (its retry enqueues nothing).
   * Returns those who could not be reached (no chat account on a configured platform, or no longer active).
   */
  async passOn(
    sender: Person,
    text: string,
    ref: string,
    to: PostedPerson[],
    progress: Record<string, string> = {},
  ): Promise<PostedPerson[]> {
    const words = clip(wordsForThem(text), MAX_PASSED_ON);
    const from = `${SENDER_LABELS[sender.role]}${sender.name}`;
    // An official's 「催一下…」: each specialist gets their own postings' progress, not the bare words.
    const told = (person: PostedPerson) => {
      const own = progress[person.id];
      return own ? `【进度督促】${from}请您抓紧安排服务：\n${own}` : `【转告】${from}请助手转告您：\n${words}`;
    };
    const notices = to.map((person) => ({
      recipientId: person.id,
      kind: 'passed-on-message',
      text: `${told(person)}\n（如需回复，请直接联系${sender.name}。）`,
      dedupeKey: `passed-on:${ref}:${person.id}`,
    }));
    const messages = await this.addressing.address(notices);
    for (const message of messages) await this.queue.enqueue(message);
    const reached = new Set(messages.map((message) => message.recipientId));
    return to.filter((person) => !reached.has(person.id));
  }

  private async specialistsOfEnterprise(sender: Person, text: string): Promise<Recipients> {
    if (!sender.enterpriseId) return { kind: 'none', why: 'no-posting' };
    const postings = await this.directory.activePostings({ enterpriseId: sender.enterpriseId });
    const posted = await this.directory.postedTo(postings.map((posting) => posting.assignmentId));
    const serving = peopleServing(postings, posted);
    if (serving.length === 0) return { kind: 'none', why: 'no-posting' };
    // 「请转告王芳老师…」 at a team's enterprise is for 王芳 alone; a teacher it does not know of (「质检站的黄老师」) is
    // whom the words are about, so they go to its specialists, shown before they are sent.
    const named = namedAmong(text, serving, SPECIALIST_TITLES);
    const to = named && named !== 'unknown' && !named.some((person) => teamMeant(text, person.name)) ? named : serving;
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
    if (NOT_THE_ENTERPRISE.test(text)) return { kind: 'none', why: 'unknown-person' };
    const contacts = await this.directory.withRole('ENTERPRISE_CONTACT', { enterpriseId: only.enterpriseId });
    if (contacts.length === 0) return { kind: 'none', why: 'no-contact' };
    const named = namedAmong(text, contacts, CONTACT_TITLED);
    if (named === 'unknown') return { kind: 'none', why: 'unknown-person' };
    const to = named ?? contacts;
    return {
      kind: 'found',
      to,
      named: `${only.shortName ?? only.enterpriseName}的${to.map((p) => p.name).join('、')}`,
    };
  }

  private async specialistsInScope(sender: Person, text: string): Promise<Recipients> {
    const role = sender.role === 'CITY_OFFICIAL' ? 'CITY_OFFICIAL' : 'REGION_OFFICIAL';
    // A station sees its own city; one without a city sees none.
    if (role === 'CITY_OFFICIAL' && !sender.cityName) return { kind: 'none', why: 'no-posting' };
    const city = role === 'CITY_OFFICIAL' ? sender.cityName : cityNamedIn(text);
    const postings = await this.directory.activePostings(city ? { cityName: city } : {});
    const posted = await this.directory.postedTo(postings.map((posting) => posting.assignmentId));
    const everyone = peopleServing(postings, posted);
    // Everyone when said so (「通知全区特派员：各位注意施工安全」), whatever names the words mention.
    const all =
      EVERYONE[role].test(text) ||
      (role === 'REGION_OFFICIAL' && city !== null && /特派员/.test(text) && text.search(SPECIALIST_TITLES) < 0);
    if (all && everyone.length > 0)
      return {
        kind: 'found',
        to: everyone,
        named: `${city ?? '全区'}的${everyone.length}位科技特派员`,
        everyone: true,
      };
    const named = namedAmong(text, everyone, SPECIALIST_TITLES);
    if (named === 'unknown') return { kind: 'none', why: 'unknown-person' };
    if (!named) return { kind: 'none', why: 'name-them' };
    // 「跟李明团队说一声」: everyone serving with the person named, not that person alone.
    const teams = named.filter((person) => teamMeant(text, person.name));
    const to = teams.length > 0 ? withTheirTeams(named, teams, postings, posted) : named;
    return { kind: 'found', to, named: to.map((person) => `${person.name}老师`).join('、') };
  }
}
