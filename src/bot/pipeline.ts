import type { Clock } from '../common/clock.js';
import { dateInShanghai, hourInShanghai, type LocalDate } from '../common/local-date.js';
import type { Logger } from '../common/logger.js';
import { readAsSimplified } from '../common/simplified.js';
import { parseCount } from '../domain/outcomes/outcome-figures.js';
import { OUTCOME_KIND_LABELS } from '../domain/outcomes/types.js';
import type { Person } from '../domain/programme/types.js';
import type { Quota } from '../domain/progress/quota.js';
import type { InboundMessage, Reply } from '../platforms/contract.js';
import type { Command } from './commands.js';
import { Conversation, type ConversationStore, type Pending } from './conversation.js';
import type { AssessmentHandlers } from './handlers/assessments.js';
import type { BindingHandlers } from './handlers/binding.js';
import type { ConfirmationHandlers } from './handlers/confirmations.js';
import type { DisputePartyHandlers } from './handlers/dispute-parties.js';
import type { DisputeHandlers } from './handlers/disputes.js';
import type { FeedbackHandlers } from './handlers/feedback.js';
import type { OutcomeHandlers } from './handlers/outcomes.js';
import type { QuestionHandlers } from './handlers/questions.js';
import type { RelayHandlers } from './handlers/relay.js';
import type { VisitHandlers } from './handlers/visits.js';
import { intentOf, saysRecordFineAlone } from './intents.js';
import { namesAnotherOutcome, recordMeant } from './record-meant.js';
import { outcomeReplies, unreadableChange } from './replies/outcomes.js';
import { visitReplies } from './replies/visits.js';
import { type PendingTopic, replies } from './replies/zh.js';
import { type Decision, type PendingAnswer, route, type Sender } from './router.js';
import { type MessageContext, say, type Turn } from './turn.js';
import { fragmentOf, rangeChanges } from './visit-reading.js';

export type { MessageContext } from './turn.js';

/**
 * Finds who sent a message, with what routing needs of them (a specialist's postings) and their conversation's stored
 * state (null when they have none yet), in one read.
 */
export interface SenderDirectory {
  senderOf(
    channel: InboundMessage['channel'],
    accountId: string,
  ): Promise<{ sender: Sender; conversation: unknown } | null>;
}

export interface BotDeps {
  senders: SenderDirectory;
  conversations: ConversationStore;
  clock: Clock;
  logger: Logger;
  visits: VisitHandlers;
  outcomes: OutcomeHandlers;
  assessments: AssessmentHandlers;
  confirmations: ConfirmationHandlers;
  disputes: DisputeHandlers;
  disputeParties: DisputePartyHandlers;
  feedback: FeedbackHandlers;
  relay: RelayHandlers;
  questions: QuestionHandlers;
  binding: BindingHandlers;
  quota: Quota;
  /** The digest an official asks for in chat, as the schedule would send it now (null for anyone else). */
  digest?: (official: Person) => Promise<string | null>;
  /** Whether the sender is within their messages a minute. */
  rateLimit?: (message: InboundMessage, context: MessageContext) => Promise<'ok' | 'just-over' | 'over'>;
  /** Told what each message was taken for (metrics). */
  onRouted?: (message: InboundMessage, decision: string) => void;
}

export interface Answer {
  sender: Person | null;
  replies: Reply[];
}

export interface Bot {
  /**
   * Identifies the sender and answers the message. Run inside the unit of work that completes the message: what it
   * changes (records, the conversation) commits with the replies or not at all.
   */
  answer(message: InboundMessage, context: MessageContext): Promise<Answer>;
}

/** The name a decision is counted and logged under. */
function decisionName(decision: Decision): string {
  if (decision.kind === 'command') return decision.command.name;
  if (decision.kind === 'answer') return `answer:${decision.answer.kind}`;
  return decision.kind;
}

/**
 * Feedback with a question after it (「…太麻烦了 另外问下特派员每年要来几次」): the question is no part of it. Only words
 * that turn to another matter count: 「想问一下为什么迟迟不拨付」 is the feedback itself.
 */
const FEEDBACK_THEN_ASIDE =
  /^(.{6,}?)[，,。.；;！!\s]+((?:另外|顺便|还想|还有个问题[，,\s]*)问一?下.{2,}|(?:另外|顺便)想问.{2,})$/;

