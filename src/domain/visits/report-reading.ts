import { addDays, daysBetween, type LocalDate, weekdayCharacter } from '../../common/local-date.js';
import { escapeRegExp } from '../../common/regexp.js';
import { CITY_NAMES, VISIT_TYPE_LABELS, type VisitType } from '../programme/types.js';
import { NUMBER_PATTERN, parseSmallNumber } from './chinese-numbers.js';
import { DIALECT_WORDS } from './dialect-words.js';
import { aliasesOf, cityOf, type EnterpriseMatch, matchEnterprise, type PostingRef } from './enterprise-match.js';
import { DAY_MOVED_WORDS, HESITATIONS, OPENING_FILLERS, RUN_INS } from './filler-words.js';
import { AFTER_PLACE, GENERIC_PLACES, PART_ENDINGS } from './generic-places.js';
import { HOMOPHONES } from './homophones.js';
import { classifyKind } from './kind-classifier.js';
import {
  AT_A_MEETING_ELSEWHERE,
  AT_THE_UNIVERSITY,
  BROUGHT_THE_ENTERPRISE,
  REMOTE_PLACES,
  REMOTE_TOKEN,
  REMOTE_WORDS,
  SENT_OTHERS,
  WENT_WITH_THEM,
  WITH_THE_ENTERPRISE,
} from './remote-words.js';
import { type DateReading, deniedDay, findDates, soonToCome } from './report-dates.js';
import { placeSaidOver, saidOver } from './said-over.js';
import { OTHER_BUSINESS, SIDE_TRIP_WORDS, TIMES_OF_DAY, TO_A_CITY, TRAVEL_WORDS } from './travel-words.js';
import { findVisitDays, withoutDeniedDays } from './visit-days.js';

/** A posting as the reader needs it: the enterprise, and when the posting runs (to place a date without a year). */
export interface ReadingPosting extends PostingRef {
  startDate?: LocalDate;
  endDate?: LocalDate;
}

/** Why a report cannot be stored as it stands. */
export type ReadingRefusal = 'future' | 'plan' | 'invalid-date' | 'not-posted' | 'remote';

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
  /** A question asked on the side after the report (「顺便问下学校实验室周末开不开门？」): not part of it. */
  aside: string | null;
  /** The wording of the date read (「明天」, 「下周一」), to name a day still to come. */
  dateText: string | null;
  /** A date and a weekday said together that do not agree (「11月19日周三」): the bot asks which day. */
  dateMismatch: DateReading['mismatch'] | null;
}

// --- what a message is

/** A message put to the bot rather than a report: it asks something (「怎么布局」 inside a report does not). */
const QUESTION =
  /[?？]\s*$|(吗|呢|么|没有|没)\s*[。.!！~]*$|^(请问|问一下|想问|咨询一下)|(?<!前)几次|(?<!前)几天(?!前)|多少(天|次|趟)|还差|怎么办|怎么报|怎么算|如何报|是否|能否|能不能|可不可以|可以吗|算不算|算吗|咋算|如何算|算[\u4e00-\u9fa5]{1,8}吗|(?:算|属于|归|记成|记为|报成)(?:哪|什么|啥)|还是[一两半\d][次天]|记上了?没|报上了?没|为什么|为啥|是不是|什么原因|怎么回事|咋回事|我该|该找谁|怎么看|帮我(?:看看|看下|看一下|查查|查下|查一下|算算|算一下)|你帮我查|(?:享受|有)(?:什么|哪些|啥)[\u4e00-\u9fa5]{0,6}[?？]?\s*$/;
/** The visit did not happen: 「今天去不了企业了」, 「没去成」. */
const NOT_THERE =
  /去不了|去不成|没去成|没能去|没有去成?|不去了|没法去|来不了|取消了|没去(?!过|学校|单位|所里|院里|实验室|办公室|上班|上课)|没(?:能)?到(?:企业|厂|公司|现场)|(?:车坏了?|堵车|抛锚)[^。；;]*没(?:到|去成?)/;
/**
 * Half of the day not there, the other half there (「今天上午去蓝湾食品讲了政策，下午没去」, 「上午没去 下午去了石韵」): half a
 * day's visit, never a visit called off.
 */
const OTHER_HALF_OFF =
  /[，,\s]*(?<=(?:上午|早上)[^。；;]{2,40}?)下午(?:就|都|也)?没(?:有)?(?:去|在|过去)了?(?=[\s。.!！~]*$|[，,；;\s])|(?:上午|早上)(?:就|都)?没(?:有)?(?:去|在|过去)了?(?=[^。；;]{0,6}下午[^。；;]{0,4}(?:去|到|在|过去))/g;
/** Words that say the visit is still to come (「科技计划」「工作计划」 are things, not plans). */
const PLAN =
  /打算|准备(?=去|到|下|明|后|这|本|月|周|给|帮|做|搞|组织|开展|过去|在)|(?<![科技工作研发项目年度发展创新])计划(?=去|下|明|后|这|本|在|于|到|要|月|周|给|帮|做|搞|组织|开展)|要去|将要|将去|拟去|拟于|先报一下|先报备|提前报|下次去|过几天去|回头去|到时候|安排去|定于|(?<!(?:[今昨前]天|上周|\d\s*[号日]|了)[\s\S]*)还(?:得|要)再?(?:去|跑|过去)|^(?:我们?)?今晚(?:还)?(?:要|得)?(?:去|过去|到)(?!的)(?![^，,。；;]{0,12}?[了过完])|^(?:我们?)?(?:今天)?(?:一会儿?|待会儿?|等会儿?|晚点|马上|吃完饭|正要|正准备)[^，,。；;]{0,6}?(?:过去|去|出发)(?![^，,。；;\s]{0,8}?[的了过])/;
/**
 * A plan told only as what changed before or during the visit made (「本来要去石韵的 后来临时改去山湖农机了」, 「本来打算待两天的
 * 结果第二天学校有事就回来了」).
 */
const PLAN_CHANGED =
  /本来(?:要|打算|想|准备|计划)[^。；;]{0,14}?(?:后来|结果|最后|临时)[^。；;]{0,12}?(?:(?:改|换)[^。；;]{0,10}?了|回来了|回去了|走了|回学校了|提前回)/;
/**
 * What was meant before it changed (「本来打算待两天的」), and the change told after it (「结果第二天学校有事就回来了」,
 * 「后来临时改去」, before where it was made).
 */
const INTENDED =
  /本来(?:要|打算|想|准备|计划)[^。；;]{0,14}?(?=[，,\s]*(?:后来|结果|最后|临时|但是|可是|不过))(?:[，,\s]*(?:后来|结果|最后)[^。；;]{0,12}?(?:回来了|回去了|走了|回学校了|提前回[^，,。；;\s]*|(?:改|换)(?:去|到|成|在)?))?/;
/** Words that say the specialist was not there (「人没过去」), which read as presence without the 没. */
const ABSENT = /没有?(?:过去|去现场|到现场|去企业|到企业|去厂里)/g;
/** Words that say the service is done: 「讲了」, 「做完」, 「去过」 (not 「过去」, going over). */
const DONE = /[了完]|过(?!去)/;
/** Words that say the specialist was there. */
const PRESENCE =
  /(?:去|到|来|跑)了?(?:一)?趟|走访|去了|到了|去(?=[\u4e00-\u9fa5]{2,}(?:公司|企业|厂|那边|那里|现场))|去[\u4e00-\u9fa5]{2,8}?(?:调研|指导|服务|座谈|交流|讲|帮|做|搞|调|攻关|对接|宣讲)|下企业|下厂|驻企|在(?:企业|公司|厂里|现场|车间)|(?:去|到)(?:企业|公司|厂里)|待了|呆了|蹲了|泡在|在那边|过去|现场|上门/;
