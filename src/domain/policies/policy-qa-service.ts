import type { Channel } from '../programme/types.js';
import { composeAnswer, listBody } from './answer-composer.js';
import type { AnswerSynthesizer, QuestionRewriter } from './answer-synthesizer.js';
import { anchorOf, entriesOf, numberedEntry, within } from './clause-anchor.js';
import { answers, rankHits } from './clause-ranking.js';
import { characterPairs, type FaqStore, matchFaq, PARAPHRASE_SIMILARITY } from './faq.js';
import { groundingProblem } from './grounding.js';
import { namedDocument } from './named-document.js';
import { type Clause, clauseText } from './policy-document.js';
import type { Hit, PolicyIndex } from './policy-index.js';
import { type QuestionIntent, questionIntent } from './question-intent.js';
import { documentWords, mendTypos, plainQuestion } from './question-text.js';
import { outOfScope } from './scope.js';
import { PLAN_SLUG, REPLY_SLUG } from './situations.js';
import {
  citationOf,
  coveredLine,
  declined,
  itemsOf,
  NO_ANSWER_PHRASE,
  namedClause,
  openAnswer,
  type SpecialAnswer,
  situationAnswer,
  stepAnswer,
  stepNavigation,
  WHAT_IT_SAYS,
} from './special-answers.js';

/** The procedure an item belongs to, when a procedure is asked for as a whole (「选派流程是怎样的」). */
function sectionOf(index: PolicyIndex, item: Clause, kind: string): Clause | undefined {
  if (kind !== 'procedure') return undefined;
  const marker = /（[一二三四五六七八九十]+）$/.exec(item.citation);
  if (!marker) return undefined;
  const citation = item.citation.slice(0, marker.index);
  const slug = item.id.split('#')[0];
  return index
    .all()
    .find(
      (clause) =>
        clause.id.startsWith(`${slug}#`) && clause.citation === citation && /程序|流程|步骤/.test(clause.heading),
    );
}

/**
 * How to apply asked apart from what is applied for (「想申请个科技特派员 咋弄」) asks for the procedure, as the lexicon
 * reads 「怎么申请」 said in one piece.
 */
function applyingWords(words: string, intent: QuestionIntent): string {
  return intent.kind === 'procedure' && /申请|申报|报名|派驻|请/.test(words) && !/程序|流程/.test(words)
    ? `${words} 派驻程序`
    : words;
}

/** Each index's phrasings by the character pairs they hold, worked out once (the index is rebuilt when they change). */
interface PhrasingPairs {
  clauses: Clause[];
  sizes: number[];
  postings: Map<string, { phrasing: number; count: number }[]>;
}
const phrasingPairs = new WeakMap<PolicyIndex, PhrasingPairs>();

function pairsOfPhrasings(index: PolicyIndex): PhrasingPairs {
  const known = phrasingPairs.get(index);
  if (known) return known;
  const built: PhrasingPairs = { clauses: [], sizes: [], postings: new Map() };
  index.phrasings().forEach(({ clause, text }, phrasing) => {
    const pairs = characterPairs(text);
    built.clauses.push(clause);
    built.sizes.push([...pairs.values()].reduce((a, b) => a + b, 0));
    for (const [pair, count] of pairs)
      built.postings.set(pair, [...(built.postings.get(pair) ?? []), { phrasing, count }]);
  });
  phrasingPairs.set(index, built);
  return built;
}

/**
 * The clause a question leads to when it reads like one of the clause's 扩展问 (an administrator's say-so): Dice over
 * character pairs, counted by walking only the phrasings that share a pair with the question.
 */
function phrasedAs(index: PolicyIndex, words: string): Clause | null {
  const { clauses, sizes, postings } = pairsOfPhrasings(index);
  const asked = characterPairs(words);
  let askedSize = 0;
  const shared = new Map<number, number>();
  for (const [pair, count] of asked) {
    askedSize += count;
    for (const posting of postings.get(pair) ?? [])
      shared.set(posting.phrasing, (shared.get(posting.phrasing) ?? 0) + Math.min(count, posting.count));
  }
  let best: { clause: Clause; score: number } | null = null;
  for (const [phrasing, common] of shared) {
    const score = (2 * common) / (askedSize + (sizes[phrasing] ?? 0));
    const clause = clauses[phrasing];
    if (clause && score >= PARAPHRASE_SIMILARITY && score > (best?.score ?? 0)) best = { clause, score };
  }
  return best?.clause ?? null;
}

