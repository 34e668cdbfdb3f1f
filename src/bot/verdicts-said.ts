import type { LocalDate } from '../common/local-date.js';
import type { OutcomeKind } from '../domain/outcomes/types.js';
import { SPECIALIST_TITLE_WORDS, specialistsNamed } from '../domain/people/family-names.js';
import { dayGiven } from '../domain/visits/report-dates.js';
import { outcomeKindOpening, THE_REST_FINE } from './commands.js';
import { saysAnyOf, withoutDeniedObjections } from './intents.js';
import { OBJECTION_WORDS, RECORD_DENIED } from './lexicon/intent-cues.js';
import { FINE_WORDS } from './lexicon/verdict-words.js';
import { numberList } from './text.js';

/**
 * What a contact said of one record in a message about several: the record (by its day, or by its number in the list
 * shown), whose it is, and right or not.
 */
export interface VerdictSaid {
  day: LocalDate | null;
  /** The record's number in the list the contact was shown (「第2条有问题」). */
  no: number | null;
  /** The family name said with it (「王老师」 → 「王」), to tell a team's records of one day apart. */
  by: string | null;
  /** An outcome named by its kind (「项目确实立项了，不过名称写错了」), with no day or number. */
  outcome?: OutcomeKind;
  fine: boolean;
  /** The words said of it: an objection's reason. */
  words: string;
}

const objectionWords = saysAnyOf([...OBJECTION_WORDS, ...RECORD_DENIED]);
const objects = (words: string) => objectionWords(withoutDeniedObjections(words));
const fine = saysAnyOf(FINE_WORDS);
const CLAUSES = /[，,。；;！!\n]+/;
/** 「李老师那条」, 「周老师的」, 「周老师那天」: a teacher's record named. */
const RECORD_OF_TEACHER = /(?:老师|教授|博士)(?:的?那条|的?那个|的?那次|那天|的)/;
const DIGIT = '[\\d一二三四五六七八九]';
/** 「第2条有问题」, 「1没问题」, 「3也对」: a record of the list by its number, with what is said of it. */
const NUMBER_FIRST = new RegExp(
  `^第?\\s*((?:${DIGIT}{1,2}\\s*(?:条|个)?\\s*[、,，和及与]\\s*第?\\s*)*${DIGIT}{1,4})\\s*(?:条|个)?(?=\\s*(?:[\\p{Script=Han}](?:${SPECIALIST_TITLE_WORDS}))?\\s*(?:也|都)?\\s*(?:是)?(?:确认|属实|没问题|没毛病|对|没错|不对|有问题|有误|不属实|没来|有异议|那天|那条|那个|的话|来是来了|是来了|确实|的?(?:天数|日期|时间|内容|人数))|$)`,
  'u',
);
/** 「确认1」, 「属实 第3条」: a number after the word that confirms. */
const CONFIRMED_NUMBER = new RegExp(`^(?:确认|属实)\\s*第?\\s*(${DIGIT}{1,2})\\s*(?:条|个)?$`);

/** The records of the list a piece names by number: 「3也对」, and each of 「1234都确认」 or 「1、2没问题」. */
function numbersOf(piece: string): number[] {
  const said = (NUMBER_FIRST.exec(piece) ?? CONFIRMED_NUMBER.exec(piece))?.[1];
  return said ? (numberList(said) ?? []) : [];
}

