import { readAsSimplified } from '../common/simplified.js';

/** WeCom and DingTalk send their emoticons as bracketed names: [微笑], [强], [OK], [握手]. */
const EMOTICON = '\\[[\\p{Script=Han}A-Za-z]{1,6}\\]';
/** Emoji, with their skin tones, variation selectors and joiners. */
const EMOJI = '\\p{Extended_Pictographic}|\\p{Emoji_Modifier}|\\u{FE0F}|\\u{200D}|\\u{20E3}';
/** Emoticons, emoji and spaces at either end of a message (where people put them: 「谢谢！👍」, 「你好[微笑]」). */
const AT_THE_ENDS = new RegExp(`^(?:${EMOTICON}|${EMOJI}|\\s)+|(?:${EMOTICON}|${EMOJI}|\\s)+$`, 'gu');
const ANYWHERE = new RegExp(`${EMOTICON}|${EMOJI}`, 'gu');

/** Keycap digits as typed from an emoji keyboard (2️⃣天): the digit. */
const KEYCAP = /([0-9#*])\uFE0F?\u20E3/gu;

/** Full-width digits, letters and the signs used between them (＋－．／) as typed on a phone. */
const FULL_WIDTH = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF0B\uFF0D\uFF0E\uFF0F]/g;

/**
 * A message as the router reads it: traditional characters as simplified (「昨日在龍城齒輪…」), keycap and full-width digits
 * and full-width letters as ASCII (ＦＫ－２０２６ → FK-2026; Chinese
 * punctuation stays as written), emoticons and emoji at either end removed (inside the text they are the user's
 * words), spaces collapsed, ends trimmed.
 */
/** Words before what is said that only lead up to it (「等下」, 「哦对了」, 「不好意思」), one after another. */
export const RUN_UP = '(?:(?:等下|等一下|等等|哦对了|对了|哦|噢|呃|额|啊|不好意思|还有)[，,。\\s]*)';

export function routingText(text: string): string {
  return readAsSimplified(text)
    .replace(KEYCAP, '$1')
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u3000\s]+/g, ' ')
    .replace(AT_THE_ENDS, '')
    .trim();
}

/** A ticket number said without its year (「FK0003」, 「fk-3」): not followed by more of a number, or by letters (a binding code 「FK8D8FJC」). */
const SHORT_TICKET = /\bFK\s*-?\s*(\d{1,4})(?![\d\-A-Za-z])/gi;

/** A ticket by its number in words (「反馈4号」, 「第4号反馈」; 「3号反馈了」 is a day). */
const TICKET_BY_NUMBER = /反馈\s*第?\s*(\d{1,4})\s*号(?![去来到在])|第(\d{1,4})\s*号\s*反馈/g;

/**
 * Ticket numbers said without their year (「FK0003那个反馈」, 「反馈3号」) written out in full, as this year's
 * (FK-2026-0003).
 */
export function withFullTicketNumbers(text: string, year: number): string {
  return fullTicketNumbers(text, year).text;
}

/** Words read from `routed` with the ticket numbers of `typed` as they were typed: what a user said is kept as said. */
export function ticketNumbersAsTyped(routed: string, typed: string, year: number): string {
  return fullTicketNumbers(typed, year).written.reduce((text, [full, as]) => text.replace(full, as), routed);
}

function fullTicketNumbers(text: string, year: number): { text: string; written: Array<[string, string]> } {
  const written: Array<[string, string]> = [];
  const full = (typed: string, seq: string, after = '') => {
    const number = `FK-${year}-${seq.padStart(4, '0')}${after}`;
    written.push([number, typed]);
    return number;
  };
  const folded = text
    .replace(SHORT_TICKET, (typed, seq: string) => full(typed, seq))
    .replace(TICKET_BY_NUMBER, (typed, after?: string, before?: string) =>
      after ? full(typed, after) : full(typed, before ?? '', '反馈'),
    );
  return { text: folded, written };
}

/** True for a message that is only emoji, emoticons, punctuation and spaces (👍, [强], 🙏🙏). */
export function onlyEmoji(text: string): boolean {
  return text.trim() !== '' && text.replace(ANYWHERE, '').replace(/[\p{P}\p{S}\s]/gu, '') === '';
}

/** True for a message of punctuation alone (「？？？」「。。。」「……」): puzzlement or a slip, not an acknowledgement. */
export function onlyMarks(text: string): boolean {
  return /^[\p{P}\s]+$/u.test(text.trim());
}

/** Trailing sentence punctuation, as people end a command: 「确认。」「撤销!」. */
export const END = '[.。!！~～?？]*';

