import type { PolicyQaService } from '../../domain/policies/policy-qa-service.js';
import type { Person } from '../../domain/programme/types.js';
import type { InboundMessage, Reply } from '../../platforms/contract.js';
import type { Intent, UnregisteredIntent } from '../pipeline.js';

/** Greetings and requests for help get the help text, not a search of the documents. */
const NOT_A_QUESTION =
  /^(你好|您好|hi|hello|hey|在吗|在不在|帮助|help|菜单|功能|\?|？|谢谢|好的|嗯|ok|(你|您)?(能|可以|会)(做|干|帮我?做?)(什么|啥|哪些事)|有(什么|哪些)功能|怎么用|如何使用|使用说明)[!！。.,，?？~]*$/i;

export function isPolicyQuestion(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length >= 4 && !NOT_A_QUESTION.test(trimmed);
}

async function answer(qa: PolicyQaService, message: InboundMessage, sender: Person | null): Promise<Reply[]> {
  const result = await qa.ask(message.text, { personId: sender?.id ?? null, channel: message.channel });
  return [{ text: result.text }];
}

/** Anyone may ask; a question the documents do not answer is kept a while, so 「转反馈」 can file it. */
export function policyQuestionIntent(qa: PolicyQaService): Intent {
  return {
    name: 'policy-question',
    matches: (message) => isPolicyQuestion(message.text),
    async handle(message, sender, conversation) {
      const result = await qa.ask(message.text, { personId: sender.id, channel: message.channel });
      if (!result.answered) conversation.set('unanswered', message.text);
      return [{ text: result.text }];
    },
  };
}

export function unregisteredPolicyQuestionIntent(qa: PolicyQaService): UnregisteredIntent {
  return {
    name: 'policy-question',
    matches: (message) => isPolicyQuestion(message.text),
    handle: (message) => answer(qa, message, null),
  };
}
