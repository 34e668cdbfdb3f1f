import { z } from 'zod';
import type { Clock } from '../common/clock.js';
import { isLocalDate, type LocalDate } from '../common/local-date.js';
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

const visitDraftSchema = z.object({
  draft: z.object({
    date: localDate,
    dateGiven: z.boolean(),
    days: z.number().nullable(),
    type: z.enum(VISIT_TYPES).nullable(),
    assignmentId: z.string().nullable(),
    candidates: z.array(z.string()),
    summary: z.string(),
  }),
  missing: z.enum(['enterprise', 'days', 'type']),
  postings: z.array(postingSchema),
});

const feedbackPendingSchema = z.object({
  text: z.string(),
  step: z.enum(['confirm', 'enterprise']),
  postings: z.array(postingSchema),
});

/** What one person's conversation remembers; each topic with the time it was written. */
const TOPICS = {
  /** A visit report with a field still missing, and which one the bot asked for. */
  visitDraft: visitDraftSchema,
  /** Feedback the bot offered to file, or for which it asked the enterprise. */
  feedbackPending: feedbackPendingSchema,
  /** The numbered list of visits last shown to an enterprise contact (「确认 2」 refers to it). */
  shownVisits: z.array(z.string()),
  /** The last question the documents did not answer (「转反馈」 files it). */
  unanswered: z.string(),
} as const;

export type Topic = keyof typeof TOPICS;
export type TopicValue<T extends Topic> = z.infer<(typeof TOPICS)[T]>;

const stateSchema = z.object(
  Object.fromEntries(
    Object.entries(TOPICS).map(([topic, schema]) => [
      topic,
      z.object({ at: z.iso.datetime(), value: schema }).optional(),
    ]),
  ) as { [T in Topic]: z.ZodOptional<z.ZodObject<{ at: z.ZodISODateTime; value: (typeof TOPICS)[T] }>> },
);
export type ConversationState = z.infer<typeof stateSchema>;

/** Loads and saves conversations (in the transaction that answers the message). */
export interface ConversationStore {
  load(personId: string): Promise<unknown>;
  save(personId: string, state: ConversationState): Promise<void>;
}

/**
 * One person's conversation, loaded once per message and saved once if it changed. A stored record that does not
 * validate (an older shape) is dropped rather than trusted; topics older than CONVERSATION_MEMORY_MS are forgotten.
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

  get<T extends Topic>(topic: T): TopicValue<T> | null {
    const entry = this.state[topic];
    if (!entry) return null;
    if (this.clock.now().getTime() - Date.parse(entry.at) > CONVERSATION_MEMORY_MS) {
      this.clear(topic);
      return null;
    }
    return entry.value as TopicValue<T>;
  }

  set<T extends Topic>(topic: T, value: TopicValue<T>): void {
    this.state = { ...this.state, [topic]: { at: this.clock.now().toISOString(), value } };
    this.changed = true;
  }

  clear(topic: Topic): void {
    if (!this.state[topic]) return;
    const { [topic]: _dropped, ...rest } = this.state;
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
