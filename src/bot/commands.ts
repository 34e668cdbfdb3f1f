import { NOT_X_BUT_Y, saidInstead, valueMeant } from '../common/said-instead.js';
import { ipKindsNamed } from '../domain/outcomes/outcome-lexicon.js';
import type { IpKind, OutcomeKind } from '../domain/outcomes/types.js';
import { SPECIALIST_TITLE_WORDS, specialistsNamed } from '../domain/people/family-names.js';
import type { PersonRole } from '../domain/programme/types.js';
import type { AmendableField, AmendChange } from '../domain/visits/visit-report-service.js';
import { FINE_SAID, saysAnyOf, saysObjection } from './intents.js';
import { STATUS_ASKED } from './lexicon/feedback-words.js';
import { daysFoundIn, findingOf, PARTIAL_FINDING, RECORD_DENIED } from './lexicon/intent-cues.js';
import { END, numberList, RECORD_DAY, withoutTimeOfDay } from './text.js';

/**
 * The commands people may type, in one table: each with its grammar, the roles allowed and the arguments it
 * captures. Grammars read text already passed through routingText (full-width folded to ASCII, emoticons and emoji
 * removed) and tolerate spaces or none, either punctuation, lists joined by 、 , 和, and number-first or verb-first
 * order.
 */
export type Command =
  | { name: 'help'; topic: 'general' | 'report' | 'feedback' | 'progress' | 'rate' }
  | { name: 'bind'; code: string }
  /** `of`: what the words name (「撤销刚才那个专利」 an outcome, 「删掉刚才那次走访」 a visit); else the latest of either. */
  | { name: 'undo'; of?: 'visit' | 'outcome'; outcomeKind?: OutcomeKind; ipKind?: IpKind }
  | { name: 'confirm-undo' }
  /** `also`: further fields corrected in the same message (「日期应该是11月30号，天数是1天」). */
  /** `of`: an outcome named in own words (「刚才那个专利的日期错了，是10月份申请的」), never the latest visit. */
  | {
      name: 'amend';
      field: AmendField | null;
      value: string;
      also?: AmendChange[];
      of?: 'outcome';
      outcomeKind?: OutcomeKind;
    }
  | { name: 'progress' }
  | { name: 'pending-visits' }
  /**
   * `except`: all of the list shown but these (「除了第3条 其他全部确认」); `count`: how many the words say remain
   * (「其余两条确认」), checked against the list.
   */
  | {
      name: 'confirm-visits';
      choices: number[] | null;
      all: boolean;
      except?: number[];
      count?: number;
      /** All of the list shown but the records these words name (「除了那个转让的 其他都确认」). */
      exceptNamed?: string;
      /** The records of the day these words name (「昨天那条没问题」, 「陈老师昨天确实来了 没问题」), by whom if said. */
      named?: string;
      by?: string;
      /** 「陈老师来了，不过…」: that teacher's coming told, not said right; their records are shown, none confirmed. */
      cameTold?: boolean;
    }
  /** `ask`: said in one's own words, so the record is asked for even when only one waits. */
  /** `also`: further records named with the first (「有异议 5 6 那两天厂里放假」). */
  | { name: 'dispute-visit'; choice: number | null; reason: string; ask?: boolean; also?: number[] }
  | { name: 'file-feedback'; text: string; onBehalfOf: string | null }
  | { name: 'forward-question' }
  /**
   * `ticketNo` null: said in own words without a number (「加计扣除那个 回复一下企业：…」); `about` is what names the
   * ticket, which is confirmed (or chosen) before anything is done.
   */
  | {
      name: 'act-on-feedback';
      action: 'reply' | 'progress' | 'close';
      ticketNo: string | null;
      text: string;
      about?: string;
    }
  /**
   * `ticketNo` null: 「不满意 …」 without a number, of the one answer it can be about (or asked which). `ask`: the answer
   * found wanting in own words, with no number: nothing is reopened until the ticket is named.
   */
  | { name: 'reopen-feedback'; ticketNo: string | null; reason: string; ask?: boolean }
  /** `ask`: said in own words, so which ticket is confirmed first (or chosen, without a number). */
  | { name: 'withdraw-feedback'; ticketNo: string | null; reason: string; ask?: boolean }
  /** More words for a ticket waiting for an answer; `ask`: said in own words, so which ticket is found (or chosen). */
  | { name: 'supplement-feedback'; ticketNo: string | null; text: string; ask?: boolean }
  /** `ask`: said in one's own words, so the station is asked to confirm (and which, without a number). */
  | { name: 'escalate-feedback'; ticketNo: string | null; reason: string; ask?: boolean }
  | { name: 'my-feedback' }
  /** This year's outcomes of the person's postings (「我的成果」, 「我报过哪些成果」). */
  /** `asked`: an official's words (「柳州今年成果有哪些」), for the city or the disputes they ask about. */
  | { name: 'my-outcomes'; asked?: string }
  /** One ticket asked after by its number (「FK-2026-0001 怎么样了」, 「FK-2026-0001 上报了吗」). */
  | { name: 'ticket-status'; ticketNo: string }
  | { name: 'todo' }
  /** An official's digest, asked for in chat (「简报」, 「把这周的周报发我看看」). */
  | { name: 'digest' }
  | { name: 'assessments' }
  | { name: 'decide-assessment'; ref: string; score: number | null; grade: string | null; reason: string }
  | { name: 'resolve-dispute'; ref: string; verdict: 'VERIFIED' | 'REJECTED'; reason: string; ask?: false }
  /** A finding in own words: read back before it is recorded; no verdict when the words do not give one plainly. */
  /** `days`: the visit was real but shorter (「属实，但只待了半天」); the days found. */
  | {
      name: 'resolve-dispute';
      ref: string;
      verdict: 'VERIFIED' | 'REJECTED' | null;
      reason: string;
      ask: true;
      days?: number | null;
    }
  | { name: 'rate'; score: number; comment: string };

export type CommandName = Command['name'];

/** Words that name one kind of outcome in an undo (「撤销刚才那个专利」); 成果 names any. */
const OUTCOME_WORDS: [OutcomeKind, RegExp][] = [
  ['IP', /专利|实用新型|外观设计|发明(?!人)|软著|著作权|新品种|商标|知识产权/],
  ['PROJECT', /项目|立项/],
  ['TRAINING', /培训/],
  ['TRANSFER', /转化|转让|许可|合同/],
  ['RD_ACCOUNTING', /核算|辅助账/],
  ['RD_INSTITUTION', /研发中心|研发机构|技术中心|实验室/],
];
const NAMES_VISIT = /走访|服务记录|那次服务|到企业|去企业|报备的服务|天数/;

/**
 * The kind of outcome a clause opens with (「项目确实立项了」, 「那个专利是外观设计」): what it says is of that outcome. A
 * kind named later in a clause (「那天来是讲培训」) is no record's name.
 */
export function outcomeKindOpening(clause: string): OutcomeKind | null {
  const opening = clause.replace(/^(?:还有|另外|然后|至于|不过|但是|那个|这个|那条|这条|那|这)+/, '');
  return OUTCOME_WORDS.find(([, words]) => words.exec(opening)?.index === 0)?.[0] ?? null;
}

/**
 * The outcome a correction points back at (「刚才那个专利…」, 「刚才报的成果…」), by the word right after the pointer; null
 * when it points at something else (「刚才那条日期错了…给员工做的培训」 is a visit's).
 */
export function outcomeReferredTo(text: string): { outcomeKind?: OutcomeKind } | null {
  const pointer = '(?:(?:刚才|刚刚|上次|前面)(?:那个|那条|这个|这条|报的|说的|的|那)?|那个|那条|这个|这条)';
  if (new RegExp(`${pointer}成果`).test(text)) return {};
  const named = OUTCOME_WORDS.find(([, words]) => new RegExp(`${pointer}(?:${words.source})`).test(text));
  return named ? { outcomeKind: named[0] } : null;
}

/** 「刚才那个许可合同金额是24万」, 「那个转让合同金额改成45万」: an outcome's figure said as what it is. */
export function outcomeFigureSaid(text: string): string | null {
  return (
    /(?:金额|转让费|许可费|合同额|数量|件数|人数|级别)\s*(?:应该是|应为|改成|改为|是|为)\s*([^，,。；;\s]+)\s*[。.!！]*$/.exec(
      text,
    )?.[1] ?? null
  );
}

/** A count or a kind of IP right said alone: what an outcome's correction gives (「三件」, 「3件」, 「实用新型」). */
const OUTCOME_VALUE =
  /^(?:(?:\d{1,5}|[一二两三四五六七八九十百]+)\s*(?:件|项|个人|个|人|名)|(?:报的)?(?:国家|自治区|区|省|市|县|企业)(?:级|里)?(?:的)?(?:项目)?|(?:实用新型|发明|外观设计|软件著作权|软著)(?:专利)?|(?:已经?|刚)?(?:申请|申报|提交|授权)(?:的|了)?|(?:(?:合同)?金额(?:应该)?(?:是|为)?\s*)?[\d一二两三四五六七八九十百千.]+\s*(?:万|w|W)(?:元|块)?)[。.!！~]*$/;
const MISCOUNTED = /数错|算错|统计错|记错|写错|搞错/;
const COUNT_SAID =
  /(?:只有|只来了|就来了|应该是?|实际(?:是|上)?|其实是)\s*((?:\d{1,5}|[一二两三四五六七八九十百]+)\s*(?:个人|个|人|名|件|项))/;
const TAKES_BACK =
  /不对|不是|说错了|搞错了|写错了|打错了|记错了|数错了|算错了|统计错了|(?:数量|件数|金额)(?:错了|不对)/;

/**
 * An outcome's count or kind said again to correct it (「哦不对是三件」, 「不是五件是三件」, 「数量错了，是3件」): the
 * value, or null when the message is no such correction.
 */
