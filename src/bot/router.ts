import { addDays, chineseDayLabel, type LocalDate, yearOf } from '../common/local-date.js';
import {
  putsOff,
  SELF_CORRECTION,
  saidInstead,
  takenBackAtTheEnd,
  unsure,
  valueMeant,
  waitsFirst,
} from '../common/said-instead.js';
import { feedbackItems } from '../domain/feedback/feedback-items.js';
import {
  admitsNoExactCount,
  amendedDraft,
  answerOutcomeQuestion,
  correctedWhileAsked,
  draftOf,
  type OutcomeDraft,
} from '../domain/outcomes/outcome-draft.js';
import { tellsSum } from '../domain/outcomes/outcome-figures.js';
import { type OutcomeReading, outcomeKindTold, readOutcome } from '../domain/outcomes/outcome-reading.js';
import { describeOutcome } from '../domain/outcomes/outcome-text.js';
import type { OutcomeKind } from '../domain/outcomes/types.js';
import { type Person, type PersonRole, VISIT_TYPE_LABELS } from '../domain/programme/types.js';
import { matchEnterprise } from '../domain/visits/enterprise-match.js';
import { classifyKind } from '../domain/visits/kind-classifier.js';
import { dayGiven, dayGuessed, findDates } from '../domain/visits/report-dates.js';
import { ASKS_ASIDE } from '../domain/visits/report-reading.js';
import { saidOver } from '../domain/visits/said-over.js';
import { givesRangeOfDays } from '../domain/visits/visit-days.js';
import type { Verdict } from '../domain/visits/visit-disputes.js';
import { type Posting, postingName } from '../domain/visits/visit-ledger.js';
import type { VisitDraft } from '../domain/visits/visit-report-service.js';
import type { InboundMessage } from '../platforms/contract.js';
import {
  type AmendField,
  type Command,
  type CommandName,
  contradicts as contradictsVerdict,
  disputeNoIn,
  NAMES_A_RECORD,
  outcomeFigureSaid,
  outcomeReferredTo,
  outcomeValueSaidAgain,
  plainAnswerTo,
  readCommand,
  rolesOf,
  ticketNoIn,
  undoneKind,
} from './commands.js';
import type { Pending, PendingOf } from './conversation.js';
import { FINE_SAID, intentOf, saysObjection, saysRecordFineAlone, saysYes, smallTalkOf } from './intents.js';
import { itemLeftOut, onlyAnnouncesFeedback, takesOfferBack } from './lexicon/feedback-words.js';
import { daysFoundIn, findingOf, type Intent } from './lexicon/intent-cues.js';
import { LEFT_TO_THE_BOT } from './lexicon/small-talk-words.js';
import { namesAnotherOutcome, recordMeant } from './record-meant.js';
import {
  END,
  monthsSaid,
  NAMES_A_DAY,
  NO,
  numberList,
  onlyEmoji,
  onlyMarks,
  routingText,
  ticketAfterVerb,
  ticketNumbersAsTyped,
  withFullTicketNumbers,
} from './text.js';
import { verdictsSaid } from './verdicts-said.js';
import {
  answerVisitQuestion,
  contradicts,
  correctedValue,
  correctionOf,
  correctionsOf,
  correctsOnlyTimeOfDay,
  dateSaidInstead,
  enterpriseSaidInstead,
  type Fragment,
  fragmentOf,
  isCompleteReport,
  likeTheLast,
  placeSaidInstead,
  type ReportReading,
  readReport,
  redatedReport,
  SAME_AS_BEFORE,
  someoneElseNamed,
  withFragment,
} from './visit-reading.js';

/** The person who sent the message, with what deciding needs of them (a specialist's postings). */
export interface Sender extends Person {
  postings: Posting[];
}

/** How a message answers the question the bot was waiting on. */
export type PendingAnswer =
  | { kind: 'cancel'; of: Pending['kind'] }
  /** `noted`: what the answer gave besides what was asked (「企业：石韵新材」), said back while the question stands. */
  | { kind: 'visit-draft'; draft: VisitDraft; postings: Posting[]; noted?: string[] }
  /** `noted`: what a change made of it; `unread`: a change that could not be read of it (「修改 金额 60万」 of a project). */
  | { kind: 'outcome-draft'; draft: OutcomeDraft; noted?: string; unread?: string }
  | { kind: 'feedback-yes'; text: string }
  | { kind: 'relay-yes'; pending: PendingOf<'relay-confirm'> }
  | { kind: 'feedback-no' }
  /** More words of the feedback offered for filing, said before 「是」: the offer again with them. */
  | { kind: 'feedback-more'; text: string }
  | { kind: 'feedback-enterprise'; text: string; enterpriseId: string }
  | { kind: 'feedback-text'; text: string }
  | { kind: 'dispute-reason'; choice: number | null; also: number[]; reason: string }
  | { kind: 'dispute-which'; choices: number[]; reason: string }
  | { kind: 'dispute-one'; id: string; reason: string }
  /** 「确认」 to 「回复「是」提出异议」: the record said right, so nothing is disputed (it still waits to be confirmed). */
  | { kind: 'dispute-declined' }
  | { kind: 'verdicts'; items: { id: string; reason: string | null }[] }
  | { kind: 'act-chosen'; ticketNo: string; action: 'reply' | 'progress' | 'close'; text: string }
  | { kind: 'undo-confirmed'; visitId: string }
  | { kind: 'undo-kept' }
  | { kind: 'resolve-reason'; disputeNo: string; reason: string }
  | { kind: 'dispute-withdrawn'; visitId: string }
  /** A reason given for 不属实 that says the visit happened: no finding is recorded. */
  | { kind: 'resolve-unclear'; disputeNo: string }
  | {
      kind: 'resolve-confirmed';
      disputeNo: string;
      verdict: Verdict;
      reason: string;
      days: number | null;
      also: { disputeNo: string; verdict: Verdict; reason: string }[];
    }
  | { kind: 'escalate-chosen'; ticketNo: string; reason: string }
  | { kind: 'reopen-chosen'; ticketNo: string; reason: string }
  /** `more`: the other tickets chosen with it (「两个都撤」). */
  | { kind: 'withdraw-chosen'; ticketNo: string; reason: string; more?: string[] }
  | { kind: 'supplement-chosen'; ticketNo: string; text: string }
  | { kind: 'amend-confirmed'; visitId: string; field: Fragment['field']; value: string; also: Fragment[] }
  /** The outcome someone else reported is this one (nothing stored), or another (stored as well). */
  | { kind: 'outcome-same'; earlier: string }
  | { kind: 'outcome-progressed'; applied: string; draft: OutcomeDraft }
  /** The half day was told of already (nothing stored), or is the day's other half (stored). */
  | { kind: 'visit-same'; earlier: string }
  | { kind: 'visit-other'; draft: VisitDraft }
  /** The days of a refused report still free, to be stored as the bot offered. */
  | { kind: 'visit-free'; drafts: VisitDraft[] }
  | { kind: 'outcome-other'; draft: OutcomeDraft };

export type SmallTalk = 'greeting' | 'thanks' | 'ack' | 'bye' | 'hold' | 'emoji' | 'unclear' | 'nothing-to-cancel';

/** What a message is, decided once. */
export type Decision =
  /** `aside`: a question asked after the answer (「一天 对了 顺便问下补助怎么发」), answered after it. */
  | { kind: 'answer'; answer: PendingAnswer; aside?: string }
  | { kind: 'command'; command: Command }
  | { kind: 'not-allowed'; command: CommandName; roles: readonly PersonRole[] }
  | {
      kind: 'report';
      reading: ReportReading;
      /** The report as read again, when the message gave the day of one just refused (「打错了 是前天」). */
      text?: string;
      /** An outcome the report also tells of (「…待了一天，专利也授权了」): recorded only when told on its own. */
      alsoOutcome?: OutcomeReading['kind'];
    }
  | { kind: 'outcome'; reading: OutcomeReading; text: string }
  /** A specialist's days, kind or date said alone with nothing pending (「半天」). */
  | { kind: 'fragment'; fragment: Fragment; text: string; correction?: boolean; also?: Fragment[] }
  /** 「上周五也是 半天」: another day like the report just made, offered to be recorded as it. */
  /** `whileAsked`: said while a report is asked about, which is not stored yet to be like (「上周四也是 半天」). */
  | { kind: 'like-last'; date: LocalDate; days: number | null; sameDays: boolean; whileAsked?: boolean }
  /** 「刚刚那条是上午的不是下午」: a correction of what a record does not keep. */
  | { kind: 'time-of-day-correction' }
  /** 「刚才那条企业写错了…」 right after a report was refused: that report was never stored, so nothing is changed. */
  | { kind: 'refused-not-changed' }
  /** 「内容补充一下：还帮他们培训了两个操作工」: more of what was done, added to the report just made. */
  | { kind: 'visit-content-added'; words: string }
  /** A visit or a record of someone else (「帮李明老师报一下…」): told who reports and changes it. */
  | { kind: 'someone-else'; who: string }
  | { kind: 'complaint'; text: string }
  /** Words for someone else (「陈老师能不能再来一趟」, 「帮我跟孙经理说一下…」): offered to be passed on. */
  | { kind: 'relay-offer'; text: string }
  /** An enterprise taking back its objection to a visit, or the specialist answering one, in their own words. */
  | { kind: 'dispute-withdrawal'; text: string }
  | { kind: 'dispute-account'; text: string }
  /**
   * How far the postings are, or what else about them is asked: `ending` when they end (「有没有快到期的派驻」),
   * `roster` who serves them (「玉林的特派员都有谁」), `records` the visits themselves (「我今年的服务记录」).
   */
  /** `aside`: a rule asked in the same message (「赵老师派驻到什么时候 到期了还能续吗」), answered after. */
  | { kind: 'progress-question'; text: string; asks?: PostingsAsked; aside?: string }
  | { kind: 'policy-question'; question: string }
  /** 「给工人做培训 这种算哪一类服务」: which of the five kinds an activity is reported as. */
  | { kind: 'kind-question'; activity: string }
  | { kind: 'small-talk'; what: SmallTalk }
  /** 「稍等，我查一下」 or 「好的」 while the bot waits for an answer: the question stays open. */
  /** `which`: a plain yes to a list, which says not which one. */
  | { kind: 'hold'; pending: Pending; which?: number }
  | { kind: 'image' }
  | { kind: 'location' }
  | { kind: 'non-text' }
  | { kind: 'event' }
  | { kind: 'unregistered'; bind: string | null; question: string | null };

export interface Routed {
  decision: Decision;
  /** A pending question this message left unanswered: it is dropped, and the reply says so. */
  abandoned: Pending | null;
  /**
   * A pending question this message left unanswered but did not replace (a question asked on the side, 「我的进度」,
   * 「谢谢」): it stays open after the answer, and the reply says so.
   */
  kept?: Pending;
  /** Another request after a whole command (「全部确认。另外反馈一下：…」): answered next, as a message of its own. */
  next?: string;
  /** With `next`: the words the decision was made on, without the request after them. */
  head?: string;
}

export type PostingsAsked = 'ending' | 'roster' | 'records';

/** 「等等 我先问下…」, 「稍等，先问一下：…」: what follows is a question put first, not an answer put off. */
/** A short answer with a question on the side after it (「一天 对了 顺便问下补助经费怎么发的」). */
/** Asking which kind of service something is (「这种算哪一类服务」, 「算啥类型」, 「属于哪类」). */
const KIND_ASKED =
  /[，,\s]*(?:这种|这个|这样|这)?(?:应该|一般)?(?:算|属于|归|记成|记为|报成|报)(?:哪一?类|哪种|什么类型?|啥类型?|哪个类型)(?:服务|类型)?[吗呢啊？?]*$/;

