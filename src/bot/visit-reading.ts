import { chineseDayLabel, isLocalDate, type LocalDate, yearOf } from '../common/local-date.js';
import { escapeRegExp } from '../common/regexp.js';
import {
  NOT_X_BUT_Y,
  SELF_CORRECTION,
  saidInstead,
  takenBackAtTheEnd,
  unsure,
  valueMeant,
} from '../common/said-instead.js';
import { VISIT_TYPE_LABELS, VISIT_TYPES, type VisitType } from '../domain/programme/types.js';
import { parseSmallNumber } from '../domain/visits/chinese-numbers.js';
import { matchEnterprise } from '../domain/visits/enterprise-match.js';
import { classifyKind } from '../domain/visits/kind-classifier.js';
import {
  dayGiven,
  dayMeant,
  deniedDay,
  findDates,
  inTheWeekOf,
  monthDayAhead,
  soonToCome,
  weekOfMonthIn,
} from '../domain/visits/report-dates.js';
import { readingText, readReport as readVisit } from '../domain/visits/report-reading.js';
import { findVisitDays } from '../domain/visits/visit-days.js';
import type { Posting } from '../domain/visits/visit-ledger.js';
import type { VisitDraft } from '../domain/visits/visit-report-service.js';
import type { PendingOf } from './conversation.js';
import { saysYes } from './intents.js';
import { NO, RECORD_DAY, RUN_UP, saysTimeOfDay, withoutTimeOfDay } from './text.js';

/** A message read as a visit report: the draft it makes, and which fields the message itself gave. */
export interface ReportReading {
  draft: VisitDraft;
  gave: { date: boolean; enterprise: boolean; days: boolean; type: boolean };
  /** A question asked on the side, left unanswered (the reply says so). */
  aside: string | null;
}

/** An answer that starts with yes or no and goes on. */
const YES_THEN = /^(是|是的|对|对的|没错|嗯|嗯嗯)[，,。.！!\s]/;
const NO_THEN = /^(不是|不对|没有|不)[，,。.！!\s]/;
/** 「不是X，是Y」: Y is what was meant. */
/** 「是石韵新材不是山湖」, 「sorry 是石韵新材」: what it is, before what it is not. */
const IS_NOT = /^(?:sorry|抱歉|哦|噢)?[，,\s]*是(?:在)?\s*(.+?)\s*(?:[，,、\s]*不是.*)?$/i;
const NEGATED = /不|没(?!错|问题)/;
const NEGATED_LEAD = /^(不是|不对|没有)/;

/**
 * The answer to the bot's question about the enterprise (「哪家企业？」, 「…这次是在龙城齿轮服务的吗？」): yes, no, or the
 * posting named. A posting named under a negation (「不是龙城齿轮」) is a no, never taken for that posting.
 */
function enterpriseAnswer(text: string, options: Posting[]): 'yes' | 'no' | Posting | null {
  const said = text.trim();
  // 「不是，柳钢是龙城齿轮介绍我去的」: no, and why; 「不是，是山湖农机」: no, this one.
  const plainNo = /^(?:不是|不对|没有)[，,。！!\s]+(.*)$/.exec(said);
  if (plainNo && !/^(?:是|在)/.test(plainNo[1] ?? '')) return 'no';
  const instead = NOT_X_BUT_Y.exec(said);
  if (instead) {
    const meant = matchEnterprise(instead[2] ?? '', options);
    return meant.kind === 'found' ? (meant.posting as Posting) : 'no';
  }
  const negated = NEGATED.test(said);
  const named = matchEnterprise(said, options);
  if (named.kind === 'found') return negated ? 'no' : (named.posting as Posting);
  // 「农机那个」, 「新材那家」 among the enterprises offered: the one whose short name holds the words said.
  const part = said.replace(/(?:那个|那家|这家|这个|的|那边|厂|公司|吧|啊)+$/, '');
  const holding = part.length >= 2 ? options.filter((p) => (p.shortName ?? '').includes(part)) : [];
  if (holding.length === 1 && holding[0]) return negated ? 'no' : holding[0];
  if (NO.test(said) || NO_THEN.test(said)) return 'no';
  if (!negated && (saysYes(said) || YES_THEN.test(said))) return 'yes';
  return null;
}

/**
 * A report that takes back one of its own values at its end (「…待了两天帮他们对接…，哦不对是一天」, 「…1天，调试杀菌釜，
 * 不对是前天」): the report before it, and the value said instead. Null when it ends in no such correction.
 */
function correctedAtTheEnd(text: string, today: LocalDate): { report: string; fix: Fragment } | null {
  const taken = takenBackAtTheEnd(text);
  const fix = taken ? fragmentOf(taken.instead, today) : null;
  return taken && fix ? { report: taken.before, fix } : null;
}

/** Reads a message as a visit report, or null when it is not one. Pure: the sender's postings come with them. */
export function readReport(
  text: string,
  today: LocalDate,
  postings: Posting[],
  options: { byHost?: boolean } = {},
): ReportReading | null {
  // 「…待了两天…，哦不对是一天」: the report as corrected, the value taken back nowhere in it.
  const corrected = correctedAtTheEnd(text, today);
  if (corrected) {
    const reading = readReport(corrected.report, today, postings, options);
    if (reading) {
      const draft = withFragment(reading.draft, corrected.fix);
      // A day said instead replaces the day refused or doubted with it.
      const redated =
        corrected.fix.field === 'date'
          ? {
              dateWords: null,
              yearNote: null,
              dateMismatch: null,
              refusal: draft.refusal === 'future' || draft.refusal === 'invalid-date' ? null : draft.refusal,
            }
          : {};
      return { ...reading, draft: { ...draft, ...redated }, gave: { ...reading.gave, [corrected.fix.field]: true } };
    }
  }
  const reading = readVisit(text, today, postings, [], options);
  if (!reading.isReport) return null;
  const named = reading.enterprise;
  // An enterprise the message does not name is not assumed here: the report handler refuses another enterprise of
  // the programme, asks about any other name where the enterprise goes, and only then takes the only posting.
  const given = named.kind === 'found';
  return {
    draft: {
      date: reading.date,
      days: reading.days,
      type: reading.type,
      assignmentId: named.kind === 'found' ? named.posting.assignmentId : null,
      candidates: named.kind === 'ambiguous' ? named.candidates.map((p) => p.assignmentId) : [],
      summary: reading.summary,
      typeCandidates: reading.typeCandidates,
      yearNote:
        reading.date && reading.lastYear
          ? `今年的${chineseDayLabel(reading.date)}还没到，按${yearOf(reading.date)}年记录`
          : null,
      activity: reading.activity,
      refusal: reading.refusal === 'not-posted' ? null : reading.refusal,
      // The words of a day refused, or of a time too vague to be a day (「上周」, kept to read 「周二」 against).
      dateWords:
        reading.invalidDate ?? (reading.refusal === 'future' || reading.date === null ? reading.dateText : null),
      dateMismatch: reading.dateMismatch,
      namedElsewhere: named.kind === 'none' ? reading.foreign : null,
    },
    gave: {
      date: reading.date !== null,
      enterprise: given,
      days: reading.days !== null,
      type: reading.type !== null || reading.typeCandidates.length > 0,
    },
    aside: reading.aside,
  };
}

