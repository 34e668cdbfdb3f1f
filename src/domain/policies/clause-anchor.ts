import type { Clause } from './policy-document.js';
import type { PolicyIndex } from './policy-index.js';
import { PLAN_SLUG, REPLY_SLUG } from './situations.js';
import { itemsOf, titledClauses } from './special-answers.js';

/**
 * A part of a document the question points at — by its title, whole or one half, quoted or not, with at most one
 * mistyped character in a long one (「完善企业创新管里体系」), or by its number (「第七部分」) — and what the question
 * asks about it (the rest). 「“加大民营经济人士教育培训力度”部分主要有哪些举措」 points at 四 of the reply.
 */
export interface Anchor {
  clause: Clause;
  /** The question without the words that point at the clause. */
  rest: string;
}

/** A title part this long is specific enough to point at its clause wherever it appears in a question. */
const SPECIFIC_TITLE_CHARS = 8;
/** Words that say the question points at a part of a document (「保障措施那部分」, 「补录征集这步」). */
const POINTING =
  /^[”"」』]?\s*(?:这一?个?|那一?个?|的|里的?|中的?)?\s*(?:部分|节|章|条|块|段|项|步|步骤|环节|板块|方面|里面|里头|当中|中|规定|要求)/;
const QUOTED = /[“"「『]([^”"」』]{2,40})[”"」』]/g;
const PART_NUMBER = /第([一二三四五六七八九十]|\d{1,2})(?:部分|节|章|大点|大项|大条|板块)/;
const REPLY_DOCUMENT = /答复|回复|建议|代表/;
const CN_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The parts of a title a question may name: the whole, and each half around a comma. */
function titleParts(clause: Clause): string[] {
  const title = (clause.title ?? clause.heading).replace(/[“”"「」]/g, '');
  const halves = title.split(/[，,；;]/).filter((half) => half.length >= 4);
  return [...new Set([title, ...halves])];
}

const GRAM = 4;

/** A title part and the clause it names. */
interface TitlePart {
  clause: Clause;
  part: string;
}

/**
 * Every title part by the 4-character pieces it starts with at 0 and at 4 (parts of 8+ characters): with at most one
 * wrong character in such a part, one of its first two pieces is still exact, so a question's pieces find every part
 * it may name without walking all titles (there are thousands in a large corpus).
 */
const partsByGram = new WeakMap<PolicyIndex, Map<string, { entry: TitlePart; offset: number }[]>>();
function gramsOf(index: PolicyIndex): Map<string, { entry: TitlePart; offset: number }[]> {
  let grams = partsByGram.get(index);
  if (grams) return grams;
  grams = new Map();
  for (const clause of titledClauses(index)) {
    for (const part of titleParts(clause)) {
      const offsets = part.length >= SPECIFIC_TITLE_CHARS ? [0, GRAM] : [0];
      for (const offset of offsets) {
        const gram = part.slice(offset, offset + GRAM);
        grams.set(gram, [...(grams.get(gram) ?? []), { entry: { clause, part }, offset }]);
      }
    }
  }
  partsByGram.set(index, grams);
  return grams;
}

/** Whether the part appears at start with at most one wrong character (none in a part shorter than 8). */
function appearsAt(question: string, part: string, start: number): boolean {
  if (start < 0 || start + part.length > question.length) return false;
  let wrong = 0;
  for (let i = 0; i < part.length; i++) if (question[start + i] !== part[i] && ++wrong > 1) return false;
  return wrong === 0 || part.length >= SPECIFIC_TITLE_CHARS;
}

/** The title parts the question holds, each with where it starts. */
function partsIn(index: PolicyIndex, question: string): { entry: TitlePart; at: number }[] {
  const grams = gramsOf(index);
  const found = new Map<TitlePart, number>();
  for (let i = 0; i + GRAM <= question.length; i++) {
    for (const { entry, offset } of grams.get(question.slice(i, i + GRAM)) ?? []) {
      const at = i - offset;
      if (!found.has(entry) && appearsAt(question, entry.part, at)) found.set(entry, at);
    }
  }
  return [...found].map(([entry, at]) => ({ entry, at }));
}

/** A clause cited by its number as the documents cite it: 「四（一）2」, 「五（四）」, 「五、工作要求（一）」. */
const CITED =
  /([一二三四五六七八九十]{1,2})(?:、[\u4e00-\u9fa5]{2,8})?\s*[（(]\s*([一二三四五六七八九十]{1,2})\s*[）)](?:\s*(\d{1,2})(?![\d天日号月年次件项人个位万元%]))?/;

function citedPart(index: PolicyIndex, question: string): Anchor | null {
  const cited = CITED.exec(question);
  if (!cited) return null;
  const slug = REPLY_DOCUMENT.test(question) ? REPLY_SLUG : PLAN_SLUG;
  const part = `${cited[1]}（${cited[2]}）`;
  const clause = (cited[3] ? index.clauseAt(slug, `${part}${cited[3]}`) : undefined) ?? index.clauseAt(slug, part);
  return clause ? { clause, rest: question.replace(cited[0], ' ') } : null;
}

function numberedPart(index: PolicyIndex, question: string): Anchor | null {
  const numbered = PART_NUMBER.exec(question);
  if (!numbered?.[1]) return null;
  const n = /^\d+$/.test(numbered[1]) ? Number(numbered[1]) : CN_NUMBERS.indexOf(numbered[1]) + 1;
  const marker = `${CN_NUMBERS[n - 1] ?? ''}、`;
  const sections = lists(index).sections.get(marker) ?? [];
  const wanted = REPLY_DOCUMENT.test(question)
    ? sections.find((clause) => !clause.id.startsWith(`${PLAN_SLUG}#`))
    : (sections.find((clause) => clause.id.startsWith(`${PLAN_SLUG}#`)) ?? sections[0]);
  if (!wanted) return null;
  const rest = question.replace(numbered[0], ' ');
  // 「第一部分工作目标」 names the part twice: the title is not part of what is asked either.
  const title = wanted.title ?? wanted.heading;
  return { clause: wanted, rest: rest.replace(title, ' ') };
}

/** 「工作任务第四条」, 「派驻条件第二块」, 「选派条件最后一条」: an entry of a named list, by its number. */
const NAMED_ENTRY =
  /([\u4e00-\u9fa5]{2,10}?)(?:的|里的?|中的?|里面的?)?(?:第([一二三四五六七八九十]|\d{1,2})|(最后)一)(?:条|项|点|款|块|个|部分)/;

/** Per index: titled clauses by the last four characters of their title, and each clause's numbered entries. */
interface Lists {
  byTail: Map<string, Clause[]>;
  entries: Map<string, Clause[]>;
  /** Sections by their number marker (「七、」). */
  sections: Map<string, Clause[]>;
}
const listsOf = new WeakMap<PolicyIndex, Lists>();

function lists(index: PolicyIndex): Lists {
  const known = listsOf.get(index);
  if (known) return known;
  const built: Lists = { byTail: new Map(), entries: new Map(), sections: new Map() };
  for (const clause of titledClauses(index)) {
    const tail = (clause.title ?? clause.heading).slice(-4);
    built.byTail.set(tail, [...(built.byTail.get(tail) ?? []), clause]);
  }
  for (const clause of index.all()) {
    if (clause.parentId) built.entries.set(clause.parentId, [...(built.entries.get(clause.parentId) ?? []), clause]);
    const marker = /^[一二三四五六七八九十]+、/.exec(clause.citation)?.[0];
    if (marker && !clause.citation.includes('（'))
      built.sections.set(marker, [...(built.sections.get(marker) ?? []), clause]);
  }
  listsOf.set(index, built);
  return built;
}

/** The numbered entries (1. 2. …) of a clause. */
export function entriesOf(index: PolicyIndex, clause: Clause): Clause[] {
  return lists(index).entries.get(clause.id) ?? [];
}

export function numberedEntry(index: PolicyIndex, question: string): Anchor | null {
  const match = NAMED_ENTRY.exec(question);
  if (!match?.[1]) return null;
  const name = match[1];
  const { byTail, entries: entriesOf } = lists(index);
  // The list named: its title ends the name (「工作任务」), or the name ends its title (「选派条件」).
  const candidates = [
    ...(byTail.get(name.slice(-4)) ?? []),
    ...[2, 3].flatMap((length) => byTail.get(name.slice(-length)) ?? []),
  ];
  const list = candidates.find((clause) => {
    const title = clause.title ?? clause.heading;
    return title.length >= 2 && (name.endsWith(title) || title.endsWith(name.slice(-4)));
  });
  if (!list) return null;
  const subItems = entriesOf.get(list.id) ?? [];
  const entries = subItems.length > 0 ? subItems : itemsOf(index, list);
  const n = match[3]
    ? entries.length
    : /^\d+$/.test(match[2] ?? '')
      ? Number(match[2])
      : CN_NUMBERS.indexOf(match[2] ?? '') + 1;
  const entry = entries[n - 1];
  return entry ? { clause: entry, rest: question.replace(match[0], ' ') } : null;
}

export function anchorOf(index: PolicyIndex, question: string): Anchor | null {
  const byNumber = citedPart(index, question) ?? numberedPart(index, question) ?? numberedEntry(index, question);
  if (byNumber) return byNumber;
  const quoted = [...question.matchAll(QUOTED)].map((match) => match[1] ?? '');
  let best: { clause: Clause; at: number; length: number } | null = null;
  for (const { entry, at } of partsIn(index, question)) {
    const { clause, part } = entry;
    const pointed =
      part.length >= SPECIFIC_TITLE_CHARS ||
      quoted.some((quote) => quote.includes(part)) ||
      POINTING.test(question.slice(at + part.length));
    if (!pointed) continue;
    const deeper = best && part.length === best.length && clause.citation.length > best.clause.citation.length;
    if (!best || part.length > best.length || deeper) best = { clause, at, length: part.length };
  }
  if (!best) return null;
  const rest = `${question.slice(0, best.at)} ${question.slice(best.at + best.length)}`;
  return { clause: best.clause, rest };
}

/** Whether a clause is the anchor or lies inside it (its items and their numbered entries). */
export function within(anchor: Clause, clause: Clause): boolean {
  return clause.id.split('#')[0] === anchor.id.split('#')[0] && clause.citation.startsWith(anchor.citation);
}