const ANSWER_THEN_ASIDE = new RegExp(
  `^(.{1,12}?)[，,。.；;！!\\s]*(?:(?:对了[，,\\s]*)?((?:${ASKS_ASIDE}).{2,})|对了[，,\\s]*((?=.*(?:[?？吗呢么]|几|多少|哪|啥|什么|怎么)).{2,})|((?:是不是|要不要|需不需要|用不用)(?=.*(?:还|要|需|得)).{2,}))$`,
);

const ASKS_FIRST = /^(?:等等|等一下|等下|稍等|先别急)[，,\s]*(?:我)?(?:先)?(?:问(?:一)?下|问问|问个事|请问)[，,\s:：]*/;

/** Yes, then a word that turns to something else (「是的 还有…」, 「好 另外…」): the answer, and another message. */
const YES_THEN_MORE =
  /^((?:是的?|对的?|好的?|嗯+|可以|行|没错)[。！!]?)[，,。\s]+(?:还有|另外|然后|顺便|对了|再就是)[，,：:\s]*(\S[\s\S]{3,})$/;

/** 「…不过那个项目…」, 「但是这条…」: a record named after a turn, the one the turn is about. */
const BUT_OF_A_RECORD = /(?:不过|但是|可是)[^。！!？?]{0,6}?(?:那个|那条|这个|这条|那次)/;

/**
 * The word asked about past midnight said again (「前天去漓江光电…」 re-sent): only the answers the question offers say
 * which day (「今天」 or 「昨天」 when 「今天」 was asked about; 「22号」 or 「23号」 otherwise).
 */
function saysSmallHoursWordAgain(text: string, word: '今天' | '昨天' | '前天'): boolean {
  if (word === '今天' && /^(?:是)?(?:今天|昨天)(?:的|吧|啊)?[。.!！~～]*$/.test(text.trim())) return false;
  return text.includes(word);
}

/** A record taken back, then reported again (「刚才那条删了 重新报：11月27号在漓江光电…」): both are done. */
const UNDONE_THEN_AGAIN =
  /^([\s\S]{2,16}?(?:删了|删掉|删除|撤销|撤回|不要了|作废|取消)(?:吧|了)?)[，,。；;！!\s]*(?:我)?(?:重新报|重报|重新报备|重新发|再报|重新来)(?:一下|一遍|一次)?[：:，,\s]*(\S[\s\S]{5,})$/;

/** The change a correction giving the enterprise instead makes (and what was done there, when said with it). */
function placeAmend(text: string, postings: Posting[]): Decision | null {
  const place = placeSaidInstead(text, postings);
  if (!place) return null;
  const also = place.summary ? { also: [{ field: 'summary' as const, value: place.summary }] } : {};
  return { kind: 'command', command: { name: 'amend', field: 'enterprise', value: place.enterprise, ...also } };
}

/** 「刚才那条删了」, 「这条不要了」: something taken back, named by no day (「20号那条删了」 names a record of its own). */
const takesBackWhatWasJustSaid = (text: string, role: PersonRole) =>
  intentOf('first', text, role) === 'undo' && !NAMES_A_DAY.test(text);

/** Questions that offer a record, or a change to one, not yet made. */
const RECORD_OFFERS: ReadonlySet<Pending['kind']> = new Set([
  'visit-same',
  'visit-free',
  'outcome-same',
  'amend-confirm',
]);

/** A request, then a question turned to (「…另外想问下我们是规上企业能申请派特派员吗」). */
const THEN_ASKS =
  /^([\s\S]{6,}?)[，,。；;\s]+(?:另外|还有|顺便|对了)[，,\s]*(?:我)?(?:想|还想)?(?:问|请问|咨询)(?:一?下|问)?[，,：:\s]*(\S[\s\S]{3,})$/;

/**
 * Who came, in another's words about a visit (a specialist, or someone come to the enterprise), or the sender's own
 * visit (「昨天去柳州龙城齿轮调研了一天」), which only specialists report.
 */
const TELLS_WHO_CAME =
  /老师|教授|博士|研究员|特派员|专家|团队|来我们|来厂|来公司|来企业|过来|(?:去|到)了?[^，,。]{0,12}?(?:调研|走访|服务|指导|考察|看了)|(?:[一两半]|\d(?:\.\d)?)\s*天/;

/** Commands that take no words after them, so what follows 「另外」 is another request. */
const WHOLE_COMMANDS: ReadonlySet<CommandName> = new Set([
  'confirm-visits',
  'pending-visits',
  'todo',
  'digest',
  'my-feedback',
  'my-outcomes',
  'progress',
  'assessments',
]);
/** A short first request, a stop, and a word that turns to another: 「全部确认。另外反馈一下：…」, 「待办\n还有…」. */
const THEN_MORE = /^(.{2,24}?)\s*[。！!；;，,\n]+\s*(?=(?:另外|还有|顺便|对了|再就是|还想|然后)[\s\S]{4,})/;

const TURNING = /^(?:另外|还有|顺便|对了|再就是|然后)(?:一?[个件]事儿?|一?个问题|一点)?[，,：:\s]*/;

/** A whole command followed by another request, each to be answered. */
function commandThenMore(text: string): { head: string; rest: string } | null {
  const found = THEN_MORE.exec(text);
  const head = found?.[1]?.trim();
  if (!found || !head) return null;
  const read = readCommand(head);
  // The turning word is no part of the request: 「另外反馈一下：…」 files as 「反馈一下：…」 does.
  const rest = text.slice(found[0].length).replace(TURNING, '').trim();
  return read && WHOLE_COMMANDS.has(read.command.name) && rest ? { head, rest } : null;
}

/** Commands that only show something: asked in the middle of a question, they leave it open. */
const LOOKUPS: ReadonlySet<CommandName> = new Set([
  'help',
  'progress',
  'pending-visits',
  'my-feedback',
  'my-outcomes',
  'ticket-status',
  'todo',
  'digest',
  'assessments',
]);

/** Whether a decision only answers or shows something, starting nothing that would replace a pending question. */
function onTheSide(decision: Decision): boolean {
  switch (decision.kind) {
    case 'policy-question':
    case 'kind-question':
    case 'progress-question':
    case 'small-talk':
    case 'not-allowed':
      return true;
    case 'command':
      return LOOKUPS.has(decision.command.name);
    default:
      return false;
  }
}

/** 「其他的」, 「其余」, 「剩下的」: all but the one being talked about. */
const THE_OTHERS = /其他|其它|其余|剩下|别的/;

export interface RouteInput {
  message: Pick<InboundMessage, 'kind' | 'text'>;
  sender: Sender | null;
  pending: Pending | null;
  today: LocalDate;
  /** A report just refused (「明天在…」): a day said instead (「打错了 是前天」) reads it again. */
  refused?: string | null;
}

const A_QUESTION_MARK = /[?？]|吗|呢/;
/** A report of a visit still to come (a plan, or a day not yet here). */
const stillToCome = (reading: ReportReading) => reading.draft.refusal === 'plan' || reading.draft.refusal === 'future';

/** Words that drop an objection being asked about (「算了 还是确认吧」, 「不提异议了」). */
const OBJECTION_DROPPED =
  /^(?:算了|那)?[，,\s]*(?:不提(?:异议)?了|不用提了?|还是确认)(?![\s\S]*(?:提吧|提异议|没来|不对|有异议|为什么))/;

/** 「会不会」, 「是不是」, 「有没有」: a question's own 不 and 没, which deny nothing. */
const EITHER_OR = /(\p{Script=Han})[不没]\1/gu;
/**
 * A question asked on the side (「提了异议会影响王老师的补贴吗？」, 「要写什么理由？」); 「那天陈老师根本没来，怎么报了一天？」,
 * 「怎么成了技术攻关？」, 「不是王老师来的吗」 object to what was reported.
 */
const asksOnly = (text: string): boolean =>
  A_QUESTION_MARK.test(text) &&
  !RECORD_QUESTIONED.test(text) &&
  !saysObjection(text) &&
  !/[没不错假无]/.test(text.replace(EITHER_OR, ''));
/** A question that doubts the record (「怎么成了技术攻关？」, 「算一天合适吗？」, 「这也算服务？」, 「来的是李老师吧？」). */
const RECORD_QUESTIONED = /怎么成了|怎么报|怎么算|算一天|算半天|也算|合适吗|来的是|才|只是|就是|其实/;
/** 「1 补贴没到账 2 审批有问题」: numbers heading points of their own, not records said right or wrong. */
const BARE_NUMBER_THEN_WORDS = /(?:^|\s)[\d一二三四五六七八九]{1,2}\s*[.、．]?\s+(?![\d一二三四五六七八九])\S/;

/** 「确实是45个人」, 「没错」: what was reported is said to be right. */
const SAYS_IT_IS_RIGHT = /确实|的确|没错|属实|是对的|是真的|没问题/;
/** 「27号那条对的」, 「20号那天陈老师确实来了」: a record named by its day, said right. */
const DAY_RECORD_RIGHT =
  /(?:\d{1,2}\s*[号日]|昨天|前天|(?:周|星期|礼拜)[一二三四五六日天])(?:那天)?的?(?:那条|那个|那次)?[^，,。？?]{0,12}?(?:是对的|对的|没错|属实|没问题|确实来了|确实去了)/;

/** Two months or days or more in one answer (「有3月有8月的 还有一个10月」). */
function severalDatesIn(text: string, today: LocalDate): boolean {
  const months = monthsSaid(text);
  const days = new Set(findDates(text, today).flatMap((date) => (date.value ? [date.value] : [])));
  return months.size > 1 || days.size > 1;
}

/** 「是 交上去吧 麻烦你们了」, 「对 就这样提交吧」: yes, with only how to send it or thanks after. */
const FILE_IT =
  /^(?:是的?|对的?|好的?|可以|行|嗯嗯?|确定|没错)[\s，,。!！~]*(?:(?:就这样|就这么|那就|麻烦)?(?:提交|交上去|交|提|转|报上去|发|上报)(?:吧|上去|了|一下)?|麻烦(?:你们|您)?了?|谢谢(?:你们|您)?|辛苦了?|[\s，,。!！~])*$/;
/** 「不用改 直接交上去就行」: no change, filed as it is. */
const FILE_IT_AS_IT_IS = /^(?:不用[^，,。\s]{0,3}[\s，,]*)?直接(?:交|提交|上报|报上去|发)/;
/** 「不是 不是反馈」, 「不是反馈 我就问问」: no, it is no feedback. */
const NOT_FEEDBACK = /^不是(?:[\s，,]*不是)?[\s，,]*(?:反馈|要反馈|投诉|要投诉|要提)/;
/** 「不用 我就问问」, 「不了，先自己问问」: no, then why. */
const NO_THEN_WHY =
  /^(?:不用|不要|不了|不必|算了|先不用|不提交|不用提交|不提了|不用提)(?:了|吧|啦)?[\s，,。!！~]+(?![^。！!]*(?:交|上报|转|报上去))\S/;

const CANCEL = new RegExp(
  `^(取消|算了|不报了|不用了|先不报了?|不要了|放弃|先不弄了|不弄了|没事了|不用报了|不需要了|先不用了?)(吧|了|啦)?.{0,6}${END}$`,
);
const GREETING =
  /^(你好|您好|你们好|hi|hello|嗨|哈喽|早上好|上午好|中午好|下午好|晚上好|早安|早|老师好|各位好|在吗|在不在|在么)[\s,，、.!。！~～?？]*/i;
/** No letter of any script: only digits, punctuation, symbols and spaces. */
const WORDLESS = /^[\p{N}\p{P}\p{S}\s]*$/u;
const QUESTION = /[?？]|吗|呢\s*$|什么|怎么|如何|哪|是否|能否|可否|还是/;
/**
 * The specialist says, at the start of the answer, that no visit took place (「我没去，是企业自己做的」, 「其实我没去成」,
 * 「取消了」, 「不是我去的」); 「我们没去多久」 is no such thing.
 */
