import type { FeedbackService, OfficialAction } from '../../domain/feedback/feedback-service.js';
import type { Person } from '../../domain/programme/types.js';
import { aliasesOf } from '../../domain/visits/enterprise-match.js';
import type { Posting } from '../../domain/visits/visit-ledger.js';
import type { InboundMessage, Reply } from '../../platforms/contract.js';
import type { Conversation, TopicValue } from '../conversation.js';
import type { Intent } from '../pipeline.js';
import { feedbackReplies } from '../replies/feedback.js';

const TICKET = 'FK\\s*-?\\s*(\\d{4})\\s*-?\\s*(\\d{1,6})';
const FILE = /^\s*(?:政策反馈|我要反馈|反馈|意见)\s*[:：]\s*([\s\S]+)$|^\s*我要反馈\s*([\s\S]+)$/;
const SUGGEST = /^\s*(?:建议|投诉)\s*[:：,，]?\s*[\s\S]{2,}$/;
/** "帮企业反馈：…", "帮龙城齿轮反馈：…": the separator is required, so a visit report that mentions 反馈 is not caught. */
const ON_BEHALF = /^\s*(?:帮|替|代)([^\s:：,，]{0,20}?)(?:提交)?(?:政策)?反馈\s*[:：]\s*([\s\S]+)$/;
/** A question is answered as one, not filed unasked. */
const QUESTION = /[?？]|吗|呢\s*$|什么|怎么|如何|哪|是否|能否|可否|还是/;
const ACT = new RegExp(`^\\s*(回复|答复|处理中|受理|关闭|办结)\\s*${TICKET}\\s*[:：,，]?\\s*([\\s\\S]*)$`, 'i');
const REOPEN = new RegExp(`^\\s*不满意\\s*${TICKET}\\s*[:：,，]?\\s*([\\s\\S]*)$`, 'i');
const RATE = /^\s*评价\s*(\d+(?:\.\d+)?|[一二三四五六七八九十])(?![下个次])\s*分?\s*[:：,，]?\s*([\s\S]*)$/;
const YES = /^\s*(是|是的|提交|确认提交|要提交)\s*[。.!！]?\s*$/;
const NO = /^\s*(否|不|不用|不要|算了|取消|不提交)\s*[。.!！]?\s*$/;
/** Plain complaints about how a policy works in practice ("补贴迟迟没到账"). */
const COMPLAINT =
  /迟迟|一直(?:没|未|不)|还(?:没|未)(?:有)?(?:到|下来|拨|兑现|落实|批|审|回复|办)|不到位|没(?:有)?落实|落实不了|太慢|太难|太复杂|太繁琐|手续繁琐|难以|拖欠|不合理|不公平|门槛(?:太)?高|没人管|找不到人|推诿|卡在|被退回|没有回音|没回音|没人回复/;
const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

type Pending = TopicValue<'feedbackPending'>;