export function outcomeValueSaidAgain(text: string): string | null {
  if (!TAKES_BACK.test(text)) return null;
  const instead = NOT_X_BUT_Y.exec(text)?.[2] ?? saidInstead(text);
  const bare = (said: string) => said.replace(/^[\s，,]*(?:是|应该是|其实是)/, '').trim();
  const last = text.split(/[，,\s]/).at(-1) ?? '';
  // 「…是报的自治区的 不是市里的」: what it is, said before what it is not.
  const before = /是([^，,。；;\s]+?)\s*[，,\s]*不是/.exec(text)?.[1] ?? '';
  // 「马总说培训只有28人 我数错了 改一下」: the count said with 只有 or 应该, when a miscount is owned to.
  const counted = MISCOUNTED.test(text) ? (COUNT_SAID.exec(text)?.[1] ?? '') : '';
  for (const value of [bare(instead === text ? last : instead), bare(last), bare(before), counted]) {
    // 「是2件 有一件是去年的」: the value, then why.
    const first = value.split(/[，,。；;\s]/)[0] ?? '';
    if (OUTCOME_VALUE.test(value)) return value;
    if (OUTCOME_VALUE.test(first)) return first;
  }
  return null;
}

/** What an undo names, when it names one kind of record and not the other: a visit, an outcome, or one kind of it. */
export function undoneKind(text: string): { of?: 'visit' | 'outcome'; outcomeKind?: OutcomeKind; ipKind?: IpKind } {
  const named = OUTCOME_WORDS.filter(([, words]) => words.test(text)).map(([kind]) => kind);
  const outcome = named.length > 0 || /成果/.test(text);
  if (outcome === NAMES_VISIT.test(text)) return {};
  if (!outcome) return { of: 'visit' };
  if (named.length !== 1 || !named[0]) return { of: 'outcome' };
  // 「撤销实用新型专利那条」 names the kind of right too: only an outcome of that right is meant.
  const [ipKind, ...more] = named[0] === 'IP' ? ipKindsNamed(text) : [];
  return { of: 'outcome', outcomeKind: named[0], ...(ipKind && more.length === 0 ? { ipKind } : {}) };
}
export type AmendField = AmendableField;

interface CommandSpec {
  name: CommandName;
  /** Who may use it; others are told who can. */
  roles: readonly PersonRole[] | 'anyone';
  parse(text: string): Command | null;
}

const OFFICIALS = ['CITY_OFFICIAL', 'REGION_OFFICIAL'] as const;
/** What follows 「异议」 when it is taken back (「异议撤回」, 「异议不提了」, 「异议作废」). */
const WITHDRAWN_OBJECTION = /^(?:就|先|我们)?(?:撤回|撤销|收回|取消|作废|不提了|不算了|算了)/;
const FILERS = ['ENTERPRISE_CONTACT', 'SPECIALIST'] as const;

/** A clause that ends by saying its record is right (「培训那25个人是真的」, 「调试发酵罐也属实」). */
const FINE_AT_THE_END =
  /\s*(?:也|都)?(?:是真的|是对的|没问题|属实|没错|对的|对|(?<![待未没不要再能我你您])确认)(?:的|了|啊|吧)?$/;
/** Words that name every record, not some (「全部都确认」, 「剩下的都对」). */
const EVERY_RECORD = /^(?:全部|全都|都|所有|这几条|这些|那几条|剩下|其余|其他|一并|以上|上面)+(?:的)?$/;
/** 「确认18号和19号的」, 「确认磨齿机那条」: confirmed, then what is named. */
const CONFIRM_THE_NAMED = new RegExp(
  `^(?:都|全都)?(?:确认一下|确认)\\s*([^\\s，,][^，,。]*?(?:号|日|那条|那个|那次)(?:的)?)${END}$`,
);
/** Words that name one record: its day, or 那条 / 那个 pointing at one. */
export const NAMES_A_RECORD =
  /\d+\s*[号日]|[一二三四五六七八九十]+[号日]|周[一二三四五六日天]|昨天|前天|那条|那个|那次|这条/;
/** 「等老板确认」, 「还需确认」, 「我跟厂长确认」: someone is still to confirm, nothing is confirmed. */
const SOMEONE_ELSE_CONFIRMS = /[需等去请跟让找要还再]$|内部|领导|老板|厂长|经理|财务|核实/;
/** 「有哪些走访要…确认的」 asks what waits. */
const WHICH_ASKED = /有哪些|有没有|哪些|哪几|几条|多少/;
/** 「要我确认的」: who confirms, not what. */
const ONLY_A_PERSON = /^(?:要|让|请|叫|需要)?(?:我|你|您|咱)(?:们)?$/;
/** Records named one after another (「磨齿机那条和硬度检测那条」): each on its own. */
const AND_THEN_NAMED = /(?<=那条|那个|那次|的|号|日)\s*(?:和|与|跟|及|还有|以及|、)\s*/;
/** 「好的没问题」: an acknowledgement, naming no record. */
const JUST_AN_ACK = /^(?:好的?|好吧|行|嗯+|ok|okay|收到|知道了|明白|可以|那就|这样)$/i;
/** What a rule is about, never a record (「这个政策没问题吧」 asks about the policy). */
const NO_RECORD = /(?:这个|那个|该|此|这)(?:政策|补贴|补助|规定|条件|文件|标准)|吗|[?？]|YY|FK|核实|核查|异议/i;
const objects = saysObjection;
const deniesTheRecord = saysAnyOf(RECORD_DENIED);
/** One number confirmed (「2确认」, 「1也确认」, 「第3条没问题」). */
const CONFIRMED_UNIT = `第?\\s*([\\d一二三四五六七八九]{1,2})\\s*(?:个|条)?\\s*(?:都|也)?\\s*(?:是)?(?:${FINE_SAID}|对)`;
/** A ticket number as typed (FK-2026-0001, fk20260001, FK-2026-1): group 1 the year, group 2 the number. */
export const TICKET = 'FK\\s*-?\\s*(\\d{4})\\s*-?\\s*(\\d{1,6})';
/** 「不满意」 and its softer forms. */
const DISSATISFIED = '(?:不满意|不太满意|不怎么满意|很不满意|非常不满意)';
/**
 * An answer said to be no answer (「这个答复等于没说」, 「回复了跟没回一样」, 「处理结果没解决问题」, 「加计扣除那个答复我不太满意」).
 */
const ANSWER_FOUND_WANTING =
  /(?:答复|回复|处理结果|回的|答的)[^，,。！!？?]{0,6}(?:不满意|不太满意|不怎么满意|不大满意|等于没说|跟没说一样|说了等于白说|白说|没啥用|没什么用|没用|没有用|没解决|没有解决|解决不了|答非所问|敷衍|不靠谱|跟没回一样|等于没回|不行|不能接受|不认可)/;
/** What an answer promised, not come about (「邮件还是没收到啊 都说本周出 到现在也没动静」). */
const ANSWER_NOT_KEPT =
  /(?:都说|说好的?|不是说|答应|说是)[^。！!？?]{0,12}?(?:还是没|还没|到现在|没动静|没下文|没消息)|(?:还是没|到现在(?:也|都|还)?没)(?:收到|到账|动静|下文|消息|结果|落实|办|回音)/;
/** Words of a promise not kept: said after an answer lately, of that answer; else a complaint of its own. */
export const promiseNotKept = (text: string) => ANSWER_NOT_KEPT.test(text);
export const ticketNumber = (year: string, seq: string) => `FK-${year}-${seq.padStart(4, '0')}`;

const DISPUTE = 'YY\\s*-?\\s*(\\d{4})\\s*-?\\s*(\\d{1,6})';
/** The ticket number in a message (FK-2026-0001, fk20260001, FK-2026-1), written out in full. */
/**
 * An official's answer, closing or marking of a ticket named by what it is about, not its number (「加计扣除那个 回复一下
 * 企业：下周派人上门指导」, 「龙城齿轮那个高企的 先挂处理中」, 「燃油补贴那个反馈可以关了」).
 */
const ACT_ON_A_TOPIC = new RegExp(
  `^(?:回复|答复)?\\s*([\\s\\S]{2,30}?(?:那个|这个|那条|这条|那件)(?:[^，,。:：\\s]{1,8}?的)?)(?:反馈|问题|投诉|事)?\\s*[，,。]?\\s*(?:我们|我)?(?:可以|先|就)?(?:` +
    `(?:帮我|帮忙)?(?:回复|答复|回)(?:一下)?(?:企业|他们)?(?:一下)?\\s*[:：,，]\\s*([\\s\\S]{2,})` +
    `|(关了|关掉|关闭|结了|办结)(?:吧|了)?\\s*[，,。]?\\s*([\\s\\S]*)` +
    `|(?:标记?|标个|挂|设为|改成|改为)?(?:成)?(处理中)(?:吧|了)?\\s*[，,。]?\\s*([\\s\\S]*))$`,
);
/** 「0001那个我们在跟南宁市科技局对接了 先标处理中」: what was done said first, the marking or closing last. */
const MARKED_LAST =
  /^([\s\S]{2,30}?(?:那个|这个|那条|这条))(?:反馈|问题)?\s*([\s\S]{2,60}?)[，,。\s]*(?:先|就|可以|那就)?(?:标记?|标个|挂|设为|改成|改为)?成?(处理中|关了|关掉|关闭|办结)(?:吧|了)?[。！!]*$/;
/**
 * 「覃海那个鉴定的问题我们跟市科技局对接了，鉴定意见这周出」: a ticket named by what it is about, then what was done for
 * it (read back before it is sent, as every answer said of a topic).
 */
const TOLD_OF_A_TOPIC =
  /^([\s\S]{2,30}?(?:那个|这个|那条|这条|那件)(?:[^，,。:：\s]{1,8}?的)?)(?:反馈|问题|投诉|事情|事儿|事)\s*[，,。:：]?\s*([\s\S]{6,})$/;
