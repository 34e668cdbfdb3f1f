export interface FaqEntry {
  id: string;
  pattern: string;
  answer: string;
  citation: string | null;
  createdAt: Date;
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

/** The first pinned answer (in the order they were added) one of whose keyword sets the question contains. */
export function matchFaq(entries: FaqEntry[], question: string): FaqEntry | undefined {
  const text = question.normalize('NFKC').toLowerCase();
  return entries.find((entry) =>
    alternatives(entry.pattern.normalize('NFKC').toLowerCase()).some((keywords) =>
      keywords.every((k) => text.includes(k)),
    ),
  );
}
