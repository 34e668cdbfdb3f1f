import { z } from 'zod';
import type { Clock } from '../common/clock.js';
import { isLocalDate, type LocalDate } from '../common/local-date.js';
import {
  IP_KINDS,
  IP_STAGES,
  OUTCOME_KINDS,
  PROJECT_LEVELS,
  PROJECT_STAGES,
  TRANSFER_FORMS,
} from '../domain/outcomes/types.js';
import { VISIT_TYPES } from '../domain/programme/types.js';

/** How long the bot remembers what it asked or showed: an answer after this is read as a new message. */
export const CONVERSATION_MEMORY_MS = 30 * 60_000;

const localDate = z
  .string()
  .refine(isLocalDate)
  .transform((value) => value as LocalDate);

const postingSchema = z.object({
  assignmentId: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  shortName: z.string().nullable(),
  cityName: z.string(),
  startDate: localDate,
  endDate: localDate,
  active: z.boolean(),
});

export const MISSING_FIELDS = ['date', 'enterprise', 'days', 'type', 'activity'] as const;

const draftSchema = z.object({
  date: localDate.nullable(),
  days: z.number().nullable(),
  type: z.enum(VISIT_TYPES).nullable(),
  assignmentId: z.string().nullable(),
  candidates: z.array(z.string()),
  summary: z.string(),
  typeCandidates: z.array(z.enum(VISIT_TYPES)).default([]),
  /** What the message said about the year, when it had to be inferred ("12月5日" read as last year's). */
  yearNote: z.string().nullable().default(null),
  activity: z.boolean().default(true),
  refusal: z.enum(['plan', 'future', 'invalid-date', 'not-posted', 'remote']).nullable().default(null),
  dateWords: z.string().nullable().default(null),
  dateMismatch: z.object({ day: localDate, weekday: z.string() }).nullable().optional(),
  smallHoursOf: localDate.nullable().optional(),
  smallHoursWord: z.enum(['今天', '昨天', '前天']).nullable().optional(),
  namedElsewhere: z.string().nullable().default(null),
});

export const OUTCOME_MISSING = ['enterprise', 'date', 'stage', 'level', 'title', 'form', 'ipKind', 'quantity'] as const;

const outcomeDraftSchema = z.object({
  kind: z.enum(OUTCOME_KINDS),
  assignmentId: z.string().nullable(),
  date: localDate.nullable(),
  monthOnly: z.boolean(),
  title: z.string().nullable(),
  summary: z.string(),
  level: z.enum(PROJECT_LEVELS).nullable(),
  stage: z.enum([...PROJECT_STAGES, ...IP_STAGES]).nullable(),
  form: z.enum(TRANSFER_FORMS).nullable(),
  amount: z.number().nullable(),
  ipKind: z.enum(IP_KINDS).nullable(),
  quantity: z.number().int().nullable(),
});

