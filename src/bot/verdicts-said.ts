import type { LocalDate } from '../common/local-date.js';
import { dayGiven } from '../domain/visits/report-dates.js';
import { saysAnyOf } from './intents.js';
import { OBJECTION_WORDS } from './lexicon/intent-cues.js';
import { FINE_WORDS } from './lexicon/verdict-words.js';

/** What a contact said of one record in a message about several: its day, whose it is, and right or not. */
export interface VerdictSaid {
  day: LocalDate;
  /** The family name said with it (「王老师」 → 「王」), to tell a team's records of one day apart. */
  by: string | null;
  fine: boolean;
  /** The words said of it: an objection's reason. */
  words: string;
}

const objects = saysAnyOf(OBJECTION_WORDS);
const fine = saysAnyOf(FINE_WORDS);
const CLAUSES = /[，,。；;！!\n]+/;
const TEACHER = /([\p{Script=Han}])(?:老师|教授|博士|工)/u;

/**
 * Several records each named by its day and each said right or objected to, in one message (「王老师19号没来调试，
 * 周老师20号那天也没来，李老师18号那条是对的」). A clause without a day says more of the record before it. Null unless
 * at least two records are named, each one way or the other, and nothing in the message is left unplaced.
 */
export function verdictsSaid(text: string, today: LocalDate): VerdictSaid[] | null {
  const said: VerdictSaid[] = [];
  for (const clause of text.split(CLAUSES)) {
    const pieces = clause.split(/\s+/).filter((piece) => piece !== '');
    const days = pieces.map((piece) => dayGiven(piece, today));
    // Words before a clause's first day (「王老师 19号 没来」) belong to it; after, to the record they follow.
    const first = days.findIndex((day) => day !== null);
    const last = said.at(-1);
    if (first < 0) {
      if (!last) return null;
      last.words = `${last.words}，${clause.trim()}`;
      continue;
    }
    let words = pieces.slice(0, first + 1).join(' ');
    let day = days[first] as LocalDate;
    const push = () => said.push({ day, by: TEACHER.exec(words)?.[1] ?? null, fine: false, words });
    for (let i = first + 1; i < pieces.length; i++) {
      const next = days[i];
      if (next) {
        push();
        [day, words] = [next, pieces[i] as string];
      } else words = `${words} ${pieces[i]}`;
    }
    push();
  }
  if (said.length < 2) return null;
  for (const verdict of said) {
    const objected = objects(verdict.words);
    // 「那条是对的」 and 「没来」 in one record's words: which is meant is not plain.
    if (objected === fine(verdict.words)) return null;
    verdict.fine = !objected;
  }
  return said;
}