/**
 * The pending visit question answered by the message: the draft with the asked field filled, or null when the
 * message does not answer it.
 */
/** What was done, said after the enterprise said instead (「…山湖农机 调的是播种机」). */
const DONE_THERE =
  /^(?:的)?[\s，,]*(?:那天|当时|其实)?\s*((?:调|做|讲|帮|搞|测|检|培训|修|装|改|弄|看|教|对接|指导|试)[^。；;]{2,40})$/;

export function answerVisitQuestion(pending: PendingOf<'visit'>, message: string, today: LocalDate): VisitDraft | null {
  const { draft, missing, postings } = pending;
  // 「一天吧，哦不对，下午才到的，半天」: what is said last, after taking back what came before.
  const text = missing === 'activity' || missing === 'enterprise' ? message : saidInstead(message);
  if (missing !== 'activity' && unsure(message)) return null;
  // 「11月第三周…」 then 「周二」: which week is meant is not plain, so the date is asked again (never this week's 周二).
  if (missing === 'date' && weekOfMonthIn(draft.summary) && WEEKDAYS_ONLY.test(message.trim())) return draft;
  const choice = /^\s*(\d{1,2})\s*$/.exec(text);
  // 「哦不对是石韵新材」, 「不是山湖农机是石韵新材」, 「是石韵新材不是山湖」 while the day is asked: the enterprise said
  // instead.
  const otherPlace = NOT_X_BUT_Y.exec(message)?.[2] ?? IS_NOT.exec(message)?.[1];
  // What was done may name another posting in passing (「帮他们对接了石韵新材」): only a day, days or kind answer moves.
  if (missing !== 'enterprise' && missing !== 'activity' && (SELF_CORRECTION.test(message) || otherPlace)) {
    const meant = matchEnterprise(otherPlace ?? saidInstead(message), postings);
    if (meant.kind === 'found' && meant.posting && meant.posting.assignmentId !== draft.assignmentId) {
      // 「哦不对是山湖农机 调的是播种机」: what was done there, said with it, replaces what was told of the other.
      const done = DONE_THERE.exec(message.slice(message.indexOf(meant.text) + meant.text.length))?.[1];
      return {
        ...draft,
        assignmentId: meant.posting.assignmentId,
        candidates: [],
        namedElsewhere: null,
        ...(done ? { summary: done.trim() } : {}),
      };
    }
  }
  if (missing === 'enterprise') {
    const options = postings.filter((p) => draft.candidates.length === 0 || draft.candidates.includes(p.assignmentId));
    const picked = choice ? options[Number(choice[1]) - 1] : undefined;
    const answer = enterpriseAnswer(text, options);
    // 「不是」 to 「…是在龙城齿轮服务的吗？」 leaves nothing to record; to 「哪家企业？」 it answers nothing.
    if (answer === 'no') return draft.namedElsewhere ? { ...draft, refusal: 'not-posted' } : null;
    const posting = picked ?? (answer === 'yes' ? (options.length === 1 ? options[0] : undefined) : answer);
    // 「去看排种器的台架试验」 read as a place: at a posting after all, those words are what was done.
    const summary = draft.summary.trim() === '' && draft.namedElsewhere ? draft.namedElsewhere : draft.summary;
    return posting
      ? { ...draft, assignmentId: posting.assignmentId, candidates: [], namedElsewhere: null, summary }
      : null;
  }
  if (missing === 'activity') {
    // 「半天」 or 「技术攻关」 is no account of what was done: it sets that field, and the question stands. So does a kind
    // said instead (「等等，应该是资源对接」).
    const fragment = fragmentOf(text, today) ?? fragmentOf(text.replace(KIND_INSTEAD, ''), today);
    if (fragment) return withFragment(draft, fragment);
    // 「同上」 refers to nothing the bot can record.
    if (SAME_AS_BEFORE.test(text.trim())) return null;
    // 「修改产品图纸，其实只待了半天」: what was done, and the days it says instead (「整理了3天的数据」 says none).
    const days = DAYS_INSTEAD.test(text) ? findVisitDays(saidInstead(text)) : null;
    const described = (days ? text.replace(days.text, ' ') : text)
      .replace(DAYS_TOLD_TAIL, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (described.length < 2) return null;
    return { ...draft, summary: described, activity: true, ...(days ? { days: days.value } : {}) };
  }
  // 「不是一天，是半天」 gives 半天; 「不是一天」 alone gives nothing.
  const instead = NOT_X_BUT_Y.exec(text)?.[2];
  if (!instead && NEGATED_LEAD.test(text.trim())) return null;
  return (
    answerField(pending, instead ?? text, today) ??
    (instead ? null : otherField(pending, text, today)) ??
    (text !== message ? answerField(pending, message, today) : null)
  );
}

/** The words before a kind said instead of the one told (「等等，应该是」, 「哦不对，其实算」). */
const KIND_INSTEAD = /^(?:等等|等一下|哦|噢|额|呃|嗯)?[，,\s]*(?:不对|错了)?[，,\s]*(?:应该|其实|可能)?(?:是|算|属于)?/;

/** Words around a kind that say nothing of what was done (「应该算…吧」, 「我觉得是…」). */
const KIND_HEDGES = /应该|算是|算|属于|就是|是|吧|啊|呢|嗯|哈|我觉得|我想|可能|大概|估计|差不多|这个|那个|一类|类|的/g;

/** 「同上」, 「跟上次一样」: no account of what was done. */
/** 「同上」: the same as something before, which the bot cannot tell for sure. */
export const SAME_AS_BEFORE =
  /^(?:同上|如上|同前|一样|跟上次一样|和上次一样|跟之前一样|和之前一样|跟昨天一样|同昨天|跟上面一样|和上面一样|同上一条)[。.!！~]*$/;
/** Days said instead of those reported (「其实只待了半天」, 「实际去了一天」). */
const DAYS_INSTEAD = /其实|实际|不对|只待|只呆|只去|只干/;
/** What is left of 「其实只待了半天」 once its days are out. */
const DAYS_TOLD_TAIL = /[，,\s]*(?:其实|实际上?)?(?:只|就)?(?:待了|呆了|去了|干了|搞了)?\s*$/;

/** A kind said by its name or half of it (「技术攻关」, 「攻关」, 「宣讲」), and nothing else. */
function kindNamed(text: string) {
  const said = text
    .replace(/[\p{P}\p{S}\s]/gu, '')
    .replace(/^(是|算|属于)/, '')
    .replace(/(吧|的|类)$/, '');
  return VISIT_TYPES.find((t) => {
    const label = VISIT_TYPE_LABELS[t];
    return said === label || said === label.slice(0, 2) || said === label.slice(2);
  });
}

/** A field said alone with nothing pending (「半天」, 「技术攻关」, 「昨天」): which, and as written. */
export interface Fragment {
  field: 'days' | 'type' | 'date';
  value: string;
}

const DAYS_ALONE = /^(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3})?个?整?天半?$|^半[天日]$|^全天$/;
const DATE_ALONE =
  /^(?:今天|昨天|前天|大前天|\d{1,2}月\d{1,2}[日号]?|\d{1,2}[日号]|上?(?:周|星期|礼拜)[一二三四五六日天])$/;

