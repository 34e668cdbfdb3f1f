import type { LocalDate } from '../common/local-date.js';
import { outcomeKindTold } from '../domain/outcomes/outcome-reading.js';
import { SPECIALIST_TITLE_WORDS } from '../domain/people/family-names.js';
import { VISIT_TYPE_LABELS } from '../domain/programme/types.js';
import { BARE_DAY, findDates, lastTwoYears } from '../domain/visits/report-dates.js';
import type { RecordMeant } from '../domain/visits/visit-report-service.js';
import { RUN_UP } from './text.js';
import { OUTCOME_NAMED, sharesWords, UNDO_LEAD } from './visit-reading.js';

/** What 「…那个」 names when it is an outcome or its figure (「前天那个项目」, 「前天那个人数」), no visit. */
const OUTCOME_WORDS = '项目|专利|成果|合同|转让|许可|软著|商标|培训|研发中心|平台|发明|实用新型|人数|数量|件数|金额';
/** 「周一那个…」, 「23号那个…」: a day named before 那个 names that day's visit. */
const DAY_WORDS =
  '(?:上|这|本)?(?:周|星期|礼拜)[一二三四五六日天]|(?:\\d{1,2}\\s*月\\s*)?\\d{1,2}\\s*[号日]|昨天|前天|大前天';
/** 「把23号那条删了」, 「撤销菌种筛选那条」, 「23号那条改成半天」: the words before 那条 name the record. */
const NAMED_RECORD = new RegExp(
  `^${UNDO_LEAD}(.{1,20}?)\\s*(?:的)?(?:那一?条|这一?条|那次|那个记录|的记录)|^${UNDO_LEAD}(${DAY_WORDS})\\s*的?(?:那个(?!${OUTCOME_WORDS})|那天|当天)`,
);
/** 「把11月26号山湖农机的天数改成2天」: the words before the field changed name the record. */
const NAMED_BY_FIELD =
  /^(?:把|将)?\s*(.{2,20}?)\s*(?:那天|那次)?\s*的\s*(?:天数|日期|时间|类型|类别|内容)\s*(?:改|应该|应为|不对|错|写错|有误|更正)/;
/** 「陈老师」: a teacher named with a record, which says whose it is, not which. */
const TEACHER_NAMED = new RegExp(`[\\p{Script=Han}](?:${SPECIALIST_TITLE_WORDS})`, 'gu');
/** 「是来了的」, 「确实来过」: that the teacher came. */
const CAME = /(?:确实|是|也|都)?(?:来了|来过|去了|去过|到了)(?:的)?/g;
/** 「哦不对」, 「说错了」 before the record named. */
const WRONG_FIRST = /^(?:哦|噢)?(?:不对|说错了|搞错了|记错了)[，,。\s]*/;
/** The run-up before what is said (text RUN_UP). */
const RUN_UP_FIRST = new RegExp(`^${RUN_UP}+`);
/** Words that name the latest record, which needs no finding. */
const LATEST_WORDS = '刚才|刚刚|上一|上次|最近|最新|最后|之前|前面';
const THE_LATEST = new RegExp(`^(?:我)?(?:${LATEST_WORDS})`);
const LATEST_SAID = new RegExp(LATEST_WORDS);
/** Whether words name the latest record reported (「把刚才那条删了」), whatever was changed since. */
export const saysTheLatest = (text: string) => LATEST_SAID.test(text);

/**
 * The record a change's words name, as a test of each recent record: a day (「23号那条」, 「昨天那条」) or words of its
 * activity, enterprise or kind (「菌种筛选那条」); null when they name none or the latest (「刚才那条」).
 */
export function recordMeant(text: string, today: LocalDate): RecordMeant | null {
  // 「等下 哦对了 石韵那条…」: the run-up names nothing.
  // 「哦不对 10号那天…」: the words that say it was wrong name nothing either.
  const said = text.trim().replace(RUN_UP_FIRST, '').replace(WRONG_FIRST, '');
  const found = NAMED_RECORD.exec(said);
  const named = (found ? (found[1] ?? found[2]) : NAMED_BY_FIELD.exec(said)?.[1])?.trim();
  if (!named || THE_LATEST.test(named)) return null;
  const window = lastTwoYears(today);
  const date = findDates(named, today, window).find((d) => d.kind === 'past' && d.value);
  const by = (words: string) => (visit: Parameters<RecordMeant>[0]) =>
    visit.summary.includes(words) ||
    visit.enterpriseShortName.includes(words) ||
    words.includes(visit.enterpriseShortName) ||
    VISIT_TYPE_LABELS[visit.type] === words;
  // 「11月26号山湖农机的」: the day, and the enterprise or activity said with it.
  // 「我昨天报的」, 「不对 前天那个」: who reported it, 报 and the words of a correction name nothing more.
  // 「20号那天陈老师是来了的」: the teacher, and that they came, name no more of the record than its day.
  const rest = date
    ? named
        .replace(date.text, '')
        .replace(TEACHER_NAMED, '')
        .replace(CAME, '')
        .replace(/我们?|报的?|上次|不对|错了|那天|当天|[哦噢啊嗯呃]|[\s的那个条次，,]/g, '')
    : '';
  const day = date?.value;
  // With the day said, the words need only share a word with what was done or its kind (「20号那个讲政策的」 of
  // 「讲高企政策」).
  const alike = (visit: Parameters<RecordMeant>[0]) =>
    by(rest)(visit) || sharesWords(rest, `${visit.summary} ${VISIT_TYPE_LABELS[visit.type]}`);
  if (day) return (visit) => visit.date === day && (rest.length < 2 || alike(visit));
  if (named.length < 2) return null;
  return by(named);
}

/** 「刚报的」, 「今天报的」, 「我上午报的」: the one just reported, named by when, not by title. */
const JUST_REPORTED = /^(?:我)?(?:刚|今天|今早|上午|下午|早上|中午|昨天)|报的|发的|说的/;
/** Words before 那个 that name no title: a level, a count, or which one in time. */
const NO_TITLE = /级$|^(?:国家|自治区|区|市|县)|\d|[人件万]$/;

/**
 * Whether the words name an outcome by its title (「齿轮箱降噪那个项目」) that is not the one given (its title shares no
 * words with them): then the change or undo is not for that one. A kind (「发明专利那个」), a level or 「刚才那个」 names
 * no title.
 */
export function namesAnotherOutcome(text: string, title: string | null, enterprises: string[] = []): boolean {
  const named = OUTCOME_NAMED.exec(text.trim())?.[1]?.trim();
  if (!named || THE_LATEST.test(named) || JUST_REPORTED.test(named) || NO_TITLE.test(named)) return false;
  if (outcomeKindTold(named) !== null) return false;
  if (enterprises.some((name) => name.length >= 2 && (named.includes(name) || name.includes(named)))) return false;
  return !title || !sharesWords(named, title);
}

/** A day of the month said alone (「6号」, 「9号那个」): its number; null for a date with its month or a day by name. */
export function dayOfMonthSaid(text: string): number | null {
  if (/月/.test(text)) return null;
  const said = BARE_DAY.exec(text);
  return said ? Number(said[1]) : null;
}

/**
 * The records a bare day of the month names when none is of the date it reads as (「6号那天」 on 24 November, of a
 * record of 6 October just reported): those of that day of an earlier month; none for any other words.
 */
export function ofThatDayOfMonth<T extends { date: LocalDate }>(records: T[], text: string, read: LocalDate): T[] {
  const day = dayOfMonthSaid(text);
  if (day === null || records.some((record) => record.date === read)) return [];
  return records.filter((record) => Number(record.date.slice(8)) === day);
}
