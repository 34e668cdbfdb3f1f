import { addDays, daysBetween, type LocalDate } from '../../common/local-date.js';
import { VISIT_TYPE_LABELS, VISIT_TYPES, type VisitType } from '../programme/types.js';
import { ACTIVITY_LEXICON, INCIDENTAL_WORDS } from './activity-lexicon.js';
import { type EnterpriseMatch, matchEnterprise, type PostingRef } from './enterprise-match.js';
import { HOMOPHONES } from './homophones.js';
import { type DateReading, findDates } from './report-dates.js';
import { findVisitDays } from './visit-days.js';

/** A posting as the reader needs it: the enterprise, and when the posting runs (to place a date without a year). */
export interface ReadingPosting extends PostingRef {
  startDate?: LocalDate;
  endDate?: LocalDate;
}

/** Why a report cannot be stored as it stands. */
export type ReadingRefusal = 'future' | 'plan' | 'invalid-date' | 'not-posted';

export interface ReportReading {
  /** The message tells of a visit (one that happened, or one it plans). */
  isReport: boolean;
  /** The visit's (first) day, null when the message gives none or it cannot be placed. */
  date: LocalDate | null;
  /** Set when the year was inferred: a month and day read as last year's (「12月5日」 on 2 December). */
  lastYear: boolean;
  /** Service days, in half days. */
  days: number | null;
  type: VisitType | null;
  /** Two kinds about equally likely (the bot asks with these). */
  typeCandidates: VisitType[];
  enterprise: EnterpriseMatch;
  /** An enterprise named that is not one of the reporter's postings. */
  foreign: string | null;
  /** The message says what was done (not only where, when and how long). */
  activity: boolean;
  /** What was done, as written: the date, enterprise and days phrases taken out, punctuation tidied. */
  summary: string;
  refusal: ReadingRefusal | null;
  /** The wording of an impossible date (「11月31日」), to name it. */
  invalidDate: string | null;
}

// --- what a message is

/** A message put to the bot rather than a report: it asks something (「怎么布局」 inside a report does not). */
const QUESTION =
  /[?？]\s*$|(吗|呢|么|没有|没)\s*[。.!！~]*$|^(请问|问一下|想问|咨询一下)|(?<!前)几次|(?<!前)几天(?!前)|多少(天|次|趟)|还差|怎么办|怎么报|怎么算|如何报|是否|能否|能不能|可不可以|可以吗|算不算|算吗|记上了?没|报上了?没|为什么|为啥/;
/** Words that say the visit is still to come (「科技计划」「工作计划」 are things, not plans). */
const PLAN =
  /打算|准备(?=去|到|下|明|后|这|本|月|周|给|帮|做|搞|组织|开展|过去|在)|(?<![科技工作研发项目年度发展创新])计划(?=去|下|明|后|这|本|在|于|到|要|月|周|给|帮|做|搞|组织|开展)|要去|将要|将去|拟去|拟于|先报一下|先报备|提前报|下次去|过几天去|回头去|到时候|安排去|定于/;
/** Words that say the specialist was there. */
const PRESENCE =
  /(?:去|到|来|跑)了?(?:一)?趟|走访|去了|到了|去(?=[\u4e00-\u9fa5]{2,}(?:公司|企业|厂|那边|那里|现场))|去[\u4e00-\u9fa5]{2,8}?(?:调研|指导|服务|座谈|交流|讲|帮|做|搞|调|攻关|对接|宣讲)|下企业|下厂|驻企|在(?:企业|公司|厂里|现场|车间)|待了|呆了|蹲了|泡在|在那边|过去|现场|上门/;
/** Someone else came to the specialist: not a visit to the enterprise. */
const THEY_CAME = /来(?:我们|我|学校|学院|实验室|所里|院里)|到(?:我们|学校)(?:来)?(?:交流|参观|学习)/;
/** Lead-in words of a report: 「报一下」「报个天数」「@小助手」. */
const LEAD =
  /^(?:@\S+\s*)?(?:老师)?(?:您好|你好)?[,，\s]*(?:报一下|报备一下|报备|报个\S{0,2}|登记一下|记一下|记录一下|汇报一下)?[:：,，\s]*/;

const EMOTICON = /\[[\p{Script=Han}A-Za-z]{1,6}\]/gu;
const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0F}|\u{200D}/gu;
const FULL_WIDTH = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF0B\uFF0D\uFF0E\uFF0F\uFF1A]/g;

/** The text as read: full-width digits and letters as ASCII, voice-input homophones mended, emoticons and emoji out. */
export function readingText(message: string): string {
  let text = message.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  for (const [heard, meant] of HOMOPHONES) text = text.replaceAll(heard, meant);
  return text
    .replace(EMOTICON, ' ')
    .replace(EMOJI, ' ')
    .replace(/[\u3000\s]+/g, ' ')
    .trim();
}