const DAY_NUMBER = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*[号日]?';
const MONTH_BEFORE = /(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*$/;
/** What joins days said one after another: a word, or nothing after 号 (「19号20号」). */
const DAY_JOINER = '(?:\\s*(?:和|跟|与|、|及|还有)\\s*|(?<=[号日])\\s*)';
/** Days said one after another (「17号和19号」, 「17、19号」, 「17跟19号」, 「19号20号和21号」). */
const JOINED_DAYS = new RegExp(`${DAY_NUMBER}(?:${DAY_JOINER}${DAY_NUMBER})+`);

/** The days a piece names one after another, each as its own day; the day read alone when it joins none. */
function daysJoined(piece: string, today: LocalDate, day: LocalDate): LocalDate[] {
  const found = JOINED_DAYS.exec(piece);
  const joined = found?.[0];
  if (!found || !joined) return [day];
  // 「9月1号2号和3号」: the month said before the first day is every day's.
  const month = MONTH_BEFORE.exec(piece.slice(0, found.index))?.[0] ?? '';
  const days = joined
    .split(new RegExp(`${DAY_JOINER}(?=[\\d一二三四五六七八九十])`))
    .map((one) => dayGiven(`${month}${/[号日]$/.test(one) ? one : `${one}号`}`, today));
  return days.every((one): one is LocalDate => one !== null) && days.length > 1 ? [...new Set(days)] : [day];
}

/** A verdict said, then straight on to the next record by its day, as voice input runs on (「…是对的20号那个…也对那个18号…」). */
const VERDICT_THEN_DAY =
  /(是对的|对的|也对|都对|没问题|没毛病|属实)(?=(?:那个|那条|还有)?\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[号日])/g;

/** The message with a break put where a verdict runs on into the next record's day. */
const withClausesBroken = (text: string) => text.replace(VERDICT_THEN_DAY, '$1，');

/**
 * Several records each said right or objected to, in one message: by day (「王老师19号没来调试，周老师20号那天也没来，
 * 李老师18号那条是对的」) or by number (「第1条确认 第2条有问题 23号下午陈老师没在」). Words without a record of their
 * own say more of the record before them (a day after an objection by number is its reason). Null unless at least
 * `least` records (two, unless the rest of the list is said of too) are named, each plainly one way or the other, and
 * nothing said comes before the first.
 */
export function verdictsSaid(text: string, today: LocalDate, least = 2): VerdictSaid[] | null {
  const said: VerdictSaid[] = [];
  let lead = '';
  for (const clause of withClausesBroken(text).split(CLAUSES)) {
    const pieces = clause.split(/\s+/).filter((p) => p !== '');
    const records = pieces.map((piece) => {
      const nos = numbersOf(piece);
      const no = nos[0] ?? null;
      const day = no === null ? dayGiven(piece, today) : null;
      // A clause or piece opening with a kind of outcome names that outcome (「项目确实立项了」, 「培训那个人数不对」).
      const outcome = no === null && day === null ? outcomeKindOpening(piece) : null;
      return { no, nos, day, outcome };
    });
    // Words before a clause's first record (「王老师 19号 没来」) belong to it; a clause without one, to the last.
    const first = records.findIndex((r) => r.no !== null || r.day !== null || r.outcome !== null);
    pieces.forEach((piece, i) => {
      const last = said.at(-1);
      const { no, nos, day, outcome } = records[i] as {
        no: number | null;
        nos: number[];
        day: LocalDate | null;
        outcome: OutcomeKind | null;
      };
      // 「第2条有问题 23号下午陈老师没在」: the day is why the numbered record is objected to.
      const reasonOfLast = day !== null && last?.no != null && objects(last.words);
      if (first >= 0 && i < first) lead = lead ? `${lead} ${piece}` : piece;
      else if ((no === null && day === null && outcome === null) || reasonOfLast) {
        const words = lead ? `${lead} ${piece}` : piece;
        lead = '';
        // 「18号19号这两条都有异议 陈老师那两天在南宁开会」: the reason is every joined day's.
        if (last) {
          const joined = said.filter((verdict) => verdict.words === last.words);
          for (const verdict of joined) verdict.words = `${verdict.words}${i === 0 ? '，' : ' '}${words}`;
        } else lead = words;
      } else {
        const words = lead ? `${lead} ${piece}` : piece;
        lead = '';
        // 「17号和19号陈老师都没来过」: each day joined so is a record said the same of.
        const by = specialistsNamed(words)[0] ?? null;
        // 「1234都确认」: each number said together is a record said the same of.
        if (nos.length > 1) for (const each of nos) said.push({ day: null, no: each, by, fine: false, words });
        const days = nos.length > 1 ? [] : day === null ? [day] : daysJoined(piece, today, day);
        for (const one of days) said.push({ day: one, no, by, fine: false, words, ...(outcome ? { outcome } : {}) });
      }
    });
  }
  // 「李老师那条没问题，周老师那天其实只来了一上午」: no day or number at all, each record named by its teacher.
  if (said.length === 0) return judged(byTeacher(text), least);
  if (said.length < least || lead) return null;
  return judged(said, least);
}

/** Clauses each naming one teacher's record (「李老师那条…」, 「周老师那天…」), one teacher each, or none. */
function byTeacher(text: string): VerdictSaid[] {
  const clauses = text.split(CLAUSES).filter((clause) => clause.trim() !== '');
  const said = clauses.map((clause) => {
    const names = [...new Set(specialistsNamed(clause))];
    return names.length === 1 && RECORD_OF_TEACHER.test(clause)
      ? { day: null, no: null, by: names[0] as string, fine: false, words: clause.trim() }
      : null;
  });
  const teachers = new Set(said.map((verdict) => verdict?.by));
  return said.every((verdict) => verdict !== null) && teachers.size === said.length ? said : [];
}

/**
 * 「第一条对」, 「3也对」, 「30号那条对」, 「20号那个对接柳工的也对」: a record named by its number or day (and what it
 * was) said right by 对 alone.
 */
const RIGHT_AFTER_A_NUMBER = new RegExp(
  `^(?:第?\\s*${DIGIT}{1,2}\\s*(?:条|个)?|.{0,8}?[号日]\\s*(?:那条|那个|那次|那天的?|的)(?:[^，,。；;\\s]{0,12}?的)?)\\s*(?:也|都)?\\s*(?:是)?对(?:的|了|啊|呀)?$`,
);
/** 「是来了，不过没讲什么」: that the teacher came granted, to object to the rest. */
const GRANTED_THEN_OBJECTED = /(?:是|确实)来了(?:的)?[，,\s]*(?:不过|但是?|可是|只是)/;

/** Each record said right or objected to, plainly one way; null when any is not, or fewer than `least`. */
function judged(said: VerdictSaid[], least: number): VerdictSaid[] | null {
  if (said.length < least) return null;
  for (const verdict of said) {
    const objected = objects(verdict.words);
    // 「那条是对的」 and 「没来」 in one record's words: which is meant is not plain. 「第一条对」: 对 alone after a number.
    const right =
      (fine(verdict.words) && !GRANTED_THEN_OBJECTED.test(verdict.words)) || RIGHT_AFTER_A_NUMBER.test(verdict.words);
    if (objected === right) return null;
    verdict.fine = !objected;
  }
  return said;
}

/** 「…其他都对」, 「…别的都没问题」: the rest of the list said right, at a message's end. */
const THE_REST_FINE_AT_THE_END = new RegExp(`[\\s，,。；;]*${THE_REST_FINE}[的了啊吧呀]?[。.!！~～]*$`);

/**
 * Records named one by one and the rest said right (「20号那个中科院对接的没有这回事 其他都对」): what is said of those
 * named, one record at least; null when the message does not end by saying the rest are right.
 */
export function verdictsWithTheRest(text: string, today: LocalDate): VerdictSaid[] | null {
  const rest = THE_REST_FINE_AT_THE_END.exec(text);
  if (!rest || rest.index === 0) return null;
  return verdictsSaid(text.slice(0, rest.index), today, 1);
}
