import { type Clause, clauseText } from './policy-document.js';
import type { PolicyIndex } from './policy-index.js';
import type { OutOfScope } from './scope.js';
import { OPEN_QUESTIONS, PLAN_SLUG, SITUATION_RULES, type Verdict } from './situations.js';
import { STEP_WORDS } from './step-words.js';

export interface SpecialAnswer {
  text: string;
  citation: string | null;
  answered: boolean;
  undecided?: boolean;
  /** For a question the plan leaves open: the words of its subject, which a document that settles it must use. */
  subject?: RegExp;
}

export const NO_ANSWER_PHRASE = '未找到相关政策';

export const citationOf = (clause: Clause) => `《${clause.documentTitle}》${clause.citation}`;

/** One line on what the knowledge base holds: its documents' titles. */
export function coveredLine(index: PolicyIndex): string {
  const titles = derived(index).titles;
  return titles.length > 0
    ? `目前的政策库收录了：${titles.map((title) => `《${title}》`).join('、')}，主要是广西企业科技特派员的选派条件、工作任务、补助、服务要求和派驻程序。`
    : '目前的政策库还没有收录文件。';
}

/** A question about another region's rules or another programme. */
export function declined(outside: OutOfScope, index: PolicyIndex): SpecialAnswer {
  const what =
    outside.reason === 'other-region'
      ? `政策库里只有广西壮族自治区的文件，没有${outside.region}的相关规定，这个问题无法按文件回答。`
      : outside.reason === 'other-programme'
        ? `政策库里没有关于「${outside.programme}」的文件，这个问题无法按文件回答。`
        : `${NO_ANSWER_PHRASE}：政策库的文件没有涉及${outside.topic}，这个问题无法按文件回答，请咨询主管部门或本单位相关部门；也可以回复「转反馈」，把问题转给工作人员。`;
  return { text: `${what}\n${coveredLine(index)}`, citation: null, answered: false };
}

/** What is worked out once per index (rebuilt whenever the documents change): items per section, titles. */
interface Derived {
  items: Map<string, Clause[]>;
  titles: string[];
  titled: Clause[];
  procedure: Clause | undefined;
}
const derivedOf = new WeakMap<PolicyIndex, Derived>();

function derived(index: PolicyIndex): Derived {
  const known = derivedOf.get(index);
  if (known) return known;
  const all = index.all();
  const items = new Map<string, Clause[]>();
  for (const clause of all) {
    const item = /^(.*)（[一二三四五六七八九十]+）$/.exec(clause.citation);
    if (!item?.[1]) continue;
    const key = `${clause.id.split('#')[0]}|${item[1]}`;
    items.set(key, [...(items.get(key) ?? []), clause]);
  }
  const isProcedure = (clause: Clause) => /程序|流程|步骤/.test(clause.heading) && clause.children.length > 0;
  const titleOf = (clause: Clause) => clause.title ?? clause.heading;
  const found: Derived = {
    items,
    titles: [...new Set(all.map((clause) => clause.documentTitle))],
    titled: all
      .filter((clause) => clause.citation !== '' && !clause.parentId && titleOf(clause).length >= 4)
      .sort((x, y) => titleOf(y).length - titleOf(x).length),
    procedure:
      all.find((clause) => clause.id.startsWith(`${PLAN_SLUG}#`) && isProcedure(clause)) ?? all.find(isProcedure),
  };
  derivedOf.set(index, found);
  return found;
}

/** Clauses with a title of their own (sections and items, longest title first). */
export function titledClauses(index: PolicyIndex): Clause[] {
  return derived(index).titled;
}

/** The items of a section, in order (a procedure's steps, a list's entries). */
export function itemsOf(index: PolicyIndex, section: Clause): Clause[] {
  return derived(index).items.get(`${section.id.split('#')[0]}|${section.citation}`) ?? [];
}

/** An item as a line of a list: its title set apart from its text. */
export function itemLine(item: Clause, withText: boolean): string {
  const marker = /（[一二三四五六七八九十]+）$/.exec(item.citation)?.[0] ?? '';
  const title = item.title ?? '';
  const text = clauseText(item).replace(/\n/g, ' ');
  if (!withText || !text || text === title) return `${marker}${title}`;
  return title && !text.startsWith(title) ? `${marker}${title}：${text}` : `${marker}${text}`;
}

