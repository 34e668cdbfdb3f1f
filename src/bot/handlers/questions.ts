import type { PolicyQaService } from '../../domain/policies/policy-qa-service.js';
import { examplePlace } from '../../domain/visits/visit-ledger.js';
import type { InboundMessage, Reply } from '../../platforms/contract.js';
import { replies } from '../replies/zh.js';
import { tellsRatherThanAsks } from '../text.js';
import { say, type Turn } from '../turn.js';

/** The offer to file an unanswered question as feedback (「…或回复「转反馈」，…」), taken out. */
const withoutForwarding = (text: string): string =>
  text
    .replace(/\n?如需确认，可回复「转反馈」[^。\n]*。/g, '')
    .replace(/[，；]\s*(?:或|也可以)?回复「转反馈」[^。\n]*。/g, '。');

/** Policy questions: anyone may ask; one the documents do not answer is kept a while, so 「转反馈」 can file it. */
export function questionHandlers(qa: PolicyQaService) {
  return {
    async ask(turn: Turn, question: string): Promise<Reply[]> {
      const result = await qa.ask(question, { personId: turn.sender.id, channel: turn.message.channel });
      // 「陈老师今天来了」 was told, not asked: no 「未找到相关政策」 for it, but what the bot can do with such news.
      if (result.notFound && tellsRatherThanAsks(question))
        return say(replies.toldNotAsked(turn.sender, question, examplePlace(turn.sender.postings)));
      // Feedback is filed by enterprises and their specialists: an official is not offered 「转反馈」.
      if (turn.sender.role === 'CITY_OFFICIAL' || turn.sender.role === 'REGION_OFFICIAL')
        return say(withoutForwarding(result.text));
      if (!result.answered) turn.conversation.remember('unanswered', question);
      return say(result.text);
    },

    /** A question asked on the side of something else (a report): the answer when the documents have one, else null. */
    async askAside(turn: Turn, question: string): Promise<Reply[] | null> {
      const result = await qa.ask(question, { personId: turn.sender.id, channel: turn.message.channel });
      return result.answered ? say(result.text) : null;
    },

    /** An account the roster does not know: the answer when the documents have one, else null. */
    async askUnregistered(message: InboundMessage, question: string): Promise<Reply[] | null> {
      const result = await qa.ask(question, { personId: null, channel: message.channel });
      return result.answered ? say(result.text) : null;
    },
  };
}

export type QuestionHandlers = ReturnType<typeof questionHandlers>;