/** The specialist going there (「我去看了看」), whatever the enterprise achieved. */
const WENT_MYSELF = /我(?:也|就|又)?(?:去|到|过去|跑)/;
/** The enterprise's people going to the meeting too (「山湖农机也去了」): no presence of the specialist's. */
const THEY_WENT_TOO = /也(?:去|来|到|参加)了/g;
/** What happened at the enterprise, not what the specialist did there: 「用电量降了8%」, 「拿了金奖」. */
const RESULT =
  /拿了|获得|获奖|金奖|银奖|降了|提高了|提升了|增长|见效|上市|投产|中标|认定|通过了|通过公示|公示了|上了新闻|评上/;
/** The specialist's own service named or done: a kind by its name, or a verb of serving. */
const SERVICE_DONE = new RegExp(
  `${Object.values(VISIT_TYPE_LABELS).join('|')}|帮|给(?:他们|企业|员工|工人)|做了|搞了|调试|讲了|讲解|宣讲|对接了|牵线|组织了|指导|培训|梳理|编制|编了|测了|检测了|改了`,
);
/** Someone else came to the specialist: not a visit to the enterprise. */
const THEY_CAME = /来(?:我们|我|学校|学院|实验室|所里|院里)|到(?:我们|学校)(?:来)?(?:交流|参观|学习)/;
/** Lead-in words of a report: 「报一下」「报个天数」「@小助手」. */
const LEAD =
  /^(?:@\S+\s*)?(?:老师)?(?:您好|你好)?[,，\s]*(?:报一下|报备一下|报备|报个\S{0,2}|登记一下|记一下|记录一下|汇报一下)?[:：,，\s]*/;

const EMOTICON = /\[[\p{Script=Han}A-Za-z]{1,6}\]/gu;
const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0F}|\u{200D}/gu;
const FULL_WIDTH = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF0B\uFF0D\uFF0E\uFF0F\uFF1A]/g;

/**
 * The text as read: full-width digits and letters as ASCII, voice-input homophones mended, Cantonese words in
 * Mandarin, emoticons and emoji out.
 */
export function readingText(message: string): string {
  let text = message.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  for (const [heard, meant] of [...HOMOPHONES, ...DIALECT_WORDS]) text = text.replaceAll(heard, meant);
  return text
    .replace(EMOTICON, ' ')
    .replace(EMOJI, ' ')
    .replace(/[\u3000\s]+/g, ' ')
    .trim();
}

// --- enterprise

/** A company the message names in full (「南宁华桂建材有限公司」, 「梧州康源药业」, 「贺州华石石材厂」). */
const COMPANY = new RegExp(
  `((?:${CITY_NAMES})[\u4e00-\u9fa5]{2,12}?(?:有限公司|股份公司|集团|公司|厂|药业|实业)|[\u4e00-\u9fa5]{2,12}?(?:有限公司|股份有限公司|股份公司))`,
);
const COMPANY_ALL = new RegExp(COMPANY.source, 'g');
/** The verb a company's name may be read together with (「去了玉林华嘉…有限公司」). */
const PLACE_VERB = /^(?:去了?|到了?|在|赴|跑了?)/;
/** Words before 公司/厂 that name no particular company (派驻企业, 我们厂, 他们公司). */
const NOT_A_COMPANY = /^(?:派驻|我们|他们|这家|那家|企业|服务|合作|兄弟|周边|另外|其他|新|老|本|该|去|到|在)/;
/** 「桂林其他几家光学厂」, 「河池三家酒厂」: several companies of a kind, not one named. */
const SEVERAL = /(?:几|[一二两三四五六七八九十多\d]+)家|其他|其它|另外|本地|周边|各/;

/** Edit distance of at most one (a typo: 龙城齿论, 绿贵生物). */
function nearlySame(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let differences = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differences += 1;
  return differences === 1;
}

export function findEnterprise(
  text: string,
  postings: ReadingPosting[],
  roster: PostingRef[],
): { match: EnterpriseMatch; foreign: string | null } {
  // A company named in full that is none of one's own is another enterprise, whatever else matches: the first such
  // name (「去了玉林华嘉动力机械有限公司」 less its verb; 「另一家药厂（梧州康源药业）」 its name in brackets).
  for (const found of text.matchAll(COMPANY_ALL)) {
    const company = (found[1] ?? '').replace(PLACE_VERB, '');
    if (company.length < 4 || NOT_A_COMPANY.test(company) || SEVERAL.test(company)) continue;
    if (matchEnterprise(company, postings).kind === 'found') break;
    const known = matchEnterprise(company, roster, false);
    return {
      match: { kind: 'none' },
      foreign: known.kind === 'found' ? (known.posting.shortName ?? company) : company,
    };
  }
  const match = matchEnterprise(text, postings);
  if (match.kind !== 'none') {
    // 「在柳州钢铁做了技术攻关 是龙城齿轮介绍我去的」: the posting only sent the specialist to the place named.
    const referred =
      match.kind === 'found' &&
      new RegExp(`${escapeRegExp(match.text)}[^，,。；;]{0,6}?(?:${REFERRED.source})`).test(text);
    // 「在山湖农机隔壁的另一家厂看了半天」: the posting only tells where the other company is.
    const landmark =
      match.kind === 'found' && new RegExp(`${escapeRegExp(match.text)}的?(?:隔壁|旁边|对面|附近)`).test(text);
    const place = referred ? namedPlace(text, postings) : null;
    const elsewhere = (referred || landmark) && !place ? ELSEWHERE.exec(text) : null;
    const other = place ?? (elsewhere ? (elsewhere[2] ?? elsewhere[1] ?? '另一家企业') : null);
    return other ? { match: { kind: 'none' }, foreign: other } : { match, foreign: null };
  }
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
  // 「帮柳州福达精工调试了一天」: a company by city and name, served, that is none of one's own.
  const served = SERVED_COMPANY.exec(text)?.[1];
  if (served && !/的|里|市/.test(served) && matchEnterprise(served, postings).kind === 'none')
    return { match: { kind: 'none' }, foreign: served };
  // 「在柳州另一家厂（柳州福达精工）」: there was another company, named in brackets or not.
  const elsewhere = ELSEWHERE.exec(text);
  if (elsewhere) return { match: { kind: 'none' }, foreign: elsewhere[2] ?? elsewhere[1] ?? '另一家企业' };
  const unknown = namedPlace(text, postings);
  return unknown ? { match: { kind: 'none' }, foreign: unknown } : { match, foreign: null };
}

const SERVED_COMPANY = new RegExp(
  `(?:帮|给|为)((?:${CITY_NAMES})[\u4e00-\u9fa5]{2,6}?)(?=调试|做了|搞了|讲|解决|处理|检测|设计|改|培训|测|修|对接|申报|梳理|编)`,
);
/** Being at another company than one's own: 「在梧州另一家药厂（梧州康源药业）」, 「去了另外一家公司」, 「去隔壁厂帮忙」. */
const ELSEWHERE =
  /(?:在|去了?|到了?|跑了?)(?:[\u4e00-\u9fa5]{2,8}?)?((?:另一家|另外一家|别的|另外的|别家|隔壁的?|其他的?|其它的?|朋友的?|兄弟)[\u4e00-\u9fa5]{0,4}?(?:企业|公司|厂|单位))(?:[（(]([^）)]{2,14})[）)])?/;

/** An enterprise that sent the specialist elsewhere (「是龙城齿轮介绍我去的」, 「孙经理牵的线」). */
const REFERRED = /介绍|推荐|引荐|牵(?:的)?线|搭(?:的)?桥|帮忙联系|委托|引见/;

