import { escapeRegExp } from '../common/regexp.js';
import type { PersonRole } from '../domain/programme/types.js';
import {
  FIRST_TIER,
  type Intent,
  type IntentRule,
  OBJECTION_LABELS,
  OBJECTION_WORDS,
  SECOND_TIER,
} from './lexicon/intent-cues.js';
import { CONDITION_WORDS, INTERNAL_ONLY_WORDS } from './lexicon/internal-words.js';
import { SMALL_TALK_FILLER, SMALL_TALK_WORDS, YES_AS_ANSWER, YES_WORDS } from './lexicon/small-talk-words.js';
import { FINE_ALONE, OBJECTIONS_DENIED } from './lexicon/verdict-words.js';
import { END } from './text.js';

type Matcher = (text: string) => boolean;

/** A lexicon phrase as a RegExp: 「…」 for a few characters between (as few as may be), 「^」 for at the start. */
function phrasePattern(phrase: string): RegExp {
  const atStart = phrase.startsWith('^');
  const words = atStart ? phrase.slice(1) : phrase;
  return new RegExp(`${atStart ? '^' : ''}${words.split('…').map(escapeRegExp).join('.{0,8}?')}`);
}

function matcher(phrase: string): Matcher {
  const atStart = phrase.startsWith('^');
  const words = atStart ? phrase.slice(1) : phrase;
  if (!words.includes('…')) return atStart ? (text) => text.startsWith(words) : (text) => text.includes(words);
  const pattern = phrasePattern(phrase);
  return (text) => pattern.test(text);
}

/** Whether a text says any of the phrases (「…」 for a few characters between, 「^」 for at its start). */
export function saysAnyOf(phrases: readonly string[]): Matcher {
  const matchers = phrases.map(matcher);
  return (text) => matchers.some((test) => test(text));
}

const DENIED = new RegExp(OBJECTIONS_DENIED.map(escapeRegExp).join('|'), 'g');
/** A text with its denied objections (「没有异议」, 「没写错」) read past: what is left can object. */
export const withoutDeniedObjections = (text: string) => text.replace(DENIED, '·');

const objectionWords = saysAnyOf(OBJECTION_WORDS);
/** Whether a message objects to a record (「有异议」, 「没来过」; never 「没有异议」): one matcher for every reader. */
export const saysObjection = (text: string) => objectionWords(withoutDeniedObjections(text));

const alternation = (words: readonly string[]) => words.map(escapeRegExp).join('|');
/**
 * Words that find a record right after it is named (「第2条没有异议」, 「昨天那条属实」), as a RegExp alternation: the
 * lexicon's FINE_ALONE with the plain 「对的」, 「没错」 that a named record makes plain.
 */
export const FINE_SAID = alternation([...FINE_ALONE, '是对的', '对的', '没错'].sort((a, b) => b.length - a.length));
const FINE_ALONE_SAID = new RegExp(`^(?:${alternation(FINE_ALONE)})(?:的|了|吧|啊|呀)?${END}$`);
/** 「确认」, 「没问题的」: a record said right, alone (lexicon FINE_ALONE). */
export const saysRecordFineAlone = (text: string) => FINE_ALONE_SAID.test(text.trim());

const LABEL_FIRST = new RegExp(`^(?:${alternation(OBJECTION_LABELS)})[\\s:：,，。]+(?=\\S)`);
/** 「有异议 还没授权」 → 「还没授权」: an objection's reason without the label before it (lexicon OBJECTION_LABELS). */
export const withoutObjectionLabel = (text: string) => text.replace(LABEL_FIRST, '');

/** 别 after 特 or 分 (「特别跟企业讲清楚」, 「分别告诉企业」) says nothing is held back; 「…」 for a few characters between. */
const internalMatchers = INTERNAL_ONLY_WORDS.map((phrase) => {
  const words = phrasePattern(phrase).source;
  const pattern = new RegExp(`${phrase.startsWith('别') ? '(?<![特分区识辨级])' : ''}${words}`);
  return [phrase, (text: string) => pattern.test(text)] as const;
});

/** The words that mark a text as for officials only (lexicon/internal-words), as written in the list, or null. */
export function internalWordsIn(text: string): string | null {
  return internalMatchers.find(([, test]) => test(text))?.[0] ?? null;
}

/** A condition phrase: its gap stays within one clause, and 「$」 holds it to the end of the message. */
const CONDITIONS = CONDITION_WORDS.map((phrase) => {
  const atEnd = phrase.endsWith('$');
  const words = atEnd ? phrase.slice(0, -1) : phrase;
  return new RegExp(
    `${words.split('…').map(escapeRegExp).join('[^，,。；;！!？?]{0,8}?')}${atEnd ? '[。.!！]*$' : ''}`,
  );
});

/** What holds an official's words back: words for officials only, or (for an act that settles) a condition. */
export interface HeldBack {
  words: string;
  why: 'internal' | 'condition';
}

/**
 * Why an official's text is not acted on now, or null: words for officials only in anything sent on, and for an act
 * that settles something (`settles`: a finding, a closing) a condition still to hold (「等企业补完材料后」).
 */
