import { escapeRegExp } from '../../common/regexp.js';

/**
 * A value taken back and said again inside one message, as voice input and quick typing do (「搞了一天 哦不对 是半天」,
 * 「上周四 哦不是周四是周五」, 「11月16号 哦不对是17号」): the message as it was meant, the value said last in place of
 * the one before it of the same shape, the words that took it back left out. Words that take back a value are data
 * (RETRACTIONS), tested in test/unit/visits/said-over.test.ts.
 */

/** Words that take back what was just said and go on to say it again. */
export const RETRACTIONS = [
  '不对不对',
  '不对',
  '说错了',
  '说错',
  '记错了',
  '打错了',
  '写错了',
  '搞错了',
  '口误',
  '更正一下',
  '更正',
  '纠正一下',
];
/** Words that say why a value is taken back before the value (「下午才到的 半天」, 「其实只 半天」). */
const WHY_WORDS = /上午|下午|中午|晚上|才|就走|只|其实|实际/;
/**
 * Why, then the days meant (「下午才到的 半天」): only days in 天, never days to come (「只调了淬火炉 两天后再去看」) nor a
 * day of the month (「21日」).
 */
const WHY_THEN_DAYS = new RegExp(
  `^(?=[^，,。]*?(?:${WHY_WORDS.source}))[^，,。\\d]{1,10}?[，,\\s]+(?:是|算)?\\s*((?:[一二两三四五\\d](?:\\.\\d)?\\s*个?\\s*整?\\s*天半?|半天))(?!\\s*(?:后|以后|之后|再))`,
);
/** A lead sound before the words (「哦不对」, 「呃 说错了」). */
const SOUND = '(?:哦|噢|喔|呃|额|啊|哎|欸|诶)';

const NUMBER = '(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十]+)';
/** The shapes of a value that is said again: what replaces what. */
const SHAPES = [
  // Days: 「一天」, 「半天」, 「1.5天」, 「一天半」.
  `(?:${NUMBER}\\s*个?\\s*整?\\s*[天日]半?|半[天日])`,
  // A month and day: 「11月30号」 (before a day alone, so the month goes with it).
  '\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[号日]?',
  // A day of the month: 「17号」, 「十七日」.
  '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*[号日](?![子常])',
  // A weekday: 「周五」, 「上周三」, 「星期三」, 「礼拜天」.
  '(?:上|这|本)?(?:周|星期|礼拜)[一二三四五六日天1-7]',
  // A day said from today.
  '(?:大前天|前天|昨天|今天)',
].map((shape) => new RegExp(shape));

/**
 * The words that take a value back, starting an utterance of their own: after a pause or a sound (「一天 哦不对」,
 * 「一天，不对」), never said of something (「发现炉温不对」, 「日期不对」).
 */
const RETRACTED = new RegExp(
  `(?:[，,。\\s]+${SOUND}?|${SOUND})\\s*(?:${RETRACTIONS.map(escapeRegExp).join('|')}|不是(?=\\s*\\S{1,6}?\\s*是))[，,。:：\\s]*(?:应该)?(?:是)?\\s*`,
);

/** The message with each value said again put in place of the one it takes back (unchanged when none is). */
export function saidOver(text: string): string {
  let current = text;
  for (let round = 0; round < 3; round++) {
    const next = onceSaidOver(current);
    if (next === current) return current;
    current = next;
  }
  return current;
}

function onceSaidOver(text: string): string {
  const marker = RETRACTED.exec(text);
  if (!marker) return text;
  const head = text.slice(0, marker.index);
  const tail = text.slice(marker.index + marker[0].length);
  for (const shape of SHAPES) {
    // 「周四是周五」: the value taken back said once more before the one meant. 「下午才到的 半天」: why, then the value.
    const again =
      new RegExp(`^(?:${shape.source}\\s*是\\s*)?(${shape.source})`).exec(tail) ??
      (shape === SHAPES[0] ? WHY_THEN_DAYS.exec(tail) : null);
    const meant = again?.[1];
    if (!again || !meant) continue;
    const taken = lastMatch(head, shape);
    if (!taken) continue;
    // What was said of why (「下午才到的」) stays, after the value.
    const why = again[0]
      .slice(0, again[0].length - meant.length)
      .replace(/[，,\s]*(?:是|算)?\s*$/, '')
      .replace(/^(?:其实|实际上?|应该)$/, '')
      .trim();
    const rest = `${why && !new RegExp(`^${shape.source}`).test(again[0]) ? ` ${why}` : ''}${tail.slice(again[0].length)}`;
    // 「上周四 哦不是周四是周五」: the week said with the day taken back goes with the day meant.
    const week = /^(?:上|这|本)/.exec(taken[0])?.[0];
    const value = week && /^(?:周|星期|礼拜)/.test(meant) ? `${week}${meant}` : meant;
    const before = head.slice(0, taken.index) + value + head.slice(taken.index + taken[0].length);
    return `${before}${rest.length > 0 && !/^[，,。\s]/.test(rest) ? ' ' : ''}${rest}`;
  }
  return text;
}

function lastMatch(text: string, shape: RegExp): RegExpExecArray | null {
  const global = new RegExp(shape.source, 'g');
  let last: RegExpExecArray | null = null;
  for (let found = global.exec(text); found; found = global.exec(text)) last = found;
  return last;
}

/**
 * Where a place is said to be, just before the words that take it back: 「去了融江汽车电子」, 「在融江汽车电子」 — a name
 * only, never what was done there (「在山湖农机调窑炉一天」 keeps its activity).
 */
const PLACE_TOLD = /(?:在|去了?|到了?|跑了?)\s*[^\s，,。；;\d调讲做搞帮弄看修测装待呆天]{2,12}\s*$/;

/**
 * The message with an enterprise taken back and said again put in place of the one before it (「11月30号去了融江汽车电子
 * 不对 是龙城齿轮 调试磨齿机」 → 「11月30号 在龙城齿轮 调试磨齿机」), when what is said again is one of `places` and
 * what it takes back was told as where (在, 去了, 到了): else unchanged.
 */
export function placeSaidOver(text: string, places: string[]): string {
  const marker = RETRACTED.exec(text);
  if (!marker) return text;
  const tail = text.slice(marker.index + marker[0].length).replace(/^(?:在|是在)\s*/, '');
  const place = [...places].sort((a, b) => b.length - a.length).find((name) => name && tail.startsWith(name));
  const head = text.slice(0, marker.index);
  const told = PLACE_TOLD.exec(head);
  if (!place || !told) return text;
  return `${head.slice(0, told.index).trimEnd()} 在${tail}`;
}