const CITY_PREFIX = new RegExp(`^(?:${CITY_NAMES}|广西)的`);
const PLACE = new RegExp(
  `(?:在|去了?|到了?|赴)(?:[\u4e00-\u9fa5]{2,3}的)?(?:另一家叫|一家叫|叫)?([\u4e00-\u9fa5A-Za-z]{2,10}?)(?=${AFTER_PLACE.map(escapeRegExp).join('|')})`,
  'g',
);
const DATE_OR_TIME = /^(?:今天|昨天|前天|上午|下午|晚上|周|星期|月|\d)/;
const STAYED = /^[待呆蹲住干忙做搞弄整跑][了过着]/;

/**
 * A name standing where an enterprise would (「在柳州五菱帮他们…」, 「去了南宁的广西绿城水务」) that is no generic place
 * and none of the reporter's enterprises: another company.
 */
function namedPlace(text: string, postings: ReadingPosting[]): string | null {
  for (const match of text.matchAll(PLACE)) {
    const name = (match[1] ?? '').replace(CITY_PREFIX, '');
    // 「一年要去几次」 asks; it names no place.
    if (name.length < 2 || DATE_OR_TIME.test(name) || /几|多少|哪|啥|什么|怎么/.test(name)) continue;
    // 「去了待了半天」: a verb that carries the days names no place.
    if (STAYED.test(name)) continue;
    if (GENERIC_PLACES.some((place) => name === place || name.endsWith(place) || name.startsWith(place))) continue;
    if (PART_ENDINGS.some((ending) => name.endsWith(ending))) continue;
    // The city of one's own enterprise (「在柳州」 from the specialist posted to 龙城齿轮 in 柳州) names no other.
    if (postings.some((p) => cityOf(p) === name.replace(/市$/, ''))) continue;
    if (matchEnterprise(name, postings).kind !== 'none') continue;
    return name;
  }
  return null;
}

// --- activity and summary

/** Words that only say one was there, or frame the report: they are no activity. */
const NOT_ACTIVITY =
  /报一下|报备|登记|(?:去|到|来|跑)了?(?:一)?趟|走访了?(?:一下)?|去了|到了|待了|呆了|蹲了|在现场|现场|过去|那边|那里|一下|企业|公司|厂里|老师|您好|你好|天数|天书|都在|在|了|的|和|去|到|跑|共计|一共|加起来|合计|服务了|大概|左右|挺久|很久|主要是|其实|说是/g;

function tidy(text: string): string {
  return (
    text
      .replace(/\s+/g, ' ')
      .replace(/\s*([，。、；：！？,.;:!?])\s*/g, '$1')
      .replace(/([，,、；;：:])\1+/g, '$1')
      .replace(/^(?:在|去|到|了|的|都在|，|,|。|\.|、|；|;|：|:|\s)+|[，,、；;：:\s]+$/g, '')
      // Particles left at the end once the days are out (「看了看新设备 半天吧」).
      .replace(/[\s，,]*(?:吧|啊|呀|哈|呢|哦|嘛|啦)+$/, '')
      .trim()
  );
}

/** Verbs that only carry a kind or a duration: 「搞了一整天」 less its days, 「做了政策宣讲」 less its kind. */
const CARRIER =
  /一趟|一回|做了?|搞了?|弄了?|干了?|忙了?|花了|用了|开展了?|进行了?|从事了?|主要|帮忙|服务|工作|活动|整整|差不多|前后|总共|共|这次|此次|本次|当天|那天|都|也|还|又|和|及|跟|与|我们|我/g;

const KIND_WORDS = new RegExp(
  `${Object.values(VISIT_TYPE_LABELS).join('|')}|宣讲|攻关|规划|对接|示范|讲政策|政策`,
  'g',
);

/** 「上午去了」, left once the whole day is read from 「上午去了 下午也在」: when, and nothing done. */
const ONLY_A_HALF_THERE = /^(?:上午|下午|早上|中午|晚上)(?:去了|到了|在|待了|过去了?|也在)?[\s，,。]*$/;

/** A piece of the message that says nothing of what was done once its date, enterprise and days are out. */
const saysNothing = (piece: string) =>
  piece
    .replace(KIND_WORDS, '')
    .replace(NOT_ACTIVITY, '')
    .replace(CARRIER, '')
    .replace(/[\s，,。.、；;：:!！~?？]/g, '') === '';

/**
 * The activity as the specialist wrote it: the message with its date, enterprise and days phrases taken out (done
 * before), and the pieces left that say nothing (「做了政策宣讲」, 「搞了」, 「去了一趟」) dropped.
 */
function summaryOf(rest: string): string {
  const pieces = tidy(withoutFillers(rest)).split(/(?<=[，,。；;！!？?\s])/);
  const kept = pieces
    .filter((piece) => !saysNothing(piece) && !LEAVING.test(piece) && !ONLY_A_HALF_THERE.test(piece.trim()))
    .join('');
  // 「给员工做了 培训」: the days taken from between a verb and its object leave no gap once the verb is kept.
  return tidy(kept.replace(/(?<=[做搞弄整干]了)\s+(?=\p{Script=Han})/gu, ''));
}

const alternatives = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
const PAUSE = '[\\s，,。；;！!~、]';
const OPENING_FILLER = new RegExp(`^(?:(?:${alternatives(OPENING_FILLERS)})(?:[啊呀呢吧嘛]|${PAUSE})*)+`);
const HESITATION = new RegExp(
  `(?<=^|${PAUSE})(?:${alternatives([...HESITATIONS, ...DAY_MOVED_WORDS])})+(?=${PAUSE}|$)`,
  'g',
);
const RUN_IN = new RegExp(alternatives(RUN_INS), 'g');

/** The words less chat and voice-input fillers (「嗯那个就是 呢 然后呢给他们调了一下 呃」: 「给他们调了一下」). */
function withoutFillers(text: string): string {
  return text.trim().replace(OPENING_FILLER, '').replace(RUN_IN, '').replace(HESITATION, '');
}

/** A piece that tells of leaving (「下午回学校上课」): what was done after, not at the enterprise. */
const LEAVING =
  /^(?:上午|中午|下午|晚上|之后|然后|后来|随后|完了)?(?:就|又|再)?(?:回|返回|赶回|回到)(?:学校|单位|家|校|所里|院里|学院|实验室|办公室|宾馆|酒店|南宁|桂林|柳州)(?:上课|开会|休息|吃饭)?了?[，,。；;！!\s]*$/;

/**
 * Takes an enterprise's name out of the text with the place word before it (「在龙城齿轮」, 「去了蓝湾食品」), or at the
 * start of a clause; a name the activity is about (「带绿桂生物的研发经理」, 「给龙城齿轮的员工讲」) stays.
 */
function withoutPlace(text: string, name: string): string {
  const at = text.indexOf(name);
  if (at < 0) return text;
  const before = text.slice(0, at);
  const after = text.slice(at + name.length);
  const place = /(?:在|去|到|赴|往|跑|来|至|上|下)(?:了|的)?(?:一)?趟?\s*$/.exec(before);
  // 「在龙城齿轮那边帮他们调试」: the place word after the name goes with it.
  if (place) return `${before.slice(0, place.index)} ${after.replace(/^\s*(?:那边|那儿|那里|这边|这儿|这里)/, '')}`;
  const clauseStart = /(?:^|[，,。；;：:\s])$/.test(before);
  return clauseStart && !/^\s*的/.test(after) ? `${before} ${after}` : text;
}

// --- the reading

/** Days said as days (「半天」, 「一天」, 「3小时」), not read off 「下午」 or a clock time. */
const SAYS_DAYS = /天|日|小时|钟/;

