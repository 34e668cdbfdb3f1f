import { randomUUID } from 'node:crypto';
import { type Clock, today } from '../../common/clock.js';
import { addDays, type LocalDate, yearOf } from '../../common/local-date.js';
import type { Channel, Person } from '../programme/types.js';
import { matchEnterprise } from '../visits/enterprise-match.js';
import { findDates } from '../visits/report-dates.js';
import { type Posting, postingName, type VisitLedger } from '../visits/visit-ledger.js';
import { answerOutcomeQuestion, missingOf, type OutcomeDraft, type OutcomeMissing, wordIn } from './outcome-draft.js';
import { parseAmount, parseCount } from './outcome-figures.js';
import type { OutcomeLedger } from './outcome-ledger.js';
import { FORM_WORDS, IP_KIND_WORDS, IP_STAGE_WORDS, LEVEL_WORDS, PROJECT_STAGE_WORDS } from './outcome-lexicon.js';
import type { OutcomeNotices } from './outcome-notices.js';
import { monthIn, type OutcomeRefusal as ReadingRefusal, stageOf } from './outcome-reading.js';
import { titleOfWords } from './outcome-text.js';
import { APPLIED_BEFORE_DAYS, appliedBefore, maybeReportedBefore, SAME_OUTCOME_DAYS } from './same-outcome.js';
import {
  IP_KIND_LABELS,
  type IpKind,
  type NewOutcome,
  OUTCOME_KIND_LABELS,
  type OutcomeKind,
  type StoredOutcome,
} from './types.js';

export const OUTCOME_UNDO_WINDOW_MS = 24 * 3_600_000;
/** How long a reported outcome waits for the enterprise's answer by chat. */
export const OUTCOME_CONFIRMATION_WINDOW_MS = 60 * 24 * 3_600_000;

export type OutcomeRefusal =
  | { code: 'not-allowed' }
  | { code: 'no-postings'; contact: boolean }
  | { code: ReadingRefusal; date?: LocalDate | null; enterprise?: string | null }
  | { code: 'before-posting'; start: LocalDate }
  | { code: 'after-posting'; end: LocalDate }
  | { code: 'nothing-to-amend' }
  | { code: 'duplicate'; outcome: StoredOutcome }
  | { code: 'unreadable-value'; value: string; of: OutcomeKind }
  /** The outcome is said to be another of the sender's enterprises': it is undone and reported again, not moved. */
  | { code: 'other-enterprise'; outcome: StoredOutcome; enterprise: string }
  /** The correction gives what the record already says: nothing is changed, and the reply says so. */
  | { code: 'unchanged'; outcome: StoredOutcome };

export type OutcomeResult =
  | { kind: 'refused'; refusal: OutcomeRefusal }
  | { kind: 'incomplete'; missing: OutcomeMissing; draft: OutcomeDraft; postings: Posting[] }
  | { kind: 'recorded'; outcome: StoredOutcome }
  /** Someone else already reported what may be the same outcome: the reporter is asked before it is stored twice. */
  | { kind: 'maybe-same'; draft: OutcomeDraft; earlier: StoredOutcome }
  /** A project approved that was reported as applied for: asked whether it is that one, to update it. */
  | { kind: 'maybe-progressed'; draft: OutcomeDraft; earlier: StoredOutcome };

/** Why the reading of the message refuses it, carried with the draft. */
export interface DraftContext {
  refusal: ReadingRefusal | null;
  foreign: string | null;
  /** Said to be another company's outcome: refused for an enterprise contact too. */
  othersOwn?: boolean;
}

/** A draft the reading raised no objection to. */
export const NO_REFUSAL: DraftContext = { refusal: null, foreign: null };

/** The title an IP outcome is given from its kind and count (「发明专利2件」). */
const ipTitle = (outcome: Pick<OutcomeDraft, 'kind' | 'ipKind' | 'quantity'>): string | null =>
  outcome.kind === 'IP' && outcome.ipKind ? `${IP_KIND_LABELS[outcome.ipKind]}${outcome.quantity ?? ''}件` : null;