/** The documents' table of contents, for a model to put a question into their words. */
const outlines = new WeakMap<PolicyIndex, string[]>();
function outlineOf(index: PolicyIndex): string[] {
  let outline = outlines.get(index);
  if (!outline) {
    outline = index
      .all()
      .filter((clause) => !clause.parentId)
      .map((clause) => `《${clause.documentTitle}》${clause.citation}${clause.title ? ` ${clause.title}` : ''}`);
    outlines.set(index, outline);
  }
  return outline;
}

/** The programme's name is in most questions and does not say which entry of a part is meant. */
const PROGRAMME_WORDS = /^(?:企业)?科技特派(?:员|团)$|^特派(?:员|团)$/;

/** The whole list is asked for in so many words. */
const ASKS_FOR_ALL = /全部|所有|都有哪些|都有啥|都包括|列出|列一下|分别|哪几条|几条|有几项|每一条|每条|一共|总共|完整/;
/** An entry answers alone when it holds the whole question and clearly more of it than any other entry. */
const SINGLED_OUT_MARGIN = 1.3;

/**
 * Whether the best hit, an entry of a list, answers the question alone rather than as part of the list: it holds the
 * whole question and clearly more of it than any other entry, or a word of the question no other entry holds
 * (「政治」 is only in the first of the conditions).
 */
function singledOut(index: PolicyIndex, best: Hit, hits: Hit[], asksForAll: boolean): boolean {
  if (asksForAll || best.coverage < MIN_COVERAGE) return false;
  const section = best.clause.citation.replace(/（[一二三四五六七八九十]+）$/, '');
  const parent = best.clause.parentId ? index.clause(best.clause.parentId) : undefined;
  // The entries of the same list, from the tables worked out once per index (not a walk over every clause).
  const entries = parent ? entriesOf(index, parent) : itemsOf(index, { ...best.clause, citation: section });
  const others = entries.filter((clause) => clause.id !== best.clause.id);
  if (others.length === 0) return false;
  const heading = `${parent?.heading ?? ''}${best.clause.heading}`;
  const own = best.matchedTerms.filter((term) => [...term].length >= 2 && !heading.includes(term));
  if (own.some((term) => others.every((clause) => !clauseText(clause).includes(term)))) return true;
  if (best.coverage < 0.9) return false;
  const siblings = hits.filter(
    (hit) => hit.clause.id !== best.clause.id && others.some((clause) => clause.id === hit.clause.id),
  );
  return siblings.every((sibling) => best.score >= sibling.score * SINGLED_OUT_MARGIN);
}

/**
 * A question the programme plan leaves open (「补助什么时候发」) is answered as open only while no other document —
 * a city's rules added by an administrator — states the answer; then retrieval answers from that document.
 */
function openedByAnother(
  index: PolicyIndex,
  words: string,
  intent: QuestionIntent,
  open: SpecialAnswer | null,
): SpecialAnswer | null {
  if (!open) return null;
  const best = rankHits(searchIn(index, words), intent, PLAN_SLUG).find(
    (hit) => hit.clause.lines.length > 0 && hit.coverage >= MIN_COVERAGE && hit.score >= MIN_SCORE && hit.holdsSubject,
  );
  // Only a sentence of another document that speaks of the open subject itself (奖励, 发放) and, for a detail, states
  // one (5000元, 12月31日前) settles it.
  const sentences = best ? `${best.clause.heading}。${clauseText(best.clause)}`.split(/[。；\n]/) : [];
  const stated =
    best &&
    !best.clause.id.startsWith(`${PLAN_SLUG}#`) &&
    !best.clause.id.startsWith(`${REPLY_SLUG}#`) &&
    sentences.some(
      (sentence) =>
        (!open.subject || open.subject.test(sentence)) &&
        (!DETAIL_KINDS.has(intent.kind) || answers({ ...best.clause, lines: [{ text: sentence }] }).has(intent.kind)),
    );
  return stated ? null : open;
}