const DID_NOT_GO =
  /^(?:不是[，,]?|没有[，,]?|其实)?(?:我|我们|那天)?(?:其实)?(?:没|没有|并没有?|没能)(?:去成?|到场|过去|参加|到企业)(?!多久|几天|多长|一会)|^(?:那天)?(?:临时)?取消了|^(?:是)?不是我(?:去|做|搞)的|^(?:是)?(?:企业|他们|厂里)自己(?:做|搞|弄|干)的/;

/** What a person may ask of the records themselves (progress, visits, postings, to-dos); not their tickets. */
const RECORD_LOOKUPS: ReadonlySet<Intent> = new Set([
  'progress',
  'postings-ending',
  'roster',
  'records',
  'pending-visits',
  'todo',
  'digest',
  'assessments',
]);
const asksAboutRecords = (text: string, role: PersonRole) =>
  [intentOf('first', text, role), intentOf('second', text, role)].some(
    (intent) => intent !== null && RECORD_LOOKUPS.has(intent),
  );

/** Yes said with the verb of what was asked (「报吧」, 「好，上报」, 「对，改吧」). */
const yesBy = (verbs: string) => new RegExp(`^(?:好的?|行|可以|嗯+|对|是的?)?[,，\\s]*(?:${verbs})(?:吧|一下)?${END}$`);
const RAISE_IT = yesBy('上报|报上去|报给工作办|报工作办|报');
const AMEND_IT = yesBy('修改|改掉|改过来|改');
const WITHDRAW_IT = yesBy('撤回|撤掉|撤了|撤|不要了|都撤回|都撤了|都撤');
/** 「发吧」, 「科长说可以，发吧」: yes to sending the answer read back, someone's say-so before it. */
const SEND_IT = new RegExp(
  `^(?:[^，,。]{0,12}?(?:说|同意了?)?(?:可以|行|没问题|同意)[，,。\\s]*)?(?:好的?|行|可以|嗯+|对|是的?)?[,，\\s]*(?:发|发送|发出去|发过去|发给(?:他们|企业)|答复|回复)(?:吧|一下|了吧)?${END}$`,
);

/** The items a reply to a numbered list names (「2」, 「第1条」, 「1、3」). */
const choicesIn = (text: string) => numberList(text.replace(/^第|条$/g, ''));

const allowed = (roles: readonly PersonRole[] | 'anyone', role: PersonRole) =>
  roles === 'anyone' || roles.includes(role);
const FEEDBACK_FILERS = rolesOf('file-feedback');
/** The words that only say a message is feedback (「反馈问题：」, 「想反映个情况，」): not part of what it says. */
const FEEDBACK_LEAD =
  /^(?:我想|想|我要|要)?(?:跟你们|给你们|向工作办|向区里|向上)?(?:反馈|反映)(?:一下|个|一个)?(?:问题|情况)?\s*[:：,，]\s*/;

function smallTalk(text: string): SmallTalk | null {
  const kind = smallTalkOf(text);
  if (kind) return kind;
  return GREETING.test(text) && text.replace(GREETING, '').trim() === '' ? 'greeting' : null;
}

/** A message saying in its own words what it wants of the bot (lexicon/intent-cues), as the decision it stands for. */
function intentDecision(intent: Intent, text: string, role: PersonRole, tier: 'first' | 'second'): Decision {
  const command = (c: Command): Decision => ({ kind: 'command', command: c });
  switch (intent) {
    case 'undo':
      return command({ name: 'undo', ...undoneKind(text) });
    case 'todo':
    case 'digest':
    case 'assessments':
    case 'pending-visits':
    case 'my-feedback':
      return command({ name: intent } as Command);
    case 'confirm-visits':
      // 「1234都确认 6有异议 还没交」: some confirmed and one objected to, read back record by record (never all confirmed).
      if (saysObjection(text)) return command({ name: 'dispute-visit', choice: null, reason: text, ask: true });
      // 「都没问题 不过那个国家级项目…」: the record named after 「不过」 is the one something is said of, never confirmed.
      if (BUT_OF_A_RECORD.test(text)) return command({ name: 'dispute-visit', choice: null, reason: text, ask: true });
      // 「3号跟4号那两天陈老师确实在，没问题」: the records named, never all that wait (「全部都对，谢谢老师」 is all).
      if (NAMES_A_RECORD.test(text)) return command({ name: 'confirm-visits', choices: null, all: false, named: text });
      return command({ name: 'confirm-visits', choices: null, all: /全|都|所有|这几条/.test(text) });
    case 'dispute-visit': {
      // 「第一条对，第二条不对 李老师那天没来」: the numbered record the objection follows, not one said to be fine.
      const numbered = [...text.matchAll(/第\s*([\d一二三四五六七八九]{1,2})\s*(?:条|个)\s*([^，,。；;\s]{0,6})/g)];
      // 「1 2 确认，3 不对 …」: a bare number the objection follows.
      const bare = [
        ...text.matchAll(
          /(?:^|[^\d第])(\d{1,2})\s*(?:条)?\s*(?:那个|那条|这个|这条)?\s*(?:的)?(?:金额|数量|件数|人数|日期|天数|时间|内容)?\s*(?:不对|有问题|有误|不属实|没来|没有来|有异议)/g,
        ),
      ];
      const objected = [...numbered.filter((m) => !FINE_AFTER.test(m[2] ?? '')), ...bare];
      const which = new Set(objected.map((m) => m[1])).size === 1 ? numberList(objected[0]?.[1] ?? '') : null;
      const choice = which?.length === 1 ? (which[0] ?? null) : null;
      // 「确认1，2有异议 那天陈老师没来」: the reason is what follows the number objected to.
      const [only] = bare.length === 1 && numbered.length === 0 ? bare : [];
      const after = only ? text.slice(only.index + only[0].length).replace(/^[\s，,：:。]+/, '') : '';
      return command({ name: 'dispute-visit', choice, reason: after.length >= 2 ? after : text, ask: true });
    }
    case 'help': {
      const topic = /好评|差评|打分|评分|评价/.test(text)
        ? 'rate'
        : /反馈|意见|建议/.test(text)
          ? 'feedback'
          : /报|走访|记录/.test(text)
            ? 'report'
            : /进度/.test(text)
              ? 'progress'
              : 'general';
      return command({ name: 'help', topic });
    }
    case 'feedback':
      // An enterprise's feedback said as such is filed; anything else is offered for filing first (a specialist files
      // for an enterprise). Officials handle feedback, not file it.
      if (!allowed(FEEDBACK_FILERS, role))
        return { kind: 'not-allowed', command: 'file-feedback', roles: FEEDBACK_FILERS };
      return tier === 'first' && role === 'ENTERPRISE_CONTACT'
        ? command({ name: 'file-feedback', text: text.replace(FEEDBACK_LEAD, '') || text, onBehalfOf: null })
        : { kind: 'complaint', text };
    case 'escalate':
      return command({ name: 'escalate-feedback', ticketNo: ticketNoIn(text), reason: text, ask: true });
    case 'withdraw-feedback':
      return command({ name: 'withdraw-feedback', ticketNo: ticketNoIn(text), reason: text, ask: true });
    case 'supplement-feedback':
      return command({ name: 'supplement-feedback', ticketNo: ticketNoIn(text), text, ask: true });
    case 'resolve-dispute': {
      const days = daysFoundIn(text);
      return command({
        name: 'resolve-dispute',
        ref: text,
        verdict: days ? 'VERIFIED' : findingOf(text),
        reason: text,
        ask: true,
        days,
      });
    }
    case 'progress':
      return { kind: 'progress-question', text };
    case 'postings-ending':
      return { kind: 'progress-question', text, asks: 'ending' };
    case 'roster':
    case 'records':
      return { kind: 'progress-question', text, asks: intent };
    case 'pass-on':
      return { kind: 'relay-offer', text };
    case 'withdraw-dispute':
      return { kind: 'dispute-withdrawal', text };
    case 'answer-dispute':
      return { kind: 'dispute-account', text };
    case 'outcomes':
      return command({ name: 'my-outcomes', asked: text });
  }
}

/** Yes or no to a question that reads something back before it is done: a command is a new message. */
function confirmed(
  text: string,
  command: Command | null,
  of: Pending['kind'],
  yes: () => PendingAnswer,
  alsoYes?: RegExp,
): PendingAnswer | null {
  if (command) return null;
  if (saysYes(text) || alsoYes?.test(text)) return yes();
  return NO.test(text) ? { kind: 'cancel', of } : null;
}

/** Words after 「第N条」 that find the record fine (「第一条对」, 「第一条没问题」). */
const FINE_AFTER = new RegExp(`^(?:是)?(?:${FINE_SAID}|对)(?!.*(?:不对|有问题|有异议))`);

/**
 * 「要记录其余的…吗」 answered by asking for the free days (「那今天的呢」, 「剩下那天记一下」, 「记吧」): yes. A new
 * report of those days says more than this and is read as one.
 */
const RELATIVE_DAYS: Record<string, number> = { 今天: 0, 昨天: -1, 前天: -2, 大前天: -3 };
const REST_DAY = '(?:(?:今|昨|前|大前)天|剩下|其余|其他|另外|没重叠|没记)(?:的|那(?:一|两|几)?天的?)?';
const REST_ASKED = new RegExp(
  `^(?:那|就|那就|好[，,]?)?(?:把?${REST_DAY}(?:呢|记(?:一下|上|吧|了吧)?|也记(?:一下|上)?吧?|帮我记(?:一下|上)?吧?)|(?:也|帮我)?记(?:一下|上)?(?:${REST_DAY})?吧?)[？?。！!~]*$`,
);

/** 「是同一项吗」 answered no: 「不是同一个」, 「另外一件」, 「两回事」. */
const ANOTHER_OUTCOME =
  /^(?:不是|不对|不|否)(?:的|啊)?[，,\s]*(?:同一|一个|一项|一件|一回事)|另(?:一|外)(?:一)?(?:个|项|件)|两回事|不一样|是新的|又一[个件项]/;
/** …or yes: 「同一个」, 「就是那个」, 「重复了」. */
const SAME_OUTCOME =
  /^(?:是|对|嗯|就是)?(?:的|啊)?[，,\s]*(?:同一(?:个|项|件|批|次)|一样的?|就是(?:那|这)(?:个|条|件|项|批)|重复了?|重了|一回事)/;
/** 「就是这条」, 「对 就这条 实际也就大半天」: yes, that record, with what is said after it. */
const THIS_ONE =
  /^(?:是|对|嗯+|没错)?(?:的|啊)?[，,\s]*(?:就是?|是)(?:这|那)(?:一)?(?:条|个)(?:吧|啊|呀)?(?:[，,。\s]+([\s\S]*))?$/;

/** Yes, then more words (「是的 日期不对」, 「嗯嗯 是这样」): group 1 the words after it. */
const YES_THEN_WHY = /^(?:是的?|对的?|对啊|嗯+|没错|是啊)[，,。!！\s]+(\S[\s\S]*)$/;
/** Not sure yet, after a yes (「嗯 我再想想」, 「是的 等…再说」, 「嗯 好像不是这条」). */
const HESITATES = /想想|再说|考虑|不提|算了|不是这|好像不是|不确定|不一定|先别/;
/** Words that only say yes again (「是这样」, 「就是这条」). */
const JUST_SO = /^(?:就是|是)?(?:这样|这条|这个|这么回事)(?:的|吧|啊)?[。.!！]*/;

/** 「是同一个半天吗」 answered no by naming the other half: 「另外半天」, 「下午又去了」, 「上午一次下午一次」. */
const OTHER_HALF =
  /另(?:外|一)(?:一)?(?:个)?半天|两个半天|(?:上午|下午|早上|晚上)(?:又|也|还|另外)|上午.*下午|下午.*上午/;

