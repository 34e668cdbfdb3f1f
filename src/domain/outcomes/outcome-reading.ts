import { isLocalDate, type LocalDate, localDate, yearOf } from '../../common/local-date.js';
import { escapeRegExp } from '../../common/regexp.js';
import { CITY_NAMES } from '../programme/types.js';
import { type EnterpriseMatch, matchEnterprise, type PostingRef, postingsNamed } from '../visits/enterprise-match.js';
import { findDates } from '../visits/report-dates.js';
import { findEnterprise, type ReadingPosting, readingText } from '../visits/report-reading.js';
import { givesSeveralCounts, parseAmount, parseCount } from './outcome-figures.js';
import {
  EVENTS,
  FORM_WORDS,
  IP_KIND_WORDS,
  IP_STAGE_WORDS,
  ipKindsNamed,
  KNOWN_OTHER_COMPANIES,
  LEVEL_WORDS,
  NOT_A_STAGE,
  PLAN_WORDS,
  PROJECT_STAGE_WORDS,
  SELF_EVIDENT,
  STAGE_PRECEDENCE,
  SUBJECTS,
  TRAINEES,
} from './outcome-lexicon.js';
import { outcomeWording } from './outcome-wording.js';
import { OUTCOME_KINDS, type OutcomeDetails, type OutcomeKind, type OutcomeStage } from './types.js';

/** Why an outcome report cannot be stored as it stands. */
export type OutcomeRefusal = 'future' | 'plan' | 'not-posted';

/** A message read as an outcome report; fields the message does not give are null (the bot asks, never guesses). */
export interface OutcomeReading extends OutcomeDetails {
  kind: OutcomeKind;
  enterprise: EnterpriseMatch;
  /** An enterprise named that is not one of the reporter's postings. */
  foreign: string | null;
  /** The outcome is said to be another company's (「融江电子那边上个月也授权了…」, 「隔壁那家…」), not only one named. */
  othersOwn: boolean;
  /** The day, or the first of the month when only a month was given. */
  date: LocalDate | null;
  monthOnly: boolean;
  /** A name the message gives the outcome (《…》, 「…」, 项目名称…), or null. */
  title: string | null;
  refusal: OutcomeRefusal | null;
  /** The words of the date read, to name a day still to come. */
  dateText: string | null;
}

/** A message put to the bot rather than told to it. */
const QUESTION =
  /[?？]\s*$|(吗|呢|么)\s*[。.!！~]*$|^(请问|问一下|想问|咨询)|怎么|如何|能不能|可不可以|能否|是否|哪些|哪个|什么|多少钱|有没有|要不要|算不算|(?<![没不])多久|啥时候|几时/;
/** Talking about a subject is no outcome of it: 「聊聊成果转化的事」, 「讲讲专利转让」. */
const TOPIC_ONLY =
  /(?:聊聊|聊一聊|聊了下|聊了一下|谈谈|谈一谈|谈了下|谈了一下|讲讲|介绍|了解|咨询|商量|探讨|研究一下|梳理|指导(?!下|的)|讨论|辅导|谋划|策划|看看)[^，,。；;]{0,12}$/;
/** An event word followed by these is about preparing the outcome (申报材料, 申请流程), not the outcome. */
const ABOUT_PREPARING =
  /^(?:的)?(?:材料|资料|书|指南|流程|条件|要求|政策|事宜|工作|辅导|培训|讲座|注意事项|通知(?!书)|手续|资助|补贴|补助|奖励|费用)/;
/** A paper awaited, missing or wrong (「受理通知书没收到」, 「…上的申请号写错了」) tells of no outcome. */
const NOT_YET_AFTER = /^[^，,。；;]{0,6}(?:没|未|还没|不|丢|错|白等|年检)/;
/** …nor one waited for or to be used (「等授权通知书」, 「拿专利证书去申报」). */
const NOT_YET_BEFORE = /(?:等|拿(?![了到回下])|准备|用|凭)[^，,。；;]{0,3}$/;
/** A complaint about how something works is policy feedback, not news of an outcome. */
const COMPLAINT =
  /太(?:繁琐|慢|难|复杂|麻烦|久)|繁琐|迟迟|一直(?:没|不|未)|(?:到现在|至今)(?:都|也|还)?(?:没|未)|现在都没|[没未]到账|不到位|拖了|拖欠|不合理|卡在|被退回|头疼|头痛|犯难|为难|吃不消|对不上|不一致|(?:跟|和|与)[^，,。；;]{1,10}不一样|搞不懂|看不懂|弄不明白/;