export function heldBackIn(text: string, settles: boolean): HeldBack | null {
  const internal = internalWordsIn(text);
  if (internal) return { words: internal, why: 'internal' };
  // The words as said (「等企业补完材料后」), to show why nothing was done.
  const condition = settles ? CONDITIONS.map((pattern) => pattern.exec(text)?.[0]).find(Boolean) : undefined;
  return condition ? { words: condition, why: 'condition' } : null;
}

interface CompiledRule {
  intent: Intent;
  maxLength: number;
  roles: readonly PersonRole[] | null;
  all: Matcher[][];
  none: Matcher[];
}

const compile = (rules: IntentRule[]): CompiledRule[] =>
  rules.map((rule) => ({
    intent: rule.intent,
    maxLength: rule.maxLength ?? Number.POSITIVE_INFINITY,
    roles: rule.roles ?? null,
    all: rule.all.map((group) => group.map(matcher)),
    none: (rule.none ?? []).map(matcher),
  }));

const TIERS = { first: compile(FIRST_TIER), second: compile(SECOND_TIER) };

/** The intent a message says in its own words, by the cue words of lexicon/intent-cues, or null. */
export function intentOf(tier: keyof typeof TIERS, text: string, role: PersonRole): Intent | null {
  // Spaces between words (「陈教授 来了 几次」) are read both as written and closed up.
  // 「第2条没有异议」 objects to nothing: a denied objection is read past by every rule.
  const lower = withoutDeniedObjections(text.toLowerCase());
  const closed = lower.replace(/\s+/g, '');
  const has = (found: Matcher) => found(lower) || found(closed);
  for (const rule of TIERS[tier]) {
    if (rule.roles && !rule.roles.includes(role)) continue;
    if (closed.length > rule.maxLength) continue;
    if (rule.none.some(has)) continue;
    if (rule.all.every((group) => group.some(has))) return rule.intent;
  }
  return null;
}

export type SmallTalkKind = keyof typeof SMALL_TALK_WORDS;

const WORDS: [string, SmallTalkKind][] = Object.entries(SMALL_TALK_WORDS)
  .flatMap(([kind, words]) => words.map((word): [string, SmallTalkKind] => [word.toLowerCase(), kind as SmallTalkKind]))
  .sort((a, b) => b[0].length - a[0].length);
const FILLER = [...SMALL_TALK_FILLER].sort((a, b) => b.length - a.length);
const NOISE =
  /\[[\p{Script=Han}A-Za-z]{1,6}\]|\p{Extended_Pictographic}|\p{Emoji_Modifier}|[\u{FE0F}\u{200D}]|[\p{P}\p{S}\s]/gu;

/** Longer messages say more than small talk. */
const SMALL_TALK_MAX = 40;

/**
 * The first word of a message made only of small-talk words (with particles, punctuation and emoji between). Every
 * way of splitting is tried, longer words first: 「我先看看日历」 is 「我先」…「看看日历」 though 「我先看看」 is a word too.
 */
function firstSmallTalkWord(message: string): [string, SmallTalkKind] | null {
  const text = message.toLowerCase().replace(NOISE, '');
  if (text.length > SMALL_TALK_MAX) return null;
  // From each position: the first word of a split of the rest, 'filler' when the rest is only filler, null when none.
  const memo = new Map<number, [string, SmallTalkKind] | 'filler' | null>();
  const split = (at: number): [string, SmallTalkKind] | 'filler' | null => {
    if (at === text.length) return 'filler';
    const known = memo.get(at);
    if (known !== undefined) return known;
    let found: [string, SmallTalkKind] | 'filler' | null =
      WORDS.find(([word]) => text.startsWith(word, at) && split(at + word.length) !== null) ?? null;
    for (const filler of FILLER) {
      if (found) break;
      if (text.startsWith(filler, at)) found = split(at + filler.length);
    }
    memo.set(at, found);
    return found;
  };
  const first = split(0);
  return first === 'filler' ? null : first;
}

/**
 * The kind of small talk a message is when it is made only of small-talk words (with particles, punctuation and
 * emoji between): 「收到收到[强]」, 「ok 谢谢」, 「得嘞 知道了」. Null when anything else is said.
 */
export function smallTalkOf(message: string): SmallTalkKind | null {
  return firstSmallTalkWord(message)?.[1] ?? null;
}

const YES_ALTERNATION = [...YES_WORDS, ...YES_AS_ANSWER]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
/** Yes said alone (「是的」, 「提交吧」, 「OK」), or twice (「嗯 提交吧」, 「好的 确认」), from the lexicon's yes words. */
const YES = new RegExp(
  `^(${YES_ALTERNATION})(吧|的|呀|啊)?(?:[\\s，,。!！~]*(?:${YES_ALTERNATION})(吧|的|呀|啊)?)?${END}$`,
  'i',
);

/**
 * Yes to a question the bot asked, also with thanks or particles after it (「好的，麻烦了」, 「是的谢谢」, 「嗯嗯 可以」); an
 * acknowledgement that is no yes (「收到」, 「知道了」) is not one.
 */
export function saysYes(message: string): boolean {
  if (YES.test(message.trim())) return true;
  const first = firstSmallTalkWord(message)?.[0];
  return first !== undefined && YES_WORDS.includes(first);
}