/** Full-width letters, digits and hyphens as typed on a phone (ＦＫ－２０２６－１) read as ASCII; the rest is kept. */
const asciiAlnum = (text: string) =>
  text.replace(/[０-９Ａ-Ｚａ-ｚ－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

const ticketNo = (year: string, seq: string) => `FK-${year}-${seq.padStart(4, '0')}`;
const isOfficial = (person: Person) => person.role === 'CITY_OFFICIAL' || person.role === 'REGION_OFFICIAL';

/** Policy feedback by chat: filing (directly, on behalf, or from an unanswered question), acting on it, following it. */
export function feedbackIntents(service: FeedbackService): { commands: Intent[]; complaint: Intent } {
  async function file(
    message: InboundMessage,
    sender: Person,
    conversation: Conversation,
    text: string,
    enterpriseId?: string,
  ): Promise<Reply[]> {
    const outcome = await service.file(sender, text, message.channel, enterpriseId);
    if (outcome.kind === 'choose-enterprise') {
      conversation.set('feedbackPending', { text, step: 'enterprise', postings: outcome.postings });
      return [{ text: feedbackReplies.chooseEnterprise(outcome.postings) }];
    }
    conversation.clear('feedbackPending');
    if (outcome.kind === 'refused') return [{ text: `未提交：${outcome.reason}` }];
    return [{ text: feedbackReplies.filed(outcome.ticket) }];
  }

  const chosen = (pending: Pending, text: string): Posting | undefined => {
    const number = /^\s*(\d{1,2})\s*$/.exec(text);
    if (number) return pending.postings[Number(number[1]) - 1];
    // Only an answer to the question: a whole message that is one enterprise's name (not a report naming it).
    const name = text.trim();
    return pending.postings.find((p) => aliasesOf(p).includes(name));
  };

  const continuePending: Intent = {
    name: 'feedback-continued',
    matches(message, _sender, conversation) {
      const pending = conversation.get('feedbackPending');
      if (!pending) return false;
      if (NO.test(message.text)) return true;
      return pending.step === 'confirm' ? YES.test(message.text) : chosen(pending, message.text) !== undefined;
    },
    async handle(message, sender, conversation) {
      const pending = conversation.get('feedbackPending');
      if (!pending || NO.test(message.text)) {
        conversation.clear('feedbackPending');
        return [{ text: feedbackReplies.notFiled }];
      }
      return file(message, sender, conversation, pending.text, chosen(pending, message.text)?.enterpriseId);
    },
    // Any other message leaves the question unanswered: a later 「是」 or 「1」 must not file it.
    passedOver(_message, _sender, conversation) {
      conversation.clear('feedbackPending');
    },
  };

  const fileDirectly: Intent = {
    name: 'feedback-file',
    matches: (message, sender) =>
      (sender.role === 'ENTERPRISE_CONTACT' &&
        (FILE.test(message.text) || (SUGGEST.test(message.text) && !QUESTION.test(message.text)))) ||
      (sender.role === 'SPECIALIST' && (ON_BEHALF.test(message.text) || FILE.test(message.text))),
    async handle(message, sender, conversation) {
      const filed = FILE.exec(message.text);
      if (sender.role === 'SPECIALIST') {
        const behalf = ON_BEHALF.exec(message.text);
        const text = behalf ? (behalf[2] ?? '') : (filed?.[1] ?? filed?.[2] ?? '');
        // "帮龙城齿轮反馈" names the enterprise; "帮企业反馈", "帮忙反馈", "帮我们企业反馈" do not.
        const name = (behalf?.[1] ?? '').replace(/^(忙|一下|我们|我)/, '').replace(/^(?:派驻)?企业$/, '');
        if (name === '') return file(message, sender, conversation, text);
        const posting = (await service.enterprisesOf(sender)).find((p) => aliasesOf(p).includes(name));
        if (!posting) return [{ text: `未提交：只能为您派驻的企业提交反馈，「${name}」不是。` }];
        return file(message, sender, conversation, text, posting.enterpriseId);
      }
      const text = filed ? (filed[1] ?? filed[2] ?? '') : message.text.trim();
      return file(message, sender, conversation, text);
    },
  };

  const forwardQuestion: Intent = {
    name: 'feedback-from-question',
    matches: (message) => /^\s*转(?:为)?反馈\s*$/.test(message.text),
    async handle(message, sender, conversation) {
      const question = conversation.get('unanswered');
      if (!question) return [{ text: feedbackReplies.nothingToForward }];
      if (sender.role !== 'ENTERPRISE_CONTACT' && sender.role !== 'SPECIALIST')
        return [{ text: '未提交：政策反馈由企业联系人或其科技特派员提交。' }];
      conversation.clear('unanswered');
      return file(message, sender, conversation, question);
    },
  };

  const act: Intent = {
    name: 'feedback-act',
    matches: (message) => ACT.test(asciiAlnum(message.text)),
    async handle(message, sender) {
      const [, verb = '', year = '', seq = '', text = ''] = ACT.exec(asciiAlnum(message.text)) ?? [];
      const action: OfficialAction = /回复|答复/.test(verb) ? 'reply' : /处理中|受理/.test(verb) ? 'progress' : 'close';
      if (!isOfficial(sender)) return [{ text: '只有设区市服务站和自治区工作办的工作人员可以处理反馈。' }];
      const outcome = await service.act(sender, ticketNo(year, seq), action, text);
      return [
        { text: outcome.kind === 'refused' ? outcome.reason : feedbackReplies.acted(outcome.ticket, outcome.status) },
      ];
    },
  };

  const reopen: Intent = {
    name: 'feedback-reopen',
    matches: (message) => REOPEN.test(asciiAlnum(message.text)),
    async handle(message, sender) {
      const [, year = '', seq = '', why = ''] = REOPEN.exec(asciiAlnum(message.text)) ?? [];
      const outcome = await service.reopen(sender, ticketNo(year, seq), why);
      return [{ text: outcome.kind === 'refused' ? outcome.reason : feedbackReplies.reopened(outcome.ticket) }];
    },
  };

  const lists: Intent = {
    name: 'feedback-list',
    matches: (message) => /^\s*(我的反馈|反馈进度|待办|待处理反馈|待办反馈)\s*[?？]?\s*$/.test(message.text),
    async handle(message, sender) {
      if (/待/.test(message.text)) {
        if (!isOfficial(sender)) return [{ text: feedbackReplies.notAnOfficial }];
        return [{ text: feedbackReplies.todo(await service.todo(sender)) }];
      }
      return [{ text: feedbackReplies.mine(await service.mine(sender)) }];
    },
  };

  const rate: Intent = {
    name: 'posting-rating',
    matches: (message) => RATE.test(asciiAlnum(message.text)),
    async handle(message, sender) {
      const [, score = '', comment = ''] = RATE.exec(asciiAlnum(message.text)) ?? [];
      const outcome = await service.rate(sender, CN_DIGITS[score] ?? Number(score), comment);
      return [
        {
          text:
            outcome.kind === 'refused'
              ? outcome.reason
              : feedbackReplies.rated(outcome.posting, CN_DIGITS[score] ?? Number(score)),
        },
      ];
    },
  };

  /** Tried after the other intents: a contact's plain complaint is offered as feedback, not filed unasked. */
  const complaint: Intent = {
    name: 'feedback-complaint',
    matches: (message, sender) =>
      sender.role === 'ENTERPRISE_CONTACT' &&
      message.text.trim().length >= 8 &&
      COMPLAINT.test(message.text) &&
      !QUESTION.test(message.text),
    async handle(message, _sender, conversation) {
      const pending: Pending = { text: message.text.trim(), step: 'confirm', postings: [] };
      conversation.set('feedbackPending', pending);
      return [{ text: feedbackReplies.confirmFiling(pending.text) }];
    },
  };

  return { commands: [continuePending, act, reopen, lists, fileDirectly, forwardQuestion, rate], complaint };
}