/** 「回复龙城齿轮那个：…」: the verb first, then what the ticket is about. */
const REPLY_TO_A_TOPIC =
  /^(?:回复|答复)(?:一下)?\s*([\s\S]{2,30}?)(?:那个|这个|那条|这条)(?:反馈|问题)?\s*[:：,，]\s*([\s\S]{2,})$/;

/**
 * The answer said first, then how to use it (「…财政厅说上周已经拨到北海市科技局了 这么答复他们然后关掉」, 「FK-2026-0002
 * 我们已经跟市税务局沟通了… 先这样答复他」): group 1 the ticket and answer, group 2 a closing after it.
 */
const ANSWER_THEN_HOW =
  /^([\s\S]{4,}?)[，,。；;\s]*(?:就|先|那就|可以)?(?:这样|这么|照这个|按这个)(?:答复|回复|回)(?:给)?(?:他|他们|她|企业|对方)?(?:一下)?(?:吧)?[，,。\s]*(?:(?:然后|再|并|顺便)?(关掉|关了|关闭|结了|办结)(?:吧|了)?)?[。！!~]*$/;
/** 「蓝湾那个补助没到账的」 before an answer: the ticket named by what it is about. */
const TOPIC_FIRST = /^([\s\S]{1,12}?(?:那个|这个|那条|这条)[^，,。\s]{0,12}?(?:的)?)[，,。\s]+([\s\S]{2,})$/;

/** Words that ask or muse rather than answer (「我觉得可以这样回复」, 「要不就这样回复吧」). */
const NO_ANSWER_YET = /我觉得|要不|是不是|你看|行不行|可以吗|行吗|好不好|怎么样/;
const NUMBER_THEN_ANSWER = new RegExp(`^${TICKET}(?!\\d)\\s*[:：,，]?\\s*([\\s\\S]{2,})$`, 'i');

/**
 * An answer and how to use it, always read back before it is sent: a ticket named by its number is passed on as
 * 「0105号」, which the act confirms first, as it does a ticket named by what it is about.
 */
function answerThenHow(text: string): Command | null {
  const said = ANSWER_THEN_HOW.exec(text);
  if (!said?.[1] || NO_ANSWER_YET.test(said[1])) return null;
  const action = said[2] ? 'close' : 'reply';
  const numbered = NUMBER_THEN_ANSWER.exec(said[1]);
  const topic = numbered ? null : TOPIC_FIRST.exec(said[1]);
  const about = numbered?.[2] ? `${numbered[2].padStart(4, '0')}号` : topic?.[1];
  const answer = (numbered?.[3] ?? topic?.[2] ?? '').trim();
  if (!about || answer.length < 6) return null;
  return { name: 'act-on-feedback', action, ticketNo: null, text: answer, about };
}

const NOTE_TO_SELF = /我来|跟进|先放|再说|帮我|查一下|标记|同一个|同一件|认识|老板|备注/;
/** What an answer to an enterprise tells: something done, arranged or decided for them. */
const TELLS_AN_ANSWER =
  /已|联系了|对接了|问过|问了|反映了|协调|沟通|答复|派人|上门|拨付|拨到|到账|办理|办好|可以|需要|请(?:企业|贵|你们|您)|让企业|留意|查收|按照|根据|通知|安排|解决|明天|这周|本周|下周|近期|尽快|月底/;
/** Words that ask rather than tell (「FK-2026-0001 现在什么情况」). */
const ASKS = /[?？]|吗|呢|什么|怎么|咋|啥|多少|几[个条天]|进展|情况|状态|到哪/;

/**
 * 「FK-2026-0001 联系了城中区税务局 他们明天派人上门指导」 from a station (or a ticket named by what it is about,
 * 「覃海那个鉴定的问题…」): what it says of the ticket named first, as the
 * answer to send, read back before it is sent; null when it asks, muses or says too little.
 */
export function plainAnswerTo(text: string): Command | null {
  const numbered = NUMBER_THEN_ANSWER.exec(text);
  const answer = (numbered?.[3] ?? '').trim();
  // A note to self or a request (「这个我来跟进一下」, 「先放着 下周再说」, 「帮我查一下」) is no answer to send.
  if (!numbered?.[2]) return toldOfATopic(text);
  if (!tellsAnAnswer(answer)) return null;
  return {
    name: 'act-on-feedback',
    action: 'reply',
    ticketNo: null,
    text: answer,
    about: `${numbered[2].padStart(4, '0')}号`,
  };
}

function actSaidOfATopic(text: string): Command | null {
  const how = answerThenHow(text);
  if (how) return how;
  const first = REPLY_TO_A_TOPIC.exec(text);
  if (first?.[1] && first[2])
    return { name: 'act-on-feedback', action: 'reply', ticketNo: null, text: first[2].trim(), about: first[1] };
  const m = ACT_ON_A_TOPIC.exec(text);
  const last = m ? null : MARKED_LAST.exec(text);
  if (last?.[1] && last[3])
    return {
      name: 'act-on-feedback',
      action: last[3] === '处理中' ? 'progress' : 'close',
      ticketNo: null,
      text: (last[2] ?? '').trim(),
      about: last[1],
    };
  if (!m?.[1]) return null;
  const action = m[2] ? 'reply' : m[3] ? 'close' : 'progress';
  const said = (m[2] ?? m[4] ?? m[6] ?? '').trim();
  return { name: 'act-on-feedback', action, ticketNo: null, text: said, about: m[1] };
}

function toldOfATopic(text: string): Command | null {
  // 「孙建立那个投诉 已经联系了企业，陈老师当天确实在」 finds on a dispute: no answer to feedback.
  if (/异议|属实|核实|确实在|确实去|确实来|没去|没来|没到(?!账)/.test(text) || findingOf(text) !== null) return null;
  const told = TOLD_OF_A_TOPIC.exec(text);
  const answer = told?.[2]?.trim() ?? '';
  if (!told?.[1] || !tellsAnAnswer(answer)) return null;
  return { name: 'act-on-feedback', action: 'reply', ticketNo: null, text: answer, about: told[1] };
}

/** Whether words tell an enterprise something done or decided, rather than ask, muse or note for oneself. */
const tellsAnAnswer = (answer: string) =>
  answer.length >= 6 &&
  !ASKS.test(answer) &&
  !NO_ANSWER_YET.test(answer) &&
  !NOTE_TO_SELF.test(answer) &&
  TELLS_AN_ANSWER.test(answer);

/** 「FK-2026-0001 怎么样了」, 「查一下 FK-2026-0001」: one ticket asked after by its number (built once: the words are many). */
const TICKET_ASKED_AFTER = new RegExp(
  `^(?:查一下|查下|查|看看|看下|问下|请问)?\\s*${TICKET}\\s*(?:上报的|报上去的|提交的|提的)?(?:那条|这条|这个|那个|的)?(?:反馈|意见)?\\s*(?:${STATUS_ASKED})?\\s*[?？。!！~～]*$`,
  'i',
);
/** 「FK-2026-0004说的那个事情现在怎么样了」: what the ticket was about, then how it stands. */
const TICKET_MATTER_ASKED_AFTER = new RegExp(
  `^${TICKET}\\s*(?:说的|提的|反映的|讲的|的)?(?:那个|这个|那件|这件)?(?:事情?|问题)?\\s*(?:${STATUS_ASKED})\\s*[?？。!！~～]*$`,
  'i',
);

export function ticketNoIn(text: string): string | null {
  const match = new RegExp(TICKET, 'i').exec(text);
  return match?.[1] && match[2] ? ticketNumber(match[1], match[2]) : null;
}

/** A verb with the office: 「转工作办」, 「报给自治区」, 「上报区里」. */
const TO_THE_OFFICE =
  '(?:上报|(?:报送|报|转交|转|提交|交)(?:给|至|到)?)(?:自治区工作办|自治区|区工作办|工作办|工作专班|区里)';
/** Raising a ticket to the regional office: a verb with the office, or 「上报」 alone. */
const ESCALATE = `${TO_THE_OFFICE}|上报`;

/** What follows 上报 when the message asks about a raising rather than makes one. */
const ASKS_AFTER = /^(?:了|过|的)|^没有?(?:[?？吗]|$)|[?？吗么嘛]$|怎么样|咋样|进展|结果|回了|回复了|答复了|有没有/;

/** The dispute number in a message (YY-2026-0001, yy20260001, YY-2026-1), written out in full. */
export function disputeNoIn(text: string): string | null {
  return disputeNosIn(text)[0] ?? null;
}

/** Every dispute number in a message, in order, each once (「核实 YY-2026-0009、YY-2026-0010 都属实」). */
export function disputeNosIn(text: string): string[] {
  const numbers = [...text.matchAll(new RegExp(DISPUTE, 'gi'))].map(
    (match) => `YY-${match[1]}-${(match[2] ?? '').padStart(4, '0')}`,
  );
  return [...new Set(numbers)];
}
/** More dispute numbers after the first: 「YY-2026-0009和YY-2026-0010」. */
const MORE_DISPUTES = '(?:\\s*[、,，和及与跟/]?\\s*YY\\s*-?\\s*\\d{4}\\s*-?\\s*\\d{1,6})*';

/** An official's finding: 不属实 before 属实, since one contains the other. */
const VERDICT = '(情况)?(不属实|不实|不真实|虚假|没有去|没去|未到场|属实|真实|无误|确实去了|情况属实)';
const verdictOf = (word: string): 'VERIFIED' | 'REJECTED' =>
  /不|虚假|没有?去|未到场/.test(word) ? 'REJECTED' : 'VERIFIED';

/** What follows a verdict that takes it back to a guess or a part (「吧？我再问问」, 「但只能算1天」). */
/** A verdict said of the enterprise's objection (「企业异议属实」, 「企业反映的情况属实」), not of the record. */
const OF_THE_OBJECTION = /异议|反映|投诉|所说|说的|提的|意见/;
/** Words that the specialist was there, or was not. */
/** The specialist was there (「孙经理记错了」, 「那天老总亲自接待的陈老师」). */
const WAS_THERE =
  /(?:确实|其实|的确|是)(?:去|来|到)了|(?:去|来|到)了的|在厂里|在企业|在现场|签到表|有照片|照片为证|记错|搞错|弄错|接待(?:了|的)|见到了?|见过/;