/** The question asks how many entries a list or a procedure has. */
const HOW_MANY_ENTRIES = /几步|几个(?:环节|步骤|方面|部分)|多少(?:步|个环节|个步骤)|一共.{0,3}(?:步|环节)|有几项|几大/;

/** The question asks how things stand now. */
const ASKS_FOR_NOW = /现在|目前|如今|最新|当前|今年|眼下/;
/** A figure the text dates (截至2020年, 2018年以来). */
const DATED_FIGURE = /截至\d{4}年|\d{4}年以来|自\d{4}年/;

/** An amount or count asked per day, month, week or visit. */
const PER_PERIOD = /(?:每|一)(?:服务)?(?:一)?(天|日|月|周|次|趟)(?:补|给|发|多少|能|可以|要)/;

/** Units a count is asked in that must be stated with a figure in the answer; 人, 名 and 位 count the same. */
const COUNTED_IN = /(?:多少|几)(?:个)?(项|家|人|名|位|期|户|份|所|批|篇|场|届|亿元|万元|元|天|次)/;
const SAME_UNIT: Record<string, string> = { 人: '人|名|位', 名: '人|名|位', 位: '人|名|位' };
const FIGURE = '(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千万]+)(?:余|多)?';

/** Whether the question asks for a year or a unit of figure the clause does not state. */
function detailMissing(question: string, clause: Clause): boolean {
  const text = clauseText(clause);
  // 「现在一共有多少名专家」: a figure the document gives as of a year gone by is not today's.
  if (ASKS_FOR_NOW.test(question) && DATED_FIGURE.test(text)) return true;
  // 「每服务一天补贴多少」: an amount per day, month or visit is not the 1万元 a year.
  const period = PER_PERIOD.exec(question)?.[1];
  if (period && /多少|几/.test(question) && !new RegExp(`每(?:服务)?(?:一)?${period}|/${period}`).test(text))
    return true;
  const years = question.match(/(?:19|20)\d{2}(?=年)/g) ?? [];
  if (years.some((year) => !text.includes(year))) return true;
  const unit = COUNTED_IN.exec(question)?.[1];
  // 「下一步计划有几项」 counts the entries of a list, which the list itself shows.
  const isList = clause.children.length > 0 || clause.lines.some((line) => line.marker);
  if (unit === '项' && isList) return false;
  return unit !== undefined && !new RegExp(`${FIGURE}(?:${SAME_UNIT[unit] ?? unit})`).test(text);
}

/** The documents do not state what is asked: said so, quoting the nearest clause. */
function undecidedFrom(nearest: Clause, score: number, coverage: number): PolicyAnswer {
  return {
    answered: true,
    undecided: true,
    text: `文件没有写到这一点，无法按文件给出明确答复。最相关的规定是：\n${clauseText(nearest).replace(/\n/g, ' ')}\n如需确认，可回复「转反馈」请工作人员解答。\n\n依据：${citationOf(nearest)}`,
    citation: citationOf(nearest),
    score,
    coverage,
  };
}

/** Where a message moves on to a second question: after a question mark, or at 另外/还有/顺便问. */
const NEXT_QUESTION = /[？?]+\s*|[，,；;。\s]+(?=另外|还有个?问题|还想问|顺便问|再问一下|再问下)/;
/** A part that asks something of its own (not 「你好？」 or 「在吗？」). */
const ASKS_SOMETHING = /[\u4e00-\u9fa5]{5,}/;

/** The questions a message asks, when it asks more than one. */
function questionsIn(message: string): string[] {
  const parts = message
    .split(NEXT_QUESTION)
    .map((part) => part.replace(/^(?:另外|还有个?问题|还想问|顺便问一?下?|再问一?下)[，,：:\s]*/, '').trim())
    .filter((part) => ASKS_SOMETHING.test(part));
  return parts.length >= 2 && parts.length <= 3 ? parts : [message];
}

/** The best clauses for the words: of the document the question names, when it names one that holds any. */
function searchIn(index: PolicyIndex, words: string): Hit[] {
  const named = namedDocument(index, words);
  if (!named) return index.search(words, 12);
  const { slug, rest } = named;
  const hits = index.search(rest, 60);
  const inside = hits.filter((hit) => hit.clause.id.startsWith(`${slug}#`));
  return (inside.length > 0 ? inside : hits).slice(0, 12);
}

