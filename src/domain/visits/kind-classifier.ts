import { VISIT_TYPE_LABELS, VISIT_TYPES, type VisitType } from '../programme/types.js';
import { ACTIVITY_LEXICON, INCIDENTAL_WORDS, SPLIT_CUES, TOPIC_PHRASES } from './activity-lexicon.js';

/** The five kinds by name: saying the kind outweighs the words around it. */
const NAMED_KIND = 5;
const LEXICON: { term: string; type: VisitType | null; weight: number }[] = [
  ...Object.entries(ACTIVITY_LEXICON).flatMap(([type, terms]) =>
    Object.entries(terms).map(([term, weight]) => ({
      term,
      type: type as VisitType,
      weight: Object.values(VISIT_TYPE_LABELS).includes(term) ? NAMED_KIND : weight,
    })),
  ),
  ...INCIDENTAL_WORDS.map((term) => ({ term, type: null, weight: 0 })),
].sort((a, b) => b.term.length - a.term.length);

const PHRASES = TOPIC_PHRASES.map((phrase) => ({ ...phrase, regex: new RegExp(phrase.pattern, 'g') }));

/** What the message says was done, weighed per kind; the words read are marked so a shorter one does not count again. */
export function weighKinds(text: string): Map<VisitType, number> {
  // 「说是资源对接，其实主要是调试」: what was really done counts, what it was called does not.
  // 「主要是…然后顺便…」: what is main ends where something done on the side starts, which counts for less.
  const really = /(?:其实|实际上|实际|主要是|主要)((?:(?!然后|顺便|另外|捎带)[^。；;])*)/.exec(text);
  const aside = /(?:顺便|顺带|捎带)([^。；;]*)/.exec(text);
  const called = /(?:说是|名义上是?|本来说好?|说好)([^，,。；;]*)/.exec(text);
  const scores = new Map<VisitType, number>();
  const taken = new Array<boolean>(text.length).fill(false);
  for (const { regex, type, weight } of PHRASES) {
    for (const match of text.matchAll(regex)) {
      if (taken.slice(match.index, match.index + match[0].length).some(Boolean)) continue;
      for (let i = match.index; i < match.index + match[0].length; i++) taken[i] = true;
      scores.set(type, (scores.get(type) ?? 0) + weight);
    }
  }
  for (const { term, type, weight } of LEXICON) {
    let from = 0;
    while (true) {
      const at = text.indexOf(term, from);
      if (at < 0) break;
      from = at + term.length;
      if (taken.slice(at, at + term.length).some(Boolean)) continue;
      for (let i = at; i < at + term.length; i++) taken[i] = true;
      if (type === null) continue;
      let score = weight;
      if (called && at >= called.index && at < called.index + called[0].length) score *= 0.25;
      if (really && at >= really.index && at < really.index + really[0].length) score *= 2;
      if (aside && at >= aside.index && at < aside.index + aside[0].length) score *= 0.5;
      scores.set(type, (scores.get(type) ?? 0) + score);
    }
  }
  return scores;
}

const ranked = (text: string) => [...weighKinds(text).entries()].sort((a, b) => b[1] - a[1]);
const inOrder = (a: VisitType, b: VisitType) => [a, b].sort((x, y) => VISIT_TYPES.indexOf(x) - VISIT_TYPES.indexOf(y));

/**
 * Two activities told apart (「讲了新规，又帮他们把五年规划捋了一下」, 「上午…下午…」, 「一半…一半…」): the kinds of the
 * two parts, when each part shows one of its own.
 */
function twoParts(text: string): VisitType[] | null {
  const cue = SPLIT_CUES.map((pattern) => new RegExp(pattern).exec(text)).find((match) => match && match.index > 0);
  if (!cue) return null;
  const [before, after] = [text.slice(0, cue.index), text.slice(cue.index + cue[0].length)];
  const [first] = ranked(before);
  const [second] = ranked(after);
  if (!first || !second || first[1] < 2 || second[1] < 2 || first[0] === second[0]) return null;
  return inOrder(first[0], second[0]);
}

/** The kind the activity shows, or two candidates when they are about even; nothing when the evidence is thin. */
export function classifyKind(text: string): { type: VisitType | null; candidates: VisitType[] } {
  const [first, second] = ranked(text);
  if (!first || first[1] < 2) return { type: null, candidates: [] };
  const parts = twoParts(text);
  if (parts) return { type: null, candidates: parts };
  if (second && second[1] >= 3 && second[1] >= first[1] * 0.6)
    return { type: null, candidates: inOrder(first[0], second[0]) };
  return { type: first[0], candidates: [] };
}