/** 「撤回」 said as an answer, and 「不撤」 said against it. */
const WITHDRAWS = /撤回|撤了|撤吧|撤销|收回/;
const WONT_WITHDRAW = /不撤|别撤|先不撤|不用撤|不要撤/;
/** 「算了不撤了」, 「先保留吧」: the objection stays. */
const KEEPS_THE_OBJECTION = /^(?:算了|那)?[，,\s]*(?:不撤|先不撤|别撤|不用撤|保留|先保留|还是等|等服务站)/;

/** Words of news said when (「今天」, 「刚才」): no outcome's name. */
/** A question said back (「…是吧？」, 「能算一次走访吗」), however it ends. */
const CHECKS_BACK = /[?？]|吗|呢\s*$|是吧|对吧|是不是|算不算|能不能|可不可以/;
/** A value, then a tag that only checks it (「一天，对吧」, 「上周三 是不是」). */
const ONLY_A_TAG =
  /^(?![^，,\s]*(?:要|需|得|算|每|一年))[^，,\s]{1,8}[，,\s]*(?:对吧|是吧|是不是|对不对|没错吧|对么|是么)[？?。.!！~]*$/;
/** What no project's name says: a question word. */
const NAME_ASKS = /[?？]|吗|呢|啥|咋|什么|怎么|多少|几[天次个件条]|哪/;
const TOLD_AS_NEWS = /今天|昨天|前天|刚才|刚刚|上周|这周|本周/;

/**
 * 「龙城齿轮的补贴什么时候发下来？」 while the enterprise is asked: a question, no answer; 「山湖农机，就是做什么播种机那家」
 * answers first.
 */
function asksBeforeAnswering(text: string, pending: PendingOf<'visit'>): boolean {
  const head = text.trim().split(/[，,。\s]/)[0] ?? '';
  const answered = head.length <= 8 && matchEnterprise(head, pending.postings).kind === 'found';
  return QUESTION.test(text) && text.length > 8 && !answered;
}

/** Whether the words name another of the specialist's enterprises than the one the outcome is of. */
function namesAnotherPosting(text: string, pending: PendingOf<'outcome'>): boolean {
  const match = matchEnterprise(text, pending.postings);
  return match.kind === 'found' && match.posting.assignmentId !== pending.draft.assignmentId;
}