/** The first days a text says as days, passing over 「上午」 or a clock time before them. */
function daysSaidIn(text: string): ReturnType<typeof findVisitDays> {
  let rest = text;
  for (let found = findVisitDays(rest); found; found = findVisitDays(rest)) {
    if (SAYS_DAYS.test(found.text)) return found;
    rest = rest.replace(found.text, ' ');
  }
  return null;
}

const CLAUSE_STOPS = [...'，,。；;！!\n'];
const CLAUSE_MARKS = [...CLAUSE_STOPS, ' '];
/** Words that tell of going again: a plan's clause, or a second day's visit. */
const GOING_AGAIN = /再|还要|还得|继续|接着|又|也|去|来|过去|跑/;
/** Going again, said plainly (「还要再去一趟」, 「接着去」). */
const GOING_AGAIN_PLAINLY =
  /(?:还要|还得|要|得)?再(?:去|来|过去|跑)|(?:还要|还得)(?:去|来|过去|跑)|(?:接着|继续)(?:去|过去)/;

/**
 * The clause of a later day still to come that says how long the next visit will be (「明天再去一天」 after a past
 * day's report): where it starts and ends. A message that starts with the plan is a plan, refused as one.
 */
function planClause(text: string, dates: DateReading[]): [number, number] | null {
  const [first] = dates;
  if (!first || first.kind === 'future') return null;
  const later = dates.find((found) => found.kind === 'future' && found.index > first.index);
  if (!later) return null;
  // A space does not end the plan (「明天 再去 一天」); a stop does.
  const stop = CLAUSE_STOPS.map((mark) => text.indexOf(mark, later.index)).filter((at) => at >= 0);
  const end = stop.length > 0 ? Math.min(...stop) : text.length;
  const mark = Math.max(...CLAUSE_MARKS.map((mark) => text.lastIndexOf(mark, later.index)));
  // Run on without a stop (voice input): the later day starts another visit (「…半天明天再去一天」).
  const start =
    mark > first.index ? mark : /^\S{0,4}?(?:再|还要|还得|继续|接着)/.test(text.slice(later.index)) ? later.index : -1;
  // Only a next visit's days, or going again said plainly (「下周三还要再去一趟搞项目申报」), are cut: 「把下周验收要用的
  // 数据整理了一天」 tells of this one.
  const clause = text.slice(start, end);
  return start >= 0 && GOING_AGAIN.test(clause) && (findVisitDays(clause) || GOING_AGAIN_PLAINLY.test(clause))
    ? [start, end]
    : null;
}

const TRAVEL = new RegExp(
  `^\\s*(?:${TIMES_OF_DAY.join('|')})?[^，,。；;！!\\s]{0,6}?(?:${TRAVEL_WORDS.map(escapeRegExp).join('|')}|(?:${TO_A_CITY.join('|')})的?(?:${CITY_NAMES}))[^，,。；;！!\\s]{0,8}$`,
);

/**
 * The clauses of days spent travelling, when another day tells of the service (「周二晚上到的桂林 周三一整天在漓江光电
 * 周四上午回南宁」): each from its day to the clause's end. A clause that names an enterprise (「周二去的龙城齿轮」) or
 * work is no travel.
 */
function travelClauses(
  text: string,
  dates: DateReading[],
  postings: ReadingPosting[],
  roster: PostingRef[],
): [number, number][] {
  const days = dates.filter((found) => found.kind === 'past' && found.value !== null);
  if (new Set(days.map((found) => found.value)).size < 2) return [];
  const clauses: [number, number][] = [];
  for (const found of days) {
    const from = found.index + found.text.length;
    const lead = /^\s*/.exec(text.slice(from))?.[0].length ?? 0;
    const stops = CLAUSE_MARKS.map((mark) => text.indexOf(mark, from + lead)).filter((at) => at >= 0);
    const end = stops.length > 0 ? Math.min(...stops) : text.length;
    const words = text.slice(from, end);
    const { match, foreign } = findEnterprise(words, postings, roster);
    const { type, candidates } = classifyKind(words);
    if (TRAVEL.test(words) && match.kind === 'none' && !foreign && type === null && candidates.length === 0)
      clauses.push([found.index, end]);
  }
  // At least one day must be left to tell of the service.
  return clauses.length < days.length ? clauses : [];
}

/** A day told as one the visit did not happen on (「本来要去…的，结果临时取消了」). */
const CALLED_OFF = new RegExp(`${NOT_THERE.source}|本来(?:要|约|打算|想)`);

/**
 * The clause of a day the visit did not happen on, when another day follows or precedes that it did
 * (「昨天没去成，今天上午去了漓江光电半天」, 「这周二本来要去的，结果临时取消了，改成上周五去的」): from that day to the next.
 */
/** The visit moved to another day (「改到昨天」, 「推迟到周五」), not called off and another made. */
const MOVED = /改到|改成|改在|推迟到|推到|挪到|换到|提前到|顺延到/;

function cancelledClause(text: string, dates: DateReading[]): [number, number] | null {
  const ordered = [...dates].sort((a, b) => a.index - b.index);
  if (new Set(ordered.map((found) => found.value)).size < 2) return null;
  for (const [i, found] of ordered.entries()) {
    const end = ordered[i + 1]?.index ?? text.length;
    const clause = text.slice(found.index, end);
    if (!CALLED_OFF.test(clause)) continue;
    // The rest must still tell of going (a day with its own clause).
    const rest = text.slice(0, found.index) + text.slice(end);
    return ordered.some((other) => other !== found && other.value !== found.value) && !NOT_THERE.test(rest)
      ? [found.index, end]
      : null;
  }
  return null;
}

/** Days spent on other business (「开了一天会」, 「参加了两天的培训班」), not on the visit. */
const OTHER_BUSINESS_DAYS = new RegExp(
  `(开|上|参加|参会|听|讲)了?((?:${NUMBER_PATTERN})\\s*(?:个)?\\s*(?:整天|天|半天)|一整天|半天|一上午|一下午|一?个?上午|一?个?下午)的?(?=(?:${OTHER_BUSINESS.join('|')}))`,
);
const SIDE_TRIP = new RegExp(SIDE_TRIP_WORDS.join('|'));

/**
 * A visit made on the side of other business (「在南宁开了一天会 会后去绿桂生物看了看」): the days said are the other
 * business's, so they are taken out and the bot asks the visit's own. Returns the text without them and the word
 * that starts the visit (what was done is told after it), or null when the message is no such visit.
 */
function sideTrip(text: string, postings: ReadingPosting[], roster: PostingRef[]): [string, string] | null {
  const side = SIDE_TRIP.exec(text);
  const business = OTHER_BUSINESS_DAYS.exec(text);
  if (!side || !business || business.index > side.index) return null;
  // 「在龙城齿轮讲了一天课 顺便看了看生产线」: the business was at the enterprise, and its day the visit's.
  if (findEnterprise(text.slice(0, side.index), postings, roster).match.kind !== 'none') return null;
  return [text.replace(OTHER_BUSINESS_DAYS, '$1了'), side[0]];
}

/** What was done without the journey told with it (「…待了一整天，晚上回的南宁」): that is no part of the service. */
function withoutJourney(text: string): string {
  return text
    .split(/(?<=[，,。；;！!\s])/)
    .filter((piece) => !TRAVEL.test(piece.replace(/[，,。；;！!\s]+$/, '')) || classifyKind(piece).type !== null)
    .join('');
}

/** The text with the given ranges taken out. */
function withoutRanges(text: string, ranges: [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    out += text.slice(at, start);
    at = end;
  }
  return out + text.slice(at);
}