/**
 * …or was not, or served from afar, which never counts (「是视频会议」, 「电话里讲的」); or the enterprise that objected
 * is said to be right (「覃总说得对」, 「孙经理说的没错」).
 */
const WAS_NOT_THERE =
  /没(?:有)?(?:去|来|到)|未(?:去|来|到)|不在(?:厂|企业|现场)|在.{1,6}(?:开会|上课|出差)|视频|电话|线上|远程|微信|腾讯会议|网上|网络会议|(?:说|讲)(?:得|的)(?:对|没错|在理)|没说错|(?:企业|他们|厂里)(?:是)?对的/;
/** A verdict the words after it deny: true but 没去, untrue but 去了的. */
export const contradicts = (verdict: 'VERIFIED' | 'REJECTED', said: string) =>
  verdict === 'VERIFIED' ? WAS_NOT_THERE.test(said) : WAS_THERE.test(said) && !WAS_NOT_THERE.test(said);

/** 「除了第3条」, 「3不对」, 「第3条有问题，」: numbers left out of what follows. */
const EXCEPT_THESE =
  '^(?:除了?|除去)?\\s*第?([\\d一二三四五六七八九][\\d\\s,，、和及与一二三四五六七八九]*)条?\\s*(?:以外|之外|除外|不对|有问题|有异议|不确认|先不确认|先不管)?\\s*[，,。；;\\s]*';
/** 「除了那个转让的」, 「除了17号那条」, 「政策宣讲那条不对，」: records named by words, left out of what follows. */
const EXCEPT_NAMED =
  '^(?:除了?|除去)\\s*(?:那个|那条|这个|这条)?\\s*([^，,。；;\\s第][^，,。；;\\s]{0,15}?)\\s*(?:的)?(?:那一?条|那一?个|那一?项|那次)?(?:以外|之外)?\\s*[，,。；;\\s]*';
/** 「其他都确认」, 「其余两条没问题」, 「剩下的都对」: group 1 is how many remain, when said. */
/** 「陈老师两次都来了 没毛病」, 「这三次都来过」: the teacher came each time a record waits for. */
const CAME_EACH_TIME = new RegExp(
  `^(?:[\\p{Script=Han}](?:${SPECIALIST_TITLE_WORDS}))?\\s*(?:这)?([两三四五六七八九\\d])\\s*(?:次|回|天)\\s*(?:都|全都|全)\\s*(?:来了|来过|在|到了)(?:的)?[，,\\s]*(?:没毛病|没问题|属实|对的|是对的)?${END}$`,
  'u',
);
/** 「陈老师那天确实来了」: the teacher came on the day the record waiting is of. */
const CAME_THAT_DAY = new RegExp(
  `^[\\p{Script=Han}](?:${SPECIALIST_TITLE_WORDS})\\s*(?:那天|当天|那次)?\\s*(?:确实|是)(?:来了|来过|到了)(?:的)?[，,\\s]*(?:没毛病|没问题|属实|对的)?${END}$`,
  'u',
);
/**
 * 「陈老师来了，不过我们领导不在」, 「陈老师昨天来过」: a teacher's coming told, not said right. It may be of today (he is
 * here now) as well as of a record: the records waiting are shown and asked about, none confirmed.
 */
const CAME_TOLD = new RegExp(
  `^[\\p{Script=Han}](?:${SPECIALIST_TITLE_WORDS})\\s*(?:${RECORD_DAY}|那天|当天|那次|上次)?\\s*(?:也)?(?:来了|来过了?|到了|过来了|来我们(?:这|这边|厂|厂里|公司|企业)了?)[的啊呀哈]?(?:[，,\\s]+(?:不过|但是?|只是|可是|就是)?\\s*([^。！!？?吗]*))?[.。!！~～]*$`,
  'u',
);
/**
 * What, said after the coming, makes it more than news of it: of the visit itself (how long, who, what was done: an
 * objection) or a request (「下次能不能提前说一声」) or a question (「来了几次」), each read as such instead.
 */
const MORE_THAN_THE_COMING =
  /没|不是|不对|只|就待|待了|才(?:到|来)|半天|小时|钟头|[一两三四五六七八九\d]\s*天|走了|早走|迟到|晚到|讲的|做的|干的|看的|搞的|别人|其他人|有问题|异议|能不能|能否|可不可以|麻烦|请|帮|下次|转告|几|多少|哪|什么|怎么|是不是|有没有/;
export const THE_REST_FINE = `(?:其他|其余|剩下|别的)的?(?:([\\d一二两三四五六七八九])条|几条|几个|记录)?\\s*(?:都|也|全部|全都)?\\s*(?:${FINE_SAID}|都对|对)`;

/** 「调试封口机那条」 after 「有异议」 names the record objected to: it gives no reason why. */
const ONLY_NAMES_A_RECORD =
  /^(?![^\s，,。；;]*[没不无假])[^\s，,。；;]{1,16}?(?:那一?条|这一?条|那个|这个|那次|那天的?)(?:记录)?[。.!！]*$/;
const reasonOnly = (words: string) => (ONLY_NAMES_A_RECORD.test(words) ? '' : words);

/** A score given in passing: 「打五星」, 「4分吧」 (never 「5分钟」). */
const SCORE_SAID = /(\d(?:\.\d)?|[一二两三四五])\s*(?:分|颗?星)(?![钟之])/g;
const RATES = /评价|评分|打分|打个?分|打.{0,2}星|给.{0,8}[分星]|[分星]吧/;
const RATED = /老师|教授|博士|特派员|评价/;

/**
 * 「陈老师很负责 给他打五星」, 「评价一下刘老师 4分吧」, 「改一下评价 给3分吧」: a teacher's service scored in passing, with
 * one score said; null when none or several are, or it asks (「给几分合适」).
 */
function looseRating(text: string): Command | null {
  if (!RATES.test(text) || !RATED.test(text) || /[?？吗]|几分|多少分|怎么/.test(text)) return null;
  const scores = [...text.matchAll(SCORE_SAID)];
  const [only] = scores;
  if (!only?.[1] || scores.length > 1) return null;
  const score = CN_SCORE[only[1]] ?? Number(only[1]);
  const comment = text
    .replace(only[0], ' ')
    .replace(
      /(?:改一下|重新)?(?:评价|评分|打分)(?:一下)?|(?:给他|给她|给)?(?:打|评)?(?=\s|$)|^给|[吧啦了]+(?=\s|$)/g,
      ' ',
    )
    .replace(/\s+/g, ' ')
    .trim();
  // Only whom it is for (「刘老师」) is no comment.
  return { name: 'rate', score, comment: /^[\u4e00-\u9fa5]{1,3}(?:老师|教授|博士)$/.test(comment) ? '' : comment };
}

/** Numbers that follow a first one: 「、6」, 「 6 7」, 「和第6条」. */
const MORE_NUMBERS = /^[、,，和及\s]*((?:第?\d{1,2}条?[、,，和及\s]+)*第?\d{1,2}条?)(?=$|[\s,，:：])/;

const NOT_FINAL = /^\s*[吧吗嘛呢?？]|[?？]|再问|再核|再查|还在(?:查|核|调|问)|待定|调监控|核实中|不确定/;

/** 「昨天那条确认」, 「今天的没问题」, 「陈老师昨天确实来了 没问题」: the record of a day found true. */
const CONFIRM_BY_DAY = new RegExp(
  `^(?:([\\u4e00-\\u9fa5]{1,3}?)(?:老师|教授|博士))?\\s*(${RECORD_DAY})(?:的|那条|那个|那次|这条)?\\s*(?:(?:确实|是|都)?(?:来了|来过|过来了|到了|在)\\s*[，,。\\s]*)?(?:都|也)?(?:${FINE_SAID})${END}$`,
);

/** 「菌种那个确认下」, 「菌种筛选那条是对的」: a record named by what was done (or its day and activity), found true. */
const RECORD_NAMED_FINE = new RegExp(
  `^(?!刚才|刚刚|上一|最近|前面)([^，,。；;\\s]{2,12}?)(?:那个|那条|那次|的那条|这条|这个)(?:记录)?\\s*(?:确认(?:一?下)?|${FINE_SAID})${END}$`,
);

/**
 * 「陈老师30号确实来了」, 「陈老师昨天确实来了，搞了一整天👍」: the record of a day found true by saying the teacher
 * came; a remark after it that takes anything back (「但只待了半天」, 「不过没讲完」) makes it no confirmation.
 */
const CAME_ON_DAY = new RegExp(
  `^(?:([\\u4e00-\\u9fa5]{1,3}?)(?:老师|教授|博士))?\\s*(${RECORD_DAY})(?:那天)?\\s*(?:确实|的确)(?:来了|来过|过来了|到了)(?:的)?(?:[，,。！!\\s]+(?![^，,。]*(?:但|不过|只|没|不|半天|少|晚|早走))[^，,。]{1,14})?${END}$`,
  'u',
);

const CN_SCORE: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5 };

const FIELD_WORDS: [AmendField, RegExp][] = [
  ['days', /天数|几天|时长|多少天|(?<![那哪当今昨前明这某])天/],
  ['date', /日期|时间|哪天|哪一天|那天/],
  ['type', /类型|类别|服务类型|种类/],
  // 「企业说得对 …改成1天」: what the enterprise said, not the enterprise to change to.
  ['enterprise', /(?:企业|公司|单位|厂)(?!说|讲|反映|认为|那边说)/],
  ['summary', /内容|摘要|备注|描述|做了什么/],
];

/**
 * What a change of plan or a message for someone else says (「麻烦转告企业 下周的培训改到周四」): no correction of a record
 * already made.
 */