/** News that an outcome did not come about (「没批下来」, 「被驳回了」, 「谈崩了」, 「还没最后定」): nothing to record. */
const NOT_ACHIEVED =
  /没批|未批|没(?:有)?(?:通过|获批|立上项|中标|签下来|签成|谈成|谈妥)|(?:合同|协议)(?:还|也|都)?(?:没有?|未)签|还没签(?![到收])|没定下来|(?<!金额|价格|价钱|费用|数额)还没(?:最后)?定|被驳回|驳回了|落选|谈崩|黄了|泡汤|取消了|作罢|搁置了|(?:企业|他们|公司|厂里)?(?:撤了|撤回了?|撤销了|放弃了|不申请了|不报了)/;
/** A development contract (横向) signed with the enterprise: the project it sets up is approved. */
const CONTRACT_SIGNED =
  /(?:技术开发|合作开发|委托开发|开发|横向)(?:项目|课题|合同)?[^，,。；;]{0,10}签(?:了|订|约|下)|签(?:了|订|约|下)[^，,。；;]{0,8}(?:技术开发|合作开发|委托开发|开发合同|横向)/;
/** A later clause saying the thing planned has happened (「…，今天挂牌了」). */
const CAME_ABOUT =
  /[，,。；;！!\s]\s*(?:今天|昨天|前天|上周[一二三四五六日天]?|已经|终于)[^，,。；;]{0,8}(?:挂牌了|揭牌了|成立了|建成了|立项了|授权了|签了|批了|获批了|批下来了|下来了)/;
/** How close a subject and its event must be (characters between them). */
const NEAR = 20;

interface Hit {
  word: string;
  index: number;
}

function hitsOf(text: string, words: readonly string[]): Hit[] {
  const hits: Hit[] = [];
  const taken = new Array<boolean>(text.length).fill(false);
  for (const word of [...words].sort((a, b) => b.length - a.length)) {
    let at = text.indexOf(word);
    while (at >= 0) {
      if (!taken.slice(at, at + word.length).some(Boolean)) {
        hits.push({ word, index: at });
        for (let i = at; i < at + word.length; i++) taken[i] = true;
      }
      at = text.indexOf(word, at + word.length);
    }
  }
  return hits;
}

/**
 * An outcome report carries a sign that something happened (a day, a sum, a count, 了, 签, 已…): 「专利申请」,
 * 「研发台账模板发我一份」 and 「转让和许可的区别」 tell of nothing.
 */
const EVENT_SIGN =
  /了|过|完|好|成|签|到账|已|开始|搞定|若干|落地|投产|挂牌|揭牌|获批|批下来|下证|通过|\d|[一二三四五六七八九十两]|昨天|今天|前天|几天|上周|上个月|月|号|日|万|元|打算|准备|计划|要(?!求)/;
/** What follows the word makes it a topic: 「成果转化政策」, 「许可证」, 「合作实施方案」. */
const TOPIC_AFTER =
  /^(?:的)?(?:相关|建立|设置|填报|填写|归集|办理|申请)?(?:政策|区别|方案|模板|要求|材料|资料|流程|条件|指南|办法|知识|业务|培训|讲座|通知|证|事宜|问题|情况|登记|申请表|表格|制度的|怎么|如何|有关)/;
/** Words before it that make it what was talked about: 「讲了成果转化」, 「宣讲研发费用归集」. */
const TOLD_ABOUT = /(?:讲了|讲解|宣讲|讲|介绍了?|解读|培训了?)[^，,。；;]{0,8}$/;

/** Subjects so general (项目, 技术, 成果) that only an event proper to the kind makes them an outcome. */
const GENERIC_SUBJECTS = new Set([
  '项目',
  '项木',
  '像目',
  '技术',
  '工艺',
  '配方',
  '成果',
  '新技术',
  '新工艺',
  '新配方',
]);
const WEAK_EVENTS = new Set([
  '签了',
  '签订',
  '签约',
  '提交',
  '提交了',
  '参加了',
  '拿到',
  '做了',
  '搞了',
  '讲了',
  '上了',
]);
/** People counted (「30人」, 「四十多个人」, 「一百名」): with 培训 near, a training held. */
const COUNTED = '(?:\\d+|[一二两三四五六七八九十百千几]+)';
const PEOPLE = new RegExp(
  `${COUNTED}\\s*\\+?\\s*(?:多|余|来)?\\s*(?:个)?\\s*(?:人|名|位|员工|工人|学员|技术员)|${COUNTED}\\s*(?:个|名|位)?\\s*(?:${TRAINEES.join('|')})|人数\\s*[:：]?\\s*\\d`,
);

