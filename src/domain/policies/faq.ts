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

/** Longest pattern accepted: enough for keyword alternations, short enough to keep matching cheap. */
export const MAX_PATTERN_LENGTH = 200;

/** Null when the pattern is a usable regular expression, else why not. */
export function patternProblem(pattern: string): string | null {
  if (!pattern.trim()) return 'pattern is empty';
  if (pattern.length > MAX_PATTERN_LENGTH) return `pattern is longer than ${MAX_PATTERN_LENGTH} characters`;
  // Nested quantifiers like (a+)+ can take exponential time on some inputs.
  if (/\([^)]*[+*][^)]*\)[+*{]/.test(pattern)) return 'pattern nests repetitions, e.g. (a+)+';
  try {
    new RegExp(pattern, 'iu');
    return null;
  } catch (error) {
    return `not a valid regular expression: ${(error as Error).message}`;
  }
}

/** The first pinned answer whose pattern the question matches (in the order they were added). */
export function matchFaq(entries: FaqEntry[], question: string): FaqEntry | undefined {
  return entries.find((entry) => !patternProblem(entry.pattern) && new RegExp(entry.pattern, 'iu').test(question));
}