/** The draft with the field a fragment gives. */
export function withFragment(draft: VisitDraft, fragment: Fragment): VisitDraft {
  if (fragment.field === 'date') return { ...draft, date: fragment.value as LocalDate };
  if (fragment.field === 'type') {
    const type = VISIT_TYPES.find((t) => VISIT_TYPE_LABELS[t] === fragment.value) ?? draft.type;
    return { ...draft, type, typeCandidates: [] };
  }
  return { ...draft, days: findVisitDays(fragment.value)?.value ?? draft.days };
}

/** A message that is only a days, kind or date phrase: a fragment of a report, which says nothing on its own. */
export function fragmentOf(text: string, today: LocalDate): Fragment | null {
  // The decimal point stays: 「0.5天」 is half a day, not 「05天」.
  const said = text.replace(/(?!\.)[\p{P}\p{S}\s]/gu, '').replace(/(?:了|吧|啊|呢)$/, '');
  if (said.length === 0 || said.length > 6) return null;
  const type = kindNamed(said);
  if (type) return { field: 'type', value: VISIT_TYPE_LABELS[type] };
  // 「5日」 is a date; 「5天」 days.
  const date = DATE_ALONE.test(said) ? dayGiven(said, today) : null;
  if (date) return { field: 'date', value: date };
  if (DAYS_ALONE.test(said) && findVisitDays(said)) return { field: 'days', value: said };
  return null;
}

/** Words that take back what was said (a day among them). */
const TAKES_BACK = /不是|不对|错了|说错|写错|搞错|记错|打错/;

/**
 * 「不是昨天 是上周四 一天」, 「等等 日期说错了 是上周四」 while the days or the kind are asked: the day said instead of the
 * report's, or null. Only a day that has come is taken.
 */
export function dateSaidInstead(
  text: string,
  today: LocalDate,
  draft: VisitDraft,
  postings: Posting[],
): LocalDate | null {
  if (!TAKES_BACK.test(text)) return null;
  const day = dayMeant(text, today, postings);
  return day && day !== draft.date ? day : null;
}

/** Words that say a day was like the one just reported (「上周五也是」, 「周三也去了」). */
const LIKE_THE_LAST = /也|同样|一样/;
/** What may stand besides them, the day and the days: nothing that says where or what was done. */
const NOTHING_ELSE = /也|同样|一样|还|都|是|去了|去过|来了|在那|待了|呆了|那天|的|了|[\p{P}\p{S}\s吧呢哦啊嘛]/gu;

/**
 * 「上周五也是 半天」, 「周三也去了」: another day of the visit just reported, said with nothing else. The day, the days if
 * said, and whether 「也是」 says the days are the same too; null for anything more (a place or an activity of its own
 * makes it a report of its own).
 */
export function likeTheLast(
  text: string,
  today: LocalDate,
): { date: LocalDate; days: number | null; sameDays: boolean } | null {
  if (!LIKE_THE_LAST.test(text)) return null;
  const dates = findDates(text, today);
  const [day] = dates;
  if (dates.length !== 1 || !day || day.kind !== 'past' || !day.value || day.span !== undefined) return null;
  const days = findVisitDays(text.replace(day.text, ' '));
  const rest = text.replace(day.text, ' ').replace(days?.text ?? '', ' ');
  if (rest.replace(NOTHING_ELSE, '') !== '') return null;
  return { date: day.value, days: days?.value ?? null, sameDays: !days && /也是|一样|同样/.test(text) };
}

/** Words that point back at the report just made (「刚才那条」, 「上条」). */
const REFERS_BACK =
  /(?:刚才|刚刚)(?:那条|这条|那个|这个|那次|这次|报的|写的|发的|填的|说的)|上条|上一条|刚报的|刚写的|刚发的|刚填的/;