/** What the message says to the pending question, or null when it does not answer it. */
function answerPending(
  pending: Pending,
  text: string,
  command: Command | null,
  today: LocalDate,
  role: PersonRole,
): PendingAnswer | null {
  if (CANCEL.test(text))
    return pending.kind === 'confirm-undo' ? { kind: 'undo-kept' } : { kind: 'cancel', of: pending.kind };
  // 「好的」, 「稍等」 or 「谢谢」 describes nothing: it is no activity, feedback text or reason.
  const chat = smallTalk(text) !== null;
  // 「刚才那条删了」 while a record or a change is offered: the offer is what was just said, never the record stored before
  // it (a record is deleted with 「撤销」 once nothing is asked).
  if (RECORD_OFFERS.has(pending.kind) && takesBackWhatWasJustSaid(text, role))
    return { kind: 'cancel', of: pending.kind };
  switch (pending.kind) {
    case 'visit': {
      // 「我没去，是企业自己做的」: there was no visit to record.
      if (command?.name === 'undo' || DID_NOT_GO.test(text)) return { kind: 'cancel', of: 'visit' };
      // 「石韵那条其实是去看了一下而已 算示范吧」 while 山湖农机's kind is asked: about another record, never this answer.
      if (namesAnotherRecord(text, pending)) return null;
      // 「前天去漓江光电…」 sent again when asked which day its 「前天」 is, past midnight: the same word, still not
      // known; asked again, never read as one of the two.
      const word = pending.draft.smallHoursWord;
      if (pending.missing === 'date' && pending.draft.smallHoursOf && word && saysSmallHoursWordAgain(text, word))
        return { kind: 'visit-draft', draft: pending.draft, postings: pending.postings };
      // 「刚才那条删了」, 「这条不要了」 while this report is asked about: this report, never the record stored before it.
      if (takesBackWhatWasJustSaid(text, role)) return { kind: 'cancel', of: 'visit' };
      // A report of another day or enterprise replaces this one; a complete report of the same visit adds to it (both
      // are decided as reports). A command or a question is not a description of the activity.
      // 「11月18号 融江电子 技术攻关一天 哦不对 是龙城齿轮…」: another day's visit told before what it takes back is a
      // report of its own, never a correction of this one.
      const retraction = SELF_CORRECTION.exec(text);
      const toldFirst = retraction?.index ? dayGiven(text.slice(0, retraction.index), today) : null;
      if (toldFirst && pending.draft.date && toldFirst !== pending.draft.date) return null;
      // 「日期写错了，是13号」 corrects the report being asked about, not the one stored before it.
      if (command?.name === 'amend') {
        let draft: VisitDraft | null = pending.draft;
        for (const change of [command, ...(command.also ?? [])])
          draft = draft && amendDraft(draft, change.field, change.value, pending, today);
        if (!draft) return null;
        // 「一天 哦不对日期错了是上周四」 while the days are asked: the answer before the correction stands too.
        const changed: (string | null)[] = [command.field, ...(command.also ?? []).map((c) => c.field)];
        const asked = pending.missing === 'activity' ? 'summary' : pending.missing;
        const answered = changed.includes(asked) ? null : answerVisitQuestion({ ...pending, draft }, text, today);
        return { kind: 'visit-draft', draft: answered ?? draft, postings: pending.postings };
      }
      // 「同上」: the same as what, the bot cannot tell for sure; the question is asked again, nothing guessed.
      if (SAME_AS_BEFORE.test(text.trim()))
        return { kind: 'visit-draft', draft: pending.draft, postings: pending.postings };
      // 「1-2天」 or 「两天吧可能三天」: asked again, never read as a date or a new report.
      // 「29还是30号来着」, 「不是周一就是周二」: which is not known, so nothing is taken.
      // 「随便吧 你看着填」: the bot does not choose for them; the question is asked again.
      // Unless it is another visit told in full (「应该是上周二吧 也可能是周三 去蓝湾讲了个…半天」): a report of its own.
      const another = readReport(text, today, pending.postings);
      // 「晚点去蓝湾食品调试冷库温控 半天」 tells a visit still to come: never this one's answer.
      if (another && stillToCome(another)) return null;
      const anotherVisit = another?.draft.activity === true && contradicts(another, pending.draft);
      if (
        pending.missing !== 'activity' &&
        !anotherVisit &&
        (unsure(text) ||
          givesRangeOfDays(text) ||
          LEAVES_IT_TO_THE_BOT.test(text) ||
          (pending.missing === 'date' && dayGuessed(text) && !putsOff(text)))
      )
        return { kind: 'visit-draft', draft: pending.draft, postings: pending.postings };
      // 「一会儿再说」, 「忘了」 put off saying what was done: the question stays open, nothing is stored as the activity.
      if (pending.missing === 'activity' && putsOff(text) && classifyKind(text).type === null) return null;
      const reading = readReport(text, today, pending.postings);
      // 「哦不对，是大前天去的，待了半天」 corrects it too: it is no new report. Another enterprise named is a new one.
      const elsewhere = reading?.gave.enterprise && reading.draft.assignmentId !== pending.draft.assignmentId;
      // 「不是昨天 是上周四」: the day said instead (read by the words that say which day is meant).
      const redated =
        pending.missing !== 'date' && !reading?.gave.enterprise
          ? dateSaidInstead(text, today, pending.draft, pending.postings)
          : null;
      // 「哦不对 是上周六 周五在学校上课」: only the day is corrected; why the other day was no visit is no report.
      const onlyTheDay = redated && !reading?.gave.days;
      if (reading && SELF_CORRECTION.test(text) && !elsewhere && !onlyTheDay)
        return { kind: 'visit-draft', draft: corrected(pending.draft, reading), postings: pending.postings };
      // 「哦对了是半天不是一天」 while another field is asked: the report being asked about changes, the question stands.
      const fix = correctionOf(text, today);
      if (fix && fix.field !== pending.missing) {
        const draft = withFragment(pending.draft, fix);
        return { kind: 'visit-draft', draft, postings: pending.postings, noted: notedBesides(pending, draft) };
      }
      // 「不是昨天 是上周四 一天」 while the days are asked: the day changes, and what else it says answers the question.
      if (redated) {
        const days = daysAskedAgain(pending.draft, reading?.gave.days ?? false) ? { days: null } : {};
        const moved = { ...pending, draft: { ...pending.draft, date: redated, ...days } };
        const draft = answerVisitQuestion(moved, text, today) ?? moved.draft;
        return { kind: 'visit-draft', draft, postings: pending.postings, noted: notedBesides(pending, draft) };
      }
      if (reading && (contradicts(reading, pending.draft) || isCompleteReport(reading))) return null;
      // A question is no answer to what was done, nor to which kind it was (「补贴怎么发」 is no 政策宣讲); nor is a look at
      // the records (「我的服务记录」, 「上个月的服务明细」).
      if (
        (pending.missing === 'activity' || pending.missing === 'type') &&
        (command || chat || QUESTION.test(text) || asksAboutRecords(text, role))
      )
        return null;
      // 「今年我在石韵新材服务了多少天」 while the enterprise is asked: a look at the records, never the answer.
      if (pending.missing === 'enterprise' && (asksAboutRecords(text, role) || asksBeforeAnswering(text, pending)))
        return null;
      // 「半天也算一次吗？」, 「一年要30天是吧？」 while the days are asked: a question on the side, never the days.
      // 「一天，对吧」, 「上周三 是不是」: the answer, with a tag that only checks it.
      if (
        (pending.missing === 'days' || pending.missing === 'date') &&
        CHECKS_BACK.test(text) &&
        !ONLY_A_TAG.test(text)
      )
        return null;
      const draft = answerVisitQuestion(pending, text, today);
      if (draft) return { kind: 'visit-draft', draft, postings: pending.postings, noted: notedBesides(pending, draft) };
      // 「半天吧」 while the kind is asked, 「技术攻关」 while the days are: what was said is kept, the question stands.
      const besides = fragmentOf(text, today);
      if (!besides || besides.field === pending.missing) return null;
      const told = withFragment(pending.draft, besides);
      return { kind: 'visit-draft', draft: told, postings: pending.postings, noted: notedBesides(pending, told) };
    }
    case 'outcome': {
      if (command?.name === 'undo') return { kind: 'cancel', of: 'outcome' };
      // 「修改 数量 3」 while an outcome is asked about changes this one, never the one stored before it.
      if (command?.name === 'amend') {
        const amended = amendedDraft(pending.draft, command.value, today, pending.postings);
        return {
          kind: 'outcome-draft',
          draft: amended ?? pending.draft,
          ...(amended ? { noted: describeOutcome(amended) } : { unread: command.value }),
        };
      }
      // 「哦不对，是实用新型」 while the date is asked takes back the kind told before; the date stays asked.
      const corrected = correctedWhileAsked(pending.draft, pending.missing, text, today, pending.postings);
      if (corrected && !command) return { kind: 'outcome-draft', draft: corrected, noted: describeOutcome(corrected) };
      // 「金额不对，是45万」: a figure said instead, read as 「修改」 reads it; the question stays open.
      const instead =
        !command && (SELF_CORRECTION.test(text) || /^\s*不是/.test(text))
          ? amendedDraft(pending.draft, valueMeant(saidInstead(text)), today, pending.postings)
          : null;
      if (instead) return { kind: 'outcome-draft', draft: instead, noted: describeOutcome(instead) };
      // 「叫耐高温菌种选育 哦不对 是耐酸菌种选育与应用」: the name said last is the name.
      if (pending.missing === 'title' && !command && SELF_CORRECTION.test(text)) {
        const named = answerOutcomeQuestion(pending.draft, 'title', saidInstead(text), today, pending.postings);
        if (named && !SELF_CORRECTION.test(named.title ?? '')) return { kind: 'outcome-draft', draft: named };
      }
      // Another outcome, a command, a question, small talk (「稍等」, 「谢谢」), an answer put off (「等我问问他们办公室」) or
      // a visit's report (「11月26号在蓝湾食品做虾仁保水工艺试验 一天」: it gives service days) is no answer: never a
      // project's name or the outcome's date.
      const otherKind = outcomeKindTold(text);
      if (
        command ||
        readReport(text, today, pending.postings)?.gave.days ||
        chat ||
        (putsOff(text) && !(pending.missing === 'quantity' && admitsNoExactCount(text))) ||
        QUESTION.test(text) ||
        // 「齿轮箱降噪那个项目其实是自治区级的」 while 淬火炉智能温控改造's level is asked: said of another project.
        namesAnotherOutcome(text, pending.draft.title ?? null, []) ||
        // 「补助啥时候发啊」, 「今年还差几天」 while a name is asked: a question, never the name.
        (pending.missing === 'title' && NAME_ASKS.test(text)) ||
        readOutcome(text, today, pending.postings) ||
        (otherKind !== null && otherKind !== pending.draft.kind) ||
        // 「石韵新材高企认定今天通过公示了」 while a project at 山湖农机 is asked its name: news of another, no name.
        (pending.missing === 'title' && (namesAnotherPosting(text, pending) || TOLD_AS_NEWS.test(text)))
      )
        return null;
      // 「有3月有8月的 还有一个10月」 for 3 patents: one record keeps one date, so none is taken for all of them.
      if (pending.missing === 'date' && severalDatesIn(text, today))
        return { kind: 'outcome-draft', draft: pending.draft, unread: text };
      // 「项目经费其实是60万」 while a project's name is asked: a sum it has no place for, never its name.
      if (pending.draft.kind !== 'TRANSFER' && tellsSum(text))
        return { kind: 'outcome-draft', draft: pending.draft, unread: text };
      const draft = answerOutcomeQuestion(pending.draft, pending.missing, text, today, pending.postings);
      return draft ? { kind: 'outcome-draft', draft } : null;
    }
    case 'visit-free': {
      // 「那昨天的呢」 when yesterday is not among the days offered asks about something else.
      const day = RELATIVE_DAYS[/大前天|前天|昨天|今天/.exec(text)?.[0] ?? ''];
      const offered = (date: LocalDate) =>
        pending.drafts.some((d) => d.date !== null && d.date <= date && date < addDays(d.date, Math.ceil(d.days ?? 1)));
      if (day !== undefined && REST_ASKED.test(text) && !offered(addDays(today, day))) return null;
      return confirmed(text, command, pending.kind, () => ({ kind: 'visit-free', drafts: pending.drafts }), REST_ASKED);
    }
    case 'visit-same':
      if (command) return null;
      if (ANOTHER_OUTCOME.test(text) || OTHER_HALF.test(text) || NO.test(text))
        return { kind: 'visit-other', draft: pending.draft };
      if (SAME_OUTCOME.test(text) || saysYes(text)) return { kind: 'visit-same', earlier: pending.earlier };
      return null;
    case 'outcome-same':
      if (command) return null;
      // 「不是同一个」 before 「同一个」.
      if (ANOTHER_OUTCOME.test(text) || NO.test(text)) return { kind: 'outcome-other', draft: pending.draft };
      if (SAME_OUTCOME.test(text) || saysYes(text))
        return pending.applied
          ? { kind: 'outcome-progressed', applied: pending.applied, draft: pending.draft }
          : { kind: 'outcome-same', earlier: pending.earlier };
      return null;
    case 'feedback-confirm': {
      if (saysYes(text) || FILE_IT.test(text) || FILE_IT_AS_IT_IS.test(text))
        return { kind: 'feedback-yes', text: pending.text };
      if (NO.test(text) || NO_THEN_WHY.test(text) || NOT_FEEDBACK.test(text)) return { kind: 'feedback-no' };
      // 「第二个不用提了 撤了吧」: that item left out, the rest offered again; 「不用麻烦了 自己解决了」: nothing filed.
      const drop = itemLeftOut(text);
      const items = feedbackItems(pending.text);
      if (drop !== null && drop >= 1 && drop <= items.length && items.length > 1) {
        const rest = items.filter((_, i) => i !== drop - 1);
        const text = rest.length === 1 ? (rest[0] ?? '') : rest.map((item, i) => `${i + 1}.${item}`).join('；');
        return { kind: 'feedback-more', text };
      }
      if (takesOfferBack(text) && !command) return { kind: 'feedback-no' };
      // 「去年8月交的材料 市里说等区里拨款」 before 「是」: more of the same problem, added to it and asked again.
      if (
        role === 'ENTERPRISE_CONTACT' &&
        !command &&
        !chat &&
        !QUESTION.test(text) &&
        text.trim().length >= 6 &&
        !asksAboutRecords(text, role)
      )
        return { kind: 'feedback-more', text: `${pending.text}\n${text.trim()}` };
      return null;
    }
    case 'relay-confirm':
      return confirmed(text, command, pending.kind, () => ({ kind: 'relay-yes', pending }));
    case 'feedback-enterprise': {
      const number = /^\s*(\d{1,2})\s*$/.exec(text);
      const name = text.trim();
      const posting = number
        ? pending.postings[Number(number[1]) - 1]
        : pending.postings.find(
            (p) =>
              p.shortName === name ||
              p.enterpriseName === name ||
              (name.length >= 2 && (p.shortName ?? p.enterpriseName).includes(name)),
          );
      return posting ? { kind: 'feedback-enterprise', text: pending.text, enterpriseId: posting.enterpriseId } : null;
    }
    case 'feedback-text':
      // A question about the programme's own records (「陈老师这个月来了几次」, 「我上次反馈的有结果了吗」) is answered, the
      // feedback still asked for; a question about a policy (「奖补资金什么时候能拨下来」) is the feedback.
      if (asksAboutRecords(text, role)) return null;
      // 「稍等 我组织下语言」: the feedback is still to come.
      return command || chat || waitsFirst(text) || text.length < 4 ? null : { kind: 'feedback-text', text };
    case 'dispute-reason':
      // 「有异议 原因」 after 「有异议」: the same dispute, now with its reason.
      if (command?.name === 'dispute-visit' && command.reason)
        return {
          kind: 'dispute-reason',
          choice: command.choice ?? pending.choice,
          also: command.choice === null ? pending.also : (command.also ?? []),
          reason: command.reason,
        };
      // 「稍等 我问问车间主任」: the reason is still to come, never the reason itself. 「提了异议会影响王老师的补贴吗？」
      // asks on the side; 「那天陈老师根本没来，怎么报了一天？」 is a reason put as a question.
      return command || chat || waitsFirst(text) || asksOnly(text)
        ? null
        : { kind: 'dispute-reason', choice: pending.choice, also: pending.also, reason: text };
    case 'verdicts':
      if (saysYes(text)) return { kind: 'verdicts', items: pending.items };
      return NO.test(text) ? { kind: 'cancel', of: 'verdicts' } : null;
    case 'dispute-which': {
      // 「确认」, 「没问题」 when asked whether to object say the record is right: never yes to objecting.
      // 「算了 还是确认吧，差不多」, 「不提异议了，确认」: no objection after all.
      if (saysRecordFineAlone(text) || OBJECTION_DROPPED.test(text)) return { kind: 'dispute-declined' };
      if (pending.only && saysYes(text)) return { kind: 'dispute-one', id: pending.only, reason: pending.reason };
      const thisOne = pending.only ? THIS_ONE.exec(text.trim()) : null;
      if (pending.only && thisOne) {
        const more = thisOne[1]?.trim();
        return { kind: 'dispute-one', id: pending.only, reason: more ? `${pending.reason} ${more}` : pending.reason };
      }
      // 「是的 日期不对」, 「嗯嗯 是这样」: yes, with more of why (the words kept with the reason).
      const yesThen = pending.only ? YES_THEN_WHY.exec(text.trim()) : null;
      if (pending.only && yesThen) {
        const more = (yesThen[1] ?? '').replace(JUST_SO, '').trim();
        // 「是的 等我问问车间主任再说」, 「嗯 我再想想」, 「嗯 算了 不提了」: no yes to objecting; left to what follows.
        const holds = QUESTION.test(more) || putsOff(more) || OBJECTION_DROPPED.test(more) || HESITATES.test(more);
        if (!holds)
          return { kind: 'dispute-one', id: pending.only, reason: more ? `${pending.reason} ${more}` : pending.reason };
      }
      if (pending.only && NO.test(text)) return { kind: 'cancel', of: 'dispute-which' };
      const choices = choicesIn(text);
      return choices ? { kind: 'dispute-which', choices, reason: pending.reason } : null;
    }
    case 'resolve-reason':
      // 「核实 YY-… 不属实 原因」 typed in full is the command itself.
      if (command || chat || text.length < 2) return null;
      // 「等下 我打个电话问问」 puts the reason off; 「南宁的进度呢」 asks something else on the side: neither is the reason.
      if (waitsFirst(text) || (QUESTION.test(text) && intentOf('second', text, role) !== null)) return null;
      // 「企业说错了，刘老师那天其实来了」 is no reason for 不属实: it finds the visit true, so the station is asked plainly.
      if (contradictsVerdict('REJECTED', text)) return { kind: 'resolve-unclear', disputeNo: pending.disputeNo };
      return { kind: 'resolve-reason', disputeNo: pending.disputeNo, reason: text };
    case 'dispute-withdraw':
      // 「好的撤回」, 「撤回吧 不用等服务站查了」 take it back; 「算了不撤了，等服务站查吧」 keeps it.
      if (!command && WITHDRAWS.test(text) && !WONT_WITHDRAW.test(text))
        return { kind: 'dispute-withdrawn', visitId: pending.visitId };
      if (!command && KEEPS_THE_OBJECTION.test(text)) return { kind: 'cancel', of: pending.kind };
      return confirmed(text, command, pending.kind, () => ({ kind: 'dispute-withdrawn', visitId: pending.visitId }));
    case 'resolve-confirm':
      return confirmed(text, command, pending.kind, () => ({
        kind: 'resolve-confirmed',
        disputeNo: pending.disputeNo,
        verdict: pending.verdict,
        reason: pending.reason,
        days: pending.days,
        also: pending.also,
      }));
    case 'confirm-undo':
      if (command?.name === 'confirm-undo' || saysYes(text))
        return { kind: 'undo-confirmed', visitId: pending.visitId };
      if (NO.test(text)) return { kind: 'undo-kept' };
      return null;
    case 'amend-confirm':
      return confirmed(
        text,
        command,
        pending.kind,
        () => ({
          kind: 'amend-confirmed',
          visitId: pending.visitId,
          field: pending.field,
          value: pending.value,
          also: pending.also ?? [],
        }),
        AMEND_IT,
      );
    case 'withdraw': {
      // 「两个都撤」, 「1和2」, 「都撤了吧」 when several are listed: each one meant, none left out.
      const several = pending.tickets.length > 1 && !command ? ticketsAllOrSeveral(pending.tickets, text) : null;
      if (several?.[0])
        return { kind: 'withdraw-chosen', ticketNo: several[0], more: several.slice(1), reason: pending.reason };
      return ticketChosen(
        pending,
        text,
        command,
        (ticketNo) => ({ kind: 'withdraw-chosen', ticketNo, reason: pending.reason }),
        WITHDRAW_IT,
      );
    }
    case 'supplement':
      // Asked what to add: the words sent are it. Asked which ticket: the choice, with the words said before.
      if (pending.text === '' && pending.tickets.length === 1)
        return command || text.trim().length < 2
          ? null
          : { kind: 'supplement-chosen', ticketNo: pending.tickets[0] ?? '', text };
      return ticketChosen(pending, text, command, (ticketNo) => ({
        kind: 'supplement-chosen',
        ticketNo,
        text: pending.text,
      }));
    case 'reopen': {
      // 「对 还是没人管」: yes, with more of why.
      const yesThen = /^(?:是|是的|对|对的|对啊|嗯|嗯嗯|没错)[，,。\s:：]+(\S[\s\S]{1,})$/.exec(text.trim());
      const chosen = (reason: string): PendingAnswer => ({ kind: 'reopen-chosen', ticketNo: pending.ticketNo, reason });
      if (command) return null;
      if (yesThen?.[1]) return chosen(`${pending.reason}；${yesThen[1].trim()}`);
      if (saysYes(text)) return chosen(pending.reason);
      return NO.test(text) ? { kind: 'cancel', of: 'reopen' } : null;
    }
    case 'reopen-reason':
      // 「说了好几次月底到账了，每次都没到」: why the answer falls short, never new feedback. 「稍等」 is no reason.
      if (command || chat || waitsFirst(text) || NO.test(text) || text.trim().length < 2) return null;
      // 「赵老师下周还来吗？」 asks something else.
      if (QUESTION.test(text) && !/[没不]|答复|回复|办|解决|处理|到账/.test(text.replace(EITHER_OR, ''))) return null;
      return { kind: 'reopen-chosen', ticketNo: pending.ticketNo, reason: text.trim() };
    case 'act':
      return ticketChosen(
        pending,
        text,
        command,
        (ticketNo) => ({ kind: 'act-chosen', ticketNo, action: pending.action, text: pending.text }),
        pending.action === 'reply' ? SEND_IT : undefined,
      );
    case 'escalate': {
      // 「是 涉及税务局 我们协调不动」: yes to the one ticket, with why it goes up.
      const yesThen = /^(?:是|是的|对|好|好的|行|可以|嗯|报吧|上报)[，,。\s:：]+(\S[\s\S]{3,})$/.exec(text.trim());
      const [only, ...others] = pending.tickets;
      if (yesThen?.[1] && only && others.length === 0 && !command)
        return { kind: 'escalate-chosen', ticketNo: only, reason: yesThen[1].trim() };
      return ticketChosen(
        pending,
        text,
        command,
        (ticketNo) => ({ kind: 'escalate-chosen', ticketNo, reason: pending.reason }),
        RAISE_IT,
      );
    }
  }
}