// --- kind of service

/** The five kinds by name: saying the kind outweighs the words around it. */
const NAMED_KIND = 5;

const LEXICON: { term: string; type: VisitType | null; weight: number }[] = [
  ...Object.entries(ACTIVITY_LEXICON).flatMap(([type, terms]) =>
    Object.entries(terms).map(([term, weight]) => ({
      term,
      type: type as VisitType,
      weight: Object.values(VISIT_TYPE_LABELS).includes(term) ? NAMED_KIND : weight,
    })),
  ),
  ...INCIDENTAL_WORDS.map((term) => ({ term, type: null, weight: 0 })),
].sort((a, b) => b.term.length - a.term.length);

/** What the message says was done, weighed per kind; the words read are marked so a shorter one does not count again. */
export function weighKinds(text: string): Map<VisitType, number> {
  // 「说是资源对接，其实主要是调试」: what was really done counts, what it was called does not.
  const really = /(?:其实|实际上|实际|主要是|主要)([^。；;]*)/.exec(text);
  const called = /(?:说是|名义上是?|本来说好?|说好)([^，,。；;]*)/.exec(text);
  const scores = new Map<VisitType, number>();
  const taken = new Array<boolean>(text.length).fill(false);
  for (const { term, type, weight } of LEXICON) {
    let from = 0;
    while (true) {
      const at = text.indexOf(term, from);
      if (at < 0) break;
      from = at + term.length;
      if (taken.slice(at, at + term.length).some(Boolean)) continue;
      for (let i = at; i < at + term.length; i++) taken[i] = true;
      if (type === null) continue;
      let score = weight;
      if (called && at >= called.index && at < called.index + called[0].length) score *= 0.25;
      if (really && at >= really.index && at < really.index + really[0].length) score *= 2;
      scores.set(type, (scores.get(type) ?? 0) + score);
    }
  }
  return scores;
}

/** The kind the activity shows, or two candidates when they are about even; nothing when the evidence is thin. */
export function classifyKind(text: string): { type: VisitType | null; candidates: VisitType[] } {
  const ranked = [...weighKinds(text).entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < 2) return { type: null, candidates: [] };
  if (second && second[1] >= 3 && second[1] >= first[1] * 0.6) {
    const pair = [first[0], second[0]].sort((a, b) => VISIT_TYPES.indexOf(a) - VISIT_TYPES.indexOf(b));
    return { type: null, candidates: pair };
  }
  return { type: first[0], candidates: [] };
}

// --- enterprise

/** A company the message names in full (「南宁华桂建材有限公司」, 「梧州康源药业」, 「贺州华石石材厂」). */
const COMPANY =
  /((?:南宁|柳州|桂林|梧州|北海|防城港|钦州|贵港|玉林|百色|贺州|河池|来宾|崇左)[\u4e00-\u9fa5]{2,12}?(?:有限公司|股份公司|集团|公司|厂|药业|实业)|[\u4e00-\u9fa5]{2,12}?(?:有限公司|股份有限公司|股份公司))/;
/** Words before 公司/厂 that name no particular company (派驻企业, 我们厂, 他们公司). */
const NOT_A_COMPANY = /^(?:派驻|我们|他们|这家|那家|企业|服务|合作|兄弟|周边|另外|其他|新|老|本|该|去|到|在)/;

/** Edit distance of at most one (a typo: 龙城齿论, 绿贵生物). */
function nearlySame(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let differences = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differences += 1;
  return differences === 1;
}

function findEnterprise(
  text: string,
  postings: ReadingPosting[],
  roster: PostingRef[],
): { match: EnterpriseMatch; foreign: string | null } {
  // A company named in full that is none of one's own is another enterprise, whatever else matches.
  const company = COMPANY.exec(text)?.[1];
  const ownCompany = company && matchEnterprise(company, postings).kind === 'found';
  if (company && !ownCompany && !NOT_A_COMPANY.test(company)) {
    const known = matchEnterprise(company, roster, false);
    return {
      match: { kind: 'none' },
      foreign: known.kind === 'found' ? (known.posting.shortName ?? company) : company,
    };
  }
  const match = matchEnterprise(text, postings);
  if (match.kind !== 'none') return { match, foreign: null };
  // Another enterprise of the roster, named in full or by its short name (a typo of it too).
  const others = roster.filter((e) => !postings.some((p) => p.enterpriseId === e.enterpriseId));
  const other = matchEnterprise(text, others, false);
  if (other.kind === 'found')
    return { match: { kind: 'none' }, foreign: other.posting.shortName ?? other.posting.enterpriseName };
  for (const posting of [...postings, ...others]) {
    const short = posting.shortName ?? '';
    if (short.length < 4) continue;
    for (let i = 0; i + short.length <= text.length; i++) {
      if (!nearlySame(text.slice(i, i + short.length), short)) continue;
      const mine = postings.find((p) => p.enterpriseId === posting.enterpriseId);
      // A typo of one's own enterprise is that enterprise; of another, it is another.
      if (mine)
        return { match: { kind: 'found', posting: mine, text: text.slice(i, i + short.length) }, foreign: null };
      return { match: { kind: 'none' }, foreign: short };
    }
  }
  return { match, foreign: null };
}