/**
 * A short message that opens by saying something was wrong (「其实只待了半天」, 「天数不对，实际只待了半天」, 「搞错了 是政策
 * 宣讲」, 「哦对了是半天不是一天」): it points back at the report just made as plainly as 「刚才那条」 does.
 */
const OPENS_CORRECTING =
  /^(?:哦|噢|呃|啊)?[\s，,]*(?:其实|实际上?|应该是|不对|搞错了|弄错了|写错了|说错了|打错了|记错了|报错了|填错了|错了|对了|(?:天数|日期|时间|类型|类别)(?:不对|错了|写错了))/;
const OPENS_CORRECTING_MAX = 20;
/**
 * 「19号那条服务其实只有半天」, 「周一那个不是政策宣讲」, 「哦不对 16号那天其实只待了半天」: a record of the last few days
 * named by its day, then corrected.
 */
const DAY_RECORD_CORRECTED = new RegExp(
  `^${RUN_UP}*(?:(?:哦|噢)?不对[，,\\s]*)?(?:\\d{1,2}\\s*[号日]|昨天|前天|大前天|(?:上|这|本)?(?:周|星期|礼拜)[一二三四五六日天])的?(?:那条|那个|那次|这条|那天)(?:服务|记录|[^，,。；;\\s]{2,10}?的?)?(?=其实|实际|应该|不对|错了|不是)`,
);

const pointsBack = (text: string) =>
  REFERS_BACK.test(text) ||
  DAY_RECORD_CORRECTED.test(text.trim()) ||
  (OPENS_CORRECTING.test(text.trim()) && text.trim().length <= OPENS_CORRECTING_MAX);

/** 「就上午在」, 「只有下午」: half a day, said by the half of the day there. */
const HALF_OF_THE_DAY = /^(?:只有|只|就|才)?(?:上午|下午)(?:在|待了|呆了|在那|在厂里)?$/;

/**
 * 「是半天不是一天」, 「不是一天是半天」, said alone: a value with what it is not, both of one field, corrects the report
 * just made as plainly as 「刚才那条…」 does. Null for anything more.
 */
function valueInsteadOf(text: string, today: LocalDate): Fragment | null {
  const meant = valueMeant(text);
  const not = /不是\s*([^，,。；;\s是]+)/.exec(text)?.[1];
  if (meant === text || !not || text.length > OPENS_CORRECTING_MAX) return null;
  // 「不是今天 是上周五 下午」: the part of the day is no field of a record.
  const is =
    fragmentOf(meant.replace(/\s*(?:的)?(?:上午|下午|中午|晚上|早上)(?:去的|来的)?\s*$/, ''), today) ??
    firstClauseOf(meant, today);
  const isNot = fragmentOf(not, today);
  return is && isNot && is.field === isNot.field && is.value !== isNot.value ? is : null;
}

/**
 * 「是一天 上午下午都在」: the value of the first clause, when what follows gives no other value (「是上周四 一天」 gives
 * two, read elsewhere).
 */
function firstClauseOf(meant: string, today: LocalDate): Fragment | null {
  const [first, ...rest] = meant.split(/[，,。；;\s]+/).filter(Boolean);
  const is = first ? fragmentOf(first, today) : null;
  if (!is) return null;
  const why = rest.length > 0 ? fragmentOf(rest.join(' '), today) : null;
  return !why || (why.field === is.field && why.value === is.value) ? is : null;
}

/** Words that say it was wrong. */
const CORRECTS = /错了|不对|不是|实际|应该是|应为|改成|改为|改一下|写错|搞错|其实/;
/** Where the right value follows (「是12月2号」, 「实际只待了半天」, 「改成政策宣讲」). */
const RIGHT_VALUE =
  /(?:应该是|应为|改成|改为|实际上?(?:只有|只)?(?:待了|去了|是)?|其实(?:是|只有|只)?(?:待了|去了|呆了)?|是|不对|错了)/g;

/**
 * What a correction of the record just made says it should be (「刚才那个专利的日期错了，是10月份申请的」 gives
 * 「10月份申请的」), or null when the message corrects nothing.
 */
export function correctedValue(text: string): string | null {
  if (!(REFERS_BACK.test(text) || OUTCOME_NAMED.test(text.trim())) || !CORRECTS.test(text)) return null;
  const said = text.replace(/不是[^，,。；;\s是]*/g, ' ');
  const last = [...said.matchAll(RIGHT_VALUE)].at(-1);
  const value = last ? said.slice((last.index ?? 0) + last[0].length).trim() : '';
  return value.length > 0 ? value : null;
}

/** 「把…」, 「撤销…」, 「删掉…」: the words before a record named to be undone or changed. */
export const UNDO_LEAD = '(?:把|将)?(?:撤销|撤回|撤消|删除|删掉|删了)?(?:一下)?\\s*';

/** 「把齿轮箱降噪那个项目删了」, 「淬火炉那个项目其实是市级的」: an outcome named by words of its title (group 1). */
export const OUTCOME_NAMED = new RegExp(
  `^${UNDO_LEAD}(.{2,16}?)(?:那个|这个|那条|这条|那项|这项)(?:项目|专利|成果|培训|转让|合同|研发中心|平台)`,
);

/**
 * A correction of the report just made, said in own words (「刚才那条日期错了 是12月2号不是3号」, 「刚才写的一天 实际只待了
 * 半天」, 「刚才那个不是技术攻关 是政策宣讲」): the field and its right value, asked about before anything changes.
 */
export function correctionOf(text: string, today: LocalDate): Fragment | null {
  return correctionsOf(text, today)[0] ?? null;
}

/**
 * A change to a range of days (「修改 日期 11月24日到25日」, 「刚才那条改成23号到24号」): its first day and its days (those
 * said with it, else the range's), or null when the value gives no range.
 */