/** Words that turn to a question on the side (「…样品带回学校了 顺便问下…」). */
const ASIDE =
  /(?<=^|[，,。；;！!\s])(?:顺便问一?下|顺便问问|另外(?:还)?(?:想)?问一?下|还想问一?下?|想问一?下|请问(?!了)|帮我(?:看看|看下|查查|查下|查一下|算算|算一下)|对了[，,\s]*(?=.*(?:(?:[?？吗呢么]|没有?)\s*$|几|多少|哪|啥|什么|怎么)))/;
/** Side words that say a question follows, whether or not it ends like one (「另外问下补贴啥时候发」). */
export const ASKS_ASIDE = '顺便问一?下|顺便问问|另外(?:还)?(?:想)?问一?下|还想问一?下?|想问一?下|请问';
/** …or 「对了」 before a question (「…对了我今年还差几次啊」). */
const ASKS = new RegExp(`^(?:${ASKS_ASIDE}|对了(?=.*(?:[?？吗呢么]|几|多少|哪|啥|什么|怎么)))`);
/** A question about the report itself (「这个算不算一次走访？」) is no side question: the report waits for its answer. */
const ABOUT_THE_REPORT = /算不算|算吗|能算|也算|算一次|算几|算[一两半\d]+天|这个|这次|这样|这条|周末去的/;

/** The report and a question asked after it on the side, when the message has one. */
function asideOf(text: string): [string, string] | null {
  const marker = ASIDE.exec(text);
  const split: [string, string] | null =
    marker && marker.index >= 8
      ? [text.slice(0, marker.index), text.slice(marker.index)]
      : (() => {
          const stop = Math.max(...[...'。！!\n'].map((mark) => text.lastIndexOf(mark)));
          return stop >= 8 && /[?？]\s*$/.test(text) ? [text.slice(0, stop + 1), text.slice(stop + 1)] : null;
        })();
  return split && !ABOUT_THE_REPORT.test(split[1]) ? split : null;
}

/** Reads a message as a visit report, the way a specialist tells a colleague. */
export function readReport(
  message: string,
  today: LocalDate,
  postings: ReadingPosting[],
  roster: PostingRef[] = [],
  /** An enterprise contact telling of the specialist's visit (「陈老师昨天来我们厂指导了一天」) tells of a visit too. */
  options: { byHost?: boolean } = {},
): ReportReading {
  // 「搞了一天 哦不对 是半天」: the value said again is the one meant.
  const places = postings.flatMap((posting) => [posting.shortName ?? '', posting.enterpriseName]);
  const reading = readWhole(saidOver(placeSaidOver(message, places)), today, postings, roster, options);
  // A report with a question on the side (「…一整天 顺便问下实验室周末开不开门？」) is the report, the question noted.
  // Only a specialist's own report is split: anyone else's question stays whole. A message read as a report whole
  // is split only at words that say a question follows (「…调试淬火炉 另外问下补贴啥时候发」): else that question
  // would be kept as what was done, and never answered.
  const split = options.byHost ? null : asideOf(readingText(message).replace(LEAD, ''));
  if (!split || QUESTION.test(split[0])) return reading;
  if (reading.isReport ? !ASKS.test(split[1]) : !QUESTION.test(split[1])) return reading;
  const report = readWhole(split[0], today, postings, roster, options);
  // What stands before the question must tell a visit of its own: a day or days (「我这个月都没怎么去企业」 does not).
  return report.isReport && (report.date !== null || report.days !== null)
    ? { ...report, aside: split[1].trim() }
    : reading;
}

