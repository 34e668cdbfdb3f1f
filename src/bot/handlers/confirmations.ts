import { chineseDayLabel, type LocalDate } from '../../common/local-date.js';
import { parseCount } from '../../domain/outcomes/outcome-figures.js';
import type { OutcomeService } from '../../domain/outcomes/outcome-service.js';
import { OUTCOME_KIND_LABELS, type StoredOutcome } from '../../domain/outcomes/types.js';
import { SPECIALIST_TITLE_WORDS, specialistsNamed } from '../../domain/people/family-names.js';
import { dayGiven, findDates } from '../../domain/visits/report-dates.js';
import type { SettleRefusal, VisitConfirmationService } from '../../domain/visits/visit-confirmation.js';
import type { StoredVisit } from '../../domain/visits/visit-ledger.js';
import type { Reply } from '../../platforms/contract.js';
import { undoneKind } from '../commands.js';
import { FINE_SAID, withoutObjectionLabel } from '../intents.js';
import { recordMeant } from '../record-meant.js';
import { outcomeLine } from '../replies/outcomes.js';
import { visitLine, visitReplies } from '../replies/visits.js';
import { numberList } from '../text.js';
import { say, type Turn } from '../turn.js';
import { verdictsSaid, verdictsWithTheRest } from '../verdicts-said.js';

/** A record waiting for the enterprise's answer: a visit or an outcome, numbered in one list. */
type Waiting =
  | { type: 'visit'; id: string; visit: StoredVisit }
  | { type: 'outcome'; id: string; outcome: StoredOutcome };

type Settled =
  | { kind: 'settled'; visits: StoredVisit[]; outcomes: StoredOutcome[] }
  /** Changed by the specialist since the contact was shown them: shown again, nothing settled. */
  | { kind: 'changed'; items: Waiting[] }
  | { kind: 'none' }
  | { kind: 'choose'; items: Waiting[] }
  | { kind: 'refused'; refusal: SettleRefusal };

/** A record of the list with the number it is shown under. */
interface Numbered {
  no: number;
  item: Waiting;
}

/** 「2号」 alone: a day of the month, or the number of a list just shown. */
const DAY_OR_NUMBER = /^(\d{1,2})\s*[号日]$/;
const LIST_NUMBER = /^第?\s*[\d一二三四五六七八九]{1,2}\s*(?:条|个)?\s*(?:的话|那个|那条)?[\s，,]*/;

/** A visit record reported by the teacher of that family name (「王老师」 of a team: 王芳's, never 李明's). */
function ofTeacher(surname: string) {
  return (item: Waiting): boolean => item.type === 'visit' && item.visit.reporterName.startsWith(surname);
}

/**
 * The family name of a specialist whose records wait, as the words name them (「陈思远老师」, 「王老师」); never another
 * person (「赵工」, the enterprise's engineer) or a word before 老师 that is no one's name.
 */
function reporterNamed(text: string, items: Waiting[]): string | null {
  const names = [...new Set(items.flatMap((item) => (item.type === 'visit' ? [item.visit.reporterName] : [])))];
  const full = names.find((name) => text.includes(name));
  if (full) return full.slice(0, 1);
  const said = specialistsNamed(text);
  // A waiting record's reporter first; else the first family name said (「王老师」 of the team).
  return said.find((surname) => names.some((name) => name.startsWith(surname))) ?? said[0] ?? null;
}

/** A record of the list as one line: a visit, or an outcome with who reported it. */
const itemLine = (item: Waiting, today: LocalDate) =>
  item.type === 'visit'
    ? visitLine(item.visit, today)
    : `【成果】${outcomeLine(item.outcome, today)}（${item.outcome.reporterName}）`;

function pendingText(entries: Numbered[], today: LocalDate, footer?: string): string {
  const visits = entries.flatMap(({ item }) => (item.type === 'visit' ? [item.visit] : []));
  if (entries.every(({ item }) => item.type === 'visit'))
    return visitReplies.pending(
      visits,
      today,
      footer,
      entries.map(({ no }) => no),
    );
  return [
    `有${entries.length}条记录待确认：`,
    ...entries.map(({ no, item }) => `${no}. ${itemLine(item, today)}`),
    footer ?? '请回复「确认 序号」或「有异议 序号 原因」，全部属实可回复「全部确认」。',
  ].join('\n');
}