/** Questions for a detail (an amount, a date, a figure) that only a clause stating one answers. */
const DETAIL_KINDS = new Set(['amount', 'when', 'count']);
/** The asker speaks of themselves: a question about their situation, even without 吗. */
const ABOUT_ME = /我|我们|咱|本人|俺/;

/** Below these, the best clause is a guess, and the honest answer is that the documents do not say. */
export const MIN_COVERAGE = 0.5;
export const MIN_SCORE = 3;

export { NO_ANSWER_PHRASE };

/** Recorded as the score of a pinned (FAQ) answer. */
const PINNED_SCORE = 100;

export interface PolicyAnswer {
  answered: boolean;
  /** The documents were searched and the reply says they do not decide the asker's case (quoting the nearest clause). */
  undecided?: boolean;
  /** Nothing in the documents held the question (as against a question declined as another region's or programme's). */
  notFound?: boolean;
  /** The question was answered as put into the documents' words by the model (shown to the asker). */
  understoodAs?: string;
  text: string;
  citation: string | null;
  score: number;
  coverage: number;
}

export interface AskedQuestion {
  personId: string | null;
  channel: Channel;
  question: string;
  answer: PolicyAnswer;
}

export interface QuestionLog {
  record(question: AskedQuestion): Promise<void>;
}

export interface LoggedQuestion {
  id: string;
  personId: string | null;
  channel: string;
  question: string;
  answered: boolean;
  citation: string | null;
  createdAt: Date;
}

/** What was asked, for the office to see what the documents miss (the admin API). */
export interface QuestionHistory {
  list(filter: { unanswered: boolean; limit: number }): Promise<LoggedQuestion[]>;
}

/** Answers policy questions from the knowledge base, citing the clause, and records what was asked. */
export class PolicyQaService {
  constructor(
    private readonly index: () => PolicyIndex,
    private readonly log: QuestionLog,
    private readonly faq: Pick<FaqStore, 'list'> = { list: async () => [] },
    private readonly synthesis?: {
      synthesizer: AnswerSynthesizer;
      /** Puts a question nothing was found for into the documents' words, for a second search. */
      rewriter?: QuestionRewriter;
      timeoutMs: number;
      onError?: (error: unknown) => void;
    },
  ) {}

  /**
   * Answers each question of a message that asks two (「要建立哪三个体系？另外补助能不能买设备？」) in turn, each with its
   * own citation; the first answered one is recorded as the message's citation.
   */
  answer(question: string): PolicyAnswer {
    const parts = questionsIn(question);
    if (parts.length < 2) return this.answerOne(question);
    const answers = parts.map((part) => ({ part, answer: this.answerOne(part) }));
    // A part that leans on the other (「有没有额外工资？每个月多少钱？」), is declined or left open makes the message one
    // question.
    const first = answers[0];
    if (!first || answers.some(({ answer }) => !answer.answered || answer.undecided)) return this.answerOne(question);
    return {
      ...first.answer,
      text: answers.map(({ part, answer }) => `关于「${part}」：\n${answer.text}`).join('\n\n'),
    };
  }