export function rangeChanges(value: string, today: LocalDate): Fragment[] | null {
  const [range] = findDates(value, today);
  if (range?.kind !== 'past' || !range.value || !range.span) return null;
  const days = findVisitDays(value.replace(range.text, ' '));
  return [
    { field: 'date', value: range.value },
    { field: 'days', value: days ? days.text : `${range.span}天` },
  ];
}

/**
 * Every field a correction of the report just made gives, one value each (「不对，是前天，半天」, 「不对不对 是前天 而且只有
 * 半天」): the first clause of each field after what says it was wrong.
 */
export function correctionsOf(text: string, today: LocalDate): Fragment[] {
  if (!pointsBack(text)) {
    const instead = valueInsteadOf(text, today);
    return instead ? [instead] : [];
  }
  if (!CORRECTS.test(text)) return [];
  // What it was not (「不是3号」) is no value.
  const said = text.replace(/不是[^，,。；;\s是]*/g, ' ');
  const cuts = [...said.matchAll(RIGHT_VALUE)];
  const last = cuts.at(-1);
  if (!last) return [];
  // 「是昨天下午」, 「是今天上午去的」: the day, whatever the time of day.
  // The first clause after it that gives a value (「应该是半天，下午就走了」, 「不对，三点多才到，只有半天」).
  const found: Fragment[] = [];
  let span: number | null = null;
  for (const clause of said.slice((last.index ?? 0) + last[0].length).split(/[，,。；;]|\s+|而且|并且/)) {
    if (HALF_OF_THE_DAY.test(clause.trim())) {
      if (!found.some((f) => f.field === 'days')) found.push({ field: 'days', value: '半天' });
      continue;
    }
    const value = clause.trim().replace(/^(?:是|也|只有|只|就|才)?(?:待了|呆了|去了|在了)?/, '');
    // 「改成24号到25号」: a range moves the first day, and gives the days unless they are said.
    const [range] = value ? findDates(value, today) : [];
    const fragment =
      range?.kind === 'past' && range.value && range.span
        ? ({ field: 'date', value: range.value } as const)
        : value
          ? fragmentOf(withoutTimeOfDay(value), today)
          : null;
    if (fragment === null || found.some((f) => f.field === fragment.field)) continue;
    if (range?.span) span = range.span;
    found.push(fragment);
  }
  if (span !== null && !found.some((f) => f.field === 'days')) found.push({ field: 'days', value: `${span}天` });
  return found;
}

/**
 * Someone else named as the one who went or reported (「帮李明老师报一下 他上周三去…」, 「王芳老师11月30号去…」,
 * 「李老师刚才报的那条天数不对」): their surname, when it is not the sender's. A visit is recorded under whoever reports
 * it, and a record is changed only by them, so neither is taken from another.
 */
export function someoneElseNamed(text: string, sender: { name: string }): string | null {
  const isSender = (who: string) => sender.name.includes(who) || (who.length === 1 && sender.name.startsWith(who));
  // 「李老师刚才报的那条天数不对」: another's record, whoever else the message names.
  const theirRecord =
    /(?:^|[，,。\s])([\u4e00-\u9fa5]{1,3}?)(?:老师|教授|博士)(?:刚才|刚刚)(?:报的|写的|发的|填的)/.exec(text)?.[1];
  if (theirRecord && !NOT_A_NAME.test(theirRecord)) return isSender(theirRecord) ? null : theirRecord;
  // The sender went too (「和王老师一起去」, 「李老师带队…我也去了」, 「王教授带着我们…」, 「张老师和我…」).
  if (WENT_TOO.test(text)) return null;
  const who = (/^(?:帮|替|代)\s*([\u4e00-\u9fa5]{2,3}?)(?:老师|教授|博士|研究员)?\s*(?:报|登记|记)/.exec(text) ??
    /^([\u4e00-\u9fa5]{1,3}?)(?:老师|教授|博士|研究员)(?![们])/.exec(text))?.[1];
  // 「帮企业报一下」, 「给张老师的学生讲」 name no one who went; 「…我帮她报下」 names no one but says it is another's.
  if (!who || NOT_A_NAME.test(who)) return /我?帮(?:他|她)(?:报|登记)/.test(text) ? '' : null;
  return isSender(who) ? null : who;
}

/** Words that say the sender was there as well. */
const WENT_TOO = /一起|一块|一同|我也|我们|带着我|带我|和我|跟我|同我/;
/** Words before 老师 that are no name: a pronoun, or a preposition (「和王老师」 is read from 王). */
const NOT_A_NAME = /^(?:我|我们|咱们?|各位|大家|企业|公司|厂里|他们|忙|一下)$|^[和跟与同给按照对向找请让带替帮]/;

/**
 * 「不对 是山湖农机」, 「说错了 前天那个是山湖农机」, 「不对不对 那天是在石韵新材 看的是窑炉温控」: a correction that gives
 * where the visit was, and what was done there when said after it (group 2 the verb of 「看的是」, group 3 what).
 */
const PLACE_INSTEAD = new RegExp(
  `^(?:哦|噢|喔|啊|额|呃|嗯|哎|唉)?[，,\\s]*(?:不对|错了|说错了|打错了|搞错了|写错了|弄错了|报错了)(?:[，,\\s]*不对)*[，,。!！\\s]*(?:(?:刚才|刚刚|${RECORD_DAY})?的?(?:那个|那条|那次|这条|这个|那天)|那天|当天)?[，,\\s]*(?:应该)?(?:是在|是|在)\\s*([^，,。；;\\s]{2,20}?)(?:[，,\\s]+(?:(看|做|干|搞|讲|调|弄)的是|内容是|内容)\\s*([^。；;]{2,40}?))?[。.!！]*$`,
);
/** 「刚才那个不是山湖农机 是石韵新材」: what it was not, then the enterprise it was at (group 2; group 1 is what it was not). */
const PLACE_NOT_BUT = new RegExp(
  `^(?:(?:刚才|刚刚|${RECORD_DAY})的?(?:那个|那条|那次|这条|这个)|那天|当天)[，,\\s]*(?:企业)?不是(?:在)?\\s*([^，,。；;\\s]{2,12}?)[，,\\s]*(?:而)?(?:是在|是)\\s*([^，,。；;\\s]{2,20}?)(?:的)?[。.!！]*$`,
);
/** Content said to stay as it is (「还是一样」, 「不用改」, 「没问题」). */
const SAME_CONTENT = /^(?:还是|也)?(?:一样|不变|没变|照旧|不用改|不改|没问题|对的|是对的)/;
/** 「20号那条是山湖农机的 不是石韵」: the record named by its day, and the enterprise it was at instead. */
const PLACE_OF_DAY = new RegExp(
  `^(?:${RECORD_DAY})的?(?:那个|那条|那次|这条|这个)(?:应该|其实)?(?:是|在)\\s*([^，,。；;\\s]{2,20}?)的?(?:[，,\\s]*(?:不是|而不是)[^，,。；;]{1,12})?[。.!！]*$`,
);

