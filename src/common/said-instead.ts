/**
 * Words that take back what was just said (「一天吧，哦不对，半天」, 「3天？不对，其实就一天」). 「其实」 alone takes nothing
 * back (「一天，其实上午就到了」).
 */
export const SELF_CORRECTION = /(?:哦|噢|呃|啊)?不对|哦不|噢不|说错了|搞错了|写错了|记错了/;
const SELF_CORRECTION_ALL = new RegExp(SELF_CORRECTION.source, 'g');

/** 「不是国家级，是市级」: what it is not, then what it is. */
const NOT_BUT = /^\s*不是\s*(.+?)\s*[，,、\s]\s*(?:而)?是\s*(.+)$/;

/**
 * 「不是X是Y」 anywhere in a message, the comma optional and 「是在」 allowed (「不是山湖农机是石韵新材」, 「不是五件是三件」):
 * group 2 is what it is instead. Looser than the answer form above, for words read as a whole.
 */
export const NOT_X_BUT_Y = /不是\s*(.*?)\s*[，,、\s]?\s*(?:而)?是(?:在)?\s*(.+)$/;

/**
 * Not knowing which (「市级吧，也可能是自治区级，我不太确定」, 「上周四或者上周五吧」, 「29还是30号来着」,
 * 「不是周一就是周二」).
 */
const UNSURE =
  /或者|或是|也可能|吧[，,\s]*可能|不确定|不太确定|记不清|忘了是|不是.{1,8}就是|要么.{1,8}要么|[\d号日天周一二三四五六七八九十两半级]\s*还是\s*[\d周一二三四五六七八九十两半上下前昨大省市区国]/;

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

/**
 * A message that takes back one of its own values at its end (「…待了两天…，哦不对是一天」, 「申请了三件实用新型，哦不对
 * 是两件」): what it said before, and the value said instead; null when it ends in no such correction.
 */
export function takenBackAtTheEnd(text: string): { before: string; instead: string } | null {
  const last = [...text.matchAll(SELF_CORRECTION_ALL)].at(-1);
  if (!last?.index) return null;
  const instead = valueMeant(saidInstead(text.slice(last.index)).trim());
  if (!instead || SELF_CORRECTION.test(instead)) return null;
  return { before: text.slice(0, last.index).replace(/[\s，,。、哦噢呃啊]+$/, ''), instead };
}

/** 「半天不是一天」, 「是半天 不是一天」: what it is, then what it is not. */
const BUT_NOT = /^\s*(?:是|应该是|应为)?\s*(.+?)\s*[，,、\s]?\s*(?:而)?(?:不是|并非)\s*\S[\s\S]*$/;

/** A value with what it is not said beside it (「半天不是一天」, 「不是一天是半天」): what it is. */
export function valueMeant(text: string): string {
  const instead = NOT_X_BUT_Y.exec(text);
  if (instead?.[2] && /^\s*不是/.test(text)) return instead[2].trim();
  return BUT_NOT.exec(text)?.[1]?.trim() || text;
}

/** Whether an answer leaves open which it is: then the bot asks again rather than take one. */
export const unsure = (text: string): boolean => UNSURE.test(text);

/**
 * An answer that puts the answer off (「等我问问他们办公室」, 「回头再告诉你」, 「我得问下孙经理」) or does not know it
 * (「不清楚」, 「不晓得」, 「没印象了」, 「还没定名字」, 「don't know」): no value, and the question stays open. A short
 * message that says so anywhere counts; a question (「不知道补贴怎么发」) does not.
 */