/** 第N步 (or 第N步到第M步) of the procedure the documents set out. */
export function stepAnswer(index: PolicyIndex, steps: number[]): SpecialAnswer | null {
  const procedure = derived(index).procedure;
  if (!procedure) return null;
  const items = itemsOf(index, procedure);
  const numbers = steps.map((n) => (n < 0 ? items.length + 1 + n : n));
  const chosen = numbers.map((n) => items[n - 1]).filter((item): item is Clause => item !== undefined);
  if (chosen.length === 0) {
    return {
      text: `${procedure.citation}共${items.length}步，没有${steps.map((n) => (n < 0 ? `倒数第${-n}` : `第${n}`)).join('、')}步。\n${items.map((item) => itemLine(item, false)).join('\n')}`,
      citation: citationOf(procedure),
      answered: true,
    };
  }
  const lines = chosen.map((item, i) => `第${numbers[i]}步 ${itemLine(item, true)}`);
  const only = chosen.length === 1 ? chosen[0] : undefined;
  return { text: lines.join('\n'), citation: citationOf(only ?? procedure), answered: true };
}

const quote = (clause: Clause) => clauseText(clause).replace(/\n/g, ' ');

/** A question about the asker's situation that the plan decides: a direct answer, why, and the clause. */
export function situationAnswer(index: PolicyIndex, asked: string, onlyDirect = false): SpecialAnswer | null {
  // 「企业科技特派员」 is the programme's name, not an enterprise the asker belongs to.
  const question = asked.replace(/企业科技特派员|科技特派员/g, '特派员');
  for (const rule of SITUATION_RULES) {
    if (onlyDirect && !rule.anyQuestion) continue;
    if (!rule.when.every((pattern) => pattern.test(question))) continue;
    if (rule.unless?.some((pattern) => pattern.test(question))) continue;
    const decided = rule.decide(question);
    const clause = decided ? index.clauseAt(PLAN_SLUG, rule.clause) : undefined;
    if (!decided || !clause) continue;
    return {
      text: `${opening(decided.verdict)}${decided.why}\n原文：${quote(clause)}`,
      citation: citationOf(clause),
      answered: true,
      // 不一定: the plan names the rule but does not settle the asker's case.
      ...(decided.verdict === '不一定' ? { undecided: true } : {}),
    };
  }
  return null;
}

const opening = (verdict: Verdict) => `${verdict}。`;

/** A question the documents leave open: said so, with the nearest clause. */
export function openAnswer(index: PolicyIndex, asked: string): SpecialAnswer | null {
  const question = asked.replace(/企业科技特派员|科技特派员/g, '特派员');
  const open = OPEN_QUESTIONS.find(
    (candidate) =>
      candidate.when.every((pattern) => pattern.test(question)) &&
      !candidate.unless?.some((pattern) => pattern.test(question)),
  );
  const clause = open ? index.clauseAt(PLAN_SLUG, open.nearest) : undefined;
  if (!open || !clause) return null;
  return {
    text: `${open.says}，无法按文件给出明确答复。最相关的规定是：\n${quote(clause)}\n如需确认，可回复「转反馈」请工作人员解答。`,
    citation: citationOf(clause),
    answered: true,
    undecided: true,
    ...(open.when[0] ? { subject: open.when[0] } : {}),
  };
}

const NEXT = /下一步|接下来|后一步/;
const BEFORE = /上一步|前一步/;
/** 「意向征集之后」, 「双向选择完了以后」: right after the step's name; 「公示认定这步，公示完之后干嘛」 asks inside the step. */
const RIGHT_AFTER = /^.{0,3}?(?:之后|以后|然后|完了|过后|后面)/;
const RIGHT_BEFORE = /^.{0,3}?(?:之前|以前|前面)/;
const WHICH = /第几|哪一步|哪步|几步/;
/** After a step named by what is done in it, what is asked is what comes next (「报了需求之后干嘛」). */
const WHAT_COMES = /^.{0,6}?(?:哪一步|哪步|干嘛|干啥|做什么|做啥|干什么|是啥|是什么|啥|怎么走|轮到|该)/;