/**
 * An outcome report that takes back one of its figures at its end (「申请了三件实用新型，哦不对是两件」, 「转让费50万 不对
 * 是45万」): the report before it, read with the figure said instead; null when the message is no such thing.
 */
function outcomeCorrectedAtTheEnd(
  text: string,
  today: LocalDate,
  postings: Posting[],
): { reading: OutcomeReading; text: string } | null {
  const taken = takenBackAtTheEnd(text);
  const reading = taken ? readOutcome(taken.before, today, postings) : null;
  if (!taken || !reading) return null;
  const amended = amendedDraft(draftOf(reading, taken.before), taken.instead, today, postings);
  if (!amended) return null;
  const { quantity, amount, ipKind, stage, level, form } = amended;
  return { reading: { ...reading, quantity, amount, ipKind, stage, level, form }, text: taken.before };
}

/** 「内容补充一下：…」, 「补充一下服务内容：…」: more of what the visit just reported did (never an outcome of its own). */
const CONTENT_ADDED =
  /^(?:服务)?内容(?:再)?补充(?:一下|一点|下|几句)?[:：,，\s]+([\s\S]+)$|^(?:再)?补充(?:一下|一点|下)?(?:服务)?内容[:：,，\s]+([\s\S]+)$/;

/** 「随便吧」, 「你看着填」: the choice left to the bot, which never guesses a field. */
const LEAVES_IT_TO_THE_BOT = new RegExp(`^(?:${LEFT_TO_THE_BOT.join('|')})`);

/**
 * The ticket a reply chooses from those offered: yes (or the verb asked) to the only one, its number in the list, or
 * the ticket number itself (read as 「FK-… 怎么样了」 elsewhere); no drops the question.
 */
function ticketChosen(
  pending: { kind: 'escalate' | 'withdraw' | 'supplement' | 'act'; tickets: string[] },
  text: string,
  command: Command | null,
  chosen: (ticketNo: string) => PendingAnswer,
  alsoYes?: RegExp,
): PendingAnswer | null {
  if (command && command.name !== 'ticket-status') return null;
  const [only, ...others] = pending.tickets;
  if (only && others.length === 0) {
    if (saysYes(text) || alsoYes?.test(text)) return chosen(only);
    return NO.test(text) ? { kind: 'cancel', of: pending.kind } : null;
  }
  const named = ticketNoIn(text);
  const choice = choicesIn(text);
  const ticketNo =
    named && pending.tickets.includes(named)
      ? named
      : choice?.length === 1
        ? pending.tickets[(choice[0] ?? 0) - 1]
        : undefined;
  return ticketNo ? chosen(ticketNo) : null;
}

/** 「两个都撤」, 「都不要了」, 「全部撤回」: every ticket listed. */
const ALL_LISTED = /(?:两个|两条|几个|几条|全部|所有|这些|都|全)(?:都)?(?:撤|不要|不用|作废)|都撤|全撤/;

/** The tickets of a list a choice names when it names more than one: all of them, or the numbers said (「1和2」). */
function ticketsAllOrSeveral(tickets: string[], text: string): string[] | null {
  // 「都不用撤了」, 「全部不用撤 留着吧」: none.
  if (/不用撤|不要撤|别撤|不撤|留着/.test(text)) return null;
  if (ALL_LISTED.test(text) && !/[?？吗]/.test(text)) return tickets;
  const numbers = choicesIn(text);
  if (!numbers || numbers.length < 2) return null;
  const chosen = numbers.map((n) => tickets[n - 1]);
  return chosen.every((t): t is string => t !== undefined) ? [...new Set(chosen)] : null;
}

/** 「石韵那条」, 「山湖农机那个」: a record named by one of the sender's other enterprises than the one asked about. */
function namesAnotherRecord(text: string, pending: PendingOf<'visit'>): boolean {
  if (pending.draft.assignmentId === null || !/那条|那个|那次|这条/.test(text)) return false;
  const named = matchEnterprise(text, pending.postings);
  return named.kind === 'found' && named.posting.assignmentId !== pending.draft.assignmentId;
}

/**
 * Days of more than one told for the day before a day said instead (「前天昨天都在…」 → 「两天」, then 「只有昨天去了」):
 * they are asked again, unless said with it.
 */
const daysAskedAgain = (draft: VisitDraft, gaveDays: boolean) => (draft.days ?? 0) > 1 && !gaveDays;

/** What an answer changed of the draft other than the field asked (「哦不对是石韵新材」 while the day is asked). */
function notedBesides(pending: PendingOf<'visit'>, draft: VisitDraft): string[] {
  const before = pending.draft;
  const asked = pending.missing;
  const posting = pending.postings.find((p) => p.assignmentId === draft.assignmentId);
  return [
    asked !== 'enterprise' && posting && draft.assignmentId !== before.assignmentId
      ? `企业：${postingName(posting)}`
      : null,
    asked !== 'type' && draft.type && draft.type !== before.type ? `类型：${VISIT_TYPE_LABELS[draft.type]}` : null,
    asked !== 'activity' && draft.summary !== before.summary && draft.summary ? `内容：${draft.summary}` : null,
    asked !== 'days' && draft.days !== null && draft.days !== before.days ? `天数：${draft.days}天` : null,
    asked !== 'date' && draft.date !== null && draft.date !== before.date
      ? `日期：${chineseDayLabel(draft.date)}`
      : null,
  ].filter((line): line is string => line !== null);
}

/** A correction to a draft still being asked for: the same field words as 修改. */
function amendDraft(
  draft: VisitDraft,
  field: AmendField | null,
  value: string,
  pending: Pending & { kind: 'visit' },
  today: LocalDate,
): VisitDraft | null {
  const asked = { ...pending, missing: field === 'summary' ? ('activity' as const) : (field ?? pending.missing) };
  if (field === 'summary') return { ...draft, summary: value.trim() };
  return answerVisitQuestion({ ...asked, draft }, value, today);
}

/**
 * Decides, once, what a message is: (a) the answer to the person's pending question, (b) a command of the table,
 * (c) a report, a complaint, a progress question or a policy question, (d) small talk. Pure: no database, no clock
 * but `today`.
 */
export function route(input: RouteInput): Routed {
  const typed = input.message.kind === 'text' ? routingText(input.message.text) : null;
  /** The words before a request after them, routed alone: taken when `takes` their decision, the request next. */
  const headThenRest = (head: string | undefined, rest: string | undefined, takes: (routed: Routed) => boolean) => {
    if (!head || !rest) return null;
    const routed = route({ ...input, message: { ...input.message, text: head } as InboundMessage });
    return takes(routed) ? { ...routed, next: rest, head } : null;
  };
  const isCommand = (routed: Routed) => routed.decision.kind === 'command';
  const split = typed === null ? null : commandThenMore(typed);
  // 「30号那个没问题，4号那个…不过也就一个钟头 另外想问下…能申请吗」: what is said of records, then a question of its own;
  // feedback keeps its own question aside (answered with it, never filed).
  const thenAsks = typed === null || input.pending ? null : THEN_ASKS.exec(typed);
  const notFiled = (routed: Routed) =>
    isCommand(routed) &&
    !routed.next &&
    !(routed.decision.kind === 'command' && routed.decision.command.name === 'file-feedback');
  // 「是的 还有这周一也去了 半天…」: yes to the question asked, then another message of its own.
  const yesThenMore = typed === null || !input.pending ? null : YES_THEN_MORE.exec(typed);
  // 「刚才那条删了 重新报：…」: the record (or the report asked about) taken back, then the report said again.
  const undoneThenAgain = typed === null || input.sender?.role !== 'SPECIALIST' ? null : UNDONE_THEN_AGAIN.exec(typed);
  const takesBack = ({ decision }: Routed) =>
    (decision.kind === 'command' && decision.command.name === 'undo') ||
    (decision.kind === 'answer' && decision.answer.kind === 'cancel') ||
    (decision.kind === 'small-talk' && decision.what === 'nothing-to-cancel');
  const first =
    headThenRest(split?.head, split?.rest, isCommand) ??
    headThenRest(thenAsks?.[1], thenAsks?.[2], notFiled) ??
    headThenRest(yesThenMore?.[1], yesThenMore?.[2], (routed) => routed.decision.kind === 'answer') ??
    headThenRest(undoneThenAgain?.[1], undoneThenAgain?.[2], takesBack);
  if (first) return first;
  const routed = decide(input);
  const decision = wordsAsTyped(routed.decision, input);
  // A change of a record already stored (「石韵那条其实是…」 while 山湖农机's kind is asked) leaves the question open too.
  const storedChanged =
    decision.kind === 'command' && decision.command.name === 'amend' && routed.abandoned?.kind === 'visit';
  return routed.abandoned && (onTheSide(decision) || storedChanged || anotherVisitTold(decision, routed.abandoned))
    ? { decision, abandoned: null, kept: routed.abandoned }
    : { ...routed, decision };
}

/**
 * A report of another day or enterprise while a visit waits for an answer (「今天上午去蓝湾食品讲了政策」 while the
 * kind of the day before yesterday's is asked): both are visits; the one asked about stays open.
 */
function anotherVisitTold(decision: Decision, pending: Pending): boolean {
  if (decision.kind !== 'report' || pending.kind !== 'visit') return false;
  const { draft } = decision.reading;
  const otherDay = draft.date !== null && pending.draft.date !== null && draft.date !== pending.draft.date;
  const otherPlace =
    draft.assignmentId !== null &&
    pending.draft.assignmentId !== null &&
    draft.assignmentId !== pending.draft.assignmentId;
  return otherDay || otherPlace;
}

