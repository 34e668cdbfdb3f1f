export interface FaqEntry {
  id: string;
  pattern: string;
  answer: string;
  citation: string | null;
  createdAt: Date;
  /** 扩展问: questions, as people put them, that this answer answers. */
  paraphrases: string[];
}

export interface FaqStore {
  list(): Promise<FaqEntry[]>;
  add(entry: { pattern: string; answer: string; citation: string | null }): Promise<FaqEntry>;
  remove(id: string): Promise<boolean>;
}

export const MAX_PATTERN_LENGTH = 200;

/**
 * A pattern is alternatives separated by "|", each a set of keywords separated by spaces that must all appear in
 * the question: "补助 什么时候|补助 何时|发放时间". Plain substring tests: no regular expressions, so no pattern
 * an administrator writes can make matching slow.
 */
function alternatives(pattern: string): string[][] {
  return pattern
    .split('|')
    .map((alternative) => alternative.trim().split(/\s+/).filter(Boolean))
    .filter((keywords) => keywords.length > 0);
}

/** Null when the pattern is usable, else why not. */
export function patternProblem(pattern: string): string | null {
  if (pattern.length > MAX_PATTERN_LENGTH) return `pattern is longer than ${MAX_PATTERN_LENGTH} characters`;
  if (alternatives(pattern).length === 0) return 'pattern needs at least one keyword';
  return null;
}

/** A text's character pairs (punctuation and spaces left out), counted: what {@link similarity} compares. */
export function characterPairs(text: string): Map<string, number> {
  const clean = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');
  const pairs = new Map<string, number>();
  for (let i = 0; i + 1 < clean.length; i++) {
    const pair = clean.slice(i, i + 2);
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  }
  return pairs;
}

/** How alike two texts read, from their character pairs: the share they have in common (Dice), 0–1. */
export function pairSimilarity(x: Map<string, number>, y: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const count of x.values()) total += count;
  for (const count of y.values()) total += count;
  for (const [pair, count] of x) shared += Math.min(count, y.get(pair) ?? 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

/** How alike two questions read (Dice over character pairs), 0–1. */
export function similarity(a: string, b: string): number {
  return pairSimilarity(characterPairs(a), characterPairs(b));
}

/** A question this close to one of an entry's 扩展问 is that question. */
export const PARAPHRASE_SIMILARITY = 0.75;

/**
 * The first pinned answer (in the order they were added) one of whose keyword sets the question contains, or else
 * the one with a 扩展问 the question reads most like.
 */
export function matchFaq(entries: FaqEntry[], question: string): FaqEntry | undefined {
  const text = question.normalize('NFKC').toLowerCase();
  const byKeywords = entries.find((entry) =>
    alternatives(entry.pattern.normalize('NFKC').toLowerCase()).some((keywords) =>
      keywords.every((k) => text.includes(k)),
    ),
  );
  if (byKeywords) return byKeywords;
  let best: { entry: FaqEntry; score: number } | undefined;
  for (const entry of entries) {
    for (const phrasing of entry.paraphrases ?? []) {
      const score = similarity(question, phrasing);
      if (score >= PARAPHRASE_SIMILARITY && score > (best?.score ?? 0)) best = { entry, score };
    }
  }
  return best?.entry;
}