  private answerOne(question: string): PolicyAnswer {
    const index = this.index();
    const plain = plainQuestion(question);
    const intent = questionIntent(plain);
    const words = applyingWords(documentWords(question), intent);
    const special =
      (() => {
        const outside = outOfScope(plain);
        return outside ? declined(outside, index) : null;
      })() ??
      (intent.kind === 'step' ? stepAnswer(index, intent.steps) : null) ??
      stepNavigation(index, mendTypos(plain)) ??
      openedByAnother(index, words, intent, openAnswer(index, plain)) ??
      situationAnswer(index, plain, !(intent.yesNo || ABOUT_ME.test(plain)));
    if (special) {
      const { text, citation, answered, undecided } = special;
      return {
        answered,
        ...(undecided ? { undecided } : {}),
        text: citation && answered ? `${text}\n\n依据：${citation}` : text,
        citation: answered ? citation : null,
        score: answered ? PINNED_SCORE : 0,
        coverage: answered ? 1 : 0,
      };
    }
    const named =
      numberedEntry(index, mendTypos(plain))?.clause ?? namedClause(index, mendTypos(plain)) ?? phrasedAs(index, words);
    const anchored = named ? null : this.fromAnchor(index, plain, intent.kind);
    if (anchored) return anchored;
    const hits = named
      ? [{ clause: named, score: PINNED_SCORE, coverage: 1, matchedTerms: [], holdsSubject: true }]
      : rankHits(searchIn(index, words), intent, PLAN_SLUG);
    // A section that only lists its items answers list questions; other questions are answered from text.
    const listLike = intent.kind === 'list' || intent.kind === 'procedure' || intent.kind === 'conditions';
    // The first clause that holds enough of the question: a higher-ranked one that misses its subject does not answer.
    const best =
      hits.find(
        (hit) =>
          (hit.clause.lines.length > 0 || listLike) &&
          hit.coverage >= MIN_COVERAGE &&
          hit.score >= MIN_SCORE &&
          hit.holdsSubject,
      ) ?? hits.find((hit) => hit.clause.lines.length > 0 || listLike);
    if (!best || best.coverage < MIN_COVERAGE || best.score < MIN_SCORE || !best.holdsSubject) {
      return {
        answered: false,
        notFound: true,
        text: `${NO_ANSWER_PHRASE}。${coveredLine(index)}\n可以换个说法再问一次（例如写出具体的政策或事项名称），或回复「转反馈」，把这个问题作为政策反馈转给工作人员。`,
        citation: null,
        score: best?.score ?? 0,
        coverage: best?.coverage ?? 0,
      };
    }
    // A question for a detail the clause does not state (an amount, a date, a figure, a figure of another year or in
    // another unit: 「2024年登记了多少项」, 「帮扶了多少户」) is not answered by it.
    if ((DETAIL_KINDS.has(intent.kind) && !answers(best.clause).has(intent.kind)) || detailMissing(plain, best.clause))
      return undecidedFrom(best.clause, best.score, best.coverage);
    // A list or a procedure asked for as a whole, that lands on one of its entries, is answered with all of them —
    // unless the question asks for what only that entry says (「哪些人会被优先选派」 is entry 5 of the conditions).
    const whole =
      (intent.kind === 'list' || intent.kind === 'procedure') &&
      !singledOut(index, best, hits, ASKS_FOR_ALL.test(plain));
    const parent = whole
      ? best.clause.parentId
        ? index.clause(best.clause.parentId)
        : sectionOf(index, best.clause, intent.kind)
      : undefined;
    const hit = parent ? { ...best, clause: parent } : best;
    const { body, citation } = named
      ? { body: listBody(named, itemsOf(index, named)), citation: citationOf(named) }
      : composeAnswer(
          plain,
          hit,
          (term) => index.idf(term),
          listLike,
          (clause) => itemsOf(index, clause),
        );
    // 「派驻程序一共有几步」: the count first, then the steps.
    const entries = itemsOf(index, hit.clause);
    const counted =
      HOW_MANY_ENTRIES.test(plain) && entries.length > 1
        ? `共${entries.length}${/步|环节/.test(plain) ? '步' : '项'}。\n`
        : '';
    return {
      answered: true,
      text: `${counted}${body}\n\n依据：${citation}`,
      citation,
      score: best.score,
      coverage: best.coverage,
    };
  }

  /**
   * A question that points at a part of a document (「保障措施那部分讲了啥」, 「答复第一部分里网上技术市场有多少专家」) is
   * answered from that part only: the entry inside it that holds what is asked, or the part whole when the question
   * asks what it says, for a list, or for nothing the part's entries hold.
   */
  private fromAnchor(index: PolicyIndex, plain: string, kind: string): PolicyAnswer | null {
    const anchor = anchorOf(index, mendTypos(plain));
    if (!anchor) return null;
    const title = anchor.clause.title ?? anchor.clause.heading;
    const inside = index
      .search(documentWords(anchor.rest), 40)
      .filter(
        (hit) =>
          within(anchor.clause, hit.clause) &&
          hit.clause.lines.length > 0 &&
          hit.matchedTerms.some((term) => !title.includes(term) && !PROGRAMME_WORDS.test(term)),
      );
    const whole = kind === 'list' || kind === 'procedure' || WHAT_IT_SAYS.test(anchor.rest) || inside.length === 0;
    const best = inside[0];
    // 「公示认定那步，公示期是几天」: a figure the part does not state is not answered from it.
    const asked = whole || !best ? anchor.clause : best.clause;
    if (detailMissing(plain, asked)) return undecidedFrom(asked, best?.score ?? PINNED_SCORE, best?.coverage ?? 1);
    const { body, citation } =
      whole || !best
        ? { body: listBody(anchor.clause, itemsOf(index, anchor.clause)), citation: citationOf(anchor.clause) }
        : composeAnswer(
            plain,
            best,
            (term) => index.idf(term),
            false,
            (clause) => itemsOf(index, clause),
          );
    if (!body.trim()) return null;
    return {
      answered: true,
      text: `${body}\n\n依据：${citation}`,
      citation,
      score: PINNED_SCORE,
      coverage: 1,
    };
  }