const NOT_OF_A_RECORD = /转告|告诉|通知|跟.{0,6}说|下周|下个?月|明天|后天|下次|以后|到时候|计划|安排|打算/;

/** A visit's day moved before it was made: 「本来约的周三 后来改到上周五了」 (「本来报的一天 改成半天」 corrects a record). */
const PLAN_MOVED = /本来|原定|原计划|原本|原先|原来约|约的|约好/;
const MOVED_TO = /改到|推迟到|推到|挪到|换到|提前到|顺延到/;
/** A record already made, named: 「刚才那条本来写的一天 改成半天」 corrects it. */
const RECORD_NAMED = /那条|这条|刚才|刚刚|上一条|记录/;

/** 「礼拜一那条是半天」, 「23号那条应该算技术攻关」: what the record named is, said in a few words. */
const NAMED_IS =
  /那条(?:的?(?:天数|日期|类型|类别))?\s*(?:是|算|应该是|应该算)\s*(?:半天|[一两二三四五六七八九十\d.]+(?:个)?半?天|政策宣讲|战略规划|技术攻关|资源对接|典型示范)[。.!！]*$/;
/** The new value a correction gives, after 应该是/改成/是 and up to the end of the clause. */
const NEW_VALUE =
  /(?:应该是|应为|改成|改为|改到|其实是|是|为|(?:应该)?算(?=\s*(?:政策|战略|技术|资源|典型|半天|[一两\d])))\s*[:：,，]?\s*([^,，。]+?)\s*[。.!]*$/;

/** The field named nearest before the value (「一天 哦不对日期错了是上周四」: the date, not the days told first). */
function fieldIn(text: string): AmendField | null {
  let nearest: { field: AmendField; at: number } | null = null;
  for (const [field, words] of FIELD_WORDS) {
    const at = Math.max(...[...text.matchAll(new RegExp(words.source, 'g'))].map((m) => m.index ?? -1), -1);
    if (at >= 0 && (!nearest || at > nearest.at)) nearest = { field, at };
  }
  return nearest?.field ?? null;
}

/** Words that name a record or its field to change (「刚才那条」, 「昨天的」, 「天数」). */
const NAMES_A_RECORD_CHANGED =
  /刚才|刚刚|上一条|那条|这条|那个|这个|最近一条|记录|报的|的改|天数|日期|类型|类别|企业|内容/;
/** A day and being at work, told before the change: a visit reported, not a record corrected. */
const TELLS_A_VISIT_FIRST =
  /(?:\d{1,2}\s*[号日]|昨天|前天|今天|上周|(?:周|星期|礼拜)[一二三四五六日天])[\s\S]*?(?:在|去|到)[\s\S]{2,10}?(?:待|呆|搞|做|帮|调|讲|给)/;

/** Someone else said wrong (「是企业那边搞错了」, 「他们记错了」): no record of one's own corrected. */
const OTHERS_WRONG = /(?:企业那边|厂里|他们|对方|人家)(?:搞错|记错|弄错|说错)/;

/** 「改一下，天数应该是2天」, 「刚才那条日期写错了，是昨天」, 「天数改成两天」: the field and the new value. */
function naturalCorrection(text: string): { field: AmendField | null; value: string; also?: AmendChange[] } | null {
  if (OTHERS_WRONG.test(text)) return null;
  const correction = /(改一下|改成|改为|改到|更正|写错了|弄错了|搞错了|填错了|报错了|不对|应该是|应该算|应为|其实是)/;
  // 「礼拜一那条不是一天 是半天」 names the record by its day; of the record just made (「刚才那个不是…」) it is asked.
  const notButOfNamed = /那条/.test(text) && !/刚才|刚刚/.test(text) && NOT_X_BUT_Y.test(text);
  // 「礼拜一那条是半天」: a record named by its day, and what it is (days, a kind or a day; never a question).
  const isOfNamed = /那条/.test(text) && !/刚才|刚刚|[?？吗么]/.test(text) && NAMED_IS.test(text.trim());
  if (!correction.test(text) && !notButOfNamed && !isOfNamed) return null;
  if (!/(刚才|刚刚|上一条|那条|这条|最近一条|记录|天数|日期|类型|企业|内容|改)/.test(text)) return null;
  // 「那条不是一天 是半天」: what it is comes after what it is not.
  const value = (NOT_X_BUT_Y.exec(text)?.[2] ?? NEW_VALUE.exec(text)?.[1])?.trim();
  // 「是上午去的」 corrects what a record does not keep.
  if (!value || withoutTimeOfDay(value) === '') return null;
  const before = text.slice(0, text.lastIndexOf(value));
  // 「12月3号在龙城齿轮待了一天 帮他们把设备点检改成一天一次」: a visit told, and what was changed at it; no record named.
  if (!NAMES_A_RECORD_CHANGED.test(text) && TELLS_A_VISIT_FIRST.test(before)) return null;
  // A change of plan or words for someone else (「麻烦转告企业 下周的培训改到周四」), said before the value; a visit
  // moved before it was made (「本来约的周三 后来改到上周五了 在蓝湾食品待了半天」) is told, no record named.
  if (NOT_OF_A_RECORD.test(before) || (PLAN_MOVED.test(before) && MOVED_TO.test(text) && !RECORD_NAMED.test(text)))
    return null;
  const field = fieldIn(before);
  // Clause by clause when the clauses say which field each changes (「应该是山湖农机，不是龙城齿轮」: 山湖农机).
  const several = changesByClause(text);
  if (several.length === 0) return { field, value };
  const [first, ...also] = several as [AmendChange, ...AmendChange[]];
  return also.length > 0 ? { ...first, also } : first;
}

/** Clauses: at punctuation, or at a space before a field named (「是石韵新材 内容是…」). */
const CLAUSES = /[,，。；;！!]+|\s+(?=内容|天数|日期|类型|类别|企业|公司|时长)/;

/**
 * Each field a correction changes, clause by clause (「日期错了，应该是11月30号，天数是1天」): a value takes the field
 * named in its clause, or in the clause before it. Each field once, its last value.
 */
function changesByClause(text: string): AmendChange[] {
  const changes = new Map<AmendField, string>();
  let named: AmendField | null = null;
  // 「搞错了 是石韵新材 内容是看窑炉温控」: the value said first names no field; it is read from the value itself.
  let unnamed: string | null = null;
  for (const clause of text.split(CLAUSES).filter((c) => c.trim() !== '')) {
    // 「不是龙城齿轮」 says what it is not.
    if (/^\s*不是/.test(clause)) continue;
    const value = NEW_VALUE.exec(clause)?.[1]?.trim();
    const field: AmendField | null = fieldIn(value ? clause.slice(0, clause.lastIndexOf(value)) : clause) ?? named;
    if (value && field) {
      changes.set(field, value);
      named = null;
    } else {
      if (value && changes.size === 0) unnamed ??= value;
      named = field;
    }
  }
  const fielded = [...changes].map(([field, value]): AmendChange => ({ field, value }));
  return unnamed && fielded.length > 0 ? [{ field: null, value: unnamed }, ...fielded] : fielded;
}

const FIELD_NAMES: Record<string, AmendField> = {
  天数: 'days',
  天: 'days',
  时长: 'days',
  日期: 'date',
  时间: 'date',
  类型: 'type',
  类别: 'type',
  企业: 'enterprise',
  公司: 'enterprise',
  内容: 'summary',
  摘要: 'summary',
  备注: 'summary',
};