/** The one question the bot is waiting on, with what it needs to go on. */
const pendingSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('visit'),
    draft: draftSchema,
    missing: z.enum(MISSING_FIELDS),
    postings: z.array(postingSchema),
  }),
  z.object({
    kind: z.literal('outcome'),
    draft: outcomeDraftSchema,
    missing: z.enum(OUTCOME_MISSING),
    postings: z.array(postingSchema),
  }),
  /** The days of a refused report nobody has reported yet, stored on 「是」 (`drafts`, one per run of days). */
  z.object({ kind: z.literal('visit-free'), drafts: z.array(draftSchema).min(1) }),
  /** A half day the reporter may already have told of: dropped on 「是」 (the same), stored on 「不是」 (the other half). */
  z.object({ kind: z.literal('visit-same'), draft: draftSchema, earlier: z.string() }),
  /** An outcome someone else may already have reported: stored on 「不是」 (another one), dropped on 「是」. */
  z.object({
    kind: z.literal('outcome-same'),
    draft: outcomeDraftSchema,
    earlier: z.string(),
    /** The application 「是」 makes the approved project (instead of dropping this report as told before). */
    applied: z.string().optional(),
  }),
  z.object({ kind: z.literal('feedback-confirm'), text: z.string() }),
  /**
   * Words for someone else, to be passed on on 「是」 to exactly the people offered (`named` as the offer said);
   * `ref` names the message they came in.
   */
  z.object({
    kind: z.literal('relay-confirm'),
    text: z.string(),
    ref: z.string(),
    to: z.array(z.object({ id: z.string(), name: z.string() })).min(1),
    named: z.string(),
    /** An urging (「催一下玉林的特派员」): each recipient's own progress, sent instead of the words. */
    progress: z.record(z.string(), z.string()).optional(),
  }),
  z.object({ kind: z.literal('feedback-enterprise'), text: z.string(), postings: z.array(postingSchema) }),
  z.object({ kind: z.literal('feedback-text') }),
  z.object({ kind: z.literal('dispute-reason'), choice: z.number().nullable(), also: z.array(z.number()).default([]) }),
  /** `only`: the one record shown (of the day the message named), which 「是」 disputes, whatever is shown since. */
  z.object({ kind: z.literal('dispute-which'), reason: z.string(), only: z.string().nullable().default(null) }),
  z.object({ kind: z.literal('confirm-undo'), visitId: z.string(), label: z.string() }),
  /** Several records said right or objected to in one message, read back: each disputed with its reason, or confirmed. */
  z.object({
    kind: z.literal('verdicts'),
    items: z.array(z.object({ id: z.string(), reason: z.string().nullable() })).min(2),
  }),
  z.object({ kind: z.literal('resolve-reason'), disputeNo: z.string() }),
  /** The enterprise taking back its objection to a visit (「搞错了 陈老师确实来了」): done on 「是」. */
  z.object({ kind: z.literal('dispute-withdraw'), visitId: z.string() }),
  /** A finding said in own words (「核实了，陈老师那天确实去了」): confirmed before it is recorded. */
  z.object({
    kind: z.literal('resolve-confirm'),
    disputeNo: z.string(),
    verdict: z.enum(['VERIFIED', 'REJECTED']),
    reason: z.string(),
    /** Real but shorter: the days found (「属实，但只待了半天」). */
    days: z.number().nullable().default(null),
    /** Findings on other days said in the same message (「20号确实来了，21号没来」), recorded with it. */
    also: z
      .array(z.object({ disputeNo: z.string(), verdict: z.enum(['VERIFIED', 'REJECTED']), reason: z.string() }))
      .default([]),
  }),
  /** A field said alone (「半天」) after a report: is it a correction of that report? */
  z.object({
    kind: z.literal('amend-confirm'),
    /** The report asked about: only it is corrected. */
    visitId: z.string(),
    field: z.enum(['days', 'type', 'date']),
    value: z.string(),
    label: z.string(),
    /** Other fields the same correction gives (「不对，是前天，半天」). */
    also: z.array(z.object({ field: z.enum(['days', 'type', 'date']), value: z.string() })).optional(),
  }),
  /** Raising feedback to the regional office: confirm the one ticket, or choose among several (ticket numbers). */
  z.object({ kind: z.literal('escalate'), reason: z.string(), tickets: z.array(z.string()).min(1) }),
  /** An official's answer, closing or marking of a ticket said without its number: which ticket, confirmed first. */
  z.object({
    kind: z.literal('act'),
    action: z.enum(['reply', 'progress', 'close']),
    text: z.string(),
    tickets: z.array(z.string()).min(1),
  }),
  z.object({ kind: z.literal('withdraw'), reason: z.string(), tickets: z.array(z.string()).min(1) }),
  /** 「是对反馈…的答复不满意吗」: the one answered ticket, reopened on 是 with the words it was found wanting in. */
  z.object({ kind: z.literal('reopen'), reason: z.string().min(1), ticketNo: z.string() }),
  /** 「不满意 FK-…」 with no reason: the words sent next are why. */
  z.object({ kind: z.literal('reopen-reason'), ticketNo: z.string() }),
  /** Adding to a ticket: which one (several offered), or, with one and no `text` yet, what to add. */
  z.object({ kind: z.literal('supplement'), text: z.string(), tickets: z.array(z.string()).min(1) }),
]);
export type Pending = z.infer<typeof pendingSchema>;
export type PendingOf<K extends Pending['kind']> = Extract<Pending, { kind: K }>;