/** No to a question the bot asked (「不是」「不对」「否」). */
export const NO = new RegExp(
  `^(否|不|不是|不对|不提交|不要|不用|不了|先不|不用改|不改|别改|不要改|不需要|不用转|别转|不转)(了|吧|的)?${END}$`,
);

/** Numbers in a list as people write one: 1,2 / 1、2 / 1和3 / 1 2 / 一、二 / 1到3 / 1-3. */
export function numberList(text: string): number[] | null {
  const cleaned = text
    .replace(/[一二三四五六七八九]/g, (c) => String('一二三四五六七八九'.indexOf(c) + 1))
    // 「1234都确认」: three digits or more without a 0 run together are one number each (「101112」 is 10, 11, 12).
    .replace(/\d{3,}/g, (run) => (run.includes('0') ? run : run.split('').join(',')));
  if (!/^[\d\s,，、和与及跟第条到至~～-]*$/.test(cleaned)) return null;
  // 「1到3」: every number from the first to the last (a short run only).
  const spread = cleaned.replace(/(\d{1,2})\s*(?:到|至|~|～|-)\s*(\d{1,2})/g, (whole, from: string, to: string) => {
    const [a, b] = [Number(from), Number(to)];
    return b > a && b - a <= 20 ? Array.from({ length: b - a + 1 }, (_, i) => a + i).join(',') : whole;
  });
  if (/[到至~～-]/.test(spread)) return null;
  const numbers = (spread.match(/\d{1,2}/g) ?? []).map(Number);
  return numbers.length > 0 ? [...new Set(numbers)] : null;
}

/**
 * A time of day, which a record does not keep (it keeps the date and the days). 「一点」 is also 'a little'
 * (「内容有一点不对」): an hour is said in digits or from 两 up.
 */
export const TIME_OF_DAY =
  /上午|下午|中午|晚上|早上|傍晚|(?:[0-9０-９]{1,2}|十[一二]|[两三四五六七八九十])点(?:钟|半|多)?/g;

/** Whether the message says a time of day (「上午」, 「3点」). */
export const saysTimeOfDay = (text: string) => text.search(TIME_OF_DAY) >= 0;

/** What is left of a value said with a time of day (「昨天下午」 → 「昨天」, 「上午去的」 → 「」). */
export const withoutTimeOfDay = (value: string) =>
  value
    .replace(TIME_OF_DAY, '')
    .replace(/(?:去|来|开始|做|讲)?的\s*$/, '')
    .trim();

/** Words that put a message to the bot as a question (「补助标准」 without them is still a search). */
const ASKS_SOMETHING =
  /[?？]|吗|呢|么|什么|啥|怎|咋|如何|哪|谁|几|多少|多久|是否|能否|可否|能不能|可不可以|可以|有没有|是不是|要不要|还是|请问|想问|问下|问一下|咨询|了解/;
/** Words of something that happened or is so (「陈老师今天来了」, 「企业那边最近挺忙的」, 「今天天气不错」). */
const TELLS = /了|过|没来|没去|没到|不错|挺|真[好棒]|还行|最近/;

/** The message tells something rather than asks (a statement the policy documents cannot be searched for). */
export function tellsRatherThanAsks(text: string): boolean {
  return !ASKS_SOMETHING.test(text) && TELLS.test(text);
}

/** 「回复0002 …」, 「关闭 2号」: an official's verb on a ticket, its number said bare (this year's ticket). */
const VERB_THEN_NUMBER = /^(回复|答复|处理中|受理|关闭|办结|上报)\s*第?\s*0*(\d{1,4})\s*号?(?=[\s:：,，]|$)/;

export function ticketAfterVerb(text: string, year: number): string {
  return text.replace(VERB_THEN_NUMBER, (_, verb: string, seq: string) => `${verb} FK-${year}-${seq.padStart(4, '0')}`);
}

/** A day as people name a record by it (「昨天」, 「上周三」, 「礼拜一」, 「11月20号」, 「20号」). */
export const RECORD_DAY =
  '(?:今天|昨天|前天|大前天|上周[一二三四五六日天]|(?:周|礼拜|星期)[一二三四五六日天]|\\d{1,2}月\\d{1,2}[号日]?|\\d{1,2}[号日])';

/** A day named (「20号那条删了」, 「6号那天…」, 「11.20」): a record of its own. */
export const NAMES_A_DAY = new RegExp(`${RECORD_DAY}|\\d{1,2}\\s*[.．/-]\\s*\\d{1,2}`);

/** The months a text names, each once (「有3月有8月的 还有一个10月」 names three). */
export function monthsSaid(text: string): Set<string> {
  return new Set(
    (text.match(/(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月/g) ?? []).map((month) => month.replace(/\s/g, '')),
  );
}