function settledText(
  result: { visits: StoredVisit[]; outcomes: StoredOutcome[] },
  reason: string | null,
  today: LocalDate,
) {
  const parts: string[] = [];
  if (result.visits.length > 0) parts.push(visitReplies.settled(result.visits, reason, today));
  if (result.outcomes.length > 0) {
    parts.push(
      reason === null
        ? [`已确认${result.outcomes.length}条成果：`, ...result.outcomes.map((o) => `· ${outcomeLine(o, today)}`)].join(
            '\n',
          )
        : [
            '已记录您对成果的异议，并告知报备人和设区市服务站（这条成果暂不计入目标进展）：',
            ...result.outcomes.map((o) => `· ${outcomeLine(o, today)}`),
            `异议：${reason}`,
          ].join('\n'),
    );
  }
  return parts.join('\n\n');
}

/**
 * The enterprise's answer to reported visits and outcomes: 待确认, 确认 [1,2], 有异议 [n] 原因 (the reason may follow
 * apart). Visits and outcomes waiting are shown in one numbered list.
 */
/**
 * Records said to be fine in a dispute's words (「1和3没问题，第4条…」, 「确认1，2有异议…」), by number, leaving out those
 * disputed; 'rest' for 「其他都没问题」; null when none are.
 */
function confirmedAlongside(text: string, disputed: number[]): number[] | 'rest' | null {
  if (/(?:其他|其余|剩下|别的|另外)的?(?:几条|几个|记录)?\s*(?:都|也)?(?:没问题|确认|属实|没毛病|是对的)/.test(text))
    return 'rest';
  const said =
    /(?:^|[，,。；;\s])第?([\d一二三四五六七八九][\d一二三四五六七八九\s和、,，及与]*)条?\s*(?:都|也)?(?:没问题|确认|属实|没毛病|是对的)/.exec(
      text,
    );
  const confirmFirst =
    /(?:^|[，,。；;\s])(?:确认|属实)\s*第?([\d一二三四五六七八九][\d一二三四五六七八九\s和、,，及与]*)/.exec(text);
  const listed = said?.[1] ? numberList(said[1]) : confirmFirst?.[1] ? numberList(confirmFirst[1]) : null;
  const fine = listed?.filter((n) => !disputed.includes(n)) ?? [];
  return fine.length > 0 ? fine : null;
}

/** 「都没问题 不过…」, 「其他都对 就是…」: the others said fine before the one objected to. */
const SAID_FINE_FIRST = new RegExp(`^(?:都|全都|其他|其余|别的|剩下的?)\\S{0,3}(?:${FINE_SAID}|对)`);

/** Words that name only a specialist's records: 「李老师那条」, 「李明老师报的」. */
const ONLY_A_SPECIALIST = new RegExp(
  `^\\p{Script=Han}{1,3}?(?:${SPECIALIST_TITLE_WORDS})(?:报的|的)?(?:那条|那个|这条)?$`,
  'u',
);

/**
 * The waiting records some words name: outcomes of the kind they name (「那个转让的」, 「实用新型那条」), else visits of
 * the day, kind, enterprise or activity they name (「17号那条」, 「政策宣讲的」); null when they name neither.
 */
function itemsNamed(words: string, today: LocalDate): ((item: Waiting) => boolean) | null {
  // 「李老师那条」, 「李老师报的」: the records of the specialist of that surname.
  const surname = ONLY_A_SPECIALIST.test(words.trim()) ? specialistsNamed(words)[0] : undefined;
  if (surname)
    return (item) => (item.type === 'visit' ? item.visit.reporterName : item.outcome.reporterName).startsWith(surname);
  const { outcomeKind, ipKind } = undoneKind(words);
  // 「上周五那次培训确实是45个人参加的」: a count or a day said is that outcome's, or the words name none.
  const count = parseCount(words, outcomeKind === 'TRAINING' ? 'people' : 'items');
  const day = findDates(words, today).find((date) => date.kind === 'past' && date.value)?.value;
  if (outcomeKind)
    return (item) =>
      item.type === 'outcome' &&
      item.outcome.kind === outcomeKind &&
      (!ipKind || item.outcome.ipKind === ipKind) &&
      (count === null || item.outcome.quantity === count) &&
      (!day || item.outcome.date === day);
  const meant = recordMeant(`${words.replace(/的$/, '')}那条`, today);
  return meant ? (item) => item.type === 'visit' && meant(item.visit) : null;
}