/** An outcome named by its count before what undoes it (「32人那条删掉」). */
const COUNT_NAMED =
  /((?:\d{1,5}|[一二两三四五六七八九十百]+)\s*(?:个人|个|人|名|件|项))(?:的)?\s*(?:那条|那个|那项|这条|这个)/;
/** 「撤销」 with nothing that says which record: sent twice, it must not delete two. */
const BARE_UNDO = /^(?:撤销|撤回|撤消|删除|删掉|删了|撤销一下|删一下)(?:吧|了)?[。.!！~]*$/;

/** The words that turn to a question on the side, left out of the question itself. */
const ASIDE_OPENING = /^(?:对了|另外|顺便|还想|想|请)?问(?:一?下|问)?[，,：:\s]*|^对了[，,\s]*/;

/**
 * The conversation engine: one router pass decides what the message is (pending answer, command, report,
 * complaint, progress question, policy question, small talk), then the feature's handler answers. The person and
 * their conversation are read once and the conversation written once.
 */
export function createBot(deps: BotDeps): Bot {
  const { visits, outcomes, confirmations, disputes, disputeParties, feedback, questions, binding, relay } = deps;

  /** What a pending question is about, as the replies name it. */
  /** The names of the sender's enterprises (a specialist's postings), which name no outcome's title. */
  const postingNames = (turn: Turn) =>
    turn.sender.postings.flatMap((posting) => [posting.enterpriseName, posting.shortName ?? '']);

  function pendingTopic(pending: Pending, day: LocalDate): [PendingTopic, string] {
    switch (pending.kind) {
      case 'visit':
        return ['visit', visitReplies.draftLabel(pending.draft, pending.postings, day)];
      case 'visit-same':
        return ['visit', visitReplies.draftLabel(pending.draft, [], day)];
      case 'visit-free':
        return ['visit', pending.drafts.map((draft) => visitReplies.draftLabel(draft, [], day)).join('、')];
      case 'outcome':
      case 'outcome-same':
        return ['outcome', OUTCOME_KIND_LABELS[pending.draft.kind]];
      case 'feedback-confirm':
      case 'feedback-enterprise':
      case 'feedback-text':
        return ['feedback', ''];
      case 'relay-confirm':
        return ['relay', ''];
      case 'dispute-reason':
      case 'dispute-which':
      case 'verdicts':
        return ['dispute', ''];
      case 'confirm-undo':
        return ['undo', ''];
      case 'resolve-reason':
      case 'resolve-confirm':
        return ['resolve', pending.disputeNo];
      case 'escalate':
        return ['escalate', ''];
      case 'act':
        return ['act', ''];
      case 'reopen':
      case 'reopen-reason':
        return ['reopen', pending.ticketNo];
      case 'withdraw':
        return ['withdraw', ''];
      case 'supplement':
        return ['supplement', ''];
      case 'amend-confirm':
        return ['amend', pending.label];
      case 'dispute-withdraw':
        return ['withdraw-dispute', ''];
    }
  }

  /** 「取消」 (or 「不是」) to the question the bot waited on: what was dropped, said. */
  function cancelled(of: Pending['kind']): Reply[] {
    switch (of) {
      case 'visit':
      case 'visit-same':
        return visits.cancelled();
      case 'visit-free':
        return visits.restNotRecorded();
      case 'outcome':
      case 'outcome-same':
        return outcomes.cancelled();
      case 'dispute-reason':
      case 'dispute-which':
        return confirmations.disputeDropped();
      case 'verdicts':
        return confirmations.verdictsDropped();
      case 'resolve-reason':
      case 'resolve-confirm':
        return disputes.dropped();
      case 'escalate':
        return feedback.notEscalated();
      case 'act':
        return feedback.notActed();
      case 'reopen':
      case 'reopen-reason':
        return feedback.notReopened();
      case 'withdraw':
        return feedback.notWithdrawn();
      case 'supplement':
        return feedback.notSupplemented();
      case 'amend-confirm':
        return visits.notAmended();
      case 'confirm-undo':
        return visits.undoKept();
      case 'feedback-confirm':
      case 'feedback-enterprise':
      case 'feedback-text':
        return feedback.notFiled();
      case 'relay-confirm':
        return relay.notPassedOn();
      case 'dispute-withdraw':
        return disputeParties.notWithdrawn();
    }
  }

  function answerPending(turn: Turn, answer: PendingAnswer): Promise<Reply[]> | Reply[] {
    switch (answer.kind) {
      case 'cancel':
        return cancelled(answer.of);
      case 'visit-draft':
        return visits.report(turn, answer.draft, answer.noted, true);
      case 'outcome-draft':
        return outcomes.continue(turn, answer.draft, answer.noted ?? null, answer.unread ?? null);
      case 'feedback-yes':
        return feedback.fileFor(turn, answer.text);
      case 'feedback-no':
        return feedback.notFiled();
      case 'feedback-more':
        return feedback.offer(turn, answer.text);
      case 'relay-yes':
        return relay.passOn(turn, answer.pending);
      case 'feedback-enterprise':
        return feedback.fileFor(turn, answer.text, answer.enterpriseId);
      case 'feedback-text':
        return feedback.fileFor(turn, answer.text);
      case 'dispute-reason':
        return confirmations.dispute(turn, answer.choice, answer.reason, false, answer.also);
      case 'dispute-which':
        return confirmations.disputeChosen(turn, answer.choices, answer.reason);
      case 'dispute-declined':
        return confirmations.disputeDeclined();
      case 'dispute-one':
        return confirmations.disputeOne(turn, answer.id, answer.reason);
      case 'verdicts':
        return confirmations.settleVerdicts(turn, answer.items);
      case 'undo-confirmed':
        return visits.undo(turn, answer.visitId);
      case 'undo-kept':
        return visits.undoKept();
      case 'resolve-reason':
        return disputes.rejectWithReason(turn, answer.disputeNo, answer.reason);
      case 'dispute-withdrawn':
        return disputeParties.withdraw(turn, answer.visitId);
      case 'resolve-unclear':
        return disputes.unclear(turn, answer.disputeNo);
      case 'visit-same':
        return visits.same(answer.earlier);
      case 'visit-other':
        return visits.notSame(turn, answer.draft);
      case 'visit-free':
        return visits.rest(turn, answer.drafts);
      case 'outcome-same':
        return outcomes.same(answer.earlier);
      case 'outcome-progressed':
        return outcomes.progressed(turn, answer.applied, answer.draft);
      case 'outcome-other':
        return outcomes.notSame(turn, answer.draft);
      case 'resolve-confirmed':
        return disputes.resolveConfirmed(turn, answer, answer.also);
      case 'escalate-chosen':
        return feedback.escalateChosen(turn, answer.ticketNo, answer.reason);
      case 'act-chosen':
        return feedback.actChosen(turn, answer.ticketNo, answer.action, answer.text);
      case 'reopen-chosen':
        return feedback.reopenChosen(turn, answer.ticketNo, answer.reason);
      case 'withdraw-chosen':
        return feedback.withdrawChosen(turn, [answer.ticketNo, ...(answer.more ?? [])], answer.reason);
      case 'supplement-chosen':
        return feedback.supplementChosen(turn, answer.ticketNo, answer.text);
      case 'amend-confirmed':
        return visits.amendConfirmed(turn, answer.visitId, [
          { field: answer.field, value: answer.value },
          ...answer.also,
        ]);
    }
  }

  /** An official's 待办: open feedback, then open disputes. */
  async function todo(turn: Turn): Promise<Reply[]> {
    // One after another: inside the unit of work the queries share one connection.
    const tickets = await feedback.todo(turn);
    const visitDisputes = await disputes.todoSection(turn);
    const outcomeDisputes = await outcomes.todoSection(turn);
    const open = [visitDisputes, outcomeDisputes].filter((section) => section !== null);
    const [first, ...rest] = tickets;
    // 「有哪些异议还没核实的」 with none waiting is told so, not only that no feedback waits.
    const sections = open.length > 0 ? open : [replies.noDisputesWaiting];
    return [{ ...first, text: [first?.text ?? '', ...sections].join('\n\n') }, ...rest];
  }

  /** The person's latest outcome, when it is newer than their latest visit report (「撤销」 means the last thing told). */
  async function latestOutcome(turn: Turn) {
    const outcome = await outcomes.latest(turn);
    const visit = await visits.latest(turn);
    return outcome && (!visit || outcome.createdAt > visit.createdAt) ? outcome : null;
  }

  async function runCommand(turn: Turn, command: Command): Promise<Reply[]> {
    switch (command.name) {
      case 'help':
        return say(
          command.topic === 'general'
            ? replies.help(turn.sender, deps.quota)
            : replies.helpTopic(command.topic, deps.quota, turn.sender.role),
        );
      case 'bind':
        return binding.bind(turn.message, turn.context, turn.sender, command.code);
      case 'undo': {
        // An enterprise contact reports no visits: only an outcome of their own is theirs to undo.
        const onlyOutcomes = command.of === 'outcome' || turn.sender.role === 'ENTERPRISE_CONTACT';
        // 「把23号那条删了」 names a visit by its day or activity: that one, never the latest outcome.
        const named = recordMeant(turn.message.text ?? '', turn.today) !== null;
        // 「撤销刚才的修改」: a correction is not kept apart from its record, so undoing it would delete the record.
        if (/修改|改动|更正/.test(turn.message.text ?? '')) return say(visitReplies.editNotUndone);
        // 「撤销」 right after a report was refused takes back that report, which was never stored.
        if (!command.of && !named && turn.conversation.recall('refused') !== null)
          return say(visitReplies.refusedNotUndone);
        // A bare 「撤销」 again right after an undo deletes nothing more: it may be the same message sent twice.
        // So do the same words sent again (「撤销刚才那个专利」 twice), whatever they name.
        const words = (turn.message.text ?? '').trim();
        const bare = BARE_UNDO.test(words);
        const again = turn.conversation.recall('undoneBy') === words;
        const undone = (!command.of && !named && bare) || again ? turn.conversation.recall('undone') : null;
        if (undone) return say(visitReplies.undoneAlready(undone));
        // A plain 「撤销」 right after a record was changed (「前天那条实际只待了半天」) means that one, not the latest.
        // 「把刚才那条删了」 still means the latest reported.
        const changed = named || !bare || command.of === 'outcome' ? null : turn.conversation.recall('changedVisit');
        if (changed && !onlyOutcomes) return visits.undo(turn, null, changed);
        if ((command.of === 'visit' || (named && !command.of)) && !onlyOutcomes) return visits.undo(turn);
        // 「撤销刚才那个专利」 undoes the latest patent (or the like) of the undo window, 「撤销实用新型那条」 the latest
        // utility model, whatever was reported after it; a bare 「撤销」 the latest thing told.
        const outcome = command.outcomeKind
          ? await outcomes.latest(turn, command.outcomeKind, command.ipKind)
          : onlyOutcomes
            ? await outcomes.latest(turn)
            : await latestOutcome(turn);
        // 「32人那条删掉 留28人的」: the count named is that outcome's, or none is undone.
        const countNamed = COUNT_NAMED.exec(words)?.[1];
        const count = countNamed ? parseCount(countNamed, outcome?.kind === 'TRAINING' ? 'people' : 'items') : null;
        if (outcome && countNamed && count !== null && outcome.quantity !== count)
          return say(outcomeReplies.notTheCountNamed(outcome, countNamed, turn.today));
        // 「把齿轮箱降噪那个项目删了」 when the latest is 淬火炉智能温控改造: not that one, so nothing is undone.
        if (outcome && namesAnotherOutcome(words, outcome.title, postingNames(turn)))
          return say(outcomeReplies.notTheOneNamed('撤销', outcome, turn.today));
        if (outcome) return outcomes.undo(turn, outcome);
        // 「撤销刚才那个专利」 with no outcome to undo never undoes a visit instead.
        if (turn.sender.role === 'ENTERPRISE_CONTACT') return say(outcomeReplies.notYoursToChange('撤销'));
        return onlyOutcomes ? say(outcomeReplies.nothingToUndo) : visits.undo(turn);
      }
      case 'confirm-undo':
        return say(visitReplies.nothingToUndo);
      case 'amend': {
        const onlyOutcomes = command.of === 'outcome' || turn.sender.role === 'ENTERPRISE_CONTACT';
        // 「修改 天数 半天」, 「刚才那条改成半天」 after an outcome: only a visit has days, so the latest visit is meant.
        const days =
          command.field === 'days' ||
          (command.field === null && fragmentOf(command.value, turn.today)?.field === 'days');
        if (days && !onlyOutcomes)
          return visits.amend(turn, [{ field: command.field, value: command.value }, ...(command.also ?? [])]);
        // 「刚才那条改成23号到25号」: the first day and the days both change.
        const range =
          command.field === null || command.field === 'date' ? rangeChanges(command.value, turn.today) : null;
        if (range && !onlyOutcomes) return visits.amend(turn, range);
        const latest = onlyOutcomes ? await outcomes.latest(turn, command.outcomeKind) : await latestOutcome(turn);
        // 「刚才那个专利的日期错了」 corrects the latest patent (or the like), never another kind of outcome.
        const named = !command.of && recordMeant(turn.message.text ?? '', turn.today) !== null;
        const outcome =
          latest && !named && (!command.outcomeKind || latest.kind === command.outcomeKind) ? latest : null;
        if (!outcome && turn.sender.role === 'ENTERPRISE_CONTACT') return say(outcomeReplies.notYoursToChange('修改'));
        if (!outcome && onlyOutcomes) {
          // 「修改 金额 60万」 after a project: the latest outcome has no such figure, said so rather than that there is
          // nothing to change.
          const other = command.outcomeKind && !named ? await outcomes.latest(turn) : null;
          return say(other ? unreadableChange(other.kind, command.value) : outcomeReplies.nothingToAmend);
        }
        if (outcome && namesAnotherOutcome(turn.message.text ?? '', outcome.title, postingNames(turn)))
          return say(outcomeReplies.notTheOneNamed('修改', outcome, turn.today));
        return outcome
          ? outcomes.amend(turn, outcome, command.value)
          : visits.amend(turn, [{ field: command.field, value: command.value }, ...(command.also ?? [])]);
      }
      case 'progress':
        return visits.progress(turn);
      case 'my-outcomes':
        return outcomes.mine(turn, command.asked);
      case 'pending-visits':
        return confirmations.pending(turn);
      case 'confirm-visits':
        if (command.named) return confirmations.confirmNamed(turn, command.named, command.by);
        return command.exceptNamed
          ? confirmations.confirmAllBut(turn, command.exceptNamed)
          : command.cameTold && command.by
            ? confirmations.cameTold(turn, command.by)
            : confirmations.confirm(turn, command.choices, command.all, command.except, command.count, command.by);
      case 'dispute-visit':
        return confirmations.dispute(turn, command.choice, command.reason, command.ask, command.also);
      case 'file-feedback': {
        // 「反馈一下 …太麻烦了 另外问下特派员每年要来几次」: the feedback is filed without the question, which is answered.
        const side = FEEDBACK_THEN_ASIDE.exec(command.text);
        if (!side?.[1] || !side[2]) return feedback.file(turn, command);
        return withAside(turn, await feedback.file(turn, { ...command, text: side[1].trim() }), side[2].trim());
      }
      case 'forward-question':
        return feedback.forward(turn);
      case 'act-on-feedback':
        return feedback.act(turn, command);
      case 'reopen-feedback':
        return feedback.reopen(turn, command);
      case 'escalate-feedback':
        return feedback.escalate(turn, command);
      case 'withdraw-feedback':
        return feedback.withdraw(turn, command);
      case 'supplement-feedback':
        return feedback.supplement(turn, command);
      case 'my-feedback':
        return feedback.mine(turn);
      case 'ticket-status':
        return feedback.status(turn, command.ticketNo);
      case 'todo':
        return todo(turn);
      case 'digest': {
        const text = deps.digest ? await deps.digest(turn.sender) : null;
        return text ? [{ text, format: 'markdown' }] : say(replies.digestUnavailable);
      }
      case 'assessments':
        return deps.assessments.list(turn);
      case 'decide-assessment':
        return deps.assessments.decide(turn, command);
      case 'resolve-dispute':
        return command.ask
          ? disputes.resolveAsked(turn, command.ref, command.verdict, command.days ?? null, command.reason)
          : disputes.resolve(turn, command.ref, command.verdict, command.reason);
      case 'rate':
        return feedback.rate(turn, command);
    }
  }

  async function run(turn: Turn, decision: Decision): Promise<Reply[]> {
    switch (decision.kind) {
      case 'answer': {
        const answered = await answerPending(turn, decision.answer);
        return decision.aside ? withAside(turn, answered, decision.aside) : answered;
      }
      case 'command':
        return runCommand(turn, decision.command);
      case 'not-allowed':
        return say(replies.notAllowed(decision.command, decision.roles));
      case 'report': {
        // A refused report read again with the day said instead is handled as that report.
        const reported =
          decision.text && turn.message.kind === 'text'
            ? { ...turn, message: { ...turn.message, text: decision.text } }
            : turn;
        const answer = await visits.report(reported, decision.reading.draft);
        const [first, ...rest] = answer;
        const { aside } = decision.reading;
        const progress = aside ? await answerAside(turn, aside) : [];
        // What the message also said that was not recorded or answered is said, rather than let it seem done.
        const notes = [
          decision.alsoOutcome
            ? replies.outcomeNotRecorded(
                OUTCOME_KIND_LABELS[decision.alsoOutcome],
                first?.text.startsWith('已记录服务') ?? false,
              )
            : null,
          aside && progress.length === 0 ? replies.asideNotAnswered(aside) : null,
        ].filter((note) => note !== null);
        if (!first || (notes.length === 0 && progress.length === 0)) return answer;
        const answered = progress.map((reply) => reply.text).join('\n\n');
        return [
          { ...first, text: [[first.text, ...notes].join('\n'), answered].filter(Boolean).join('\n\n') },
          ...rest,
        ];
      }
      case 'outcome':
        return outcomes.report(turn, decision.reading, decision.text);
      case 'refused-not-changed':
        return say(visitReplies.refusedNotChanged);
      case 'time-of-day-correction':
        return visits.timeOfDayKept(turn);
      case 'visit-content-added':
        return visits.contentAdded(turn, decision.words);
      case 'someone-else':
        return say(visitReplies.someoneElse(decision.who));
      case 'fragment':
        return visits.fragment(turn, decision.fragment, decision.text, decision.correction, decision.also);
      case 'like-last':
        // 「上周四也是 半天」 while the report it is like is asked about: that one first, never the record before it.
        if (decision.whileAsked) return say(visitReplies.likeTheOneAsked(turn.message.text ?? ''));
        return visits.likeLast(turn, decision.date, decision.days, decision.sameDays);
      case 'complaint':
        return feedback.complaint(turn, decision.text);
      case 'relay-offer':
        return relay.offer(turn, decision.text);
      case 'dispute-withdrawal':
        return disputeParties.offerWithdrawal(turn, decision.text);
      case 'dispute-account':
        return disputeParties.offerAccount(turn, decision.text);
      case 'progress-question': {
        const progress = await visits.progress(turn, decision.text, decision.asks);
        return decision.aside ? withAside(turn, progress, decision.aside) : progress;
      }
      case 'policy-question':
        // 「都说本周出 到现在也没动静」 after an answer is about that answer, not a rule.
        return (await feedback.promiseNotKept(turn, decision.question)) ?? questions.ask(turn, decision.question);
      case 'kind-question':
        return visits.kindOf(turn, decision.activity);
      case 'small-talk': {
        // 「没问题」 from a contact with records waiting may be said of them: asked, never taken as confirming them.
        const fine = decision.what === 'ack' && saysRecordFineAlone(turn.message.text ?? '');
        const shown = fine ? await confirmations.fineSaidAlone(turn) : null;
        return shown ?? say(replies.smallTalk(decision.what, turn.sender));
      }
      case 'hold':
        turn.conversation.ask(decision.pending);
        return say(decision.which ? replies.whichOne(decision.which) : replies.holding);
      case 'image':
        return visits.image(turn);
      case 'location':
        return visits.location(turn);
      case 'non-text':
        return say(replies.nonText());
      case 'event':
      case 'unregistered':
        return [];
    }
  }

  /** The replies with a question asked on the side answered after the first, or said to be unanswered. */
  async function withAside(turn: Turn, answered: Reply[], aside: string): Promise<Reply[]> {
    const answers = await answerAside(turn, aside);
    const [first, ...rest] = answered;
    if (!first) return [...answered, ...answers];
    const more = answers.length > 0 ? answers.map((reply) => reply.text).join('\n\n') : replies.asideNotAnswered(aside);
    return [{ ...first, text: `${first.text}\n\n${more}` }, ...rest];
  }

  /**
   * A question asked on the side of a report, answered after it: progress (「顺便问下今年还差几天」), or a policy the
   * documents answer (「另外问下补贴啥时候发」). Anything else is said to be unanswered.
   */
  async function answerAside(turn: Turn, aside: string): Promise<Reply[]> {
    if (intentOf('second', aside, turn.sender.role) === 'progress') return visits.progress(turn, aside);
    const question = aside.replace(ASIDE_OPENING, '').trim();
    return (await questions.askAside(turn, question)) ?? [];
  }

  /**
   * The request after a whole command (「全部确认。另外反馈一下：…」), answered as a message of its own. When the command
   * asked something, the request waits: it is named back, to be sent again after the answer.
   */
  async function answerNext(turn: Turn, text: string): Promise<Reply[]> {
    // A question is answered aside, the command's own question still waiting; any other request is named back.
    const aside = turn.conversation.pending ? await answerAside(turn, text) : [];
    if (aside.length > 0) return aside;
    if (turn.conversation.pending) return say(replies.sendAgainLater(text));
    const message = { ...turn.message, text } as InboundMessage;
    const { decision } = route({ message, sender: turn.sender, pending: null, today: turn.today });
    deps.onRouted?.(message, decisionName(decision));
    return run({ ...turn, message }, decision);
  }

  async function answerUnregistered(
    message: InboundMessage,
    context: MessageContext,
    decision: Extract<Decision, { kind: 'unregistered' }>,
  ): Promise<Reply[]> {
    if (decision.bind) return binding.bind(message, context, null, decision.bind);
    // A question the documents answer is answered for anyone; anything else gets how to register.
    const answered = decision.question ? await questions.askUnregistered(message, decision.question) : null;
    return answered ?? say(replies.unregistered(message.channel, message.senderId));
  }

  return {
    async answer(received, context) {
      // What handlers read again (a report's text) reads as the router did: traditional characters as simplified.
      const message = received.kind === 'text' ? { ...received, text: readAsSimplified(received.text) } : received;
      const verdict = message.kind === 'event' || !deps.rateLimit ? 'ok' : await deps.rateLimit(message, context);
      if (verdict !== 'ok') {
        deps.onRouted?.(message, 'rate-limited');
        return { sender: null, replies: verdict === 'just-over' ? say(replies.slowDown()) : [] };
      }
      const found = await deps.senders.senderOf(message.channel, message.senderId);
      const sender = found?.sender ?? null;
      const conversation = found ? Conversation.from(found.conversation, deps.clock) : null;
      const now = deps.clock.now();
      const day = dateInShanghai(now);
      const routed = route({
        message,
        sender,
        pending: conversation?.pending ?? null,
        today: day,
        refused: conversation?.recall('refused') ?? null,
      });
      const { decision, abandoned } = routed;
      if (message.kind !== 'event') deps.onRouted?.(message, decisionName(decision));
      deps.logger.info(
        { channel: message.channel, personId: sender?.id, decision: decisionName(decision) },
        'message routed',
      );
      if (decision.kind === 'event') return { sender, replies: [] };
      if (!sender || !conversation || decision.kind === 'unregistered') {
        const answer = decision.kind === 'unregistered' ? await answerUnregistered(message, context, decision) : [];
        return { sender, replies: answer };
      }
      // The pending question is settled (answered, continued, cancelled or dropped) before the answer may ask again.
      conversation.settle();
      // A refused report is read again only by the very next message (「打错了 是前天」, 「撤销」): any other message
      // leaves it behind, so a day said later (「上周五」) never brings it back.
      if (!(decision.kind === 'command' && decision.command.name === 'undo')) conversation.forget('refused');
      const turn: Turn = { message, sender, conversation, context, today: day, hour: hourInShanghai(now) };
      // With a request after it, the decision is the words before that request's.
      const decided = routed.head !== undefined ? { ...turn, message: { ...message, text: routed.head } } : turn;
      const answer = [...(await run(decided, decision)), ...(routed.next ? await answerNext(turn, routed.next) : [])];
      // A question asked on the side leaves the waiting one open, unless the answer asked another.
      const kept = routed.kept && !conversation.pending ? routed.kept : null;
      if (kept) conversation.ask(kept);
      // Kept, but the answer asked a question of its own: only one can wait, so the kept one is dropped, and said so.
      const dropped = abandoned ?? (routed.kept && !kept ? routed.kept : null);
      if (conversation.dirty) await deps.conversations.save(sender.id, conversation.snapshot());
      const [first, ...rest] = answer;
      if (!first) return { sender, replies: answer };
      if (kept) {
        const last = answer.at(-1) ?? first;
        const note = replies.stillWaiting(...pendingTopic(kept, day));
        return { sender, replies: [...answer.slice(0, -1), { ...last, text: `${last.text}\n\n${note}` }] };
      }
      if (!dropped) return { sender, replies: answer };
      return {
        sender,
        replies: [{ ...first, text: `${replies.abandoned(...pendingTopic(dropped, day))}\n${first.text}` }, ...rest],
      };
    },
  };
}