const titleFrom = (draft: OutcomeDraft, posting: Posting, today: LocalDate): string => {
  if (draft.title) return draft.title;
  if (draft.kind === 'RD_ACCOUNTING') return '研发投入核算制度';
  const ip = ipTitle(draft);
  if (ip) return ip;
  return titleOfWords(draft.summary, posting, today) ?? OUTCOME_KIND_LABELS[draft.kind];
};

/** Outcomes by chat: checked against the postings, stored, sent to the enterprise to confirm, undone or corrected. */
export class OutcomeService {
  constructor(
    private readonly ledger: OutcomeLedger,
    private readonly visits: Pick<VisitLedger, 'activePostings' | 'postingsOf' | 'allEnterprises'>,
    private readonly notices: OutcomeNotices,
    private readonly clock: Clock,
  ) {}

  /** The postings a person may report outcomes for: a specialist's own, an enterprise contact's enterprise's. */
  async postingsFor(person: Person): Promise<Posting[]> {
    if (person.role === 'SPECIALIST') return (await this.visits.postingsOf(person.id)).filter((p) => p.active);
    if (person.role === 'ENTERPRISE_CONTACT' && person.enterpriseId)
      return this.visits.activePostings({ enterpriseId: person.enterpriseId });
    return [];
  }

  /** Checks a (possibly completed) draft and stores it, or says what is missing or why it is refused. */
  /** `notSame`: the reporter said it is not the outcome someone else reported. */
  async submit(
    sender: Person,
    draft: OutcomeDraft,
    context: DraftContext,
    channel: Channel,
    notSame = false,
  ): Promise<OutcomeResult> {
    const refuse = (refusal: OutcomeRefusal): OutcomeResult => ({ kind: 'refused', refusal });
    if (sender.role !== 'SPECIALIST' && sender.role !== 'ENTERPRISE_CONTACT') return refuse({ code: 'not-allowed' });
    const postings = await this.postingsFor(sender);
    if (postings.length === 0) return refuse({ code: 'no-postings', contact: sender.role === 'ENTERPRISE_CONTACT' });
    if (context.refusal === 'plan') return refuse({ code: 'plan' });
    if (context.refusal === 'future') return refuse({ code: 'future', date: draft.date });
    // An enterprise contact reports for their own enterprise, whatever other names the message holds.
    const own = sender.role === 'ENTERPRISE_CONTACT' ? postings[0] : undefined;
    // 「融江电子那边上个月也授权了…」 from a contact is another company's outcome, not their enterprise's.
    if (context.refusal === 'not-posted' && (!own || context.othersOwn))
      return refuse({ code: 'not-posted', enterprise: context.foreign });
    if (!own && !draft.assignmentId) {
      const foreign = await this.foreignEnterprise(draft.summary, postings);
      if (foreign) return refuse({ code: 'not-posted', enterprise: foreign });
    }
    let next = draft;
    if (own) next = { ...next, assignmentId: own.assignmentId };
    else if (!next.assignmentId && postings.length === 1 && postings[0]) {
      next = { ...next, assignmentId: postings[0].assignmentId };
    }
    const missing = missingOf(next);
    if (missing) return { kind: 'incomplete', missing, draft: next, postings };
    const posting = postings.find((p) => p.assignmentId === next.assignmentId);
    if (!posting || !next.date) return refuse({ code: 'not-posted', enterprise: null });
    const problem = this.dateProblem(next.date, next.monthOnly, posting);
    if (problem) return refuse(problem);

    const outcome = this.toNew(next, posting, sender, channel, randomUUID(), this.clock.now());
    if (!notSame) {
      // One query serves both questions: a project's application may lie further back than a report told twice.
      const back = outcome.kind === 'PROJECT' ? APPLIED_BEFORE_DAYS : SAME_OUTCOME_DAYS;
      const [from, to] = [addDays(outcome.date, -back), addDays(outcome.date, SAME_OUTCOME_DAYS)];
      const nearby = await this.ledger.ofPosting(posting.assignmentId, outcome.kind, from, to);
      const earlier = maybeReportedBefore(outcome, nearby);
      if (earlier) return { kind: 'maybe-same', draft: next, earlier };
      const applied = appliedBefore(outcome, nearby);
      if (applied) return { kind: 'maybe-progressed', draft: next, earlier: applied };
    }
    const stored = this.stored(outcome, posting, sender.name);
    const earlier = await this.ledger.record(outcome, await this.notices.toConfirm(stored, 'new'));
    if (earlier) return refuse({ code: 'duplicate', outcome: earlier });
    return { kind: 'recorded', outcome: stored };
  }