// --- activity and summary

/** Words that only say one was there, or frame the report: they are no activity. */
const NOT_ACTIVITY =
  /报一下|报备|登记|(?:去|到|来|跑)了?(?:一)?趟|走访了?(?:一下)?|去了|到了|待了|呆了|蹲了|在现场|现场|过去|那边|那里|一下|企业|公司|厂里|老师|您好|你好|天数|天书|都在|在|了|的|和|去|到|跑|共计|一共|加起来|合计|服务了|大概|左右|挺久|很久|主要是|其实|说是/g;

function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s*([，。、；：！？,.;:!?])\s*/g, '$1')
    .replace(/([，,、；;：:])\1+/g, '$1')
    .replace(/^(?:在|去|到|了|都在|，|,|。|\.|、|；|;|：|:|\s)+|[，,、；;：:\s]+$/g, '')
    .trim();
}

// --- the reading

/** Reads a message as a visit report, the way a specialist tells a colleague. */
export function readReport(
  message: string,
  today: LocalDate,
  postings: ReadingPosting[],
  roster: PostingRef[] = [],
  /** An enterprise contact telling of the specialist's visit (「陈老师昨天来我们厂指导了一天」) tells of a visit too. */
  options: { byHost?: boolean } = {},
): ReportReading {
  const text = readingText(message);
  const body = text.replace(LEAD, '');
  let rest = body;
  const take = (found: string | undefined) => {
    if (found) rest = rest.replace(found, ' ');
  };

  const dates = findDates(body, today, postings);
  const date: DateReading | null = dates[0] ?? null;
  for (const found of dates) take(found.text);

  let days = findVisitDays(rest);
  take(days?.text);
  const { match: enterprise, foreign } = findEnterprise(rest, postings, roster);
  if (enterprise.kind === 'found') take(enterprise.text);
  else if (foreign) take(foreign);

  const { type, candidates } = classifyKind(rest);
  const plan = PLAN.test(body);
  const future = date?.kind === 'future';
  // The kind's own name says nothing the record does not show apart: 「技术攻关，调试热处理工艺」 → 「调试热处理工艺」.
  const summary = tidy(Object.values(VISIT_TYPE_LABELS).reduce((left, label) => left.replace(label, ' '), rest));
  const activity =
    type !== null ||
    candidates.length > 0 ||
    summary.replace(NOT_ACTIVITY, '').replace(/[\s，,。.、；;：:!！~]/g, '').length >= 4;
  const named = enterprise.kind !== 'none' || foreign !== null;
  const presence = PRESENCE.test(body);
  const kind = type !== null || candidates.length > 0;
  const signals = [date !== null, days !== null, kind, named, presence].filter(Boolean).length;
  const question = QUESTION.test(body) && !(plan && named);
  // A visit is where and what: an enterprise, presence or an activity, with one more sign (a date, days, ...).
  const isReport =
    !question &&
    (options.byHost || !THEY_CAME.test(body)) &&
    (named || presence || kind || (options.byHost === true && THEY_CAME.test(body))) &&
    (signals >= 2 || (plan && (named || kind)));

  // A range gives the days when no number does; a number may not exceed the range's calendar days.
  let dayCount = days?.value ?? null;
  if (date?.span) {
    if (dayCount === null) dayCount = date.span;
    else if (dayCount > date.span) dayCount = null;
  }
  if (days === null && date?.span === undefined) days = null;

  const refusal: ReadingRefusal | null = !isReport
    ? null
    : plan
      ? 'plan'
      : date?.kind === 'invalid'
        ? 'invalid-date'
        : future
          ? 'future'
          : foreign
            ? 'not-posted'
            : null;
  const placed = date && (date.kind === 'past' || date.kind === 'future') ? date.value : null;
  return {
    isReport,
    date: placed,
    lastYear: date?.lastYear ?? false,
    days: dayCount,
    type,
    typeCandidates: candidates,
    enterprise,
    foreign,
    activity,
    summary,
    refusal,
    invalidDate: date?.kind === 'invalid' ? date.text : null,
  };
}

/** How many calendar days lie from `first` to `last`, both counted. */
export function calendarDays(first: LocalDate, last: LocalDate): number {
  return daysBetween(first, last) + 1;
}

export const yesterday = (today: LocalDate) => addDays(today, -1);
