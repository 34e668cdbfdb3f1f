import { yearOf } from '../../common/local-date.js';
import { feedbackItems } from '../../domain/feedback/feedback-items.js';
import type { FeedbackService, FileOutcome, OfficialAction } from '../../domain/feedback/feedback-service.js';
import { ticketsNamed, ticketsTalkedOf } from '../../domain/feedback/tickets-named.js';
import type { Ticket } from '../../domain/feedback/types.js';
import { aliasesOf } from '../../domain/visits/enterprise-match.js';
import type { Reply } from '../../platforms/contract.js';
import { type Command, promiseNotKept, TICKET, ticketNoIn, ticketNumber } from '../commands.js';
import { heldBackIn } from '../intents.js';
import { onlyAnnouncesFeedback, supplementWords } from '../lexicon/feedback-words.js';
import { feedbackReplies } from '../replies/feedback.js';
import { replies } from '../replies/zh.js';
import { say, type Turn } from '../turn.js';

const isOfficial = (role: string) => role === 'CITY_OFFICIAL' || role === 'REGION_OFFICIAL';

/** A further ticket after the first, joined to it (「、0008」, 「和 FK-2026-0009」): its full number, or the year's. */
const ANOTHER_TICKET = new RegExp(`^[\\s、,，和及与跟]+(?:${TICKET}|(\\d{1,4}))(?![\\d-])`, 'i');

/** The tickets named after the first at the start of the words, and the words after them. */
function moreTickets(text: string, first: string): { more: string[]; rest: string } {
  const year = /FK-(\d{4})-/.exec(first)?.[1] ?? '';
  const more: string[] = [];
  let rest = text;
  for (let found = ANOTHER_TICKET.exec(rest); found; found = ANOTHER_TICKET.exec(rest)) {
    more.push(ticketNumber(found[1] ?? year, found[2] ?? found[3] ?? ''));
    rest = rest.slice(found[0].length);
  }
  return { more, rest: rest.replace(/^[\s、,，:：]+/, '') };
}

/** Policy feedback by chat: filing (directly, on behalf, from a complaint or an unanswered question) and following it. */
/** Thanks for an answer, then what if it does not come about (「收到 谢谢 那到时候没到账还找你们吗」). */
const THANKS_THEN_WHAT_IF =
  /^(?:收到|好的?|谢谢|多谢|感谢|明白|了解|知道了|行)[了啊的呀]?[，,。!！\s]*(?:谢谢|多谢|感谢)?[了啊的呀]?[，,。!！\s]*(?:那|那么)?(?:到时候?|如果|要是|万一|假如|回头)[\s\S]*(?:吗|么|呢|怎么办|咋办|找谁|找你们|[?？])[。!！~]*$/;

function offerToFile(turn: Turn, text: string): Reply[] {
  turn.conversation.ask({ kind: 'feedback-confirm', text });
  return say(feedbackReplies.confirmFiling(text));
}