/** Where the question names a step: by its title, else by what is done in it (STEP_WORDS). */
function stepNamed(items: Clause[], question: string): { index: number; words: string; byTitle: boolean } | null {
  const titled = items.findIndex((item) => item.title && item.title.length >= 2 && question.includes(item.title));
  if (titled >= 0) return { index: titled, words: items[titled]?.title ?? '', byTitle: true };
  const said = items.flatMap((item, index) =>
    (STEP_WORDS[item.title ?? ''] ?? [])
      .map((words) => ({ index, words, at: question.indexOf(words) }))
      .filter(({ at }) => at >= 0),
  );
  const first = said.sort((a, b) => a.at - b.at)[0];
  return first ? { index: first.index, words: first.words, byTitle: false } : null;
}

/** 「意向征集之后下一步是什么」, 「双向选择是第几步」: a step named by its title, and the one asked about. */
export function stepNavigation(index: PolicyIndex, question: string): SpecialAnswer | null {
  const procedure = derived(index).procedure;
  if (!procedure) return null;
  const items = itemsOf(index, procedure);
  const step = stepNamed(items, question);
  if (!step) return null;
  const named = step.index;
  const at = (i: number) => items[i];
  let target: number | null = null;
  const after = question.slice(question.indexOf(step.words) + step.words.length);
  // A step named by what is done in it needs the question to ask what comes next (「报名以后多久…」 asks a time).
  const rightAfter = RIGHT_AFTER.test(after) && (step.byTitle || WHAT_COMES.test(after.replace(RIGHT_AFTER, '')));
  const rightBefore = RIGHT_BEFORE.test(after) && (step.byTitle || WHAT_COMES.test(after.replace(RIGHT_BEFORE, '')));
  // By what is done in it, the step is asked about only in the words right after it (「签协议是在哪一步」; not 「一共有几步
  // 公示要多久」).
  const asked = step.byTitle ? question : after.slice(0, 10);
  if (NEXT.test(asked) || rightAfter) target = named + 1;
  else if (BEFORE.test(asked) || rightBefore) target = named - 1;
  else if (WHICH.test(asked)) target = named;
  if (target === null) return null;
  const item = at(target);
  const name = items[named]?.title ?? '';
  if (!item) {
    return {
      text: `「${name}」是${procedure.citation}的${target < named ? '第一步，之前没有别的步骤' : '最后一步，之后没有别的步骤'}。`,
      citation: citationOf(procedure),
      answered: true,
    };
  }
  const lead =
    target === named
      ? `「${name}」是第${named + 1}步。`
      : `「${name}」的${target > named ? '下一步' : '上一步'}是第${target + 1}步：`;
  return { text: `${lead}\n${itemLine(item, true)}`, citation: citationOf(item), answered: true };
}

/** The question points at a clause and asks what it says (「“统筹纳入”具体说的啥」, 「选派条件第四条写的啥」). */
export const WHAT_IT_SAYS =
  /哪几个方面|哪些方面|包括哪些|有哪几|说的?(?:是)?(?:啥|什么)|讲的?(?:是)?(?:啥|什么)|写的?(?:是)?(?:啥|什么)|什么意思|啥意思|是指什么|指的是|讲了(?:哪些|什么)|哪些内容|什么内容|具体|还要啥|还有啥|还有什么|大概/;
const ORDINAL = '[一二三四五六七八九十\\d]{1,2}';
const CN_ORDINALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const ordinal = (text: string) => (/^\d+$/.test(text) ? Number(text) : (CN_ORDINALS[text] ?? null));

/**
 * A clause the question names: by its title (quoted or not, 「补录征集」「保障措施」), or as the Nth entry of a named
 * list (「选派条件第四条」), when the question asks what it says.
 */
export function namedClause(index: PolicyIndex, question: string): Clause | null {
  if (!WHAT_IT_SAYS.test(question)) return null;
  const nth = new RegExp(`([\\u4e00-\\u9fa5]{2,8}?)(?:的|里的?|中的?)?第(${ORDINAL})(?:条|项|点|款)`).exec(question);
  if (nth) {
    const clauses = index.all();
    const list = clauses.find(
      (clause) => clause.citation !== '' && (clause.heading.endsWith(nth[1] ?? '') || clause.title === nth[1]),
    );
    const n = ordinal(nth[2] ?? '');
    const entry =
      list && n
        ? clauses.find((clause) => clause.parentId === list.id && clause.citation.endsWith(`${n}.`))
        : undefined;
    if (entry) return entry;
  }
  const named = derived(index).titled.filter((clause) => question.includes(clause.title ?? clause.heading));
  return named[0] ?? null;
}