export const COMMANDS: CommandSpec[] = [
  {
    name: 'help',
    roles: 'anyone',
    parse(text) {
      if (
        new RegExp(
          `^(帮助|菜单|功能|功能菜单|help|使用说明|说明|怎么用|如何使用|有(什么|哪些)功能|(你|您)?(能|可以|会)(做|干|帮我?做?)(什么|啥|哪些事)|你是谁)${END}$`,
          'i',
        ).test(text)
      )
        return { name: 'help', topic: 'general' };
      // 「怎么上报工作办」 is a station raising feedback, not a specialist reporting a visit.
      if (new RegExp(`^(请问)?(怎么|如何|怎样|咋)(?:${TO_THE_OFFICE})`).test(text))
        return { name: 'help', topic: 'feedback' };
      if (/^(请问)?(怎么|如何|怎样|咋)(报备|填报|上报|报(一下)?(服务|走访)?|记录(服务|走访))/.test(text))
        return { name: 'help', topic: 'report' };
      if (/^(请问)?(怎么|如何|怎样|咋)(提交|提)?(反馈|提意见|投诉)/.test(text))
        return { name: 'help', topic: 'feedback' };
      if (/^(请问)?(怎么|如何|怎样|咋)(查看?|看)(进度|服务情况)/.test(text)) return { name: 'help', topic: 'progress' };
      return null;
    },
  },
  {
    name: 'bind',
    roles: 'anyone',
    parse(text) {
      const code = /^绑定\s*[:：]?\s*([A-Za-z0-9]{6,12})$/.exec(text)?.[1];
      return code ? { name: 'bind', code } : null;
    },
  },
  {
    name: 'confirm-undo',
    roles: ['SPECIALIST'],
    parse: (text) => (new RegExp(`^确认(撤销|撤回|删除)${END}$`).test(text) ? { name: 'confirm-undo' } : null),
  },
  {
    name: 'undo',
    // An enterprise contact undoes or corrects only an outcome they reported themselves.
    roles: ['SPECIALIST', 'ENTERPRISE_CONTACT'],
    parse: (text) =>
      new RegExp(
        `^(撤销|撤回|撤消|删除|删掉|删了)(一下)?(刚才|刚刚|上一条|最近一条|最新一条|最后一条)?(的|那条|这条)?(记录|报备)?${END}$`,
      ).test(text)
        ? { name: 'undo', ...undoneKind(text) }
        : null,
  },
  {
    name: 'amend',
    roles: ['SPECIALIST', 'ENTERPRISE_CONTACT'],
    parse(text) {
      const explicit =
        /^修改\s*(天数|天|时长|日期|时间|类型|类别|企业|公司|内容|摘要|备注)\s*[:：,，为成]?\s*(.+)$/.exec(text);
      if (explicit)
        return { name: 'amend', field: FIELD_NAMES[explicit[1] ?? ''] ?? null, value: valueMeant(explicit[2] ?? '') };
      // 「内容改一下：新产线调试和操作工培训」, 「天数改成半天」: the field first, then its new value.
      const fieldFirst =
        /^(天数|日期|类型|类别|企业|内容|摘要|备注)\s*(?:改一下|改下|改成|改为|要改成?|更正为)\s*[:：,，]?\s*(.+)$/.exec(
          text,
        );
      if (fieldFirst)
        return {
          name: 'amend',
          field: FIELD_NAMES[fieldFirst[1] ?? ''] ?? null,
          value: valueMeant(fieldFirst[2] ?? ''),
        };
      if (/^修改\s+\S/.test(text))
        return { name: 'amend', field: null, value: valueMeant(text.replace(/^修改\s*/, '')) };
      const natural = naturalCorrection(text);
      return natural
        ? {
            name: 'amend',
            ...natural,
            value: valueMeant(natural.value),
            ...(natural.also ? { also: natural.also.map((c) => ({ ...c, value: valueMeant(c.value) })) } : {}),
          }
        : null;
    },
  },
  {
    name: 'progress',
    roles: 'anyone',
    parse: (text) =>
      new RegExp(
        `^(我的|我们的|本市|全区|团队|我们团队的?)?(进度|服务情况|服务进度|完成情况)(怎么样|如何)?${END}$`,
      ).test(text)
        ? { name: 'progress' }
        : null,
  },
  {
    name: 'pending-visits',
    roles: ['ENTERPRISE_CONTACT'],
    parse: (text) =>
      // 「待确任」, 「待却认」: typed fast, as 确认 is in 「确任 1」.
      new RegExp(`^(有哪些|查看|看看)?待(?:确认|确任|却认|确人|缺认)(的)?(记录|服务记录)?(有哪些)?${END}$`).test(text)
        ? { name: 'pending-visits' }
        : null,
  },
  {
    name: 'confirm-visits',
    roles: ['ENTERPRISE_CONTACT'],
    parse(text) {
      const verbFirst = new RegExp(
        `^(全部|都|所有|一并)?\\s*(确认|却认|确人|确任|缺认|属实|确认无误)(全部|所有|都)?\\s*(第)?([\\d\\s,，、和与及一二三四五六七八九条到至~～-]*)${END}$`,
      ).exec(text);
      // 「3确认」, 「第3个也对」, 「2条没问题」.
      const numberFirst = new RegExp(
        `^(第)?([\\d\\s,，、和与及一二三四五六七八九条到至~～-]+)\\s*(?:个|条)?\\s*(都|也)?\\s*(?:是)?(${FINE_SAID}|对)${END}$`,
      ).exec(text);
      // 「除了第3条 其他全部确认」, 「3不对其他都对」: the rest of the list shown.
      const except = new RegExp(`${EXCEPT_THESE}${THE_REST_FINE}${END}$`).exec(text);
      const exceptList = except ? numberList(except[1] ?? '') : null;
      if (exceptList) return { name: 'confirm-visits', choices: null, all: true, except: exceptList };
      const named = new RegExp(`${EXCEPT_NAMED}${THE_REST_FINE}${END}$`).exec(text)?.[1];
      if (named) return { name: 'confirm-visits', choices: null, all: true, exceptNamed: named };
      const ofDay = CONFIRM_BY_DAY.exec(text) ??
        CAME_ON_DAY.exec(text) ?? [null, undefined, RECORD_NAMED_FINE.exec(text)?.[1]];
      // 「20号那个中科院对接的没有这回事 其他都对」 objects to what it names: no confirmation of it.
      if (ofDay?.[2] && (objects(ofDay[2]) || deniesTheRecord(ofDay[2]))) return null;
      if (ofDay?.[2])
        return {
          name: 'confirm-visits',
          choices: null,
          all: false,
          named: ofDay[2],
          ...(ofDay[1] ? { by: ofDay[1] } : {}),
        };
      // 「确认18号和19号的」, 「确认磨齿机那条」: the records named, each.
      const namedAfter = CONFIRM_THE_NAMED.exec(text)?.[1];
      if (namedAfter && !EVERY_RECORD.test(namedAfter) && !/几|哪|是不是|收到/.test(namedAfter))
        return {
          name: 'confirm-visits',
          choices: null,
          all: false,
          named: namedAfter
            .split(AND_THEN_NAMED)
            .map((part) => part.trim())
            .join('，'),
        };
      // 「陈老师两次都来了 没毛病」: every record waiting, as many as said; 「陈老师那天确实来了」: the one waiting (or
      // the list, to say which).
      // Whose records they are is said with them: only that teacher's are meant.
      const came = CAME_EACH_TIME.exec(text);
      const by = specialistsNamed(text)[0];
      if (came) {
        const count = came[1] ? numberList(came[1].replace('两', '2'))?.[0] : undefined;
        return { name: 'confirm-visits', choices: null, all: true, ...(count ? { count } : {}), ...(by ? { by } : {}) };
      }
      if (CAME_THAT_DAY.test(text)) return { name: 'confirm-visits', choices: null, all: false, ...(by ? { by } : {}) };
      const told = CAME_TOLD.exec(text);
      if (told && by && !MORE_THAN_THE_COMING.test(told[1] ?? ''))
        return { name: 'confirm-visits', choices: null, all: false, by, cameTold: true };
      // 「其余两条确认」, 「剩下的都确认」: all that still wait, as many as said.
      const rest = new RegExp(`^${THE_REST_FINE}${END}$`).exec(text);
      if (rest) {
        const count = rest[1] ? numberList(rest[1].replace('两', '2'))?.[0] : undefined;
        return { name: 'confirm-visits', choices: null, all: true, ...(count ? { count } : {}) };
      }
      if (verbFirst) {
        const listed = verbFirst[5]?.trim() ? numberList(verbFirst[5]) : null;
        if (verbFirst[5]?.trim() && !listed) return null;
        return { name: 'confirm-visits', choices: listed, all: Boolean(verbFirst[1] || verbFirst[3]) };
      }
      if (numberFirst) {
        const listed = numberList(numberFirst[2] ?? '');
        return listed ? { name: 'confirm-visits', choices: listed, all: false } : null;
      }
      // 「培训那25个人是真的，调试发酵罐也属实」: records named by what they are, each said to be right.
      const clauses = text
        .split(/[，,。；;！!]+/)
        .map((clause) => clause.trim())
        .filter(Boolean);
      const subjects = clauses.flatMap((clause) => {
        if (!FINE_AT_THE_END.test(clause)) return [''];
        const subject = clause.replace(FINE_AT_THE_END, '');
        // 「麻烦确认」, 「这个要怎么确认」: 确认 said of no record named.
        if (
          /确认(?:的|了|啊|吧)?$/.test(clause) &&
          (!NAMES_A_RECORD.test(subject) || SOMEONE_ELSE_CONFIRMS.test(subject))
        )
          return [''];
        return subject.split(AND_THEN_NAMED).map((one) => one.trim().replace(/(?:那个|那条|这个|这条|那次)$/, ''));
      });
      if (
        clauses.length > 0 &&
        subjects.every(
          (subject) =>
            subject.length >= 2 &&
            !JUST_AN_ACK.test(subject) &&
            !EVERY_RECORD.test(subject) &&
            !ONLY_A_PERSON.test(subject) &&
            !WHICH_ASKED.test(subject),
        ) &&
        !objects(text) &&
        !deniesTheRecord(text) &&
        !NO_RECORD.test(text)
      )
        return { name: 'confirm-visits', choices: null, all: false, named: subjects.join('，') };
      // 「2确认 1也确认」: numbers confirmed one after another.
      if (new RegExp(`^(?:${CONFIRMED_UNIT}[\\s,，。、]*){2,}${END}$`).test(text)) {
        const listed = [...text.matchAll(new RegExp(CONFIRMED_UNIT, 'g'))].flatMap((m) => numberList(m[1] ?? '') ?? []);
        return listed.length > 0 ? { name: 'confirm-visits', choices: [...new Set(listed)], all: false } : null;
      }
      return null;
    },
  },
  {
    name: 'dispute-visit',
    roles: ['ENTERPRISE_CONTACT'],
    parse(text) {
      const verbFirst =
        /^(有异议|不属实|异议)\s*(?:第?(\d{1,2})条?(?=$|[\s,，:：、和]))?\s*[:：,，]?\s*([\s\S]*)$/.exec(text);
      // 「异议怎么核实」 asks how, 「有异议的成果有哪些」 what is disputed; neither disputes anything.
      if (
        verbFirst &&
        !/^(?:(?:怎么|如何|咋)(?:核实|处理|提|办|弄|操作|写|撤)|是什么|是啥|的(?:成果|记录|服务|有))/.test(
          verbFirst[3] ?? '',
        ) &&
        // 「异议撤回」, 「异议不提了」: an objection taken back, never one raised.
        !WITHDRAWN_OBJECTION.test(verbFirst[3] ?? '')
      ) {
        // 「有异议 5 6 那两天…」, 「有异议 5、6 …」: the numbers after the first are disputed with it.
        const more = verbFirst[2] ? MORE_NUMBERS.exec(verbFirst[3] ?? '') : null;
        const also = more ? (more[1]?.match(/\d{1,2}/g) ?? []).map(Number) : [];
        return {
          name: 'dispute-visit',
          choice: verbFirst[2] ? Number(verbFirst[2]) : null,
          reason: reasonOnly((more ? (verbFirst[3] ?? '').slice(more[0].length) : (verbFirst[3] ?? '')).trim()),
          ...(also.length > 0 ? { also } : {}),
        };
      }
      // 「第1条有异议…」, 「第一条有异议，陈老师前天只待了半天」, 「2不对 那天陈老师没来」, 「3没来过」.
      const numberFirst =
        /^第?(\d{1,2}|[一二三四五六七八九十]{1,2})条?\s*(有异议|不属实|不对|有误|有问题|不准确|不真实|是假的|(?:人)?没(?:有)?来过?)\s*[:：,，]?\s*([\s\S]*)$/.exec(
          text,
        );
      const choice = numberFirst ? numberList(numberFirst[1] ?? '')?.[0] : undefined;
      if (numberFirst && choice !== undefined) {
        const rest = (numberFirst[3] ?? '').trim();
        // 「3没来过」 is its own reason.
        const reason = rest || (/没/.test(numberFirst[2] ?? '') ? (numberFirst[2] ?? '') : '');
        return { name: 'dispute-visit', choice, reason };
      }
      return null;
    },
  },
  {
    name: 'forward-question',
    roles: FILERS,
    parse: (text) =>
      new RegExp(`^(把这个问题)?转(为|成)?(政策)?反馈${END}$`).test(text) ? { name: 'forward-question' } : null,
  },
  {
    name: 'my-outcomes',
    roles: ['SPECIALIST', 'ENTERPRISE_CONTACT', 'CITY_OFFICIAL', 'REGION_OFFICIAL'],
    parse: (text) =>
      new RegExp(
        `^(?:查一下|查下|查看|看看|看下)?(?:我的|我们的|我报的|我报过的|我们报的|今年的?|本年度的?|今年我的)?(?:成果|成果记录|成果列表)(?:有哪些|都有哪些|记录)?${END}$|^(?:我|我们)?(?:今年)?报(?:过|了)哪些成果${END}$`,
      ).test(text)
        ? { name: 'my-outcomes' }
        : null,
  },
  {
    name: 'my-feedback',
    roles: 'anyone',
    parse: (text) =>
      new RegExp(
        `^(我的反馈|我们的反馈|反馈进度|反馈情况|我的反馈进度|反馈办得怎么样了|反馈处理得怎么样了)${END}$`,
      ).test(text)
        ? { name: 'my-feedback' }
        : null,
  },
  {
    name: 'todo',
    roles: OFFICIALS,
    parse: (text) =>
      new RegExp(
        `^(待办|我的待办|待处理|待处理反馈|待办反馈|待办事项|待核实|待核实(的)?异议|异议列表|有哪些异议|待处理(的)?异议)${END}$`,
      ).test(text)
        ? { name: 'todo' }
        : null,
  },
  {
    name: 'assessments',
    roles: ['CITY_OFFICIAL', 'REGION_OFFICIAL', 'SPECIALIST'],
    parse: (text) =>
      new RegExp(`^(本市|全区)?(年度)?(考核结果|考核情况|考核表|考核名单|考核)(怎么样|如何)?${END}$`).test(text)
        ? { name: 'assessments' }
        : null,
  },
  {
    name: 'digest',
    roles: OFFICIALS,
    parse: (text) =>
      new RegExp(`^(本周|这周|本月|这个月|最新)?的?(服务)?(简报|周报|月报)${END}$`).test(text)
        ? { name: 'digest' }
        : null,
  },
  {
    name: 'decide-assessment',
    roles: OFFICIALS,
    parse(text) {
      // 「确认考核 龙城齿轮」, 「龙城齿轮考核确认」: the computed result as it is.
      const confirm =
        /^(?:确认考核|考核确认)\s*[:：]?\s*(\S.{0,30}?)\s*$/.exec(text) ??
        /^(\S.{0,30}?)\s*(?:的)?(?:考核确认|考核结果确认|确认考核)\s*$/.exec(text);
      if (confirm?.[1]) return { name: 'decide-assessment', ref: confirm[1], score: null, grade: null, reason: '' };
      // 「考核 龙城齿轮 调整为 合格 原因」, 「龙城齿轮考核调整为85分，原因…」
      const adjust =
        /^(?:考核)?\s*(\S.{0,30}?)\s*(?:的)?(?:考核)?\s*(?:调整为|调整成|调为|改为|改成)\s*(\d{1,3}(?:\.\d)?)?\s*分?\s*(优秀|良好|不合格|合格)?\s*[,，:：;；。]?\s*(?:原因[:：]?)?\s*([\s\S]*)$/.exec(
          text,
        );
      if (adjust?.[1] && (adjust[2] || adjust[3]) && /考核/.test(text)) {
        return {
          name: 'decide-assessment',
          ref: adjust[1].replace(/^考核\s*/, ''),
          score: adjust[2] ? Number(adjust[2]) : null,
          grade: adjust[3] ?? null,
          reason: (adjust[4] ?? '').trim(),
        };
      }
      return null;
    },
  },
  {
    name: 'resolve-dispute',
    roles: OFFICIALS,
    parse(text) {
      // 「核实 YY-2026-0001 属实」, 「核实 YY-2026-0001 不属实，当天没到企业」, 「YY-2026-0001 核实属实」,
      // 「已核实 陈思远 12月1日 记录属实」: what is between the verb and the verdict says which visit.
      const verbFirst = new RegExp(
        `^(?:已经?|经)?核实(?:了|一下)?\\s*[:：,，]?\\s*([\\s\\S]{0,40}?)\\s*(?:的?(?:服务)?记录|的?情况)?\\s*[:：,，]?\\s*${VERDICT}\\s*[:：,，。；;]?\\s*([\\s\\S]*)$`,
        'i',
      ).exec(text);
      // 「YY-2026-0001 核实了，确实没去」: what was found may follow 了 and 确实.
      const numberFirst = new RegExp(
        `^(${DISPUTE}${MORE_DISPUTES})\\s*[:：,，]?\\s*(?:已经?|经)?(?:核实|核查|查)?(?:了|过了|过)?\\s*[:：,，。]?\\s*(?:确实|的确|经查)?\\s*(?:都|均|全部|两条都|几条都)?\\s*${VERDICT}\\s*[:：,，。；;]?\\s*([\\s\\S]*)$`,
        'i',
      ).exec(text);
      const [ref, word, reason] = verbFirst
        ? [verbFirst[1], verbFirst[3], verbFirst[4]]
        : numberFirst
          ? [numberFirst[1], numberFirst[5], numberFirst[6]]
          : [];
      if (ref === undefined || !word) return null;
      // 「企业异议属实」 finds the objection true, so the record untrue; 「属实，陈老师那天确实没去」 says both: neither
      // is read as a verdict on the record, and the station is asked plainly.
      const between = ref.replace(new RegExp(DISPUTE, 'i'), '');
      const verdict = verdictOf(word);
      // 「核实 YY-…9 属实 YY-…10 不属实 没来」: findings of several disputes in one message, each its own.
      if (disputeNosIn(reason ?? '').length > 0)
        return { name: 'resolve-dispute', ref: text, verdict: null, reason: text, ask: true };
      if (OF_THE_OBJECTION.test(between) || contradicts(verdict, `${between} ${reason ?? ''}`))
        return { name: 'resolve-dispute', ref: ref.trim(), verdict: null, reason: text, ask: true };
      // 「不属实吧？我再问问孙经理」, 「属实，但只能算1天」, 「只去了半天 其余属实」: no finding yet, or only part of one.
      const said = `${between} ${reason ?? ''}`;
      if (NOT_FINAL.test(reason ?? '') || PARTIAL_FINDING.test(said)) {
        const days = verdict === 'VERIFIED' ? daysFoundIn(said, true) : null;
        return {
          name: 'resolve-dispute',
          ref: ref.trim(),
          verdict: days ? 'VERIFIED' : null,
          reason: text,
          ask: true,
          days,
        };
      }
      return { name: 'resolve-dispute', ref: ref.trim(), verdict: verdictOf(word), reason: (reason ?? '').trim() };
    },
  },
  {
    name: 'act-on-feedback',
    roles: OFFICIALS,
    parse(text) {
      const verbs = '(回复|答复|处理中|受理|关闭|办结)';
      const verbFirst = new RegExp(`^${verbs}\\s*${TICKET}\\s*[:：,，]?\\s*([\\s\\S]*)$`, 'i').exec(text);
      const numberFirst = new RegExp(`^${TICKET}\\s*${verbs}\\s*[:：,，]?\\s*([\\s\\S]*)$`, 'i').exec(text);
      // 「FK-2026-0004 关了吧 钱已经到账了」, 「0005那个 先标记处理中」, 「FK-2026-0001 已经电话答复企业了，…」.
      const ownWords = new RegExp(
        `^${TICKET}[^，,。：:\\s]{0,8}?\\s*(?:这个|这条|那个|那条)?\\s*(?:可以|先|就)?(?:(关了|关掉|关闭|结了|办结)|(?:标记?|标个|设为|改成|改为)?(处理中)|(?:已经?)?(?:电话)?(?:答复|回复)(?:了)?(?:企业|他们)?(了))(?:吧|了|一下)?\\s*[:：,，。]?\\s*([\\s\\S]*)$`,
        'i',
      ).exec(text);
      const [verb, year, seq, rest] = verbFirst
        ? [verbFirst[1], verbFirst[2], verbFirst[3], verbFirst[4]]
        : numberFirst
          ? [numberFirst[3], numberFirst[1], numberFirst[2], numberFirst[4]]
          : ownWords
            ? [ownWords[3] ? '关闭' : ownWords[4] ? '处理中' : '回复', ownWords[1], ownWords[2], ownWords[6]]
            : [];
      if (!verb || !year || !seq) return actSaidOfATopic(text);
      const action = /回复|答复/.test(verb) ? 'reply' : /处理中|受理/.test(verb) ? 'progress' : 'close';
      return { name: 'act-on-feedback', action, ticketNo: ticketNumber(year, seq), text: (rest ?? '').trim() };
    },
  },
  {
    name: 'escalate-feedback',
    roles: ['CITY_OFFICIAL'],
    parse(text) {
      const verbFirst = new RegExp(`^(?:${ESCALATE})\\s*${TICKET}\\s*[:：,，]?\\s*([\\s\\S]*)$`, 'i').exec(text);
      const numberFirst = new RegExp(
        `^${TICKET}\\s*(?:这条|这个)?\\s*[:：,，]?\\s*(?:${ESCALATE})\\s*[:：,，。]?\\s*([\\s\\S]*)$`,
        'i',
      ).exec(text);
      const match = verbFirst ?? numberFirst;
      // 「FK-2026-0002 这个我们要问一下区里，先上报吧」: the raising said last, after why; confirmed before it is done.
      const saidLast = match
        ? null
        : new RegExp(
            `^${TICKET}\\s*(?:这条|这个)?\\s*([\\s\\S]*?)[，,。\\s]*(?:先|就|还是)?(?:${ESCALATE})(?:吧|一下|了吧)?[。.!！]*$`,
            'i',
          ).exec(text);
      if (saidLast?.[1] && saidLast[2])
        return {
          name: 'escalate-feedback',
          ticketNo: ticketNumber(saidLast[1], saidLast[2]),
          reason: (saidLast[3] ?? '').trim(),
          ask: true,
        };
      if (!match?.[1] || !match[2]) return null;
      const reason = (match[3] ?? '').trim();
      // 「FK-2026-0001 上报了吗」, 「…上报的那条怎么样了」 ask about a raising; they raise nothing.
      if (ASKS_AFTER.test(reason)) return null;
      return { name: 'escalate-feedback', ticketNo: ticketNumber(match[1], match[2]), reason };
    },
  },
  {
    name: 'withdraw-feedback',
    roles: ['ENTERPRISE_CONTACT', 'SPECIALIST'],
    parse(text) {
      // 「撤回 FK-2026-0001 已经办下来了」, 「FK-2026-0001 撤回」.
      const verbFirst = new RegExp(`^撤回\\s*${TICKET}\\s*[:：,，]?\\s*([\\s\\S]*)$`, 'i').exec(text);
      const numberFirst = new RegExp(`^${TICKET}\\s*撤回\\s*[:：,，]?\\s*([\\s\\S]*)$`, 'i').exec(text);
      const match = verbFirst ?? numberFirst;
      if (!match?.[1] || !match[2]) return null;
      return { name: 'withdraw-feedback', ticketNo: ticketNumber(match[1], match[2]), reason: (match[3] ?? '').trim() };
    },
  },
  {
    name: 'supplement-feedback',
    roles: ['ENTERPRISE_CONTACT', 'SPECIALIST'],
    parse(text) {
      // 「补充 FK-2026-0001 去年也是这样」, 「FK-2026-0001 补充一下：…」.
      const verbFirst = new RegExp(`^补充\\s*${TICKET}\\s*[:：,，]?\\s*([\\s\\S]*)$`, 'i').exec(text);
      const numberFirst = new RegExp(
        `^${TICKET}\\s*(?:再)?补充(?:一下|一点|一句|几句|说明|下)?\\s*[:：,，]?\\s*([\\s\\S]*)$`,
        'i',
      ).exec(text);
      const match = verbFirst ?? numberFirst;
      if (!match?.[1] || !match[2]) return null;
      return { name: 'supplement-feedback', ticketNo: ticketNumber(match[1], match[2]), text: (match[3] ?? '').trim() };
    },
  },
  {
    name: 'reopen-feedback',
    roles: ['ENTERPRISE_CONTACT'],
    parse(text) {
      const verbFirst = new RegExp(`^${DISSATISFIED}\\s*${TICKET}\\s*[:：,，]?\\s*([\\s\\S]*)$`, 'i').exec(text);
      // 「FK-2026-0001的答复我不满意 材料还是那么多」, 「对FK-2026-0001的回复不太满意」.
      const numberFirst = new RegExp(
        `^对?\\s*${TICKET}\\s*(?:的)?(?:答复|回复|处理结果|处理)?\\s*[:：,，]?\\s*(?:我们?|我司)?\\s*(?:还是|真的|实在)?\\s*${DISSATISFIED}[啊呀哦]?\\s*[:：,，。!！]?\\s*([\\s\\S]*)$`,
        'i',
      ).exec(text);
      const match = verbFirst ?? numberFirst;
      if (match?.[1] && match[2])
        return { name: 'reopen-feedback', ticketNo: ticketNumber(match[1], match[2]), reason: (match[3] ?? '').trim() };
      // 「你们这个答复等于没说 还是没简化啊」: the answer found wanting in own words; the words are the reason.
      if (ANSWER_FOUND_WANTING.test(text)) {
        const named = ticketNoIn(text);
        return { name: 'reopen-feedback', ticketNo: named, reason: text, ...(named ? {} : { ask: true }) };
      }
      // 「不满意 去了科技局 他们说还要等」: the answer is not enough, said without its number.
      const unnumbered =
        /^(?:对(?:这个|那个)?(?:答复|回复|处理结果|处理)?)?不满意(?:这个|那个)?(?:答复|回复|处理结果)?\s*[:：,，。!！]?\s*([\s\S]*)$/.exec(
          text,
        );
      return unnumbered ? { name: 'reopen-feedback', ticketNo: null, reason: (unnumbered[1] ?? '').trim() } : null;
    },
  },
  {
    name: 'rate',
    roles: ['ENTERPRISE_CONTACT'],
    parse(text) {
      const match =
        /^(?:评价|评分|打分)\s*(\d+(?:\.\d+)?|[一二两三四五])(?![下个次])\s*分?\s*[:：,，]?\s*([\s\S]*)$/.exec(text);
      // 「陈老师今年干得不错 打5分」, 「黄老师服务评价 4分吧 来得少了点」: the teacher's service scored in own words.
      const ownWords = match
        ? null
        : /^(?:给|帮)?((?:[\u4e00-\u9fa5]{1,3}(?:老师|教授|博士)|特派员)[^，,。]{0,14}?)[，,。\s]*(?:服务)?(?:评价|评分|打分|打个分|评个分|打|给|评)\s*[，,:：]?\s*(\d(?:\.\d)?|[一二两三四五])\s*分(?:吧|啦|了)?\s*[，,。:：]?\s*([\s\S]*)$/.exec(
            text,
          );
      const said = match ?? ownWords;
      if (!said?.[1]) return looseRating(text);
      const figure = match ? said[1] : (said[2] ?? '');
      const score = CN_SCORE[figure] ?? Number(figure);
      const comment = match ? (said[2] ?? '') : [said[1], said[3]].filter(Boolean).join('，');
      return { name: 'rate', score, comment: comment.trim() };
    },
  },
  {
    name: 'file-feedback',
    roles: FILERS,
    parse(text) {
      const behalf =
        /^(?:帮|替|代)([^\s:：,，]{0,20}?)(?:提交|提|提个)?(?:政策)?反馈(?:\s*[:：,，]\s*|\s+)([\s\S]+)$/.exec(text);
      if (behalf) {
        // 「帮龙城齿轮反馈」 names the enterprise; 「帮企业反馈」, 「帮忙反馈」, 「帮我们企业反馈」 do not.
        const name = (behalf[1] ?? '').replace(/^(忙|一下|我们|我)/, '').replace(/^(?:派驻)?企业$/, '');
        return { name: 'file-feedback', text: (behalf[2] ?? '').trim(), onBehalfOf: name || null };
      }
      const plain =
        /^(?:我要|我想|想)?(?:提交|提个|提)?(?:政策)?(?:反馈|意见)(?:一下|个问题)?(?:[:：,，\s]\s*([\s\S]*))?$/.exec(
          text,
        );
      if (plain) return { name: 'file-feedback', text: (plain[1] ?? '').trim(), onBehalfOf: null };
      const labelled =
        /^(建议|投诉)\s*[:：,，\s]\s*([\s\S]{2,})$/.exec(text) ?? /^(建议|投诉)([^\s:：,，][\s\S]{3,})$/.exec(text);
      // 「建议陈老师下次来的时候多带两个学生」 is for the specialist, not about a policy.
      const forTheSpecialist =
        /^建议\s*[\u4e00-\u9fa5]{1,3}?(?:老师|教授|博士)|^建议\s*(?:我们的)?(?:特派员|专家)(?:下次|再|多|来|过来|带)/.test(
          text,
        );
      if (labelled && !forTheSpecialist && !/[?？吗]$/.test(text))
        return { name: 'file-feedback', text: text.trim(), onBehalfOf: null };
      return null;
    },
  },
  {
    // Last of the ticket grammars: 「回复 FK-…」 or 「上报 FK-…」 are read before it.
    name: 'ticket-status',
    roles: 'anyone',
    parse(text) {
      const found = TICKET_ASKED_AFTER.exec(text) ?? TICKET_MATTER_ASKED_AFTER.exec(text);
      return found?.[1] && found[2] ? { name: 'ticket-status', ticketNo: ticketNumber(found[1], found[2]) } : null;
    },
  },
];

export interface ParsedCommand {
  command: Command;
  roles: CommandSpec['roles'];
}

/** Who may use a command ('anyone' as the list of every role that may). */
export function rolesOf(name: CommandName): readonly PersonRole[] {
  const roles = COMMANDS.find((spec) => spec.name === name)?.roles ?? [];
  return roles === 'anyone' ? ['SPECIALIST', 'ENTERPRISE_CONTACT', 'CITY_OFFICIAL', 'REGION_OFFICIAL', 'ADMIN'] : roles;
}

/** The first command whose grammar reads the text, with the roles allowed to use it. */
export function readCommand(text: string): ParsedCommand | null {
  for (const spec of COMMANDS) {
    const command = spec.parse(text);
    if (command) return { command, roles: spec.roles };
  }
  return null;
}