  /**
   * 「是」 to 「是这个项目立项了吗」: the application reported before becomes the approved project (its day, level and
   * reporter the approval's), and the enterprise confirms it again; no second record is made.
   */
  async progressed(sender: Person, earlierId: string, draft: OutcomeDraft, channel: Channel): Promise<OutcomeResult> {
    const postings = await this.postingsFor(sender);
    const posting = postings.find((p) => p.assignmentId === draft.assignmentId);
    if (!posting || !draft.date) return { kind: 'refused', refusal: { code: 'not-posted', enterprise: null } };
    const earlier = await this.ledger.byId(earlierId);
    // Undone or changed since the question: the approval is stored as told.
    if (earlier?.assignmentId !== posting.assignmentId || earlier.stage !== 'APPLIED')
      return this.submit(sender, draft, NO_REFUSAL, channel, true);
    const next: NewOutcome = {
      ...this.toNew({ ...draft, title: earlier.title }, posting, sender, channel, earlier.id, this.clock.now()),
      level: draft.level ?? earlier.level,
      stage: 'APPROVED',
    };
    const stored = this.stored(next, posting, sender.name);
    await this.ledger.update(
      earlier.id,
      next,
      await this.notices.toConfirm(stored, `progressed-${this.clock.now().getTime()}`),
    );
    return { kind: 'recorded', outcome: stored };
  }

  /** The draft with the answer to the bot's question, or null when the message does not answer it. */
  answer(draft: OutcomeDraft, missing: OutcomeMissing, text: string, postings: Posting[]): OutcomeDraft | null {
    return answerOutcomeQuestion(draft, missing, text, today(this.clock), postings);
  }

  /**
   * What an official sees of the outcomes: this year's of their scope (a station's city; the office's region, or the
   * city it names), or the disputes still standing of any year. Null for anyone else.
   */
  async ofScope(
    official: Person,
    city: string | null,
    disputed: boolean,
  ): Promise<{ scope: string; outcomes: StoredOutcome[] } | null> {
    if (official.role === 'CITY_OFFICIAL' && !official.cityName) return null;
    if (official.role !== 'CITY_OFFICIAL' && official.role !== 'REGION_OFFICIAL') return null;
    const cityName = official.role === 'CITY_OFFICIAL' ? official.cityName : city;
    const outcomes = await this.ledger.list({
      ...(cityName ? { cityName } : {}),
      ...(disputed ? { status: 'DISPUTED' as const } : { year: yearOf(today(this.clock)) }),
    });
    return { scope: cityName ?? '全区', outcomes };
  }

  /** This year's outcomes of the postings a person reports for, by date. */
  async thisYear(person: Person): Promise<StoredOutcome[]> {
    const postings = await this.postingsFor(person);
    if (postings.length === 0) return [];
    return this.ledger.list({ year: yearOf(today(this.clock)), assignmentIds: postings.map((p) => p.assignmentId) });
  }

  /** The person's latest outcome reported within the undo window, if any. */
  latest(person: Person, kind?: OutcomeKind, ipKind?: IpKind): Promise<StoredOutcome | null> {
    const since = new Date(this.clock.now().getTime() - OUTCOME_UNDO_WINDOW_MS);
    return this.ledger.lastReportedBy(person.id, since, kind, ipKind);
  }

  /** 「撤销」: deletes the outcome (the person's latest, reported within 24 hours); the enterprise is told. */
  async undo(outcome: StoredOutcome): Promise<void> {
    await this.ledger.remove(outcome.id, await this.notices.withdrawn(outcome));
  }