/** How near the closest subject of the kind stands to one of its events, or null when none does. */
function closeness(text: string, kind: OutcomeKind): number | null {
  const subjects = hitsOf(text, SUBJECTS[kind]).filter((hit) => !TOPIC_ONLY.test(text.slice(0, hit.index)));
  const events = hitsOf(text, EVENTS[kind]).filter(
    (event) =>
      !ABOUT_PREPARING.test(text.slice(event.index + event.word.length)) &&
      !(kind === 'IP' && NOT_YET_AFTER.test(text.slice(event.index + event.word.length))),
  );
  const evident =
    hitsOf(text, SELF_EVIDENT[kind]).some(
      (hit) =>
        !TOPIC_ONLY.test(text.slice(0, hit.index)) &&
        !TOLD_ABOUT.test(text.slice(0, hit.index)) &&
        !TOPIC_AFTER.test(text.slice(hit.index + hit.word.length)) &&
        !(kind === 'IP' && NOT_YET_AFTER.test(text.slice(hit.index + hit.word.length))) &&
        !(kind === 'IP' && NOT_YET_BEFORE.test(text.slice(0, hit.index))),
    ) ||
    (kind === 'TRAINING' && subjects.length > 0 && PEOPLE.test(text));
  let best: number | null = evident ? 0 : null;
  for (const subject of subjects) {
    for (const event of events) {
      if (GENERIC_SUBJECTS.has(subject.word) && WEAK_EVENTS.has(event.word)) continue;
      const overlap =
        event.index < subject.index + subject.word.length && subject.index < event.index + event.word.length;
      if (overlap) continue;
      const gap =
        event.index >= subject.index
          ? event.index - (subject.index + subject.word.length)
          : subject.index - (event.index + event.word.length);
      if (gap <= NEAR && (best === null || gap < best)) best = gap;
    }
  }
  return best;
}

/** When two kinds are as near, the more specific is meant (a patent transferred is a transfer). */
const PRIORITY: OutcomeKind[] = ['TRANSFER', 'RD_ACCOUNTING', 'RD_INSTITUTION', 'IP', 'PROJECT', 'TRAINING'];

function kindOf(text: string): OutcomeKind | null {
  let chosen: { kind: OutcomeKind; gap: number } | null = null;
  for (const kind of PRIORITY) {
    const gap = closeness(text, kind);
    if (gap !== null && (chosen === null || gap < chosen.gap)) chosen = { kind, gap };
  }
  return chosen?.kind ?? null;
}

/** Words that say something is near (「快」, 「即将」, 「可能要」), not yet come. */
const SOON = '快要?|就要|即将|马上就?要?|(?:应该|可能|估计)(?:快|能|会|要)|(?<![需主重只想])要';

/**
 * Words before a stage that say it is not reached (「还没授权」, 「估计明年能授权」, 「等立项」, 「应该快批下来了」,
 * 「可能要立项了」).
 */
const UNREACHED_BEFORE = new RegExp(
  `(?:(?:还没有?|没有?|尚未|暂未|还未|未|没能)(?:被|能|有)?|待|等待?|${SOON}|(?:估计|预计|有望|争取|希望|能否|能不能|明年|下个?月|年底前?)[^，,。；;\\s]{0,4})$`,
);
/** An approval or grant said to be near, not yet come (「应该快批下来了」, 「可能要立项了」, 「专利即将授权」). */
const ABOUT_TO_HAPPEN = new RegExp(`(?:${SOON}|有望)(?:批|获批|立项|授权|下证|拿证|通过|验收|签)`);
/** An outcome's event told as come about in a clause (「申请了…，估计会授权」 tells of the application). */
const HAPPENED =
  /(?:申请|申报|提交|签|签订|签约|立项|授权|获批|批下来|下证|验收|转让|入股|培训)(?:了|过)|已(?:经)?(?:申请|申报|提交|签|立项|授权|获批)/;