  /** Runs one model call under the configured timeout; throws on error or timeout. */
  private async withinTimeout<T>(call: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.synthesis?.timeoutMs ?? 0);
    try {
      return await Promise.race([
        call(controller.signal),
        new Promise<never>((_, reject) =>
          controller.signal.addEventListener('abort', () => reject(new Error('timed out'))),
        ),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * With an LLM configured, rewrites a found answer from the retrieved clauses only. The LLM's text is used only if it
   * is grounded in them (groundingProblem); on error, timeout or an ungrounded answer the retrieval answer stands.
   */
  private async synthesized(question: string, found: PolicyAnswer, searchedFor = question): Promise<PolicyAnswer> {
    if (!this.synthesis || !found.answered) return found;
    const { synthesizer, onError } = this.synthesis;
    const sources = this.index()
      .search(documentWords(searchedFor), 3)
      .filter((hit) => hit.clause.lines.length > 0)
      .map((hit) => ({
        citation: `《${hit.clause.documentTitle}》${hit.clause.citation}`,
        text: clauseText(hit.clause),
      }));
    try {
      const text = await this.withinTimeout((signal) => synthesizer.synthesize(question, sources, signal));
      const problem = groundingProblem(text, sources);
      if (problem) throw new Error(`the synthesized answer is not grounded: ${problem}`);
      const cited = sources.find((source) => text.trim().split('\n').at(-1)?.includes(source.citation));
      return { ...found, text: text.trim(), citation: cited?.citation ?? found.citation };
    } catch (error) {
      onError?.(error);
      return found;
    }
  }

  /**
   * With an LLM configured, a question nothing was found for is put into the documents' words and searched again.
   * The second search is held to the same thresholds, so a rewrite can only lead to a clause the index itself finds;
   * the reply says how the question was understood, so the asker can tell a misreading.
   */
  private async reworded(question: string, found: PolicyAnswer): Promise<PolicyAnswer> {
    const rewriter = this.synthesis?.rewriter;
    if (!rewriter || !found.notFound) return found;
    try {
      const rewritten = await this.withinTimeout((signal) =>
        rewriter.rewrite(question, outlineOf(this.index()), signal),
      );
      if (!rewritten || plainQuestion(rewritten) === plainQuestion(question)) return found;
      const again = this.answer(rewritten);
      if (!again.answered) return found;
      const answer = await this.synthesized(question, again, rewritten);
      return { ...answer, understoodAs: rewritten, text: `按「${rewritten}」理解：\n${answer.text}` };
    } catch (error) {
      this.synthesis?.onError?.(error);
      return found;
    }
  }

  private async understood(question: string): Promise<PolicyAnswer> {
    const found = this.answer(question);
    if (found.notFound) return this.reworded(question, found);
    // What a rule, a named clause or a step decides is sent as it is; a model may only word retrieved answers and
    // decide the cases the documents leave open.
    if (found.score === PINNED_SCORE && !found.undecided) return found;
    return this.synthesized(question, found);
  }

  async ask(question: string, asker: { personId: string | null; channel: Channel }): Promise<PolicyAnswer> {
    const pinned = matchFaq(await this.faq.list(), question);
    const answer: PolicyAnswer = pinned
      ? {
          answered: true,
          text: pinned.citation ? `${pinned.answer}\n\n依据：${pinned.citation}` : pinned.answer,
          citation: pinned.citation ?? '常见问题解答',
          score: PINNED_SCORE,
          coverage: 1,
        }
      : await this.understood(question);
    await this.log.record({ ...asker, question, answer });
    return answer;
  }
}