function readWhole(
  message: string,
  today: LocalDate,
  postings: ReadingPosting[],
  roster: PostingRef[],
  options: { byHost?: boolean },
): ReportReading {
  const text = readingText(message);
  const whole = text.replace(LEAD, '').replace(OTHER_HALF_OFF, ' ');
  const allDates = findDates(whole, today, postings);
  // 「昨天调试了半天，明天再去一天」: the days planned after the day told are no part of its report.
  // 「昨天没去成，今天上午去了…」: the day it did not happen is no part of it either.
  const planned = planClause(whole, allDates) ?? cancelledClause(whole, allDates);
  // 「周二晚上到的桂林 周三一整天在漓江光电」: the day of the journey is no part of the report either.
  const left = planned ? allDates.filter((found) => found.index < planned[0] || found.index >= planned[1]) : allDates;
  // 「本来打算待两天的 结果第二天…就回来了」: the days meant are not the days, nor is why it changed what was done.
  const intended = INTENDED.exec(whole);
  const cuts: [number, number][] = [
    ...(planned ? [planned] : []),
    ...(intended ? [[intended.index, intended.index + intended[0].length] as [number, number]] : []),
    ...travelClauses(whole, left, postings, roster),
  ];
  const body = withoutRanges(whole, cuts);
  const dates = allDates.filter((found) => !cuts.some(([start, end]) => found.index >= start && found.index < end));
  let rest = body;
  const take = (found: string | undefined) => {
    if (found) rest = rest.replace(found, ' ');
  };
  // 「调试了一天设备」: days said inside the activity leave it whole (「调试了设备」), not split by a space.
  const takeDays = (found: string | undefined) => {
    const at = found ? rest.indexOf(found) : -1;
    // 「讲了一下午的高企政策」: days said as part of what was done stay in it.
    if (!found || at < 0 || rest[at + found.length] === '的') return;
    // 「待了一天调试设备」: after a verb that only carries the days, the pieces stay apart (「待了」 is dropped).
    const inside =
      /\p{Script=Han}/u.test(rest[at - 1] ?? '') &&
      /\p{Script=Han}/u.test(rest[at + found.length] ?? '') &&
      !/(?:待|呆|搞|干|去|忙|弄|跑|做|整|蹲|泡)了?$/.test(rest.slice(0, at));
    rest = rest.slice(0, at) + (inside ? '' : ' ') + rest.slice(at + found.length);
  };

  // 「不是昨天 是上周四」: the day said not to be it is none of the report's.
  const meant = dates.filter((found) => !deniedDay(whole, found));
  const date: DateReading | null = firstOfListed(meant.length > 0 ? meant : dates, whole);
  // A later day still to come is what the work was about (「准备下月的申报材料」): it stays in the summary.
  for (const found of dates) if (found === date || found.kind !== 'future') take(found.text);

  const side = sideTrip(rest, postings, roster);
  if (side) rest = side[0];
  let days = findVisitDays(rest);
  // 「上午讲政策 下午帮他们调试」: the afternoon that makes it a whole day is part of what was done.
  if (!(days?.value === 1 && days.text === '下午')) takeDays(days?.text);
  rest = withoutDeniedDays(rest);
  // 「下午去…大概半天」 says the days twice: the second saying leaves the summary too.
  for (
    let again = findVisitDays(rest);
    days && again?.value === days.value && SAYS_DAYS.test(again.text);
    again = findVisitDays(rest)
  )
    take(again.text);
  const found = findEnterprise(rest, postings, roster);
  // 「上周四本来要去绿桂生物的结果没去成 改到昨天去了」: the visit moved keeps the enterprise named for the day called off.
  const movedFrom =
    found.match.kind === 'none' && !found.foreign && planned && MOVED.test(whole)
      ? matchEnterprise(whole.slice(planned[0], planned[1]), postings)
      : null;
  const { match: enterprise, foreign } = movedFrom?.kind === 'found' ? { match: movedFrom, foreign: null } : found;
  const named = enterprise.kind === 'found' ? enterprise.text : foreign;
  const told = named ? withoutPlace(rest, named) : rest;
  // What was done on a side trip is told after the word that starts it, not the business before.
  const activityText = withoutJourney(side ? told.slice(told.indexOf(side[1]) + side[1].length) : told);
  if (named) take(named);

  const { type, candidates } = classifyKind(rest);
  // 「本来要去石韵的 后来临时改去山湖农机了」: the plan changed and the visit made; no plan.
  const plan = PLAN.test(body) && !PLAN_CHANGED.test(body);
  // 「12月5号去石韵新材 技术攻关1天」 sent on 12月3日 is the day after tomorrow: a month and day soon to come is read as
  // anything but a day to come only when the words say it is done (「12月18号去港通讲了一次」).
  const soon = date && !DONE.test(body) ? soonToCome(date, today) : null;
  // Told as done (「12月8号在龙城齿轮调试了一天」 on 12月5日), it is a slip or last year's: the day is asked, not guessed.
  const doneAhead = date && !soon ? soonToCome(date, today) : null;
  const future = date?.kind === 'future' || soon;
  const summary = summaryOf(activityText);
  const activity =
    type !== null ||
    candidates.length > 0 ||
    (named ? summary.replace(named, '') : summary).replace(NOT_ACTIVITY, '').replace(/[\s，,。.、；;：:!！~]/g, '')
      .length >= 4;
  const namesOne = enterprise.kind !== 'none' || foreign !== null;
  const presence = PRESENCE.test(body);
  const kind = type !== null || candidates.length > 0;
  const signals = [date !== null, days !== null, kind, namesOne, presence].filter(Boolean).length;
  const question = QUESTION.test(body) && !(plan && namesOne);
  // A visit is where and what: an enterprise, presence or an activity, with one more sign (a date, days, ...).
  // Naming an enterprise and a day is news about it (「龙城齿轮的新厂房下个月竣工」) unless the specialist was there,
  // did something there, or gave the days.
  // 「碰到龙城齿轮的孙总」, 「见到…」: meeting its people is not being there.
  // 「在电话里帮他们…」: the phone is no place the specialist was.
  const remotePlace = named !== null && REMOTE_PLACES.includes(named);
  const there =
    named !== null &&
    !remotePlace &&
    new RegExp(`(?<![碰遇见收找得想提说看])(?:在|去|到|赴|跑|来)了?(?:一?趟)?\\s*${escapeRegExp(named)}`).test(body);
  const visitSign = presence || kind || days !== null || there || plan;
  // Served by video, phone or chat, and not there: told as such, never counted as on-site service.
  const lower = body.toLowerCase();
  const enterpriseWords = named ? escapeRegExp(named) : '企业';
  const withTheEnterprise = new RegExp(WITH_THE_ENTERPRISE.replaceAll('%s', enterpriseWords));
  const atTheUniversity =
    new RegExp(AT_THE_UNIVERSITY.replaceAll('%s', enterpriseWords)).test(body) &&
    !new RegExp(BROUGHT_THE_ENTERPRISE.replaceAll('%s', enterpriseWords)).test(body);
  const atAMeeting = new RegExp(AT_A_MEETING_ELSEWHERE.replaceAll('%s', enterpriseWords)).test(body);
  const sentOthers = SENT_OTHERS.test(body) && !WENT_WITH_THEM.test(body);
  const remote =
    sentOthers ||
    // At a meeting elsewhere, 「…也去了」 is the enterprise going to the meeting, not the specialist to the enterprise.
    (atAMeeting && !there && !PRESENCE.test(lower.replace(ABSENT, '').replace(THEY_WENT_TOO, ''))) ||
    (!PRESENCE.test(lower.replace(ABSENT, '')) &&
      !there &&
      (remotePlace ||
        REMOTE_WORDS.some((words) => lower.includes(words)) ||
        REMOTE_TOKEN.test(lower) ||
        withTheEnterprise.test(body) ||
        atTheUniversity));
  // 「石韵新材高企认定今天通过公示了」: what the enterprise achieved, with no sign of the specialist's service there.
  const news =
    RESULT.test(body) && !presence && !there && days === null && !SERVICE_DONE.test(body) && !WENT_MYSELF.test(body);
  const isReport =
    !question &&
    !news &&
    visitSign &&
    (remote || !NOT_THERE.test(body)) &&
    (options.byHost || !THEY_CAME.test(body)) &&
    (namesOne || presence || kind || (options.byHost === true && THEY_CAME.test(body))) &&
    (signals >= 2 || (plan && (namesOne || kind))) &&
    // An enterprise and a topic alone is news (「漓江光电的光谱仪拿了金奖」): a visit has a when, a how long, a there
    // or the specialist's own service (「龙城齿轮技术攻关，调试热处理工艺」).
    ((date !== null && date.kind !== 'vague') ||
      days !== null ||
      presence ||
      there ||
      plan ||
      SERVICE_DONE.test(body) ||
      (date?.kind === 'vague' && kind && !RESULT.test(body)));

  // A range gives the days when no number does; a number may not exceed the range's calendar days.
  let dayCount = days?.value ?? null;
  if (date?.span) {
    if (dayCount === null) dayCount = date.span;
    else if (dayCount > date.span) dayCount = null;
  }
  if (days === null && date?.span === undefined) days = null;

  // A date and weekday that disagree, among other days (「11月26日(周三)和27日(周五)」): which days were meant cannot be
  // asked in one question, so none is taken.
  const mismatched = dates.find((found) => found.mismatch);
  const amongOthers = mismatched !== undefined && dates.filter((found) => found.kind !== 'vague').length > 0;
  const refusal: ReadingRefusal | null = !isReport
    ? null
    : plan
      ? 'plan'
      : remote
        ? 'remote'
        : date?.kind === 'invalid' || amongOthers
          ? 'invalid-date'
          : future
            ? 'future'
            : foreign
              ? 'not-posted'
              : null;
  // A month and day read as last year's must lie in the posting of the enterprise named; otherwise the bot asks.
  const posting = enterprise.kind === 'found' ? (enterprise.posting as ReadingPosting) : null;
  const outside =
    date?.lastYear === true &&
    posting !== null &&
    date.value !== null &&
    ((posting.startDate !== undefined && date.value < posting.startDate) ||
      (posting.endDate !== undefined && date.value > posting.endDate));
  const placed = date && !outside && !doneAhead && (date.kind === 'past' || date.kind === 'future') ? date.value : null;
  return {
    isReport,
    date: soon ?? placed,
    lastYear: (date?.lastYear ?? false) && !outside && !soon && !doneAhead,
    days: dayCount,
    type,
    typeCandidates: candidates,
    enterprise,
    foreign,
    activity,
    summary,
    refusal,
    invalidDate: date?.kind === 'invalid' ? date.text : amongOthers ? (mismatched?.text.trim() ?? null) : null,
    aside: null,
    dateText: date?.text.trim() ?? null,
    dateMismatch: date?.mismatch ?? null,
  };
}

/** One of several days told in a message, with the kind and days its own words give. */
export interface DayTold {
  date: LocalDate;
  type: VisitType | null;
  days: number | null;
}

/** One half of a day told with its own kind (「上午讲政策半天」). */
export interface HalfDayTold {
  date: LocalDate;
  part: string;
  type: VisitType;
}

/**
 * A day's two halves told with two kinds in one message (「11月30号上午在龙城齿轮讲政策半天，下午又去做技术攻关半天」):
 * two visits of half a day each, neither recorded as the other's kind nor dropped. Empty otherwise.
 */
export function halvesOfOneDay(message: string, today: LocalDate, postings: ReadingPosting[]): HalfDayTold[] {
  const told = halvesTold(message, today, postings);
  if (!told || told.some((half) => half.type === null) || told[0]?.type === told[1]?.type) return [];
  return told as HalfDayTold[];
}