/** 「应该快批下来了」 said alone: only what is still to come is told; a clause of what did happen is recorded. */
function onlyToCome(text: string): boolean {
  const near = ABOUT_TO_HAPPEN.exec(text);
  if (!near) return false;
  const clauses = text.split(/[，,。；;！!\s]+/).filter((clause) => clause !== '' && !clause.includes(near[0]));
  return !clauses.some((clause) => HAPPENED.test(clause));
}
/** …or after it (「授权还没下来」, 「立项还没批」). */
const UNREACHED_AFTER = /^(?:还没|还未|尚未|没有?|未)/;

/** The stage the message means: the furthest along of those it names as reached. */
export function stageOf(text: string, table: [string, OutcomeStage][]): OutcomeStage | null {
  const masked = NOT_A_STAGE.reduce((t, word) => t.replaceAll(word, ' '.repeat(word.length)), text);
  const named = new Set(
    hitsOf(
      masked,
      table.map(([word]) => word),
    )
      .map((hit) => ({ hit, stage: table.find(([w]) => w === hit.word)?.[1] }))
      // A plan to apply stays a plan (refused as such); a grant or approval not reached is no stage.
      .filter(
        ({ hit, stage }) =>
          stage === 'APPLIED' ||
          !(
            UNREACHED_BEFORE.test(masked.slice(0, hit.index)) ||
            UNREACHED_AFTER.test(masked.slice(hit.index + hit.word.length))
          ),
      )
      .map(({ stage }) => stage),
  );
  return STAGE_PRECEDENCE.find((stage) => named.has(stage)) ?? null;
}

function firstOf<T>(text: string, table: [string, T][]): T | null {
  const hits = hitsOf(
    text,
    table.map(([word]) => word),
  ).sort((a, b) => a.index - b.index);
  const first = hits[0];
  return first ? (table.find(([word]) => word === first.word)?.[1] ?? null) : null;
}

const MONTH_NUMBERS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  十一: 11,
  十二: 12,
};

/** A month without a day: 3月份, 今年5月, 去年十一月, 上个月, 这个月. */
export function monthIn(text: string, today: LocalDate): { date: LocalDate; future: boolean; text: string } | null {
  const year = yearOf(today);
  const month = Number(today.slice(5, 7));
  const relative =
    /((?:上上|上|下下|下)个?月|这个?月|本月|(?<![\d一二三四五六七八九十])月(?=初|中旬|底|末))(?!\s*\d|\s*[一二三四五六七八九十]+\s*[号日])/.exec(
      text,
    );
  if (relative?.[1]) {
    const said = relative[1];
    const step = said.startsWith('上上')
      ? -2
      : said.startsWith('上')
        ? -1
        : said.startsWith('下下')
          ? 2
          : said.startsWith('下')
            ? 1
            : 0;
    const m = month + step;
    const date =
      m < 1 ? localDate(year - 1, m + 12, 1) : m > 12 ? localDate(year + 1, m - 12, 1) : localDate(year, m, 1);
    return { date, future: step > 0, text: relative[0] };
  }
  const named =
    /(今年|去年|前年|明年)?\s*(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?:份|初|中旬|中|底|末|上旬|下旬)?(?!\s*(?:\d|[一二三四五六七八九十]+\s*[号日]))/.exec(
      text,
    );
  if (!named?.[2]) return null;
  const m = MONTH_NUMBERS[named[2]] ?? Number(named[2]);
  const y = named[1] === '去年' ? year - 1 : named[1] === '前年' ? year - 2 : named[1] === '明年' ? year + 1 : year;
  const date = localDate(y, m, 1);
  return { date, future: y > year || (y === year && m > month), text: named[0] };
}

/**
 * A patent's name as patents are named, unquoted: 「一种齿轮渗碳淬火方法」 (Chinese patent titles open with 一种).
 */