export function feedbackHandlers(service: FeedbackService) {
  function respond(turn: Turn, text: string, outcome: FileOutcome): Reply[] {
    if (outcome.kind === 'choose-enterprise') {
      turn.conversation.ask({ kind: 'feedback-enterprise', text, postings: outcome.postings });
      return say(feedbackReplies.chooseEnterprise(outcome.postings));
    }
    if (outcome.kind === 'refused') return say(`未提交：${feedbackReplies.refused(outcome.refusal)}`);
    return say(feedbackReplies.filed(outcome.ticket));
  }

  /** Files the feedback: each problem it lists one by one as a ticket of its own (once the enterprise is known). */
  async function fileFor(turn: Turn, text: string, enterpriseId?: string): Promise<Reply[]> {
    const [first, ...rest] = feedbackItems(text);
    const channel = turn.message.channel;
    const filed = await service.file(turn.sender, rest.length > 0 ? (first ?? text) : text, channel, enterpriseId);
    if (filed.kind !== 'filed' || rest.length === 0) return respond(turn, text, filed);
    const tickets = [filed.ticket];
    for (const item of rest) {
      const next = await service.file(turn.sender, item, channel, filed.ticket.enterpriseId);
      if (next.kind === 'filed') tickets.push(next.ticket);
    }
    return say(feedbackReplies.filedSeveral(tickets));
  }

  async function escalateNow(turn: Turn, ticketNo: string, reason: string): Promise<Reply[]> {
    const outcome = await service.escalate(turn.sender, ticketNo, reason);
    return say(
      outcome.kind === 'refused' ? feedbackReplies.refused(outcome.refusal) : feedbackReplies.escalated(outcome.ticket),
    );
  }

  async function withdrawNow(turn: Turn, ticketNo: string, reason: string): Promise<Reply[]> {
    const outcome = await service.withdraw(turn.sender, ticketNo, reason);
    return say(
      outcome.kind === 'refused' ? feedbackReplies.refused(outcome.refusal) : feedbackReplies.withdrawn(outcome.ticket),
    );
  }

  async function supplementNow(turn: Turn, ticketNo: string, words: string): Promise<Reply[]> {
    const outcome = await service.supplement(turn.sender, ticketNo, words);
    return say(
      outcome.kind === 'refused'
        ? feedbackReplies.refused(outcome.refusal)
        : feedbackReplies.supplemented(outcome.ticket),
    );
  }

  function askWhatToAdd(turn: Turn, ticket: Ticket): Reply[] {
    turn.conversation.ask({ kind: 'supplement', text: '', tickets: [ticket.ticketNo] });
    return say(feedbackReplies.askSupplement(ticket));
  }

  async function actNow(turn: Turn, ticketNo: string, action: OfficialAction, text: string): Promise<Reply[]> {
    const held = heldBackIn(text, action === 'close');
    if (held) return say(replies.heldBack(held));
    const outcome = await service.act(turn.sender, ticketNo, action, text);
    return say(
      outcome.kind === 'refused'
        ? feedbackReplies.refused(outcome.refusal)
        : feedbackReplies.acted(outcome.ticket, outcome.status),
    );
  }

  /** The answers the contact may reopen, looked up once however often a turn asks. */
  function reopenableOf(turn: Turn): () => Promise<Ticket[]> {
    let found: Promise<Ticket[]> | undefined;
    return () => {
      found ??= service.reopenable(turn.sender);
      return found;
    };
  }

  /** Of one answer, 「是对反馈…的答复不满意吗」 is asked (the words kept as the reason); of several, which. */
  function askWhichToReopen(turn: Turn, answered: Ticket[], reason: string): Reply[] {
    const [only, ...others] = answered;
    if (only && others.length === 0 && reason)
      turn.conversation.ask({ kind: 'reopen', reason, ticketNo: only.ticketNo });
    return say(feedbackReplies.whichToReopen(answered, reason));
  }

  async function offer(turn: Turn, text: string, reopenable = reopenableOf(turn)): Promise<Reply[]> {
    if (THANKS_THEN_WHAT_IF.test(text.trim())) {
      const answered = await reopenable();
      // The answer the words are about (「没到账」 of the 补助 ticket, not the 加计扣除 one); none named when unclear.
      const [meant, ...others] = ticketsTalkedOf(answered, text);
      if (answered.length > 0)
        return say(feedbackReplies.ifStillNotDone(meant && others.length === 0 ? meant.ticketNo : null));
    }
    return offerToFile(turn, text);
  }

  async function promiseNotKeptOf(turn: Turn, text: string, reopenable = reopenableOf(turn)): Promise<Reply[] | null> {
    if (turn.sender.role !== 'ENTERPRISE_CONTACT' || !promiseNotKept(text)) return null;
    // Only an answer the words are about: 「退税说好这个月退…」 after an answer on 农机补贴 is a complaint of its own.
    const answered = ticketsTalkedOf(await reopenable(), text);
    return answered.length === 0 ? null : askWhichToReopen(turn, answered, text);
  }

  async function reopenNow(turn: Turn, ticketNo: string, reason: string): Promise<Reply[]> {
    const outcome = await service.reopen(turn.sender, ticketNo, reason);
    if (outcome.kind === 'refused' && outcome.refusal.code === 'reason-needed')
      turn.conversation.ask({ kind: 'reopen-reason', ticketNo });
    return say(
      outcome.kind === 'refused' ? feedbackReplies.refused(outcome.refusal) : feedbackReplies.reopened(outcome.ticket),
    );
  }

  return {
    fileFor,

    /** 「反馈：…」, 「我要反馈」 (then the text), 「帮龙城齿轮反馈：…」. */
    async file(turn: Turn, command: Extract<Command, { name: 'file-feedback' }>): Promise<Reply[]> {
      if (command.text === '' || onlyAnnouncesFeedback(command.text)) {
        turn.conversation.ask({ kind: 'feedback-text' });
        return say(feedbackReplies.askText);
      }
      if (turn.sender.role === 'SPECIALIST' && command.onBehalfOf) {
        const posting = (await service.enterprisesOf(turn.sender)).find((p) =>
          aliasesOf(p).includes(command.onBehalfOf ?? ''),
        );
        if (!posting) return say(feedbackReplies.notYourPosting(command.onBehalfOf));
        return fileFor(turn, command.text, posting.enterpriseId);
      }
      return fileFor(turn, command.text);
    },

    /**
     * A contact's plain complaint is offered as feedback, not filed unasked. Thanks for an answer and what to do if it
     * does not come about (「收到 谢谢 那到时候没到账还找你们吗」) is no new feedback: how to reopen the ticket is said.
     */
    offer: (turn: Turn, text: string) => offer(turn, text),

    notFiled: (): Reply[] => say(feedbackReplies.notFiled),

    /** 「转反馈」: the last question the documents could not answer becomes feedback. */
    async forward(turn: Turn): Promise<Reply[]> {
      const question = turn.conversation.recall('unanswered');
      if (!question) return say(feedbackReplies.nothingToForward);
      turn.conversation.forget('unanswered');
      return fileFor(turn, question);
    },

    /** 「回复 FK-… 答复」; said of a ticket by what it is about, the ticket is confirmed (or chosen) first. */
    async act(turn: Turn, command: Extract<Command, { name: 'act-on-feedback' }>): Promise<Reply[]> {
      const { action, text } = command;
      const held = heldBackIn(text, action === 'close');
      if (held) return say(replies.heldBack(held));
      if (command.ticketNo) {
        // 「回复 FK-2026-0007、0008 已转高新处」: the same answer for each ticket named, never 「、0008 …」 as the answer.
        const { more, rest } = moreTickets(text, command.ticketNo);
        if (more.length === 0) return actNow(turn, command.ticketNo, action, text);
        if (action !== 'close' && rest.trim().length < 2) return say(feedbackReplies.answerMissing);
        const each = [];
        for (const ticketNo of [command.ticketNo, ...more]) each.push(...(await actNow(turn, ticketNo, action, rest)));
        return say(each.map((reply) => reply.text).join('\n'));
      }
      // 「FK-2026-0001 和 FK-2026-0002 已转高新处」 said plainly: one answer read back is for one ticket, so the command
      // that answers both is shown instead of sending 「和 FK-2026-0002 …」 as the answer.
      const aboutNo = /\d{3,6}/.exec(command.about ?? '')?.[0];
      const named =
        ticketNoIn(command.about ?? '') ?? (aboutNo ? ticketNumber(String(yearOf(turn.today)), aboutNo) : null);
      const joined = named ? moreTickets(text, named) : null;
      if (named && joined && joined.more.length > 0)
        return say(feedbackReplies.severalNamed([named, ...joined.more], joined.rest));
      const open = await service.actionable(turn.sender, action);
      // 「0001那个」: a number said is that ticket or none, never another one offered in its place.
      const number = /\d{3,6}/.exec(command.about ?? '')?.[0];
      const numbered = number ? open.filter((t) => t.ticketNo.endsWith(number.padStart(4, '0'))) : null;
      if (numbered?.length === 0 && number) return say(feedbackReplies.notAmongOpen(number));
      const tickets = (numbered ?? ticketsNamed(open, command.about ?? '')).slice(0, 9);
      const [only, ...others] = tickets;
      if (!only) return say(feedbackReplies.nothingToActOn);
      turn.conversation.ask({ kind: 'act', action, text, tickets: tickets.map((t) => t.ticketNo) });
      return say(
        others.length === 0
          ? feedbackReplies.confirmAction(only, action, text)
          : feedbackReplies.chooseToActOn(tickets, action),
      );
    },

    actChosen: (turn: Turn, ticketNo: string, action: OfficialAction, text: string) =>
      actNow(turn, ticketNo, action, text),
    notActed: (): Reply[] => say(feedbackReplies.notActed),

    async reopen(turn: Turn, command: Extract<Command, { name: 'reopen-feedback' }>): Promise<Reply[]> {
      // Without a number it is the one answer given lately, or the one its words name (「首台套那个答复我不太满意」); of
      // several, which is asked, and nothing is reopened.
      const reopenable = command.ticketNo ? [] : await service.reopenable(turn.sender);
      const answered = command.ask ? ticketsNamed(reopenable, command.reason) : reopenable;
      const ticketNo = command.ticketNo ?? (answered.length === 1 && !command.ask ? answered[0]?.ticketNo : null);
      if (!ticketNo) return askWhichToReopen(turn, answered, command.reason);
      return reopenNow(turn, ticketNo, command.reason);
    },

    /**
     * 「邮件还是没收到啊 都说本周出 到现在也没动静」 from a contact: with an answer given lately, reopening it is offered
     * (which one asked of several); null otherwise, the words taken as they were routed.
     */
    promiseNotKept: (turn: Turn, text: string) => promiseNotKeptOf(turn, text),

    /** A contact's complaint: of an answer given lately when its words say so (reopening offered), else offered as feedback. */
    async complaint(turn: Turn, text: string): Promise<Reply[]> {
      const reopenable = reopenableOf(turn);
      return (await promiseNotKeptOf(turn, text, reopenable)) ?? offer(turn, text, reopenable);
    },

    /** 「对」 to 「是对反馈…的答复不满意吗」: reopened with the words it was found wanting in. */
    reopenChosen: (turn: Turn, ticketNo: string, reason: string) => reopenNow(turn, ticketNo, reason),
    notReopened: (): Reply[] => say(feedbackReplies.notReopened),

    /** 「上报 FK-… 原因」 raises the ticket; said in own words, the station confirms it (or chooses which) first. */
    async escalate(turn: Turn, command: Extract<Command, { name: 'escalate-feedback' }>): Promise<Reply[]> {
      if (command.ticketNo && !command.ask) return escalateNow(turn, command.ticketNo, command.reason);
      const found = await service.escalatable(turn.sender, command.ticketNo);
      if (found.kind === 'refused') return say(feedbackReplies.refused(found.refusal));
      const tickets = ticketsNamed(found.tickets, command.reason);
      const [only, ...others] = tickets;
      if (!only) return say(feedbackReplies.nothingToEscalate);
      turn.conversation.ask({ kind: 'escalate', reason: command.reason, tickets: tickets.map((t) => t.ticketNo) });
      return say(
        others.length === 0
          ? feedbackReplies.confirmEscalation(only, command.reason)
          : feedbackReplies.chooseToEscalate(tickets),
      );
    },

    escalateChosen: (turn: Turn, ticketNo: string, reason: string) => escalateNow(turn, ticketNo, reason),

    /** 「撤回 FK-… 原因」 takes the ticket back; said in own words, which one is confirmed (or chosen) first. */
    async withdraw(turn: Turn, command: Extract<Command, { name: 'withdraw-feedback' }>): Promise<Reply[]> {
      if (command.ticketNo && !command.ask) return withdrawNow(turn, command.ticketNo, command.reason);
      const found = await service.withdrawable(turn.sender, command.ticketNo);
      if (!Array.isArray(found)) return say(feedbackReplies.refused(found));
      const tickets = ticketsNamed(found, command.reason);
      const [only, ...others] = tickets;
      if (!only) return say(feedbackReplies.nothingToWithdraw);
      turn.conversation.ask({ kind: 'withdraw', reason: command.reason, tickets: tickets.map((t) => t.ticketNo) });
      return say(
        others.length === 0 ? feedbackReplies.confirmWithdrawal(only) : feedbackReplies.chooseToWithdraw(tickets),
      );
    },

    /** The tickets chosen, each withdrawn (「两个都撤」: both). */
    async withdrawChosen(turn: Turn, ticketNos: string[], reason: string): Promise<Reply[]> {
      const each: Reply[] = [];
      for (const ticketNo of ticketNos) each.push(...(await withdrawNow(turn, ticketNo, reason)));
      return say(each.map((reply) => reply.text).join('\n'));
    },

    /**
     * 「补充一下刚才那个反馈：…」 adds to the ticket meant: the one named, the only one waiting for an answer, or the one
     * just filed; which one is asked when several may be, and what to add when nothing is said.
     */
    async supplement(turn: Turn, command: Extract<Command, { name: 'supplement-feedback' }>): Promise<Reply[]> {
      const words = command.ask ? supplementWords(command.text) : command.text;
      const justNow = /刚才|刚刚|刚反馈|刚提交|刚发/.test(command.text);
      const found = await service.supplementable(turn.sender, command.ticketNo, justNow);
      if (!Array.isArray(found)) return say(feedbackReplies.refused(found));
      const tickets = command.ticketNo ? found : ticketsNamed(found, command.text);
      const [only, ...others] = tickets;
      // Nothing waits for an answer: words worth filing are offered as new feedback, never dropped.
      if (!only && words) {
        turn.conversation.ask({ kind: 'feedback-confirm', text: words });
        return say(`${feedbackReplies.nothingToSupplement}\n${feedbackReplies.confirmFiling(words)}`);
      }
      if (!only) return say(feedbackReplies.nothingToSupplement);
      if (others.length > 0) {
        turn.conversation.ask({ kind: 'supplement', text: words, tickets: tickets.map((t) => t.ticketNo) });
        return say(feedbackReplies.chooseToSupplement(tickets));
      }
      return words ? supplementNow(turn, only.ticketNo, words) : askWhatToAdd(turn, only);
    },

    async supplementChosen(turn: Turn, ticketNo: string, words: string): Promise<Reply[]> {
      if (words) return supplementNow(turn, ticketNo, words);
      const found = await service.supplementable(turn.sender, ticketNo, false);
      if (!Array.isArray(found)) return say(feedbackReplies.refused(found));
      const [chosen] = found;
      return chosen ? askWhatToAdd(turn, chosen) : say(feedbackReplies.nothingToSupplement);
    },
    notSupplemented: (): Reply[] => say(feedbackReplies.notSupplemented),
    notWithdrawn: (): Reply[] => say(feedbackReplies.notWithdrawn),
    notEscalated: (): Reply[] => say(feedbackReplies.notEscalated),

    async status(turn: Turn, ticketNo: string): Promise<Reply[]> {
      const found = await service.ticketFor(turn.sender, ticketNo);
      return say('code' in found ? feedbackReplies.refused(found) : feedbackReplies.one(found, turn.sender.role));
    },

    mine: async (turn: Turn): Promise<Reply[]> =>
      say(feedbackReplies.mine(await service.mine(turn.sender), turn.sender.role, turn.today)),

    async todo(turn: Turn): Promise<Reply[]> {
      if (!isOfficial(turn.sender.role)) return say(feedbackReplies.notAnOfficial);
      return say(feedbackReplies.todo(await service.todo(turn.sender), turn.sender.role));
    },

    async rate(turn: Turn, command: Extract<Command, { name: 'rate' }>): Promise<Reply[]> {
      const outcome = await service.rate(turn.sender, command.score, command.comment);
      return say(
        outcome.kind === 'refused'
          ? feedbackReplies.refused(outcome.refusal)
          : feedbackReplies.rated(outcome.posting, command.score),
      );
    },
  };
}

export type FeedbackHandlers = ReturnType<typeof feedbackHandlers>;