/** 「上午调试半天 下午也是调试半天」: both halves of one day, of one kind: a whole day. */
export function wholeDayInHalves(message: string, today: LocalDate, postings: ReadingPosting[]): boolean {
  const told = halvesTold(message, today, postings);
  return told !== null && (told[0]?.type === told[1]?.type || told[1]?.type === null);
}

/** The two halves of one day a message tells, each with 半天 and its kind (null when it names none). */
function halvesTold(
  message: string,
  today: LocalDate,
  postings: ReadingPosting[],
): { date: LocalDate; part: string; type: VisitType | null }[] | null {
  const text = readingText(message).replace(LEAD, '');
  const parts = [...text.matchAll(/上午|早上|下午|晚上/g)];
  const [a, b] = parts;
  if (parts.length !== 2 || !a || !b || a[0] === b[0]) return null;
  const halves = [text.slice(a.index + a[0].length, b.index), text.slice(b.index + b[0].length)];
  const dates = findDates(text, today, postings).filter((d) => d.kind === 'past' && d.value !== null);
  const date = dates[0]?.value;
  if (!date || dates.some((d) => d.value !== date || d.span !== undefined)) return null;
  if (halves.some((words) => findVisitDays(words)?.value !== 0.5)) return null;
  return halves.map((words, i) => ({ date, part: (i === 0 ? a : b)[0], type: classifyKind(words).type }));
}

/** What stands between days listed together (「昨天和前天」, 「周三、周一」). */
const LISTED_TOGETHER = /^[\s和、,，及与跟]*$/;

/**
 * The day a report starts on: the first day it names, or, of days listed together for one stay (「昨天和前天都在…两天」,
 * 「周三、周二」), the earliest — a stay is stored from its first day.
 */
function firstOfListed(dates: DateReading[], text: string): DateReading | null {
  const ordered = [...dates].sort((a, b) => a.index - b.index);
  const [first] = ordered;
  if (!first || first.kind !== 'past' || first.span !== undefined) return dates[0] ?? null;
  let earliest = first;
  for (let i = 1; i < ordered.length; i++) {
    const [previous, next] = [ordered[i - 1] as DateReading, ordered[i] as DateReading];
    const between = text.slice(previous.index + previous.text.length, next.index);
    if (next.kind !== 'past' || next.span !== undefined || !LISTED_TOGETHER.test(between)) break;
    // Days listed apart (「周三、周一」) are no one stay: the first named stands, and the report is told apart.
    if (Math.abs(daysBetween(previous.value as LocalDate, next.value as LocalDate)) > 1) return dates[0] ?? null;
    if ((next.value ?? '') < (earliest.value ?? '')) earliest = next;
  }
  return earliest === first ? (dates[0] ?? null) : earliest;
}

/** A day's visit told after another's in one message, as the clause it starts with: 「，昨天又去…一天」. */
const NEXT_DAY_TOLD = /^(?:又|也|还|再|在|去|到)/;
/** Days listed together, each a visit of its own (「周一、周三各去了半天」, 「…每次一天」). */
const EACH_DAY = /各|分别|每天|每[次趟回]都?(?:是|干了?|待了?)?[一两半\d]/;

/**
 * The days of two or more visits told in one message (「前天在龙城齿轮讲政策半天，昨天又去做技术攻关一天」, 「周一、周三
 * 各半天」). Empty when the message tells of one visit: a range, days listed for one stay (「周一周二…两天」), a plan, or
 * a day the work was about (「把11月20日出的问题解决了」: the day does not start a clause with days of its own).
 */
export function daysOneAfterAnother(message: string, today: LocalDate, postings: ReadingPosting[]): DayTold[] {
  const text = readingText(message).replace(LEAD, '');
  const spread = partDaysOfRange(text, today, postings);
  if (spread.length > 0) return spread;
  const gapped = daysOfRangeBut(text, today, postings);
  if (gapped.length > 0) return gapped;
  const found = findDates(text, today, postings);
  // 「12月8号9号…」 sent on 5 December: days still to come (or placed in last year for it), never split as past ones.
  if (found.some((date) => date.kind === 'future' || date.lastYear === true)) return [];
  const dates = found
    .filter((date) => date.kind === 'past' && date.value !== null && date.span === undefined)
    .sort((a, b) => a.index - b.index);
  const clauseOf = (i: number) =>
    text.slice(
      (dates[i] as DateReading).index + (dates[i] as DateReading).text.length,
      dates[i + 1]?.index ?? text.length,
    );
  // Days listed together that are not next to each other (「周一和周三…两天」): two stays, not one.
  const listedApart = (a: DateReading, b: DateReading) =>
    LISTED_TOGETHER.test(text.slice(a.index + a.text.length, b.index)) &&
    Math.abs(daysBetween(a.value as LocalDate, b.value as LocalDate)) > 1;
  const told = dates.filter((found, i) => {
    const previous = dates[i - 1];
    if (!previous) return true;
    if (found.value === previous.value) return false;
    const clause = clauseOf(i);
    const between = text.slice(previous.index + previous.text.length, found.index);
    if (/^[\s和、,，及与跟到至~-]*$/.test(between))
      return listedApart(previous, found) || (EACH_DAY.test(clause) && daysSaidIn(clause) !== null);
    // A later day tells of another visit when it starts a clause that goes there and gives its own days
    // (「…一天，上周四他们停产了两天」 tells of the enterprise, not of a visit).
    // 「周一半天周二一天」: each day said with its own days, one after the other.
    const afterDays = between.trim() !== '' && findVisitDays(between)?.text === between.trim();
    const starts =
      afterDays ||
      /(?:^|[，,。；;！!\s]|然后|接着|后来|随后|之后)$/.test(text.slice(0, found.index)) ||
      NEXT_DAY_TOLD.test(clause);
    const visit = afterDays || GOING_AGAIN.test(clause) || classifyKind(clause).type !== null;
    return starts && visit && daysSaidIn(clause) !== null;
  });
  // The first day is a visit of its own when it has its own days, or the next is told as another (「也去了半天」).
  const [first, second] = told;
  const firstOwn = first && daysSaidIn(clauseOf(dates.indexOf(first)));
  const another =
    second &&
    (/^(?:又|也|还|再)/.test(clauseOf(dates.indexOf(second)).trim()) ||
      EACH_DAY.test(clauseOf(dates.indexOf(second))) ||
      (first !== undefined && listedApart(first, second)));
  if (told.length < 2 || !(firstOwn || another)) return [];
  // Each day's own words, for its kind and days (「各半天」 leaves them to the whole message).
  return told.map((found, i) => {
    const words = text.slice(found.index + found.text.length, told[i + 1]?.index ?? text.length);
    return {
      date: found.value as LocalDate,
      type: classifyKind(words).type,
      days: findVisitDays(words)?.value ?? null,
    };
  });
}

/** Trips counted (「去了三趟」, 「跑了两次」, 「来回两三趟」): several visits told as one. 「第二次去」 counts none. */
const COUNT = `(?<!第)(${NUMBER_PATTERN}|两三|三四|三五|好几|几)`;
const TRIPS_COUNTED = new RegExp(
  `(?:去|跑|到|下|走|来回)了?[^，,。；;！!？?\\s]{0,8}?${COUNT}\\s*(?:趟|次|回)(?!的)|${COUNT}\\s*趟`,
);

/**
 * The count of trips a report says it tells of, as written, when more than one (「这个月去了龙城齿轮三趟 一共5天」):
 * each is a visit of its own day, not one visit of all their days. Null for one trip, or none counted.
 */