function patentNameIn(text: string): string | null {
  return /一种[^，,。；;！!？?\s、（(]{3,40}/.exec(text)?.[0] ?? null;
}

/** How project names end (「…变形控制技术研究」, 「…示范应用」). */
const PROJECT_NAME_END = /(?:研究|研发|开发|研制|示范|应用|产业化|攻关|关键技术|集成|推广)$/;
const PROJECT_NAME_BEFORE =
  /的([\u4e00-\u9fa5A-Za-z0-9]{4,40}?(?:研究|研发|开发|研制|示范|应用|产业化|攻关|关键技术|集成|推广))(?:国家级|国家|自治区级|自治区|省级|市级|区级)?(?:重点|重大)?(?:研发)?(?:计划)?项目/;
/** A part of the message that tells of the project rather than names it (「昨天立项了」, 「经费80万」). */
const TELLS_OF_IT = /立项|获批|批下来|批了|申报|申请|通过|下达|拿到|经费|资金|金额|项目|课题|[了过着吗呢吧\d]/;

/**
 * A project's name as projects are named, unquoted and set apart by spaces or commas: 「自治区重点研发项目昨天立项了
 * 高精度齿轮热处理变形控制技术研究 经费80万」.
 */
function projectNameIn(text: string): string | null {
  // 「漓江光电的在线光学检测仪器关键技术国家级项目今天批下来了」: the name right before its level and 项目.
  const before = PROJECT_NAME_BEFORE.exec(text)?.[1];
  // 「自治区重点研发项目」 names its programme, not the project.
  if (before && !TELLS_OF_IT.test(before) && !/国家|自治区|省级|市级|重点|重大|计划/.test(before)) return before;
  return (
    text.split(/[\s，,。；;！!？?：:]+/).find((part) => {
      const length = [...part].length;
      return length >= 6 && length <= 40 && PROJECT_NAME_END.test(part) && !TELLS_OF_IT.test(part);
    }) ?? null
  );
}

/** Where the contract's whole sum is said, as against a part paid (「先付了10万，合同总额60万」). */
const WHOLE_SUM = /(?:合同)?(?:总额|总金额|总价|金额|合同额|合同价)\s*(?:是|为|共|一共)?\s*[:：]?\s*([^，,。；;\s]+)/;
/** A sum said of each of several contracts (「两个合同，各20万」) is no one contract's, nor their total. */
const EACH_SUM = /各\s*[\d一二两三四五六七八九十百千.]+\s*(?:万|w|W|元)/;

/** A transfer's contract sum: the whole sum where one is named, none where the sum is each of several. */
function contractSum(text: string, whole: string): number | null {
  if (EACH_SUM.test(whole)) return null;
  const named = WHOLE_SUM.exec(whole)?.[1];
  const sum = named ? parseAmount(named) : null;
  return sum ?? parseAmount(text) ?? parseAmount(whole);
}

/** A name given alongside others (「《…》等3件」, 「…和…两项」): the count is not one. */
const SEVERAL_NAMED = /等|[》”"」』]\s*[、和及与]|几[件项个]|多[件项个]|[两二三四五六七八九十\d]+\s*[件项个]/;

/** A name given to the outcome: quoted, or 「项目名称：…」 / 「叫…」. */
function titleIn(text: string): string | null {
  const quoted = /[《「“"『]([^》」”"』]{2,60})[》」”"』]/.exec(text)?.[1];
  if (quoted) return quoted.trim();
  const named = /(?:项目名称|名称|题目|名字)\s*(?:是|为|叫|:|：)\s*([^，,。；;\s]{2,40})/.exec(text)?.[1];
  if (named) return named.trim();
  const called = /叫(?:做)?\s*([^，,。；;\s]{4,40}?)(?:的(?:项目|课题|专利)|[，,。；;\s]|$)/.exec(text)?.[1];
  return called ? called.trim() : null;
}

/**
 * The kind of outcome a message tells of, whether or not it came about (「技术转让 合同还没签」 tells of a transfer):
 * while one outcome is asked about, a message about another kind is no answer to it.
 */
export function outcomeKindTold(message: string): OutcomeKind | null {
  return kindOf(outcomeWording(readingText(message)));
}

/** Where one outcome's telling ends and another's may start. */
const OUTCOME_CLAUSES = /[，,；;。\n]+|还有|另外|以及|同时/;
/** Two batches of one training (「培训了两批 第一批20人 第二批十五六个」): two trainings, each with its count. */
const BATCHES = /两批|第一批[^。；;]*第二批|[两二三四五]\s*(?:场|期|次)培训/;

/**
 * The outcomes a message tells of, when it tells of more than one (「申请了3件发明专利，授权了一件实用新型，还有…培训」,
 * 「许可合同8万 还有一个转让合同12万」): each clause's kind (and kind of right or of transfer). One record takes one
 * outcome, so such a message is asked to be told one at a time rather than kept in part. Empty for one outcome.
 */
export function outcomesTold(message: string): string[] {
  const text = readingText(message);
  if (BATCHES.test(text)) return ['第一批培训', '第二批培训'];
  const told = new Map<string, string>();
  for (const clause of text.split(OUTCOME_CLAUSES)) {
    const kind = kindOf(outcomeWording(clause));
    if (!kind) continue;
    const ip = kind === 'IP' ? ipKindsNamed(clause) : [];
    const form = kind === 'TRANSFER' ? firstOf(clause, FORM_WORDS) : null;
    const what = `${kind}:${ip.join('+')}:${form ?? ''}`;
    if (!told.has(what)) told.set(what, clause.trim());
  }
  return told.size > 1 ? [...told.values()] : [];
}

/** Reads a message as an outcome report (科技项目, 成果转化, 研发核算, 研发机构, 知识产权, 培训), or null. */
export function readOutcome(
  message: string,
  today: LocalDate,
  postings: ReadingPosting[],
  roster: PostingRef[] = [],
): OutcomeReading | null {
  const whole = outcomeWording(readingText(message));
  // A keyword alone (「专利申请」, 「关于项目申报」) is a topic; news of an outcome says when, how much, or that it is done.
  if (QUESTION.test(whole) || COMPLAINT.test(whole) || !EVENT_SIGN.test(whole) || NOT_ACHIEVED.test(whole)) return null;
  const kind = kindOf(whole);
  if (!kind) return null;
  // Of a message that tells several things (「上周在石韵新材讲了一天。龙城齿轮的专利今天授权了」), the sentence that
  // tells of the outcome says which enterprise, which day and what.
  const text = focusOf(whole, kind);

  // Sums of money are no dates (「作价1.2亿元」 is not 1 February).
  const dates = findDates(
    text.replace(MONEY, (m) => ' '.repeat(m.length)),
    today,
    postings,
  ).map((d) =>
    // A day later this year than today that the reader placed in last year is still to come, unless it says 去年.
    d.lastYear && d.value && !/去年/.test(text)
      ? { ...d, kind: 'future' as const, lastYear: false, value: `${yearOf(today)}${d.value.slice(4)}` as LocalDate }
      : d,
  );
  const eventAt = firstEventIndex(text, kind);
  const day =
    dates
      .filter((d) => (d.kind === 'past' || d.kind === 'future') && d.value !== null)
      .sort((a, b) => Math.abs(a.index - eventAt) - Math.abs(b.index - eventAt))[0] ?? null;
  const month = day ? null : monthIn(text, today);
  const futureWords = dates.some((d) => d.kind === 'future');
  const explicit = day ? null : explicitDay(text, today);
  const planned = hitsOf(text.replaceAll('准备下一步', ''), PLAN_WORDS);
  // 「准备建研发中心，今天挂牌了」: the plan told, then that it came about.
  const lastPlan = planned.at(-1);
  const plan =
    (lastPlan !== undefined && !CAME_ABOUT.test(text.slice(lastPlan.index + lastPlan.word.length))) || onlyToCome(text);
  const found = findEnterprise(text, postings, roster);
  const enterprise = found.match;
  const other = enterprise.kind === 'none' ? otherCompany(text, postings) : null;
  const foreign = found.foreign ?? other;

  const details: OutcomeDetails = {
    level: kind === 'PROJECT' ? (firstOf(text, LEVEL_WORDS) ?? (CITY_LEVEL.test(text) ? 'CITY' : null)) : null,
    // Several counts of rights (「申请了5件 其中2件授权了」) each have their stage: which one is meant is asked.
    stage:
      kind === 'PROJECT'
        ? (stageOf(text, PROJECT_STAGE_WORDS) ?? (CONTRACT_SIGNED.test(text) ? 'APPROVED' : null))
        : kind === 'IP' && !givesSeveralCounts(text, 'items')
          ? stageOf(text, IP_STAGE_WORDS)
          : null,
    form: kind === 'TRANSFER' ? firstOf(text, FORM_WORDS) : null,
    // Figures may stand in a sentence of their own (「许可费到账了！8万」).
    amount: kind === 'TRANSFER' ? contractSum(text, whole) : null,
    ipKind: kind === 'IP' ? firstOf(text, IP_KIND_WORDS) : null,
    quantity:
      kind === 'IP' || kind === 'TRAINING'
        ? (parseCount(text, kind === 'IP' ? 'items' : 'people') ??
          parseCount(whole, kind === 'IP' ? 'items' : 'people'))
        : null,
  };
  const date = day?.value ?? explicit?.date ?? month?.date ?? null;
  const future =
    (day?.kind === 'future' && !plan) ||
    (explicit?.future === true && !plan) ||
    month?.future === true ||
    (futureWords && !day?.value && !explicit);
  const refusal: OutcomeRefusal | null = plan ? 'plan' : future ? 'future' : foreign ? 'not-posted' : null;
  const title =
    titleIn(text) ?? (kind === 'IP' ? patentNameIn(text) : kind === 'PROJECT' ? projectNameIn(whole) : null);
  return {
    kind,
    ...details,
    // One right named by its title (「发明专利“一种高精度齿轮磨削装置”授权了」) is one; a list (「…等」) is asked.
    quantity: details.quantity ?? (kind === 'IP' && title && !SEVERAL_NAMED.test(text) ? 1 : null),
    enterprise,
    foreign,
    othersOwn: other !== null && !CITY_COMPANY.test(text),
    date,
    monthOnly: !day && !explicit && month !== null,
    title,
    refusal,
    dateText: day?.text.trim() ?? explicit?.text ?? month?.text ?? null,
  };
}

/** The sentence of the message that tells of the outcome, or the whole message when none alone does. */
function focusOf(text: string, kind: OutcomeKind): string {
  // 「！」 is said within one piece of news (「项目中了！自治区级的 叫…」), not between two.
  const sentences = text.split(/(?<=[。；;？?\n])|另外|还有|此外/).filter((s) => s.trim().length > 0);
  if (sentences.length < 2) return text;
  const telling = sentences.filter((s) => kindOf(s) === kind);
  return telling.length === 1 && telling[0] ? telling[0] : text;
}

/** 「6月18号」 that the date reader could not place in a posting: this year's, to come or past. */
function explicitDay(text: string, today: LocalDate): { date: LocalDate; future: boolean; text: string } | null {
  const match = /(?<!\d)(1[0-2]|0?[1-9])\s*月\s*(3[01]|[12]\d|0?[1-9])\s*[日号]/.exec(text);
  if (!match?.[1] || !match[2]) return null;
  const value = `${yearOf(today)}-${match[1].padStart(2, '0')}-${match[2].padStart(2, '0')}`;
  if (!isLocalDate(value)) return null;
  return { date: value, future: value > today, text: match[0] };
}

const MONEY = /\d+(?:\.\d+)?\s*(?:亿|万|w|W)\s*(?:元|块)?|\d+(?:\.\d+)?\s*(?:元|块)/g;
const CITIES = CITY_NAMES;
/** A city's own programme: 「南宁市的项目」, 「柳州市科技计划」. */
const CITY_LEVEL = new RegExp(`(?:${CITIES})市(?:的|科技|重点)`);
/** A company the message names by city and name (「桂林晶瑞光学的研发中心」) that is none of the reporter's. */
const CITY_COMPANY = new RegExp(`(?:${CITIES})(?!市)([\u4e00-\u9fa5]{2,8}?)(?=的|那边|那里|那儿)`);

/** 「隔壁那家广西金穗…」: a neighbour's outcome, named or not. */
const NEIGHBOUR =
  /隔壁(?:那家|这家|的|那个)?(?:厂|公司|企业)?([\u4e00-\u9fa5]{2,6}?)?(?=上个?月|上周|今年|去年|最近|昨天|前天|也|立项|授权|申请|签|那边|的|，|,|\s)/;
/** 「融江电子那边上个月也授权了…」, 「柳工上个月授权了…」: a name said first, as whose outcome it is. */
const NAMED_FIRST =
  /^([\u4e00-\u9fa5]{2,6}?(?:那边|那里|那儿)|[\u4e00-\u9fa5]{1,6}(?:公司|集团|股份|厂|电子|科技|机械|药业|食品|材料|实业))(?=上个?月|上周|上礼拜|今年|去年|最近|昨天|前天|刚刚|本月|这个月|也)/;
/** 「柳工上个月授权了…」: a company known by a short name, said first (not 「柳工程师」). */
const KNOWN_FIRST = new RegExp(`^(${KNOWN_OTHER_COMPANIES.map(escapeRegExp).join('|')})(?!程|人)`);
/** Words said first that name no company: who, a kind of outcome, a time. */
const NO_COMPANY =
  /^(?:我|咱|他|她|企业|公司|厂|对方|老板|客户|我们|他们|今天|今年|去年|这边|那边)|专利|项目|培训|成果|合同|新型|发明|软著|研发|转让|许可|平台|中心|工程|[说讲]$|经理|总$|主任|老师|教授|厂长|部长|主管|那个|这个/;

function otherCompany(text: string, postings: ReadingPosting[]): string | null {
  const theirs = (name: string) => matchEnterprise(name, postings).kind !== 'none';
  const match = CITY_COMPANY.exec(text);
  if (match?.[0]) return theirs(match[0]) ? null : match[0];
  const neighbour = NEIGHBOUR.exec(text);
  if (neighbour) return neighbour[1] && !theirs(neighbour[1]) ? neighbour[1] : neighbour[1] ? null : '隔壁企业';
  const known = KNOWN_FIRST.exec(text.trim())?.[1];
  if (known && !theirs(known)) return known;
  const first = NAMED_FIRST.exec(text.trim())?.[1]?.replace(/(?:那边|那里|那儿)$/, '');
  return first && !NO_COMPANY.test(first) && !theirs(first) ? first : null;
}

/** Where the outcome's first event word stands (to take the date told of it, not of a visit before it). */
function firstEventIndex(text: string, kind: OutcomeKind): number {
  const hits = [...hitsOf(text, EVENTS[kind]), ...hitsOf(text, SELF_EVIDENT[kind])];
  return hits.length > 0 ? Math.min(...hits.map((hit) => hit.index)) : 0;
}

export const isOutcomeKind = (value: string): value is OutcomeKind =>
  (OUTCOME_KINDS as readonly string[]).includes(value);

/** Words that give each of several enterprises an outcome of its own (「各申请了1件」, 「都授权了」, 「分别立项」). */
const EACH_OF_THEM = /各自|各|分别|都|每家/;
/** Names said in one breath (「山湖农机和石韵新材」, 「龙城齿轮、石韵新材」). */
const JOINED = '\\s*(?:和|与|跟|以及|及|还有|、|，|,)\\s*';

/**
 * Outcomes of several enterprises told in one message (「山湖农机和石韵新材11月各申请了1件实用新型」): each enterprise
 * with the message as it would be told of that one alone. Empty for one enterprise, or for an outcome of several
 * together (「…联合申请了1件」), which is one outcome.
 */
export function outcomesOfEach<P extends ReadingPosting>(
  text: string,
  postings: P[],
  today: LocalDate,
): { posting: P; told: string }[] {
  const named = postingsNamed(text, postings);
  if (named.length < 2) return [];
  const names = named.map(({ alias }) => escapeRegExp(alias)).join('|');
  // 「石韵新材培训了32人；山湖农机那边的项目也立项了」: each enterprise's outcome in a sentence of its own.
  const sentences = text.split(/[；;。！!\n]+/).filter((part) => part.trim() !== '');
  const own = named.map(({ alias }) => sentences.filter((part) => part.includes(alias)));
  const apart =
    own.every((parts) => parts.length === 1) &&
    new Set(own.map((parts) => parts[0])).size === named.length &&
    own.every((parts) => readOutcome(parts[0] ?? '', today, postings) !== null);
  if (apart) return named.map(({ posting }, i) => ({ posting, told: (own[i]?.[0] ?? '').trim() }));
  // 「山湖农机授权了1件发明，石韵新材也授权了1件」: each in a clause of its own.
  const also = new RegExp(`(?:${names})也`).test(text);
  if (!EACH_OF_THEM.test(text) && !also) return [];
  const together = new RegExp(`(?:${names})(?:${JOINED}(?:${names}))+(?:两家|三家|几家)?`).exec(text);
  const clauses = text.split(/[，,。；;！!]/);
  return named.map(({ posting, alias }) => {
    const name = posting.shortName ?? posting.enterpriseName;
    const own = clauses.find((clause) => clause.includes(alias));
    const told = together
      ? `${text.slice(0, together.index)}${name}${text.slice(together.index + together[0].length)}`.replace(
          EACH_OF_THEM,
          '',
        )
      : also && own
        ? own.replace(`${alias}也`, alias)
        : `${name}：${text}`;
    return { posting, told: told.trim() };
  });
}