/** A correction of the record just reported, said in own words rather than as 「修改 …」. */
function correctsInOwnWords(
  text: string,
  parsed: ReturnType<typeof readCommand>,
  today: LocalDate,
  postings: Posting[],
): boolean {
  if (parsed) return parsed.command.name === 'amend' && !/^修改/.test(text);
  return correctionsOf(text, today).length > 0 || enterpriseSaidInstead(text, postings) !== null;
}

/** 「修改 金额 24万」 is a transfer's, 「修改 人数 40」 a training's: the figure names the kind of outcome it belongs to. */
function outcomeOfFigure(value: string): { outcomeKind: OutcomeKind } | null {
  if (/^(?:金额|转让费|许可费|合同额)/.test(value)) return { outcomeKind: 'TRANSFER' };
  if (/^(?:人数|参训人数|培训人数)/.test(value)) return { outcomeKind: 'TRAINING' };
  return null;
}

/** The fields of a decision that carry a user's own words, stored or passed on as said. */
const OWN_WORDS = new Set(['text', 'reason', 'question']);

/**
 * A ticket number said without its year (「FK3」) is read as this year's, but the words a decision carries keep it as
 * typed: a complaint filed from 「FK3都一个月了…」 says 「FK3」, not a number the user never wrote.
 */
function wordsAsTyped(decision: Decision, { message, today }: RouteInput): Decision {
  if (message.kind !== 'text') return decision;
  const typed = routingText(message.text);
  const own = <T extends object>(fields: T): T =>
    Object.fromEntries(
      Object.entries(fields).map(([key, value]) => [
        key,
        OWN_WORDS.has(key) && typeof value === 'string' ? ticketNumbersAsTyped(value, typed, yearOf(today)) : value,
      ]),
    ) as T;
  if (decision.kind === 'command') return { ...decision, command: own(decision.command) };
  if (decision.kind === 'answer') return { ...decision, answer: own(decision.answer) };
  return own(decision);
}

function decide({ message, sender, pending, today, refused = null }: RouteInput): Routed {
  if (message.kind === 'event') return { decision: { kind: 'event' }, abandoned: null };
  if (message.kind !== 'text') {
    const specialist = sender?.role === 'SPECIALIST';
    const decision: Decision =
      message.kind === 'image' && specialist
        ? { kind: 'image' }
        : message.kind === 'location' && specialist
          ? { kind: 'location' }
          : { kind: 'non-text' };
    return { decision, abandoned: null };
  }
  // 「FK0003」 without its year is this year's ticket.
  const folded = withFullTicketNumbers(routingText(message.text), yearOf(today));
  // 「回复0002 …」 from a station or the office: a ticket they act on, named by its number alone.
  const official = sender?.role === 'CITY_OFFICIAL' || sender?.role === 'REGION_OFFICIAL';
  const full = official ? ticketAfterVerb(folded, yearOf(today)) : folded;
  // A greeting in front of a request is only politeness: 「你好，请问怎么报备」 is a question about reporting. A value a
  // specialist takes back and says again (「搞了一天 哦不对 是半天」) is read as meant: never a correction of an earlier
  // record.
  const greeted = full.replace(GREETING, '').trim() || full;
  const text = sender?.role === 'SPECIALIST' ? saidOver(greeted) : greeted;
  const read = readCommand(text);
  // An enterprise contact changes only an outcome of their own, and only with the command itself: 「刚才那条记录日期不对」
  // from them objects to the specialist's visit, and 「撤回」 takes back feedback.
  const ownWordsChange =
    sender?.role === 'ENTERPRISE_CONTACT' &&
    ((read?.command.name === 'amend' && !/^修改/.test(text)) ||
      (read?.command.name === 'undo' && !/^(?:撤销|删掉|删除|删了)/.test(text)));
  const parsed = ownWordsChange ? null : read;

  if (!sender) {
    if (parsed?.command.name === 'bind')
      return { decision: { kind: 'unregistered', bind: parsed.command.code, question: null }, abandoned: null };
    const question = !parsed && !smallTalk(text) && !onlyEmoji(message.text) && text.length >= 4 ? text : null;
    return { decision: { kind: 'unregistered', bind: null, question }, abandoned: null };
  }

  const command = parsed && allowed(parsed.roles, sender.role) ? parsed.command : null;
  let abandoned: Pending | null = null;
  if (pending) {
    // 「提个建议」 when asked what the feedback is says nothing to file: it is asked again.
    if (pending.kind === 'feedback-text' && onlyAnnouncesFeedback(text)) {
      const again: Command = { name: 'file-feedback', text: '', onBehalfOf: null };
      return { decision: { kind: 'command', command: again }, abandoned: null };
    }
    // The answer comes first and a question follows it: both are taken, neither lost.
    const side = ANSWER_THEN_ASIDE.exec(text);
    const head = side?.[1] ? answerPending(pending, side[1].trim(), null, today, sender.role) : null;
    const aside = side?.[2] ?? side?.[3] ?? side?.[4];
    if (head && aside) return { decision: { kind: 'answer', answer: head, aside: aside.trim() }, abandoned: null };
    const answer = answerPending(pending, text, command, today, sender.role);
    if (answer) return { decision: { kind: 'answer', answer }, abandoned: null };
    // 「等等 我先问下 补贴什么时候发」: the question is asked on the side, not put off with the answer.
    const askedFirst = ASKS_FIRST.exec(text);
    const question = askedFirst ? text.slice(askedFirst[0].length).trim() : '';
    // 「稍等 我问问车间主任」 asks the bot nothing: the words after are who will be asked. The question asked first is
    // never the answer waited for (「等等 我先问下 补贴什么时候发」 is no dispute's reason).
    if (question.length >= 4 && A_QUESTION.test(question)) {
      const side = decide({ message: { ...message, text: question }, sender, pending: null, today });
      return onTheSide(side.decision) ? { ...side, abandoned: null, kept: pending } : { ...side, abandoned: pending };
    }
    // 「其他的都确认」 while a record's dispute is being asked about: the others, never the one disputed.
    if (command?.name === 'confirm-visits' && THE_OTHERS.test(text) && pending.kind.startsWith('dispute-')) {
      const disputed =
        pending.kind === 'dispute-reason' && pending.choice !== null ? [pending.choice, ...pending.also] : [];
      if (disputed.length === 0) return { decision: { kind: 'hold', pending }, abandoned: null };
      const others: Command = { ...command, choices: null, all: true, except: disputed };
      return { decision: { kind: 'command', command: others }, abandoned: null };
    }
    const talk = command ? null : smallTalk(full);
    if (talk === 'hold' || talk === 'ack' || (!command && putsOff(text))) {
      const listed = talk === 'ack' && 'tickets' in pending ? pending.tickets.length : 0;
      return { decision: { kind: 'hold', pending, ...(listed > 1 ? { which: listed } : {}) }, abandoned: null };
    }
    abandoned = pending;
  }

  // 「龙城齿轮申请了三件实用新型，哦不对是两件」: an outcome told with one of its figures taken back at its end.
  const fixedOutcome =
    !pending && sender.role === 'SPECIALIST' ? outcomeCorrectedAtTheEnd(text, today, sender.postings) : null;
  if (fixedOutcome) return { decision: { kind: 'outcome', ...fixedOutcome }, abandoned };

  // 「打错了 是前天」 right after 「明天在…」 was refused: that report, with the day said instead (「搞错了 是昨天去的」
  // reads as a change too, but there is no record to change).
  const redated =
    sender.role === 'SPECIALIST' && refused && (!parsed || parsed.command.name === 'amend')
      ? redatedReport(refused, text, today, sender.postings)
      : null;
  const again = redated ? decide({ message: { ...message, text: redated }, sender, pending: null, today }) : null;
  if (redated && again?.decision.kind === 'report')
    return { decision: { ...again.decision, text: redated }, abandoned };
  // 「刚才那条企业写错了 应该是石韵新材」 right after a report was refused: 「刚才那条」 is the report refused, never the
  // record stored before it (「修改 企业 …」 typed as the command still changes that record).
  if (
    sender.role === 'SPECIALIST' &&
    refused &&
    !redated &&
    // 「11月20日那条天数改成半天」 names the record it changes: that one is meant, not the report refused.
    recordMeant(text, today) === null &&
    correctsInOwnWords(text, parsed, today, sender.postings)
  )
    return { decision: { kind: 'refused-not-changed' }, abandoned };

  // 「不对 8月4号那天是在石韵新材 内容还是一样」: the enterprise said instead, whatever else the words seem to change.
  const placeFirst =
    sender.role === 'SPECIALIST' && parsed?.command.name === 'amend' && !/^修改/.test(text)
      ? placeAmend(text, sender.postings)
      : null;
  if (placeFirst) return { decision: placeFirst, abandoned };
  if (parsed) {
    if (!allowed(parsed.roles, sender.role)) {
      // 「赵敏那条异议 她已经改成半天了 跟企业核对过 属实」: a station's finding, not a change it may not make.
      const theirs = intentOf('first', text, sender.role);
      if (theirs) return { decision: intentDecision(theirs, text, sender.role, 'first'), abandoned };
      const roles = parsed.roles === 'anyone' ? [] : parsed.roles;
      return { decision: { kind: 'not-allowed', command: parsed.command.name, roles }, abandoned };
    }
    // 「那个转让合同金额改成45万」: a correction naming an outcome by its kind is that outcome's, never the latest visit's.
    const outcome =
      parsed.command.name === 'amend' && !parsed.command.field
        ? (outcomeReferredTo(text) ?? outcomeOfFigure(parsed.command.value))
        : null;
    if (parsed.command.name === 'amend' && outcome?.outcomeKind)
      return { decision: { kind: 'command', command: { ...parsed.command, of: 'outcome', ...outcome } }, abandoned };
    return { decision: { kind: 'command', command: parsed.command }, abandoned };
  }

  // 「取消」 with no question waiting cancels nothing (a record is taken back with 「撤销」).
  if (!pending && CANCEL.test(text)) return { decision: { kind: 'small-talk', what: 'nothing-to-cancel' }, abandoned };
  if (onlyMarks(message.text) || SAME_AS_BEFORE.test(text.trim()))
    return { decision: { kind: 'small-talk', what: 'unclear' }, abandoned };
  if (onlyEmoji(message.text) || full === '') return { decision: { kind: 'small-talk', what: 'emoji' }, abandoned };
  const talk = smallTalk(full);
  if (talk) return { decision: { kind: 'small-talk', what: talk }, abandoned };
  // Digits and marks alone (「你好1」, 「3」, 「？？」) ask nothing: a number is no question about that number.
  if (WORDLESS.test(text))
    return { decision: { kind: 'small-talk', what: full === text ? 'unclear' : 'greeting' }, abandoned };

  const ownWords = intentOf('first', text, sender.role);
  // 「覃海那个补助没到账的问题 财政局说…」 from a station answers that feedback: officials file none.
  const answersFeedback =
    official && (ownWords ?? intentOf('second', text, sender.role)) === 'feedback' ? plainAnswerTo(text) : null;
  if (answersFeedback) return { decision: { kind: 'command', command: answersFeedback }, abandoned };
  if (ownWords) return { decision: intentDecision(ownWords, text, sender.role, 'first'), abandoned };
  // 「1没问题 2有异议 还没授权」: records named one by one, each said right or objected to, read back before anything.
  // A question (「3号和5号有问题吗」) or a numbered list of complaints (「1 补贴没到账 2 审批有问题」) says nothing of records.
  const verdicts =
    sender.role === 'ENTERPRISE_CONTACT' && !A_QUESTION_MARK.test(text) && !BARE_NUMBER_THEN_WORDS.test(text)
      ? verdictsSaid(text, today)
      : null;
  if (verdicts?.some((verdict) => !verdict.fine))
    return { decision: intentDecision('dispute-visit', text, sender.role, 'first'), abandoned };
  if (verdicts) return { decision: intentDecision('confirm-visits', text, sender.role, 'first'), abandoned };
  // 「FK-2026-0001 已协调北海市海洋局，下周起材料只交一次」: an official's answer to the ticket named, read back first
  // (never taken for feedback filed, or a visit reported).
  const answered = sender.role === 'CITY_OFFICIAL' || sender.role === 'REGION_OFFICIAL' ? plainAnswerTo(text) : null;
  if (answered) return { decision: { kind: 'command', command: answered }, abandoned };
  // 「YY-2026-0009 核实了 陈老师只待了半天」: an official naming a dispute is finding on it, never reporting a visit.
  if ((sender.role === 'CITY_OFFICIAL' || sender.role === 'REGION_OFFICIAL') && disputeNoIn(text))
    return { decision: intentDecision('resolve-dispute', text, sender.role, 'first'), abandoned };
  // 「刚才那个专利的日期错了，是10月份申请的」 corrects the outcome just reported, never reports another.
  const referred = sender.role === 'SPECIALIST' ? outcomeReferredTo(text) : null;
  const outcomeFix = referred ? (correctedValue(text) ?? outcomeFigureSaid(text)) : null;
  if (referred && outcomeFix)
    return {
      decision: {
        kind: 'command',
        command: { name: 'amend', field: null, value: outcomeFix, of: 'outcome', ...referred },
      },
      abandoned,
    };
  // 「哦不对是三件」, 「不是五件是三件」 right after an outcome: its count or kind said again (never a visit's).
  const saidAgain =
    sender.role !== 'CITY_OFFICIAL' && sender.role !== 'REGION_OFFICIAL' ? outcomeValueSaidAgain(text) : null;
  if (saidAgain)
    return {
      decision: { kind: 'command', command: { name: 'amend', field: null, value: saidAgain, of: 'outcome' } },
      abandoned,
    };
  // 「帮李明老师报一下…」, 「李老师刚才报的那条天数不对」: another's visit or record, neither reported nor changed here.
  const someoneElse = sender.role === 'SPECIALIST' && !command ? someoneElseNamed(text, sender) : null;
  if (
    someoneElse !== null &&
    (/刚才|刚刚/.test(text) || correctionOf(text, today) || readReport(text, today, sender.postings))
  )
    return { decision: { kind: 'someone-else', who: someoneElse }, abandoned };
  // 「刚才那条日期错了 是12月2号」 corrects the report just made: asked about, never read as a new one.
  const [correction, ...also] = sender.role === 'SPECIALIST' ? correctionsOf(text, today) : [];
  if (correction)
    return {
      decision: {
        kind: 'fragment',
        fragment: correction,
        text,
        correction: true,
        ...(also.length > 0 ? { also } : {}),
      },
      abandoned,
    };
  // 「不对 是山湖农机」 after a report: where it was, said instead.
  const place = sender.role === 'SPECIALIST' ? placeAmend(text, sender.postings) : null;
  if (place) return { decision: place, abandoned };
  if (sender.role === 'SPECIALIST' && correctsOnlyTimeOfDay(text, today))
    return { decision: { kind: 'time-of-day-correction' }, abandoned };
  const contentAdded = sender.role === 'SPECIALIST' ? CONTENT_ADDED.exec(text) : null;
  const added = (contentAdded?.[1] ?? contentAdded?.[2])?.trim();
  if (added && added.length >= 2) return { decision: { kind: 'visit-content-added', words: added }, abandoned };
  const likeLast = sender.role === 'SPECIALIST' ? likeTheLast(text, today) : null;
  if (likeLast && abandoned?.kind === 'visit')
    return { decision: { kind: 'like-last', ...likeLast, whileAsked: true }, abandoned: null, kept: abandoned };
  if (likeLast) return { decision: { kind: 'like-last', ...likeLast }, abandoned };

  // Only specialists report visits: what anyone else says they want comes before reading their message as one.
  const wanted = intentOf('second', text, sender.role);
  // 「赵老师派驻到什么时候 到期了还能续吗」: one's own records and a rule asked together, both answered.
  const withRule = !wanted || RECORDS_ASKED.includes(wanted) ? recordsWithRuleAsked(text, sender.role) : null;
  if (withRule && sender.role !== 'SPECIALIST') return { decision: withRule, abandoned };
  if (wanted && sender.role !== 'SPECIALIST')
    return { decision: intentDecision(wanted, text, sender.role, 'second'), abandoned };

  // 「27号那条对的 刘老师确实来了一整天」: the record its day names, said right by the enterprise.
  if (sender.role === 'ENTERPRISE_CONTACT' && DAY_RECORD_RIGHT.test(text) && !saysObjection(text))
    return {
      decision: { kind: 'command', command: { name: 'confirm-visits', choices: null, all: false, named: text } },
      abandoned,
    };
  {
    // Anyone's report is read as one (a non-specialist is then told who reports visits).
    const specialist = sender.role === 'SPECIALIST';
    // Anyone else tells of a visit only by who came (「陈老师昨天来我们厂指导了一天」): 「补贴都说月底到 到现在也没动静」 is
    // no visit told.
    const reading =
      specialist || TELLS_WHO_CAME.test(text)
        ? readReport(text, today, specialist ? sender.postings : [], { byHost: !specialist })
        : null;
    // An outcome (a project approved, a patent granted, a training held) is told apart from a visit by its words;
    // a message that gives service days is a visit, whatever it achieved.
    const outcome =
      specialist || sender.role === 'ENTERPRISE_CONTACT'
        ? readOutcome(text, today, specialist ? sender.postings : [])
        : null;
    // 「上周五那次培训确实是45个人参加的」 from the enterprise says the record waiting is right: a confirmation of it.
    if (outcome && sender.role === 'ENTERPRISE_CONTACT' && SAYS_IT_IS_RIGHT.test(text) && !saysObjection(text))
      return {
        decision: { kind: 'command', command: { name: 'confirm-visits', choices: null, all: false, named: text } },
        abandoned,
      };
    if (outcome && !reading?.gave.days) return { decision: { kind: 'outcome', reading: outcome, text }, abandoned };
    // 「20号陈老师只待了半天」 from the enterprise tells the visit otherwise than recorded: an objection, asked first.
    if (reading && sender.role === 'ENTERPRISE_CONTACT' && saysObjection(text))
      return { decision: intentDecision('dispute-visit', text, sender.role, 'second'), abandoned };

    if (reading) {
      // While a report waits for a field, a message that names another day or enterprise is a new report (the
      // waiting one is dropped); one about the same visit adds to it.
      // 「晚点去蓝湾食品调试冷库温控 半天」: a visit still to come is refused as such; the one waiting stays open.
      if (pending?.kind === 'visit' && stillToCome(reading))
        return { decision: { kind: 'report', reading }, abandoned: null, kept: pending };
      if (pending?.kind === 'visit' && !contradicts(reading, pending.draft)) {
        return {
          decision: {
            kind: 'report',
            reading: { ...reading, draft: merge(pending.draft, reading) },
            ...(outcome ? { alsoOutcome: outcome.kind } : {}),
          },
          abandoned: null,
        };
      }
      return { decision: { kind: 'report', reading, ...(outcome ? { alsoOutcome: outcome.kind } : {}) }, abandoned };
    }
  }
  if (withRule) return { decision: withRule, abandoned };
  if (wanted) return { decision: intentDecision(wanted, text, sender.role, 'second'), abandoned };
  // 「半天」 alone is no question about half days: a specialist is asked what it belongs to.
  const fragment = sender.role === 'SPECIALIST' ? fragmentOf(text, today) : null;
  if (fragment) return { decision: { kind: 'fragment', fragment, text }, abandoned };
  // 「调试设备一天 这算啥类型」: the kind an activity is reported as, from what it names.
  const kindAsked = sender.role === 'SPECIALIST' ? KIND_ASKED.exec(text) : null;
  if (kindAsked) return { decision: { kind: 'kind-question', activity: text.slice(0, kindAsked.index) }, abandoned };
  return { decision: { kind: 'policy-question', question: text }, abandoned };
}