/**
 * The enterprise a correction says instead, as the sender wrote it, when it names one of the sender's postings; the
 * record it changes is the one just made, or the one its day names.
 */
export function enterpriseSaidInstead(text: string, postings: Posting[]): string | null {
  return placeSaidInstead(text, postings)?.enterprise ?? null;
}

/** The enterprise a correction says instead (as above), and what was done there when it says that too. */
export function placeSaidInstead(text: string, postings: Posting[]): { enterprise: string; summary?: string } | null {
  if (postings.length < 2) return null;
  const notBut = PLACE_NOT_BUT.exec(text.trim());
  const found = PLACE_INSTEAD.exec(text.trim()) ?? PLACE_OF_DAY.exec(text.trim());
  const said = notBut?.[2] ?? found?.[1];
  if (!said || matchEnterprise(said, postings).kind !== 'found') return null;
  // 「内容还是一样」, 「内容不用改」: no new content.
  const content = found?.[3] && !SAME_CONTENT.test(found[3]) ? found[3] : undefined;
  const summary = !notBut && content ? `${found?.[2] ?? ''}${content}`.trim() : undefined;
  return summary ? { enterprise: said, summary } : { enterprise: said };
}

/** Whether a record already holds what a correction gives it (「刚刚那条是今天上午的」 of today's record). */
export function fragmentHolds(visit: { date: LocalDate; days: number; type: VisitType }, fragment: Fragment): boolean {
  if (fragment.field === 'date') return visit.date === fragment.value;
  if (fragment.field === 'type') return VISIT_TYPE_LABELS[visit.type] === fragment.value;
  return findVisitDays(fragment.value)?.value === visit.days;
}

/**
 * A correction of the report just made that changes only what a record does not keep (「刚刚那条是今天上午的不是下午」):
 * nothing to change.
 */
export function correctsOnlyTimeOfDay(text: string, today: LocalDate): boolean {
  if (!REFERS_BACK.test(text) || !CORRECTS.test(text) || !saysTimeOfDay(text) || correctionOf(text, today))
    return false;
  // 「三点多才到，只有半天」, 「是昨天下午的」: days or a day said too is a correction to read, never 「不用改」.
  const rest = withoutTimeOfDay(text.replace(REFERS_BACK, ' '));
  return !findVisitDays(rest) && findDates(rest, today).length === 0;
}

/**
 * A field the bot did not ask about yet, given instead (「技术攻关」 when asked the days): taken, and the question asked
 * again. Only a kind by its name, days with their unit, or a date — never a guess from free words.
 */
function otherField(pending: PendingOf<'visit'>, text: string, today: LocalDate): VisitDraft | null {
  const { draft, postings } = pending;
  if (draft.type === null) {
    const type = kindNamed(text);
    if (type) return { ...draft, type, typeCandidates: [] };
    // 「技术攻关 调试设备」: the kind, then what was done.
    const [, label, done] = KIND_THEN_ACTIVITY.exec(text.trim()) ?? [];
    const labelled = label ? kindNamed(label) : undefined;
    // 「技术攻关 两三天」: days (or a range of them) are no account of what was done.
    const onlyDays = done !== undefined && ONLY_DAYS.test(done.trim());
    if (labelled && done)
      return {
        ...draft,
        type: labelled,
        typeCandidates: [],
        ...(draft.activity || onlyDays ? {} : { summary: done.trim(), activity: true }),
      };
  }
  if (draft.days === null && /天|日/.test(text)) {
    const days = findVisitDays(text);
    if (days) return { ...draft, days: days.value };
  }
  if (draft.date === null) {
    const date = dayMeant(text, today, postings);
    if (date) return { ...draft, date };
  }
  return null;
}

/** Owning up to a slip of the keyboard or the tongue (「打错了」, 「不好意思」, 「口误」). */
const SLIP =
  /不好意思|抱歉|sorry|打错了?|输错了?|按错了?|搞错了?|弄错了?|手滑|口误|选错了?|(?:刚才|刚刚|上一)(?:那|这)?条?(?:的)?(?:日期|时间|日子)?(?:错了|不对|写错了)?/gi;
/** Words that own up to a slip (a day said wrongly), not just give another day. */
const OWNS_A_SLIP = new RegExp(`${SLIP.source}|说错|写错|不对|不是|应该是|^\\s*是`, 'i');
/** A report told as done (「调试了」, 「去过」), whose day still to come can only be a slip. */
const PAST_TOLD = /了|过|完/;
/** Words around a day said instead that add nothing to it. */
const AROUND_A_DAY =
  /应该是|应为|改成|改为|日期|时间|去的|去了|是|哦|噢|啊|呃|嗯|了|的|[\s，,。.!！~、]|\p{Extended_Pictographic}/gu;

/**
 * 「打错了 是前天」 right after 「明天在…」 was refused as a day still to come (or 「11月31日…」 as no day): the refused
 * report with the day said instead, to be read again; null when the message is more than a day said instead, or the
 * report was refused for another reason.
 */