const PUTS_OFF_WORDS = [
  /(?:^我|等我|我先|我去|让我|我得|我要|得先|还得)(?:去|先)?(?:问问|问一下|问下|查一下|查查|查下|确认一下|核实一下|找找|翻翻|翻一下|想想|想一下|回忆一下)/,
  // 「稍等我翻一下笔记」, 「你先记着」, 「让我想想啊」: what is asked comes later.
  /^(?:稍等|等等|等一下|等下)[，,\s]*我?(?:翻|找|查|看|想)/,
  /^(?:你)?先记(?:着|下|上)(?:吧|啊)?[。.!！~～]*$/,
  /(?:问问|问一下|问下|查一下|查查|确认一下|核实一下).{0,8}(?:再说|再告诉你|再回复?你?|再发|再报)/,
  /不太?清楚|不知道|不晓得|不记得|记不(?:太)?(?:清|得|住)|没印象|忘了|想不起来|还没定|没定下来|暂时不知道/,
  // 「我也说不准 大概是…相关的」, 「拿不准」: no value to take.
  /说不准|说不好|不好说|拿不准|吃不准/,
  // 「回头问下孙经理」, 「晚点再查」: asked later.
  /(?:回头|晚点|稍后|明天|过两天|之后|等会儿?|一会儿?)再?(?:去)?(?:问|查|核实|确认)/,
  // 「名字太长了，我晚点拍照发你」: sent later.
  /(?:回头|晚点|稍后|明天|过两天|之后|等会儿?|一会儿?)[^，,。]{0,6}(?:发你|发给你|告诉你|补给你|给你)/,
  // 「这个要企业那边才知道」, 「项目书在办公室电脑里」: known elsewhere, not said.
  /才(?:知道|清楚)|要问(?:企业|他们|厂里|公司)|在(?:办公室|电脑|单位|家里)[^，,。]{0,4}(?:里|上)/,
  // 「就是之前跟你说过的那个」: pointing back gives no value (the bot keeps no earlier words).
  /(?:之前|上次|以前|前面)(?:跟你|和你|给你|对你)?(?:说|讲|提|发)过的(?:那个|那项|那件)?/,
  /(?:回头|晚点|稍后|明天|过两天|之后|等会儿?|一会儿?)再?(?:告诉你|回复你?|发给?你|补上?|说)/,
  /^(?:等下|等一下|等等|稍等)[，,\s]*我?先/,
  /打个?电话(?:问|确认|核实)/,
  /(?:再说吧?|再告诉你|再补)[。.!！~～]*$/,
  /等.{1,6}(?:发我|发给我|告诉我|回我)/,
  /\b(?:don'?t know|not sure|no idea|tbd)\b/i,
];
/** Words that ask back; 「具体哪天忘了」 asks nothing (which day is what was forgotten). */
const ASKS_BACK = /怎么|吗|[?？]|哪(?![天一个]{1,2}(?:忘|记不|不记得|想不起))|多少|如何|是不是|能不能|可不可以/;
const PUTS_OFF_MAX = 20;

/** 「稍等 我问问车间主任」, 「等下 我打个电话问问」, 「稍等 我组织下语言」: waiting asked for, the answer to come. */
const WAIT_FIRST = /^(?:稍等|等等|等一下|等下|等会儿?|稍后)(?:一下|下|哈|啊)?(?:[，,。\s!！~～]+|$)/;
const ASK_SOMEONE_FIRST =
  /^(?:我|等我|我先|让我)(?:去|先|得|要)?(?:问问|问一下|问下|查一下|查查|查下|核实一下|确认一下|打个?电话|组织(?:一?下)?语言|想想|想一下|找找|翻翻)/;

/**
 * A message that asks the bot to wait before it answers: never the free words waited for (a reason, a feedback text),
 * which may themselves say 「不知道」 or 「再补」.
 */
export const waitsFirst = (text: string): boolean => {
  const said = text.trim();
  if (said.length > PUTS_OFF_MAX) return false;
  // 「等等，那天陈老师根本没来」 waits for nothing: what follows the wait word is the answer.
  const rest = said.replace(WAIT_FIRST, '');
  return (rest === '' && said !== '') || ASK_SOMEONE_FIRST.test(rest);
};

export const putsOff = (text: string): boolean => {
  const said = text.trim();
  return (
    waitsFirst(said) ||
    (said.length <= PUTS_OFF_MAX && !ASKS_BACK.test(said) && PUTS_OFF_WORDS.some((words) => words.test(said)))
  );
};