/** The question about one's own records, with the rule asked alongside it to answer after (or null). */
function recordsWithRuleAsked(text: string, role: PersonRole): Decision | null {
  const both = recordsAndRuleAsked(text, role);
  if (!both) return null;
  const asked = intentDecision(both.intent, both.asked, role, 'second');
  return asked.kind === 'progress-question' ? { ...asked, aside: both.rule } : null;
}

/** Words that make a question about someone's own records, not about how records are counted in general. */
const SOMEONES_OWN = /我|咱|老师|教授|博士|专家|特派团|团队/;
/** What makes the other part a question of its own (「想了解一下」 is only a lead-in). */
const A_QUESTION = /吗|呢|么|[？?]|什么|啥|怎么|咋|多少|几|能不能|可不可以|可以|是否|哪/;
/** What a question about one's own records may be asked with a rule (progress, or when a posting ends). */
const RECORDS_ASKED: readonly Intent[] = ['postings-ending', 'progress'];

/**
 * A question about one's own records and a question about a rule in one message, either first (「赵老师派驻到什么时候
 * 到期了还能续吗」): the one about the records, and the rule to answer after it; null when the message is no such pair.
 */
function recordsAndRuleAsked(text: string, role: PersonRole): { intent: Intent; asked: string; rule: string } | null {
  // Read part by part only when the whole could hold both: someone's own records, and a question.
  if (!SOMEONES_OWN.test(text) || !A_QUESTION.test(text)) return null;
  for (const brk of text.matchAll(/[，,。；;？?！!\s]+/g)) {
    const head = text.slice(0, brk.index).trim();
    const tail = text.slice(brk.index + brk[0].length).trim();
    if (head.length < 4 || tail.length < 4) continue;
    const first = intentOf('second', head, role);
    const second = intentOf('second', tail, role);
    const own = (part: string, intent: Intent | null) =>
      intent !== null && RECORDS_ASKED.includes(intent) && SOMEONES_OWN.test(part);
    if (own(head, first) && !second && A_QUESTION.test(tail))
      return { intent: first as Intent, asked: head, rule: tail };
    if (own(tail, second) && !first && A_QUESTION.test(head))
      return { intent: second as Intent, asked: tail, rule: head };
  }
  return null;
}

/** The draft with what a correction said instead (「哦不对，是大前天去的」), keeping what it did not say. */
function corrected(draft: VisitDraft, reading: ReportReading): VisitDraft {
  const next = reading.draft;
  const redated = reading.gave.date && next.date !== draft.date && daysAskedAgain(draft, reading.gave.days);
  return {
    ...merge(draft, reading),
    ...(redated ? { days: null } : {}),
    summary: draft.summary || (next.activity ? next.summary : ''),
    activity: draft.activity || next.activity,
    refusal: next.refusal ?? draft.refusal,
    dateWords: reading.gave.date ? next.dateWords : draft.dateWords,
  };
}

/** A follow-up that adds to the report being asked about: what it gives fills in, the rest stays. */
function merge(draft: VisitDraft, reading: ReportReading): VisitDraft {
  const next = reading.draft;
  return {
    ...draft,
    date: reading.gave.date ? next.date : draft.date,
    days: reading.gave.days ? next.days : draft.days,
    type: reading.gave.type ? next.type : draft.type,
    assignmentId: reading.gave.enterprise ? next.assignmentId : draft.assignmentId,
    // The same report sent again adds nothing to what was done.
    summary: draft.summary.includes(next.summary)
      ? draft.summary
      : next.summary.includes(draft.summary)
        ? next.summary
        : [draft.summary, next.summary].filter(Boolean).join('，'),
    activity: draft.activity || next.activity,
  };
}
