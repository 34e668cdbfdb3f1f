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
