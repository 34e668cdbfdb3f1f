import type { Channel } from '../programme/types.js';
import { composeAnswer, LIST_QUESTION } from './answer-composer.js';
import type { AnswerSynthesizer } from './answer-synthesizer.js';
import { type FaqStore, matchFaq } from './faq.js';
import { groundingProblem } from './grounding.js';
import { clauseText } from './policy-document.js';
import type { PolicyIndex } from './policy-index.js';

/** Below these, the best clause is a guess, and the honest answer is that the documents do not say. */
export const MIN_COVERAGE = 0.55;
export const MIN_SCORE = 3;

export const NO_ANSWER_PHRASE = '未找到相关政策';
/** Recorded as the score of a pinned (FAQ) answer. */
const PINNED_SCORE = 100;

export interface PolicyAnswer {
  answered: boolean;
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
      timeoutMs: number;
      onError?: (error: unknown) => void;
    },
  ) {}

  answer(question: string): PolicyAnswer {
    const index = this.index();
    // A section that only lists its items answers list questions; other questions are answered from text.
    const hits = index.search(question, 8);
    let best = hits.find((hit) => hit.clause.lines.length > 0 || LIST_QUESTION.test(question));
    // A bare table of contents loses to one of its own items that matches nearly as well.
    const toc = best && best.clause.lines.length === 0 ? best : undefined;
    const item = toc && hits.find((hit) => hit !== toc && hit.clause.citation.startsWith(toc.clause.citation));
    if (toc && item && item.score >= toc.score * 0.6) best = item;
    if (!best || best.coverage < MIN_COVERAGE || best.score < MIN_SCORE) {
      return {
        answered: false,
        text: `${NO_ANSWER_PHRASE}。可以换个说法再问一次（例如写出具体的政策或事项名称），或回复「转反馈」，把这个问题作为政策反馈转给工作人员。`,
        citation: null,
        score: best?.score ?? 0,
        coverage: best?.coverage ?? 0,
      };
    }
    // A list question that lands on one sub-item is answered with the whole list.
    const parent =
      LIST_QUESTION.test(question) && best.clause.parentId ? index.clause(best.clause.parentId) : undefined;
    const hit = parent ? { ...best, clause: parent } : best;
    const { body, citation } = composeAnswer(question, hit, (term) => index.idf(term));
    return {
      answered: true,
      text: `${body}\n\n依据：${citation}`,
      citation,
      score: best.score,
      coverage: best.coverage,
    };
  }

  /**
   * With an LLM configured, rewrites a found answer from the retrieved clauses only. The LLM's text is used only if it
   * is grounded in them (groundingProblem); on error, timeout or an ungrounded answer the retrieval answer stands.
   */
  private async synthesized(question: string, found: PolicyAnswer): Promise<PolicyAnswer> {
    if (!this.synthesis || !found.answered) return found;
    const { synthesizer, timeoutMs, onError } = this.synthesis;
    const sources = this.index()
      .search(question, 3)
      .filter((hit) => hit.clause.lines.length > 0)
      .map((hit) => ({
        citation: `《${hit.clause.documentTitle}》${hit.clause.citation}`,
        text: clauseText(hit.clause),
      }));
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const text = await Promise.race([
        synthesizer.synthesize(question, sources, controller.signal),
        new Promise<never>((_, reject) =>
          controller.signal.addEventListener('abort', () => reject(new Error('timed out'))),
        ),
      ]);
      const problem = groundingProblem(text, sources);
      if (problem) throw new Error(`the synthesized answer is not grounded: ${problem}`);
      const cited = sources.find((source) => text.trim().split('\n').at(-1)?.includes(source.citation));
      return { ...found, text: text.trim(), citation: cited?.citation ?? found.citation };
    } catch (error) {
      onError?.(error);
      return found;
    } finally {
      clearTimeout(timer);
    }
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
      : await this.synthesized(question, this.answer(question));
    await this.log.record({ ...asker, question, answer });
    return answer;
  }
}
