/**
 * Words that take back what was just said (「一天吧，哦不对，半天」, 「3天？不对，其实就一天」). 「其实」 alone takes nothing
 * back (「一天，其实上午就到了」).
 */
export const SELF_CORRECTION = /(?:哦|噢|呃|啊)?不对|哦不|噢不|说错了|搞错了|写错了|记错了/;
const SELF_CORRECTION_ALL = new RegExp(SELF_CORRECTION.source, 'g');

/** 「不是国家级，是市级」: what it is not, then what it is. */
const NOT_BUT = /^\s*不是\s*(.+?)\s*[，,、\s]\s*(?:而)?是\s*(.+)$/;

/** Not knowing which (「市级吧，也可能是自治区级，我不太确定」, 「上周四或者上周五吧」). */
const UNSURE = /或者|或是|也可能|不确定|不太确定|记不清|忘了是/;

/**
 * What an answer finally says: after 「不是X，是」, or after the last thing it takes back; all of it when it takes
 * nothing back.
 */
export function saidInstead(text: string): string {
  const instead = NOT_BUT.exec(text)?.[2];
  if (instead) return instead;
  const last = [...text.matchAll(SELF_CORRECTION_ALL)].at(-1);
  const after = last
    ? text.slice((last.index ?? 0) + last[0].length).replace(/^[\s，,。、！!？?]*(?:是|应该是|算)?/, '')
    : '';
  return after.trim() ? after : text;
}

/** Whether an answer leaves open which it is: then the bot asks again rather than take one. */
export const unsure = (text: string): boolean => UNSURE.test(text);

/**
 * An answer that puts the answer off (「等我问问他们办公室」, 「回头再告诉你」, 「忘了叫啥了」, 「不清楚」): no value, and
 * the question stays open.
 */
const PUTS_OFF =
  /^(?:等我|我先|我去|让我|等我先)(?:去)?(?:问问|问一下|问下|查一下|查查|确认一下|核实一下|找找|翻翻)|^(?:等我|我先|我|回头|晚点|明天|过两天|待会儿?)?.{0,8}?(?:问问|问一下|问下|查一下|查查|确认一下|核实一下)(?:再说|再告诉你|再回复?你?|再发|再报)?[。.!！~～]*$|^(?:我)?(?:也)?(?:不清楚|不知道|不记得|记不得|忘了)(?:了|呢|啊)?(?!.*(?:怎么|吗|[?？]|哪|多少|如何)).{0,6}$|(?:回头|晚点|明天|过两天|之后)再?(?:告诉你|回复你?|发给?你|补上|说)|(?:再说吧?|再告诉你|再补)[。.!！~～]*$/;

export const putsOff = (text: string): boolean => PUTS_OFF.test(text.trim());