  /**
   * 「修改 …」 on the latest outcome: every detail the value gives (a date, an amount, a count, a level, a stage, a
   * form, a kind of IP right, a quoted name) replaces the old one; the enterprise confirms the new version.
   */
  async amend(sender: Person, outcome: StoredOutcome, value: string): Promise<OutcomeResult> {
    const refuse = (refusal: OutcomeRefusal): OutcomeResult => ({ kind: 'refused', refusal });
    const changed = this.amended(outcome, value);
    const postings = await this.postingsFor(sender);
    if (!changed) {
      // 「搞错了 是石韵新材的」: another of the sender's enterprises is no detail of the outcome to change.
      const other = matchEnterprise(value, postings);
      if (other.kind === 'found' && other.posting.assignmentId !== outcome.assignmentId)
        return refuse({ code: 'other-enterprise', outcome, enterprise: postingName(other.posting) });
      return refuse({ code: 'unreadable-value', value, of: outcome.kind });
    }
    const differs = (Object.keys(changed) as (keyof typeof changed)[]).some(
      (key) => String(changed[key] ?? '') !== String(outcome[key] ?? ''),
    );
    if (!differs) return refuse({ code: 'unchanged', outcome });
    const posting = postings.find((p) => p.assignmentId === outcome.assignmentId);
    if (!posting) return refuse({ code: 'not-posted', enterprise: outcome.enterpriseShortName });
    const problem = this.dateProblem(changed.date, changed.monthOnly, posting);
    if (problem) return refuse(problem);
    // A change by the specialist undoes the enterprise's confirmation: the changed record is theirs to confirm again.
    const confirmedById = sender.role === 'ENTERPRISE_CONTACT' ? outcome.confirmedById : null;
    const next: NewOutcome = {
      ...outcome,
      ...changed,
      title: changed.title,
      confirmedById,
      createdAt: this.clock.now(),
    };
    const stored: StoredOutcome = { ...outcome, ...next, status: next.confirmedById ? 'CONFIRMED' : 'REPORTED' };
    const version = `amended-${this.clock.now().getTime()}`;
    await this.ledger.update(outcome.id, next, await this.notices.toConfirm(stored, version));
    return { kind: 'recorded', outcome: stored };
  }

  private amended(
    outcome: StoredOutcome,
    value: string,
  ): (Partial<NewOutcome> & Pick<NewOutcome, 'date' | 'monthOnly' | 'title'>) | null {
    const current = today(this.clock);
    const text = value.trim();
    const change: Partial<NewOutcome> = {};
    const word = <T>(table: [string, T][]) => wordIn(text, table);
    const [day] = findDates(text, current);
    const month = monthIn(text, current);
    if (day?.kind === 'past' && day.value) Object.assign(change, { date: day.value, monthOnly: false });
    else if (month && !month.future) Object.assign(change, { date: month.date, monthOnly: true });
    if (outcome.kind === 'TRANSFER') {
      const amount = parseAmount(text);
      if (amount !== null) change.amount = amount;
      const form = word(FORM_WORDS);
      if (form) change.form = form;
    }
    if (outcome.kind === 'PROJECT') {
      const level = word(LEVEL_WORDS);
      if (level) change.level = level;
      const stage = stageOf(text, PROJECT_STAGE_WORDS);
      if (stage) change.stage = stage;
    }
    if (outcome.kind === 'IP') {
      const ipKind = word(IP_KIND_WORDS);
      if (ipKind) change.ipKind = ipKind;
      // 「改成申请 还没授权」: the stage reached, not the one said not reached.
      const stage = stageOf(text, IP_STAGE_WORDS);
      if (stage) change.stage = stage;
    }
    if (outcome.kind === 'IP' || outcome.kind === 'TRAINING') {
      const bare = /^\d{1,6}$/.test(text) ? Number(text) : null;
      const quantity = bare ?? parseCount(text, outcome.kind === 'TRAINING' ? 'people' : 'items');
      if (quantity !== null) change.quantity = quantity;
    }
    const quoted =
      /[《「“"『]([^》」”"』]{2,60})[》」”"』]/.exec(text)?.[1] ??
      /^(?:名称|名字|题目)\s*[:：]?\s*(.{2,60})$/.exec(text)?.[1];
    if (quoted) change.title = quoted.trim();
    if (Object.keys(change).length === 0) return null;
    // A title made from the kind and count follows them (「发明专利2件」 becomes 「发明专利3件」).
    const made = ipTitle(outcome);
    const title =
      (made !== null && outcome.title === made ? ipTitle({ ...outcome, ...change }) : null) ?? outcome.title;
    return { date: outcome.date, monthOnly: outcome.monthOnly, title, ...change };
  }