export function redatedReport(refused: string, text: string, today: LocalDate, postings: Posting[]): string | null {
  if (text.length > 24) return null;
  const reading = readVisit(refused, today, postings);
  // Refused for its day (still to come, no day) or, read whole, by what is stored (that day is full): re-dated.
  if (!reading.isReport || (reading.refusal !== 'future' && reading.refusal !== 'invalid-date' && reading.refusal))
    return null;
  const base = readingText(refused);
  // 「下个礼拜去龙城齿轮调试设备」 then 「周二」: a plan told with a day, not a slip owned up to.
  if (reading.refusal === 'future' && !PAST_TOLD.test(base) && !OWNS_A_SLIP.test(text)) return null;
  const said = reading.invalidDate ?? reading.dateText;
  if (!said || !base.includes(said)) return null;
  const meant = valueMeant(saidInstead(text.replace(SLIP, ' ')));
  // 「是昨天去的 不是明天」: the day taken back is no other day given.
  const found = findDates(meant, today, postings);
  const denied = found.filter((d) => deniedDay(meant, d));
  const [day, ...others] = found.filter((d) => !denied.includes(d));
  if (!day?.value || day.kind !== 'past' || others.length > 0) return null;
  const rest = denied
    .reduce((words, d) => words.replace(new RegExp(`(?:不是|并非)\\s*${escapeRegExp(d.text)}`), ''), meant)
    .replace(day.text, '');
  // 「打错了 是昨天 半天」: the days may be said again with the day, and then they stand.
  const days = findVisitDays(rest);
  if (rest.replace(days?.text ?? '', '').replace(AROUND_A_DAY, '') !== '') return null;
  const redated = base.replace(said, day.text.trim());
  if (!days) return redated;
  const before = findVisitDays(redated.replace(day.text.trim(), ''));
  return before ? redated.replace(before.text, days.text) : `${redated} ${days.text}`;
}

/** 「以日期为准」, 「日期是对的，星期写错了」: the date said stands. */
const DATE_STANDS =
  /以日期为准|按日期|日期(?:是)?对的|日期没错|日期是准的|(?:星期|周几|礼拜几)(?:写|打|填|弄|搞)?错了?/;
/** 「以星期为准」, 「星期是对的，日期写错了」: the weekday said stands, in the week of the date. */
const WEEKDAY_STANDS =
  /以(?:星期|周几)为准|按(?:星期|周几)|(?:星期|周几)(?:是)?对的|(?:星期|周几)没错|日期(?:写|打|填|弄|搞)?错了?/;

/**
 * A bare weekday or day of the month answering 「日期对不上」, read near the day first said: 「10月22日周三」 then 「周三」
 * (or 「周三那天」) is that week's Wednesday, 「21号」 that month's 21st; 「以日期为准」 keeps the date, 「星期是对的」 the
 * weekday. Null when the answer is more than that, or the day is to come.
 */
function nearTheDaySaid(
  text: string,
  mismatch: { day: LocalDate; weekday: string },
  today: LocalDate,
): LocalDate | null {
  const said = mismatch.day;
  const answer = text
    .replace(/[吧啊呢。.!！，,\s]/g, '')
    .replace(/^(?:是|应该是|就是)/, '')
    .replace(/(?:那天|那一天|那日|的那天|的)$/, '');
  const dateStands = DATE_STANDS.test(text);
  const weekdayStands = WEEKDAY_STANDS.test(text);
  if (dateStands !== weekdayStands) return onceCome(dateStands ? said : inTheWeekOf(said, mismatch.weekday), today);
  const weekday = /^(?:周|星期|礼拜)([一二三四五六日天])$/.exec(answer)?.[1];
  const dayOfMonth = /^(\d{1,2})[号日]$/.exec(answer)?.[1];
  let day: LocalDate | null = null;
  if (weekday) day = inTheWeekOf(said, weekday);
  else if (dayOfMonth) {
    const candidate = `${said.slice(0, 8)}${dayOfMonth.padStart(2, '0')}`;
    day = isLocalDate(candidate) ? candidate : null;
  }
  return onceCome(day, today);
}

const onceCome = (day: LocalDate | null, today: LocalDate) => (day && day <= today ? day : null);

const ONLY_DAYS = /^[\s\d.一二两三四五六七八九十半、~\-－到至个多左右大概约]*(?:天|日|小时|钟头|上午|下午)[吧啊呢]?$/;

/** A kind's full name opening a message, then what was done (「技术攻关 调试设备」, 「政策宣讲：讲了研发费用加计扣除」). */
const KIND_THEN_ACTIVITY = new RegExp(
  `^(?:是|算|属于)?(${VISIT_TYPES.map((t) => VISIT_TYPE_LABELS[t]).join('|')})(?:吧|类)?[\\s,，:：、;；]+(?:主要(?:是)?)?([^\\s].{1,})$`,
);

/** Weekdays alone (「周二」, 「周二周三」, 「星期二和星期三吧」). */
const WEEKDAYS_ONLY =
  /^(?:(?:周|星期|礼拜)[一二三四五六日天][\s、,，和与跟到至-]*){1,3}(?:两天|这两天)?[吧啊呢。.!！]*$/;

/** Two days side by side (「17 18号」, 「17号18号」, 「11月17、18日」, 「周二周三」, 「周二到周三」): the first of them. */
const FIRST_OF_TWO_DAYS =
  /^((?:\d{1,2}月)?\d{1,2})(?:(?:号|日)\s*(?:[、,，\s和与跟-]|到|至)?|\s*(?:[、,，\s和与跟-]|到|至))\s*\d{1,2}(?:号|日)(?:两天|这两天)?[吧。.!！]*$|^((?:上上|上|这|本)?(?:个)?(?:周|星期|礼拜)[一二三四五六日天])\s*(?:[、,，\s和与跟-]|到|至)?\s*(?:周|星期|礼拜)?[一二三四五六日天](?:两天|这两天)?[吧。.!！]*$/;