export function confirmationHandlers(service: VisitConfirmationService, outcomes: OutcomeService) {
  async function waiting(turn: Turn): Promise<Waiting[]> {
    // One after another: inside the unit of work the queries share one connection.
    const visits = await service.pending(turn.sender);
    const outs = await outcomes.pending(turn.sender);
    return [
      ...visits.map((visit) => ({ type: 'visit' as const, id: visit.id, visit })),
      ...outs.map((outcome) => ({ type: 'outcome' as const, id: outcome.id, outcome })),
    ];
  }

  /**
   * Remembers the numbered list a contact was shown, so 「确认 2」 means the second record of that list. Once records of
   * it are settled, the others keep their numbers while the list is remembered (the settled leave gaps, new ones are
   * numbered after): a number the contact was given (「确认 1,2,4」) never comes to mean another record. `waiting`: all
   * that waits, when `items` is part of it.
   */
  function show(turn: Turn, items: Waiting[], footer?: string, waiting: Waiting[] = items): Reply[] {
    const before = turn.conversation.recall('shownVisits') ?? [];
    const ids = new Set(items.map((item) => item.id));
    const still = new Set(waiting.map((item) => item.id));
    const settledSince = before.some((id) => !still.has(id));
    // A part of the list shown (「您说的是这一条吗」) keeps its numbers: 「确认 1」 after it still means the list's first.
    const part = before.length > 0 && items.every((item) => before.includes(item.id));
    const numbering = part || (settledSince && before.some((id) => ids.has(id))) ? [...before] : [];
    for (const item of items) if (!numbering.includes(item.id)) numbering.push(item.id);
    if (items.length > 0) turn.conversation.remember('shownVisits', numbering);
    rememberShown(turn, items);
    const entries = items.map((item) => ({ no: numbering.indexOf(item.id) + 1, item })).sort((a, b) => a.no - b.no);
    return say(pendingText(entries, turn.today, footer));
  }

  /**
   * `ask`: show the list and ask which even when only one record waits (the message did not say it was that one).
   * `choices` may name records by number of the list shown, or (`{ id }`) the one record asked about.
   */
  async function settle(
    turn: Turn,
    choices: number[] | { id: string } | null,
    all: boolean,
    reason: string | null,
    ask = false,
  ): Promise<Settled> {
    if (turn.sender.role !== 'ENTERPRISE_CONTACT') return { kind: 'refused', refusal: { code: 'not-a-contact' } };
    const items = await waiting(turn);
    if (items.length === 0) return { kind: 'none' };
    let chosen: Waiting[];
    if (choices !== null && !Array.isArray(choices)) {
      const item = items.find((i) => i.id === choices.id);
      if (!item) return { kind: 'refused', refusal: { code: 'already-settled', choice: 1 } };
      chosen = [item];
    } else if (choices !== null && choices.length > 0) {
      // A number refers to the list the contact was shown, which may have changed since.
      const shown = turn.conversation.recall('shownVisits');
      chosen = [];
      for (const choice of choices) {
        const shownId = shown?.[choice - 1];
        const item = shown ? items.find((i) => i.id === shownId) : items[choice - 1];
        if (!item) return { kind: 'refused', refusal: { code: shownId ? 'already-settled' : 'no-such-visit', choice } };
        chosen.push(item);
      }
    } else if ((all && reason === null) || (items.length === 1 && !ask)) {
      chosen = items;
    } else {
      return { kind: 'choose', items };
    }
    return settleItems(turn, chosen, reason);
  }

  /** How the records read as shown to the contact, so a change made after is noticed. */
  function rememberShown(turn: Turn, items: Waiting[]): void {
    const before = turn.conversation.recall('shownAs') ?? {};
    const now = Object.fromEntries(items.map((item) => [item.id, itemLine(item, turn.today)]));
    turn.conversation.remember('shownAs', { ...before, ...now });
  }

  /**
   * Confirms (no reason) or disputes (a reason) the records chosen, visits and outcomes alike; none when one was changed
   * since it was shown (「确认 4」 after the specialist's 「修改 天数 1天」 would confirm a version never seen).
   */
  async function settleItems(turn: Turn, chosen: Waiting[], reason: string | null): Promise<Settled> {
    const shownAs = turn.conversation.recall('shownAs') ?? {};
    const changed = chosen.filter((item) => {
      const seen = shownAs[item.id];
      return seen !== undefined && seen !== itemLine(item, turn.today);
    });
    if (changed.length > 0) return { kind: 'changed', items: changed };
    const visits = await service.settleVisits(
      turn.sender,
      chosen.flatMap((item) => (item.type === 'visit' ? [item.visit] : [])),
      reason,
    );
    const outs = await outcomes.settle(
      turn.sender,
      chosen.flatMap((item) => (item.type === 'outcome' ? [item.outcome] : [])),
      reason,
    );
    return visits.length + outs.length > 0 ? { kind: 'settled', visits, outcomes: outs } : { kind: 'none' };
  }

  function answer(turn: Turn, outcome: Settled, reason: string | null): Reply[] {
    if (outcome.kind === 'refused') return say(visitReplies.settleRefused(outcome.refusal));
    if (outcome.kind === 'none') return say(visitReplies.pending([], turn.today));
    if (outcome.kind === 'choose') return show(turn, outcome.items);
    if (outcome.kind === 'changed') return show(turn, outcome.items, visitReplies.changedSinceShown);
    return say(settledText(outcome, reason, turn.today));
  }

  async function dispute(
    turn: Turn,
    choices: number[] | { id: string } | null,
    reason: string,
    ask = false,
  ): Promise<Reply[]> {
    if (ask) {
      const several = await verdictsAsked(turn);
      if (several) return several;
    }
    const outcome = await settle(turn, choices, false, reason, ask);
    // Said in own words with the day (「陈老师昨天没来，这条不对」): the one record of that day is asked about.
    const day = ask ? dayGiven(reason, turn.today) : null;
    const by = day && outcome.kind === 'choose' ? reporterNamed(reason, outcome.items) : null;
    // 「那个专利还没批下来呢」: the one outcome of the kind named, asked about.
    const { outcomeKind, ipKind } = ask && !day ? undoneKind(reason) : {};
    const ofThatDay =
      outcome.kind !== 'choose'
        ? []
        : outcomeKind
          ? outcome.items.filter(
              (item) =>
                item.type === 'outcome' &&
                item.outcome.kind === outcomeKind &&
                (!ipKind || item.outcome.ipKind === ipKind),
            )
          : outcome.items.filter(
              (item) =>
                item.type === 'visit' &&
                item.visit.date === day &&
                // 「3号那条王老师的…」 at a team's enterprise: never 李明's record of that day.
                (!by || ofTeacher(by)(item)),
            );
    if (ofThatDay.length === 1) {
      turn.conversation.ask({ kind: 'dispute-which', reason, only: ofThatDay[0]?.id ?? null });
      // 「都没问题 不过那个专利还没授权」: the others said fine are not confirmed by it, and the reply says so.
      const others = outcome.kind === 'choose' && outcome.items.length > 1 && SAID_FINE_FIRST.test(reason);
      const footer = others
        ? `${visitReplies.disputeThisOne}\n${visitReplies.notConfirmedYet('rest')}`
        : visitReplies.disputeThisOne;
      return show(turn, ofThatDay, footer, outcome.kind === 'choose' ? outcome.items : ofThatDay);
    }
    // 「3号那条王老师的…」 when that day's waiting record is 李明's: no other teacher's record is offered in its place.
    const othersThatDay =
      by && ofThatDay.length === 0 && outcome.kind === 'choose'
        ? outcome.items.filter((item) => item.type === 'visit' && item.visit.date === day)
        : [];
    if (by && day && othersThatDay.length > 0) {
      turn.conversation.ask({ kind: 'dispute-which', reason, only: null });
      return show(
        turn,
        othersThatDay,
        visitReplies.noneByThatTeacher(by, day, turn.today),
        outcome.kind === 'choose' ? outcome.items : othersThatDay,
      );
    }
    // A day with no record waiting: what is recorded that day is said, not another day's record offered.
    if (day && ofThatDay.length === 0 && (outcome.kind === 'choose' || outcome.kind === 'none')) {
      const waitingNow = outcome.kind === 'choose' ? outcome.items.length : 0;
      return say(
        visitReplies.nothingToDisputeThatDay(day, await service.ofDay(turn.sender, day), waitingNow, turn.today),
      );
    }
    // An outcome of a kind none of which waits: no other record is offered in its place.
    if (outcomeKind && ofThatDay.length === 0 && (outcome.kind === 'choose' || outcome.kind === 'none')) {
      const waitingNow = outcome.kind === 'choose' ? outcome.items.length : 0;
      return say(visitReplies.noOutcomeOfKindWaiting(OUTCOME_KIND_LABELS[outcomeKind], waitingNow));
    }
    // Nothing waits (「哎呀点错了 第一条天数不对」 after 「都确认」): what can still be done is said.
    if (outcome.kind === 'none') return say(visitReplies.nothingWaitsToDispute);
    // 「李老师来了 但只待了半天」 at a team's enterprise: only that teacher's records are asked about.
    const teacher =
      ask && !day && !outcomeKind && outcome.kind === 'choose' ? reporterNamed(reason, outcome.items) : null;
    const theirs = teacher && outcome.kind === 'choose' ? outcome.items.filter(ofTeacher(teacher)) : [];
    if (outcome.kind === 'choose' && theirs.length > 0 && theirs.length < outcome.items.length) {
      const [only, ...others] = theirs;
      turn.conversation.ask({ kind: 'dispute-which', reason, only: only && others.length === 0 ? only.id : null });
      return show(
        turn,
        theirs,
        others.length === 0 ? visitReplies.disputeThisOne : visitReplies.disputeWhich,
        outcome.items,
      );
    }
    // Several records wait and none was named: the list is shown, and the reason waits for the number.
    if (outcome.kind === 'choose') {
      turn.conversation.ask({ kind: 'dispute-which', reason, only: null });
      return show(turn, outcome.items, visitReplies.disputeWhich);
    }
    // 「1和3没问题，第4条那天陈老师没来」: the dispute is made; the others are not confirmed by it, and the reply says so.
    const said = turn.message.text ?? reason;
    const fine = outcome.kind === 'settled' ? confirmedAlongside(said, Array.isArray(choices) ? choices : []) : null;
    const replies = answer(turn, outcome, reason);
    return fine
      ? replies.map((reply, i) =>
          i === 0 ? { ...reply, text: `${reply.text}\n${visitReplies.notConfirmedYet(fine)}` } : reply,
        )
      : replies;
  }

  /**
   * 「全部确认」 after a list was shown means that list: records reported since are not confirmed unread, but shown
   * with what was confirmed (null when none is new, or no list was shown: all that waits is meant).
   */
  async function unseenSinceShown(turn: Turn): Promise<Reply[] | null> {
    const shown = turn.conversation.recall('shownVisits');
    if (!shown) return null;
    const items = await waiting(turn);
    const unseen = items.filter((item) => !shown.includes(item.id));
    if (unseen.length === 0) return null;
    const seen = items.filter((item) => shown.includes(item.id));
    const confirmed = seen.length > 0 ? answer(turn, await settleItems(turn, seen, null), null) : [];
    return [...confirmed, ...show(turn, unseen, visitReplies.newSinceShown(unseen.length))];
  }

  /**
   * Several records each said right or objected to by its day (「王老师19号没来调试，周老师20号那天也没来，李老师18号那条是
   * 对的」): all read back and settled together on 「是」. Null when the message is no such thing, or a record it names
   * does not wait (or more than one does): then it is taken as about one record.
   */
  async function verdictsAsked(turn: Turn): Promise<Reply[] | null> {
    const text = turn.message.text ?? '';
    // 「20号那个中科院对接的没有这回事 其他都对」: those named as said, and the rest of the list shown said right.
    const withTheRest = verdictsWithTheRest(text, turn.today);
    const said = withTheRest ?? verdictsSaid(text, turn.today);
    if (!said) return null;
    const items = await waiting(turn);
    const shown = turn.conversation.recall('shownVisits');
    // Numbers with no list remembered (shown long ago) name nothing for sure: the list is shown again, nothing settled.
    if (!shown && said.some((verdict) => verdict.no !== null) && items.length > 0) return show(turn, items);
    const meant = said.map((verdict) => {
      // 「第2条有问题 …」: the reason is what is said of it, not its number.
      const words = verdict.no === null ? verdict.words : verdict.words.replace(LIST_NUMBER, '') || verdict.words;
      const reason = verdict.fine ? null : withoutObjectionLabel(words);
      // By number: the record of the list the contact was shown under it.
      if (verdict.no !== null) {
        const item = shown ? items.find((i) => i.id === shown[(verdict.no as number) - 1]) : undefined;
        return item ? { item, reason } : null;
      }
      // 「李老师那条没问题」: the one record that teacher has waiting.
      const ofDay = items.filter((item) =>
        verdict.outcome
          ? item.type === 'outcome' && item.outcome.kind === verdict.outcome
          : item.type === 'visit' &&
            (verdict.day === null ? verdict.by !== null : item.visit.date === verdict.day) &&
            (!verdict.by || ofTeacher(verdict.by)(item) || verdict.words.includes(item.visit.reporterName)),
      );
      return ofDay.length === 1 ? { item: ofDay[0] as Waiting, reason } : null;
    });
    // 「…没错。项目确实立项了，不过名称写错了」 with no project waiting: nothing else is disputed in its place.
    const missing = said.find(
      (verdict) =>
        verdict.outcome && !items.some((item) => item.type === 'outcome' && item.outcome.kind === verdict.outcome),
    )?.outcome;
    if (missing) return say(visitReplies.noOutcomeOfKindWaiting(OUTCOME_KIND_LABELS[missing], items.length));
    // 「20号那条对 22号陈老师没来」 when nothing of the 22nd waits: that day is said of, never the 20th disputed in its
    // place; nothing is settled (what was said right is confirmed once the message is sent again without it).
    const unmatched = said.find(
      (verdict, i) =>
        !verdict.fine &&
        verdict.day !== null &&
        meant[i] === null &&
        !items.some((item) => item.type === 'visit' && item.visit.date === verdict.day),
    );
    if (unmatched?.day)
      return say(
        visitReplies.nothingToDisputeThatDay(
          unmatched.day,
          await service.ofDay(turn.sender, unmatched.day),
          items.length,
          turn.today,
        ),
      );
    const found = meant.filter((item) => item !== null);
    if (found.length < meant.length || new Set(found.map(({ item }) => item.id)).size < found.length) return null;
    if (withTheRest) {
      const named = new Set(found.map(({ item }) => item.id));
      const listed = shown ? items.filter((item) => shown.includes(item.id)) : items;
      found.push(...listed.filter((item) => !named.has(item.id)).map((item) => ({ item, reason: null })));
      // No rest waits: the one record named is all the message is about.
      if (found.length < 2) return null;
    }
    turn.conversation.ask({ kind: 'verdicts', items: found.map(({ item, reason }) => ({ id: item.id, reason })) });
    rememberShown(
      turn,
      found.map(({ item }) => item),
    );
    return say(
      visitReplies.verdictsReadBack(found.map(({ item, reason }) => ({ line: itemLine(item, turn.today), reason }))),
    );
  }

  return {
    pending: async (turn: Turn) => show(turn, await waiting(turn)),
    /**
     * 「陈老师来了，不过我们领导不在」: that teacher's records waiting (of the day said, when one is) are shown and asked
     * about; none is confirmed, as the words may be of today.
     */
    async cameTold(turn: Turn, by: string): Promise<Reply[]> {
      const items = await waiting(turn);
      const theirs = items.filter(ofTeacher(by));
      if (theirs.length === 0)
        return items.length > 0 ? show(turn, items, visitReplies.noneOf(by)) : say(visitReplies.noneOfTheirsYet(by));
      const words = (turn.message.text ?? '').trim();
      const day = dayGiven(words, turn.today);
      const ofThatDay = day ? theirs.filter((item) => item.type === 'visit' && item.visit.date === day) : [];
      return show(turn, ofThatDay.length > 0 ? ofThatDay : theirs, visitReplies.cameToldOfWhich(by, words));
    },
    /**
     * 「没问题」 said alone with no question asked: with records waiting, they are shown and which are meant asked (an
     * acknowledgement of something else must not confirm them); null when none waits.
     */
    async fineSaidAlone(turn: Turn): Promise<Reply[] | null> {
      const items = turn.sender.role === 'ENTERPRISE_CONTACT' ? await waiting(turn) : [];
      if (items.length === 0) return null;
      return show(turn, items, visitReplies.fineSaidOfWhich((turn.message.text ?? '').trim()));
    },
    /** 「是」 to the records read back: those said right confirmed, each objected to disputed with its own words. */
    async settleVerdicts(turn: Turn, said: { id: string; reason: string | null }[]): Promise<Reply[]> {
      const items = await waiting(turn);
      const chosen = said.map(({ id, reason }) => ({ item: items.find((item) => item.id === id), reason }));
      if (chosen.some(({ item }) => item === undefined)) return say(visitReplies.verdictsGone);
      const fine = chosen.flatMap(({ item, reason }) => (item && reason === null ? [item] : []));
      const replies: Reply[] = [];
      if (fine.length > 0) replies.push(...answer(turn, await settleItems(turn, fine, null), null));
      for (const { item, reason } of chosen)
        if (item && reason !== null) replies.push(...answer(turn, await settleItems(turn, [item], reason), reason));
      return say(replies.map((reply) => reply.text).join('\n\n'));
    },
    /**
     * `except`: all the list shown but these numbers, which stay waiting and are named as such; `count`: how many the
     * words say remain, so a list that changed since is shown again instead.
     */
    async confirm(
      turn: Turn,
      choices: number[] | null,
      all: boolean,
      except: number[] = [],
      count?: number,
      by?: string,
    ) {
      // 「陈老师两次都来了」, 「王老师那天确实来了」: that teacher's records only; none of theirs, nothing is confirmed.
      if (by) {
        const items = await waiting(turn);
        const theirs = items.filter(ofTeacher(by));
        if (theirs.length === 0)
          return items.length > 0 ? show(turn, items, visitReplies.noneOf(by)) : answer(turn, { kind: 'none' }, null);
        if ((count !== undefined && count !== theirs.length) || (!all && theirs.length > 1)) return show(turn, theirs);
        return answer(turn, await settleItems(turn, theirs, null), null);
      }
      const items = except.length > 0 || count !== undefined ? await waiting(turn) : [];
      if (except.length > 0) {
        const shown = turn.conversation.recall('shownVisits');
        const left = new Set(except.map((n) => shown?.[n - 1]));
        // Without the list the numbers refer to, which are meant is not known: the list is shown.
        if (!shown || left.has(undefined)) return show(turn, items);
        const rest = items.filter((item) => !left.has(item.id));
        if (rest.length === 0) return show(turn, items);
        const replies = answer(turn, await settleItems(turn, rest, null), null);
        return replies.map((reply, i) =>
          i === 0 ? { ...reply, text: `${reply.text}\n${visitReplies.notConfirmedYet(except)}` } : reply,
        );
      }
      if (count !== undefined && count !== items.length) return show(turn, items);
      if (all && choices === null) {
        const unseen = await unseenSinceShown(turn);
        if (unseen) return unseen;
      }
      return answer(turn, await settle(turn, choices, all, null), null);
    },
    /**
     * 「昨天那条没问题」, 「陈老师昨天确实来了 没问题」: the records waiting that the words name (a day, mostly) are
     * confirmed; words that name none of them confirm nothing, and what waits is shown.
     */
    async confirmNamed(turn: Turn, words: string, by?: string): Promise<Reply[]> {
      const several = await verdictsAsked(turn);
      if (several) return several;
      const items = await waiting(turn);
      if (items.length === 0) return answer(turn, { kind: 'none' }, null);
      // 「培训那个，调试发酵罐」: each part names records of its own; a part that names none confirms nothing.
      const parts = words.split('，').map((part) => itemsNamed(part, turn.today));
      const named = parts.every((part) => part !== null) ? (item: Waiting) => parts.some((part) => part?.(item)) : null;
      // 「李老师昨天来了 没问题」 at a team's enterprise: 李明's record of that day, not 王芳's.
      const theirs = by ? ofTeacher(by) : () => true;
      const meant = named ? items.filter((item) => named(item) && theirs(item)) : [];
      // That the teacher came, with no day of its own (「问了 车间说赵老师那天确实来了 没问题」), may be said of what waits:
      // asked, none confirmed. Words naming a record that does not wait (「发酵罐那个」) are said so.
      const cameSaid = specialistsNamed(words).length > 0 && /来了|来过|到了|在的/.test(words);
      if (meant.length === 0 && cameSaid && !dayGiven(words, turn.today))
        return show(turn, by ? items.filter(ofTeacher(by)) : items, visitReplies.fineSaidOfWhich(words.trim()), items);
      if (meant.length === 0) return show(turn, items, visitReplies.noneNamedWaiting(by ? `${by}老师${words}` : words));
      // 「2号那条没问题」 after a list: the 2nd of the list or the record of the 2nd; when they differ, nothing is guessed.
      const listNo = DAY_OR_NUMBER.exec(words.trim())?.[1];
      const shown = turn.conversation.recall('shownVisits');
      const atNo = listNo && shown ? items.find((item) => item.id === shown[Number(listNo) - 1]) : undefined;
      if (atNo && !meant.includes(atNo))
        return say(
          visitReplies.dayOrNumber(
            Number(listNo),
            itemLine(atNo, turn.today),
            meant.map((item) => itemLine(item, turn.today)),
            chineseDayLabel(
              meant[0]?.type === 'outcome' ? meant[0].outcome.date : (meant[0]?.visit.date ?? turn.today),
              turn.today,
            ),
          ),
        );
      return answer(turn, await settleItems(turn, meant, null), null);
    },
    /**
     * 「除了那个转让的 其他都确认」: all of the list shown but the records the words name (a kind of outcome, a visit's
     * day, kind or activity), which stay waiting. Words that name none of the list, or without the list, confirm
     * nothing: the list is shown.
     */
    async confirmAllBut(turn: Turn, words: string): Promise<Reply[]> {
      const items = await waiting(turn);
      const shown = turn.conversation.recall('shownVisits');
      const listed = shown ? items.filter((item) => shown.includes(item.id)) : [];
      const named = itemsNamed(words, turn.today);
      const left = named ? listed.filter(named) : [];
      const rest = listed.filter((item) => !left.includes(item));
      if (!shown || left.length === 0 || rest.length === 0 || listed.length < items.length)
        return show(turn, items, visitReplies.noneConfirmedYet);
      const numbers = left.map((item) => (shown.indexOf(item.id) as number) + 1);
      const replies = answer(turn, await settleItems(turn, rest, null), null);
      return replies.map((reply, i) =>
        i === 0 ? { ...reply, text: `${reply.text}\n${visitReplies.notConfirmedYet(numbers)}` } : reply,
      );
    },
    /** `also`: further numbers disputed with `choice` (「有异议 5 6 …」). */
    async dispute(
      turn: Turn,
      choice: number | null,
      reason: string,
      ask = false,
      also: number[] = [],
    ): Promise<Reply[]> {
      if (reason.trim() === '') {
        turn.conversation.ask({ kind: 'dispute-reason', choice, also });
        return say(visitReplies.disputeNeedsReason);
      }
      return dispute(turn, choice === null ? null : [...new Set([choice, ...also])], reason.trim(), ask);
    },
    disputeChosen: (turn: Turn, choices: number[], reason: string) => dispute(turn, choices, reason),
    disputeOne: (turn: Turn, id: string, reason: string) => dispute(turn, { id }, reason),
    disputeDropped: (): Reply[] => say(visitReplies.disputeDropped),
    disputeDeclined: (): Reply[] => say(visitReplies.disputeDeclined),
    verdictsDropped: (): Reply[] => say(visitReplies.verdictsDropped),
  };
}

export type ConfirmationHandlers = ReturnType<typeof confirmationHandlers>;