export function tripsCounted(message: string): string | null {
  const match = TRIPS_COUNTED.exec(readingText(message));
  const said = match?.[1] ?? match?.[2];
  if (!said) return null;
  const count = parseSmallNumber(said);
  return count !== null && count < 2 ? null : said;
}

/** A visit of a message that tells of two places on two days: the day, and the place named nearest it. */
export interface PlaceOnDay<P extends PostingRef> {
  date: LocalDate;
  posting: P;
}

/**
 * Two of the reporter's enterprises and two days in one message (「前天是去的石韵新材 山湖是上周五 都是一天」): two visits,
 * each enterprise with the day named nearest it. Empty when the message names one enterprise, one day, a range, or
 * days listed together for one stay (「前天和昨天都在…」), or when both enterprises are nearest one day (「在山湖农机对接
 * 石韵新材」 is one visit).
 */
export function placesOnDaysTold<P extends ReadingPosting>(
  message: string,
  today: LocalDate,
  postings: P[],
): PlaceOnDay<P>[] {
  const text = readingText(message).replace(LEAD, '');
  const all = findDates(text, today, postings);
  if (all.some((found) => found.span !== undefined)) return [];
  const dates = all.filter((found) => found.kind === 'past' && found.value !== null).sort((a, b) => a.index - b.index);
  if (new Set(dates.map((found) => found.value)).size < 2) return [];
  const named = postings
    .map((posting) => ({
      posting,
      at: Math.min(
        ...aliasesOf(posting, false)
          .filter((alias) => alias.length >= 2)
          .map((alias) => text.indexOf(alias))
          .filter((index) => index >= 0),
      ),
    }))
    .filter((found) => Number.isFinite(found.at))
    .sort((a, b) => a.at - b.at);
  if (named.length < 2) return [];
  const distance = (at: number, found: DateReading) =>
    at < found.index ? found.index - at : Math.max(0, at - (found.index + found.text.length));
  const told = named.map(({ posting, at }) => {
    const nearest = dates.reduce((best, found) => (distance(at, found) < distance(at, best) ? found : best));
    const start = Math.min(at, nearest.index);
    const clause = text.slice(start).split(/[，,。；;！!？?]/)[0] ?? '';
    return { date: nearest.value as LocalDate, posting, contact: NOT_GONE_THERE.test(clause) };
  });
  // 「石韵新材上周五来电话问政策」 tells of no visit there.
  if (told.some((visit) => visit.contact) || new Set(told.map((visit) => visit.date)).size < told.length) return [];
  return told.map(({ date, posting }) => ({ date, posting }));
}

/** Words that tell of the enterprise reaching the specialist, not of a visit: a call, a message, someone sent. */
const NOT_GONE_THERE = /电话|微信|视频|来人|派人|来找|发来|来问|问了|寄/;

/**
 * The days of places told in turn (「上周四和上周五分别在山湖农机和石韵新材」): as many past days as places, with
 * 分别, taken in order; empty otherwise.
 */
export function daysOfPlacesInTurn(message: string, today: LocalDate, places: number): LocalDate[] {
  const text = readingText(message);
  if (!/分别|各自/.test(text)) return [];
  const days = findDates(text, today)
    .filter((found) => found.kind === 'past' && found.value !== null && found.span === undefined)
    .sort((a, b) => a.index - b.index)
    .map((found) => found.value as LocalDate);
  return new Set(days).size === places && days.length === places ? days : [];
}

/** The first range of past days a message gives (「11月16号到18号」, 「上周一到周三」), if any. */
function pastRangeIn(text: string, today: LocalDate, postings: ReadingPosting[]): DateReading | undefined {
  return findDates(text, today, postings).find(
    (found) => found.kind === 'past' && found.value !== null && (found.span ?? 0) > 1,
  );
}

/**
 * A range of days given fewer days than it spans (「前天和昨天两个半天」, 「周一到周三各半天」): part of each day, which one
 * record (whole days from its first date) cannot hold, so each day is told apart; empty otherwise.
 */
const PART_OF_DAY = /早上|上午|中午|下午|傍晚|晚上/;

function partDaysOfRange(text: string, today: LocalDate, postings: ReadingPosting[]): DayTold[] {
  const range = pastRangeIn(text, today, postings);
  if (!range?.value || !range.span || range.span > 7) return [];
  // 「昨天下午到今天中午」: part of each day, how much of each not said.
  if (PART_OF_DAY.test(range.text)) {
    const type = classifyKind(text.replace(range.text, ' ')).type;
    return Array.from({ length: range.span }, (_, i) => ({
      date: addDays(range.value as LocalDate, i),
      type,
      days: null,
    }));
  }
  const rest = text.replace(range.text, ' ');
  const days = findVisitDays(rest)?.value ?? null;
  const each = EACH_DAY.test(rest);
  // Less than a day short of the span (「11月9日到11日 2.5天」) is one stay, a part day at one end: one record.
  if (days === null || (each ? days >= 1 : days > range.span - 1)) return [];
  const start = range.value;
  // 「两个半天」 over two days is half of each; 「共2天」 over three days says not which.
  const share = days / range.span;
  const perDay = each ? days : Number.isInteger(share * 2) ? share : null;
  return Array.from({ length: range.span }, (_, i) => ({
    date: addDays(start, i),
    type: classifyKind(rest).type,
    days: perDay,
  }));
}

/** Words after a day that say the specialist was away that day (「17号回学校上课了」, 「周二没去」). */
const AWAY_THAT_DAY =
  /^[^，,。；;]{0,4}?(?:没去|没在|不在|没过去|没到|没来|回(?:了)?(?:学校|所里|单位|院里|家)|上课|休息|请假|去开会|在学校)/;

/** How a day in a range is named after it: 「17号」, 「17日」, 「周二」, 「星期二」, 「礼拜二」. */
function namesOfDay(date: LocalDate): string[] {
  const day = Number(date.slice(8));
  const weekday = weekdayCharacter(date);
  return [`${day}号`, `${day}日`, `周${weekday}`, `星期${weekday}`, `礼拜${weekday}`];
}

/**
 * A range with a day in it the specialist was away (「16号到18号在石韵新材搞中试 中间17号回学校上课了」, 「上周一到周三…
 * 周二没去」): the days there are not one stay, so each is told apart; empty otherwise.
 */
function daysOfRangeBut(text: string, today: LocalDate, postings: ReadingPosting[]): DayTold[] {
  const range = pastRangeIn(text, today, postings);
  if (!range?.value || !range.span || range.span > 14) return [];
  const start = range.value;
  const after = text.slice(range.index + range.text.length);
  const days = Array.from({ length: range.span }, (_, i) => addDays(start, i));
  const awayClauses: string[] = [];
  const away = days.filter((date) =>
    namesOfDay(date).some((name) => {
      const at = after.indexOf(name);
      const rest = at >= 0 ? after.slice(at + name.length) : '';
      const isAway = at >= 0 && AWAY_THAT_DAY.test(rest);
      // The whole clause of the day away is no part of what was done (「回学校上课了」 is no 政策宣讲).
      if (isAway) awayClauses.push(name + (rest.split(/[，,。；;]/)[0] ?? ''));
      return isAway;
    }),
  );
  const there = days.filter((date) => !away.includes(date));
  if (away.length === 0 || there.length < 2) return [];
  const words = awayClauses.reduce((rest, clause) => rest.replace(clause, ' '), after);
  // A range stands for whole days, so each day there was one.
  return there.map((date) => ({ date, type: classifyKind(words).type, days: 1 }));
}

/** How many calendar days lie from `first` to `last`, both counted. */
export function calendarDays(first: LocalDate, last: LocalDate): number {
  return daysBetween(first, last) + 1;
}

export const yesterday = (today: LocalDate) => addDays(today, -1);