  /** Outcomes of the contact's enterprise waiting for its answer. */
  async pending(contact: Person): Promise<StoredOutcome[]> {
    if (contact.role !== 'ENTERPRISE_CONTACT' || !contact.enterpriseId) return [];
    return this.ledger.unconfirmed(
      contact.enterpriseId,
      new Date(this.clock.now().getTime() - OUTCOME_CONFIRMATION_WINDOW_MS),
    );
  }

  /** Confirms (reason null) or disputes the given outcomes; returns those settled now. */
  async settle(contact: Person, outcomes: StoredOutcome[], reason: string | null): Promise<StoredOutcome[]> {
    const at = this.clock.now();
    const settled: StoredOutcome[] = [];
    for (const outcome of outcomes) {
      const status = reason === null ? 'CONFIRMED' : 'DISPUTED';
      const done = await this.ledger.settle(
        outcome.id,
        { status, note: reason, by: contact.id, at },
        await this.notices.settled(outcome, contact, reason, at),
      );
      if (done) settled.push({ ...outcome, status, statusNote: reason });
    }
    return settled;
  }

  /** An enterprise of the roster the message names that is none of the reporter's. */
  private async foreignEnterprise(text: string, postings: Posting[]): Promise<string | null> {
    const mine = new Set(postings.map((p) => p.enterpriseId));
    const others = (await this.visits.allEnterprises())
      .filter((e) => !mine.has(e.enterpriseId))
      .map((e) => ({ ...e, assignmentId: '' }));
    const match = matchEnterprise(text, others, false);
    return match.kind === 'found' ? (match.posting.shortName ?? match.posting.enterpriseName) : null;
  }

  private dateProblem(date: LocalDate, monthOnly: boolean, posting: Posting): OutcomeRefusal | null {
    const current = today(this.clock);
    if (date > current) return { code: 'future', date };
    // A month-only date stands for the whole month: it is before the posting only when the month ends before it.
    const lastDay = monthOnly ? `${date.slice(0, 7)}-31` : date;
    if (lastDay < posting.startDate) return { code: 'before-posting', start: posting.startDate };
    if (date > posting.endDate) return { code: 'after-posting', end: posting.endDate };
    return null;
  }

  private toNew(
    draft: OutcomeDraft,
    posting: Posting,
    sender: Person,
    channel: Channel,
    id: string,
    at: Date,
  ): NewOutcome {
    return {
      id,
      assignmentId: posting.assignmentId,
      reporterId: sender.id,
      kind: draft.kind,
      title: titleFrom(draft, posting, today(this.clock)),
      date: draft.date as LocalDate,
      monthOnly: draft.monthOnly,
      level: draft.level,
      stage: draft.stage,
      form: draft.form,
      amount: draft.amount,
      ipKind: draft.ipKind,
      quantity: draft.quantity,
      summary: draft.summary,
      channel,
      confirmedById: sender.role === 'ENTERPRISE_CONTACT' ? sender.id : null,
      createdAt: at,
    };
  }

  private stored(outcome: NewOutcome, posting: Posting, reporterName: string): StoredOutcome {
    return {
      ...outcome,
      status: outcome.confirmedById ? 'CONFIRMED' : 'REPORTED',
      statusNote: null,
      enterpriseId: posting.enterpriseId,
      enterpriseShortName: posting.shortName ?? posting.enterpriseName,
      cityName: posting.cityName,
      reporterName,
      confirmedAt: outcome.confirmedById ? outcome.createdAt : null,
    };
  }
}