const stamped = <T extends z.ZodType>(schema: T) => z.object({ at: z.iso.datetime(), value: schema });

const stateSchema = z.object({
  pending: stamped(pendingSchema).optional(),
  /** The numbered list of visits last shown to an enterprise contact (「确认 2」 refers to it). */
  shownVisits: stamped(z.array(z.string())).optional(),
  /** How each record listed or read back read then, by id: one changed since is shown again, never confirmed unread. */
  shownAs: stamped(z.record(z.string(), z.string())).optional(),
  /** The last question the documents did not answer (「转反馈」 files it). */
  unanswered: stamped(z.string()).optional(),
  /** A report just refused (「未记录：…」): a plain 「撤销」 after it means that one, so it undoes nothing older. */
  refused: stamped(z.string()).optional(),
  /**
   * A record just undone (as the reply named it): a plain 「撤销」 sent again is not taken to undo the one before it (a
   * message sent twice must not delete two records).
   */
  undone: stamped(z.string()).optional(),
  /** The words that undid it: the same words sent again undo nothing more, whatever they name. */
  undoneBy: stamped(z.string()).optional(),
  /**
   * A record just changed that is not the latest (「前天那条实际只待了半天」): the reply offers 「撤销」 for it, so a plain
   * 「撤销」 or 「修改 …」 next means that one.
   */
  changedVisit: stamped(z.string()).optional(),
});
export type ConversationState = z.infer<typeof stateSchema>;
type Memory = 'shownVisits' | 'shownAs' | 'unanswered' | 'refused' | 'undone' | 'undoneBy' | 'changedVisit';
type MemoryValue<M extends Memory> = NonNullable<ConversationState[M]>['value'];

/**
 * Saves conversations (in the transaction that answers the message); a conversation is read with its person
 * (`SenderDirectory.senderOf`).
 */
export interface ConversationStore {
  save(personId: string, state: ConversationState): Promise<void>;
}

/**
 * One person's conversation: at most one pending question, and what the bot last showed them. Loaded once per
 * message and saved once if it changed. A stored record that does not validate (an older shape) is dropped rather
 * than trusted; what is older than CONVERSATION_MEMORY_MS is forgotten.
 */
export class Conversation {
  private changed = false;

  private constructor(
    private state: ConversationState,
    private readonly clock: Clock,
  ) {}

  static fresh(clock: Clock): Conversation {
    return new Conversation({}, clock);
  }

  static from(stored: unknown, clock: Clock): Conversation {
    const parsed = stateSchema.safeParse(stored ?? {});
    const conversation = new Conversation(parsed.success ? parsed.data : {}, clock);
    if (!parsed.success) conversation.changed = true;
    return conversation;
  }

  private fresh<T>(entry: { at: string; value: T } | undefined): T | null {
    if (!entry) return null;
    return this.clock.now().getTime() - Date.parse(entry.at) > CONVERSATION_MEMORY_MS ? null : entry.value;
  }

  /** The question the bot is waiting on, if still fresh. */
  get pending(): Pending | null {
    return this.fresh(this.state.pending);
  }

  /** Asks a question: it replaces any other. */
  ask(question: Pending): void {
    this.state = { ...this.state, pending: { at: this.clock.now().toISOString(), value: question } };
    this.changed = true;
  }

  /** The pending question is answered, cancelled or abandoned. */
  settle(): void {
    if (!this.state.pending) return;
    const { pending: _settled, ...rest } = this.state;
    this.state = rest;
    this.changed = true;
  }

  recall<M extends Memory>(memory: M): MemoryValue<M> | null {
    return this.fresh<MemoryValue<M>>(this.state[memory] as { at: string; value: MemoryValue<M> } | undefined);
  }

  remember<M extends Memory>(memory: M, value: MemoryValue<M>): void {
    this.state = { ...this.state, [memory]: { at: this.clock.now().toISOString(), value } };
    this.changed = true;
  }

  forget(memory: Memory): void {
    if (!this.state[memory]) return;
    const { [memory]: _forgotten, ...rest } = this.state;
    this.state = rest;
    this.changed = true;
  }

  get dirty(): boolean {
    return this.changed;
  }

  snapshot(): ConversationState {
    return this.state;
  }
}