/** The answer to a question about the days, the date or the kind, read from what the message means. */
function answerField(pending: PendingOf<'visit'>, text: string, today: LocalDate): VisitDraft | null {
  const { draft, missing, postings } = pending;
  // 「4」, 「那就4吧」, 「选3」, 「第三个」: an option by its number.
  const choice = /^\s*(?:那就|就|选|选择|第)?\s*(\d{1,2}|[一二三四五])\s*(?:个|项|吧|呗|啦)?[。.!！~]*\s*$/.exec(text);
  const chosen = choice?.[1] ? (parseSmallNumber(choice[1]) ?? 0) : 0;
  if (missing === 'days') {
    const days = findVisitDays(/^\s*\d+(\.\d+)?\s*$/.test(text) ? `${text.trim()}天` : text);
    return days ? { ...draft, days: days.value } : null;
  }
  if (missing === 'date') {
    // 「17 18号」, 「周二周三」: the days of a visit of several days, which starts on the first.
    const two = FIRST_OF_TWO_DAYS.exec(text.trim());
    const first = two?.[1] ?? two?.[2];
    const said = first ? first.replace(/\d$/, '$&号') : text;
    // 「上周去…」 then 「周二」: the Tuesday of last week, not this week's.
    const weekday = /^\s*(?:周|星期|礼拜)([一二三四五六日天])\s*[吧啊呢。.!！]*\s*$/.exec(said)?.[1];
    if (weekday && draft.dateWords && /上(?:个)?(?:周|星期|礼拜)/.test(draft.dateWords)) {
      const lastWeek = dayMeant(`上周${weekday}`, today, postings);
      if (lastWeek) return { ...draft, date: lastWeek };
    }
    const near = draft.dateMismatch ? nearTheDaySaid(said, draft.dateMismatch, today) : null;
    if (near) return { ...draft, date: near };
    const date = dayMeant(said, today, postings);
    if (date) return { ...draft, date };
    // 「明天」: a day still to come is refused as such, not taken for something else.
    const [coming] = findDates(said, today, postings);
    const soon = (coming ? soonToCome(coming, today) : null) ?? monthDayAhead(said, today);
    return (coming?.kind === 'future' && coming.value) || soon
      ? { ...draft, date: soon ?? coming?.value ?? null, refusal: 'future', dateWords: coming?.text ?? null }
      : null;
  }
  const options = draft.typeCandidates.length > 0 ? draft.typeCandidates : VISIT_TYPES;
  const picked = chosen > 0 ? options[chosen - 1] : undefined;
  // A kind by its name or its second half (「算资源对接」, 「攻关」); its first half (政策, 技术, 资源) only said alone, for
  // in a sentence it names what the work was about (「讲了研发费用加计扣除政策」).
  const labelled =
    picked ??
    VISIT_TYPES.find((t) => text.includes(VISIT_TYPE_LABELS[t]) || text.includes(VISIT_TYPE_LABELS[t].slice(2))) ??
    kindNamed(text);
  if (labelled) {
    // 「技术攻关 帮他们看了热处理变形的问题」: the kind, and what was done after it, which was still to be asked.
    const label = VISIT_TYPE_LABELS[labelled];
    const rest = text
      .replace(label, ' ')
      .replace(label.slice(2), ' ')
      .replace(/^[\s，,：:。.、；;-]*(?:的|吧|类)?[\s，,：:。.、；;-]*/, '')
      .trim();
    // Only words of their own say what was done: 「应该算…吧」 says nothing of it.
    const said = rest.replace(KIND_HEDGES, '').replace(/[\p{P}\p{S}\s]/gu, '');
    const told = !draft.activity && !picked && said.length >= 4 ? { summary: rest, activity: true } : {};
    return { ...draft, type: labelled, typeCandidates: [], ...told };
  }
  // Told what was done instead of the kind (「帮他们调了下热处理炉」): the kind read from it, and it is the content too.
  const { type: described, candidates } = classifyKind(text);
  const content = !draft.activity && text.trim().length >= 4 ? { summary: text.trim(), activity: true } : {};
  // Two activities of two kinds (「上午讲政策，下午调发酵罐」): asked again with the two, never one chosen silently.
  if (!described && candidates.length > 1) return { ...draft, typeCandidates: candidates, ...content };
  if (!described) return null;
  return { ...draft, type: described, typeCandidates: [], ...content };
}

/** Whether a reading contradicts the draft on where, when or how long (then it is a new report, not an answer). */
export function contradicts(reading: ReportReading, draft: VisitDraft): boolean {
  const otherDay = reading.gave.date && draft.date !== null && reading.draft.date !== draft.date;
  // 「去了柳州五菱…」 while 「柳州钢铁」 is asked about: another place, another report.
  const otherName = reading.draft.namedElsewhere !== null && reading.draft.namedElsewhere !== draft.namedElsewhere;
  const otherPlace =
    reading.gave.enterprise && draft.assignmentId !== null && reading.draft.assignmentId !== draft.assignmentId;
  // 「半天」 waiting for its day, then 「11月10号…1天」: another visit, not the day of this one.
  const otherLength = reading.gave.days && draft.days !== null && reading.draft.days !== draft.days;
  // 「11月26日周三…调试磨齿机」 waiting for its day, then 「前天在龙城齿轮做齿轮噪声测试 一天」: other work, another visit.
  const otherWork =
    isCompleteReport(reading) &&
    reading.draft.activity &&
    draft.summary !== '' &&
    reading.draft.summary !== '' &&
    !sharesWords(reading.draft.summary, draft.summary);
  return otherDay || otherPlace || otherName || otherLength || otherWork;
}

/** Whether two descriptions of work share a two-character word (「调试磨齿机」 and 「磨齿机调好了」 do). */
/** Whether two texts share a pair of characters (「降噪技术」 and 「齿轮箱降噪研究」 share 「降噪」). */
export function sharesWords(a: string, b: string): boolean {
  const pairs = (text: string) => new Set([...text].slice(0, -1).map((c, i) => c + text[i + 1]));
  const inB = pairs(b);
  return [...pairs(a)].some((pair) => /^\p{Script=Han}{2}$/u.test(pair) && inB.has(pair));
}

/** A reading that stands on its own as a report: a date and an enterprise, and days or a kind. */
export function isCompleteReport(reading: ReportReading): boolean {
  return reading.gave.date && reading.gave.enterprise && (reading.gave.days || reading.gave.type);
}
