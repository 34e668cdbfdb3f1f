import type { LocalDate } from '../../common/local-date.js';
import { specialistsNamed } from '../../domain/people/family-names.js';
import { dayGiven, findDates, lastTwoYears } from '../../domain/visits/report-dates.js';
import type { DisputeRef, Verdict, VisitDisputeService } from '../../domain/visits/visit-disputes.js';
import type { StoredVisit } from '../../domain/visits/visit-ledger.js';
import type { Reply } from '../../platforms/contract.js';
import { disputeNoIn, disputeNosIn } from '../commands.js';
import { heldBackIn } from '../intents.js';
import { findingOf } from '../lexicon/intent-cues.js';
import { ofThatDayOfMonth } from '../record-meant.js';
import { disputeReplies } from '../replies/disputes.js';
import { replies } from '../replies/zh.js';
import { say, type Turn } from '../turn.js';

/** Words around a name that are not the name: 陈思远老师 12月1日 的 记录. */
const NOT_NAME = /(老师|教授|博士|研究员|特派员|工程师|的|记录|服务|报备|那条|这条|[\s,，:：、])/g;

/**
 * Which visit an official means: the dispute number; or the reporter's name with an optional date (read as the
 * latest such day not after today); or nothing (the only open dispute).
 */
export function disputeRefOf(text: string, today: LocalDate): DisputeRef {
  const disputeNo = disputeNoIn(text);
  if (disputeNo) return { disputeNo };
  const window = lastTwoYears(today);
  const date = findDates(text, today, window).find((d) => d.kind === 'past' && d.value);
  const name = (date ? text.replace(date.text, ' ') : text).replace(NOT_NAME, '').trim();
  if (!name) return date?.value ? { reporterName: '', date: date.value } : { any: true };
  return { reporterName: name, date: date?.value ?? null };
}

/**
 * The open disputes a finding in own words is about: those its number, the specialist, the enterprise or the day it
 * names agree with (none when it names one no open dispute has); all of them when it names none.
 */
export function disputesMeant(open: StoredVisit[], text: string, today: LocalDate): StoredVisit[] {
  const ref = disputeRefOf(text, today);
  if ('disputeNo' in ref) return open.filter((visit) => visit.disputeNo === ref.disputeNo);
  const day = 'date' in ref ? ref.date : null;
  const surnames = specialistsNamed(text);
  const named = (visit: StoredVisit) =>
    text.includes(visit.reporterName) || surnames.includes(visit.reporterName.slice(0, 1));
  const atEnterprise = (visit: StoredVisit) => text.includes(visit.enterpriseShortName);
  // 「周杰那个异议」: a specialist named in full, without a title.
  const someoneNamed = surnames.length > 0 || open.some((visit) => text.includes(visit.reporterName));
  // 「9号那个」 with no month when no dispute is of this month's 9th: the 9th of the month it is open for.
  const ofDayOfMonth = new Set(day ? ofThatDayOfMonth(open, text, day) : []);
  return open.filter(
    (visit) =>
      (!someoneNamed || named(visit)) &&
      (!open.some(atEnterprise) || atEnterprise(visit)) &&
      (day === null || visit.date === day || ofDayOfMonth.has(visit)),
  );
}

/** What an official found of one disputed visit, in the words that say it. */
export interface DayFinding {
  visit: StoredVisit;
  verdict: Verdict;
}

const MONTH = /(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月/;
const BARE_DAY = /^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[号日]\s*$/;
/** Only a day and what joins it to the next (「20号和」 of 「20号和21号都没来」): it shares the next day's finding. */
const JOINED_DAY = /^[\s和跟与及、,，]*$/;

/**
 * A finding on several days in one message (「20号确实来了，21号没来」): each day's words read on their own, up to the
 * next day. Null unless every day said names one open dispute of its own and its words say plainly what was found.
 */
export function findingsByDay(open: StoredVisit[], text: string, today: LocalDate): DayFinding[] | null {
  const days = findDates(text, today, lastTwoYears(today))
    .filter((day) => day.kind === 'past' && day.value)
    .sort((a, b) => a.index - b.index);
  if (days.length < 2) return null;
  const withoutDays = days.reduceRight((rest, day) => rest.replace(day.text, ' '), text);
  const candidates = disputesMeant(open, withoutDays, today);
  const verdicts: (Verdict | null)[] = days.map((day, i) =>
    findingOf(text.slice(i === 0 ? 0 : day.index, days[i + 1]?.index ?? text.length)),
  );
  // 「9月1号和2号确实来了，3号没来」: a day said alone is in the month said before it.
  let month = '';
  const dates = days.map((day) => {
    const said = MONTH.exec(day.text)?.[0];
    if (said) month = said;
    return !said && month && BARE_DAY.test(day.text)
      ? (dayGiven(`${month}${day.text}`, today) ?? day.value)
      : day.value;
  });
  const findings: DayFinding[] = [];
  for (const [i, day] of days.entries()) {
    const own = text.slice(day.index + day.text.length, days[i + 1]?.index ?? text.length);
    const verdict = verdicts[i] ?? (JOINED_DAY.test(own) ? verdicts.slice(i + 1).find(Boolean) : null);
    const [visit, ...others] = candidates.filter((candidate) => candidate.date === dates[i] && candidate.disputeNo);
    if (!verdict || !visit || others.length > 0 || findings.some((found) => found.visit.id === visit.id)) return null;
    findings.push({ visit, verdict });
  }
  return findings;
}

/** Officials resolving disputed visits: 核实 <编号> 属实 / 不属实 原因, and the disputes section of 待办. */
export function disputeHandlers(service: VisitDisputeService) {
  async function resolve(
    turn: Turn,
    ref: DisputeRef,
    verdict: Verdict,
    reason: string,
    days: number | null = null,
  ): Promise<Reply[]> {
    const held = heldBackIn(reason, true);
    if (held) {
      // The reason is asked again: the words sent next are the reason, not a new message.
      if (held.why === 'internal' && verdict === 'REJECTED' && 'disputeNo' in ref)
        turn.conversation.ask({ kind: 'resolve-reason', disputeNo: ref.disputeNo });
      return say(replies.heldBack(held));
    }
    const outcome = await service.resolve(turn.sender, ref, verdict, reason, days);
    if (outcome.kind === 'choose') return say(disputeReplies.choose(outcome.visits, turn.today));
    if (outcome.kind === 'resolved') return say(disputeReplies.resolved(outcome, turn.today));
    if (outcome.refusal.code === 'reason-needed' && outcome.refusal.visit.disputeNo) {
      turn.conversation.ask({ kind: 'resolve-reason', disputeNo: outcome.refusal.visit.disputeNo });
    }
    return say(disputeReplies.refused(outcome.refusal, turn.today));
  }

  /** One finding for several disputes named by number (「核实 YY-…9、YY-…10 都属实」): each is resolved in turn. */
  async function resolveEach(turn: Turn, numbers: string[], verdict: Verdict, reason: string): Promise<Reply[]> {
    if (verdict === 'REJECTED' && !reason.trim()) return say(disputeReplies.reasonForEach(numbers));
    const held = heldBackIn(reason, true);
    if (held) return say(replies.heldBack(held));
    const told: string[] = [];
    for (const disputeNo of numbers) {
      const outcome = await service.resolve(turn.sender, { disputeNo }, verdict, reason, null);
      told.push(
        outcome.kind === 'resolved'
          ? disputeReplies.resolved(outcome, turn.today)
          : outcome.kind === 'refused'
            ? `${disputeNo}：${disputeReplies.refused(outcome.refusal, turn.today)}`
            : disputeReplies.choose(outcome.visits, turn.today),
      );
    }
    return say(told.join('\n\n'));
  }

  return {
    resolve: (turn: Turn, refText: string, verdict: Verdict, reason: string) => {
      const numbers = disputeNosIn(refText);
      return numbers.length > 1
        ? resolveEach(turn, numbers, verdict, reason)
        : resolve(turn, disputeRefOf(refText, turn.today), verdict, reason);
    },
    /** The reason for 不属实, given after the bot asked for it. */
    rejectWithReason: (turn: Turn, disputeNo: string, reason: string) =>
      resolve(turn, { disputeNo }, 'REJECTED', reason),
    /**
     * A finding in own words: the one dispute it is about is asked to be confirmed; several are listed. `text` names
     * the dispute; `reason`, the whole finding, is what is recorded. `days`: the visit was found real but shorter.
     */
    async resolveAsked(
      turn: Turn,
      text: string,
      verdict: Verdict | null,
      days: number | null,
      reason: string = text,
    ): Promise<Reply[]> {
      const open = await service.open(turn.sender);
      if (open.length === 0) return say(disputeReplies.refused({ code: 'no-open-disputes' }, turn.today));
      const numbers = disputeNosIn(reason);
      if (numbers.length > 1) return say(disputeReplies.oneEach(numbers));
      const byDay = findingsByDay(open, reason, turn.today);
      if (byDay) {
        const [first, ...more] = byDay.map((found) => ({
          disputeNo: found.visit.disputeNo as string, // findingsByDay takes only disputed visits
          verdict: found.verdict,
          reason,
          days: null,
        }));
        if (first) turn.conversation.ask({ kind: 'resolve-confirm', ...first, also: more });
        return say(disputeReplies.confirmFindings(byDay, reason, turn.today));
      }
      const meant = disputesMeant(open, text, turn.today);
      const [only, ...others] = meant;
      if (!only?.disputeNo || others.length > 0)
        return say(
          meant.length > 0 ? disputeReplies.choose(meant, turn.today) : disputeReplies.noneMeant(open, turn.today),
        );
      // Words that do not say plainly whether the specialist was there are not read as a finding.
      // Days found no fewer than reported change nothing; more than reported is not a finding on this record.
      const shorter = days !== null && days < only.days ? days : null;
      if (verdict === null || (days !== null && days > only.days))
        return say(disputeReplies.findingUnclear(only, turn.today));
      turn.conversation.ask({
        kind: 'resolve-confirm',
        disputeNo: only.disputeNo,
        verdict,
        reason,
        days: shorter,
        also: [],
      });
      return say(disputeReplies.confirmFinding(only, verdict, reason, shorter, turn.today));
    },
    /** The finding confirmed with 是; with the findings on other days said with it, each recorded in turn. */
    async resolveConfirmed(
      turn: Turn,
      finding: { disputeNo: string; verdict: Verdict; reason: string; days: number | null },
      also: { disputeNo: string; verdict: Verdict; reason: string }[] = [],
    ): Promise<Reply[]> {
      const first = await resolve(
        turn,
        { disputeNo: finding.disputeNo },
        finding.verdict,
        finding.reason,
        finding.days,
      );
      const rest = [];
      for (const more of also)
        rest.push(...(await resolve(turn, { disputeNo: more.disputeNo }, more.verdict, more.reason)));
      return rest.length === 0 ? first : say([...first, ...rest].map((reply) => reply.text).join('\n\n'));
    },
    dropped: (): Reply[] => say(disputeReplies.dropped),
    /** Words that do not give the finding plainly, about the dispute asked: it is shown with how to answer. */
    async unclear(turn: Turn, disputeNo: string): Promise<Reply[]> {
      const visit = (await service.open(turn.sender)).find((v) => v.disputeNo === disputeNo);
      return say(
        visit
          ? disputeReplies.findingUnclear(visit, turn.today)
          : disputeReplies.refused({ code: 'no-open-disputes' }, turn.today),
      );
    },
    /** The open disputes the official may resolve, as a section of 待办 (null when there are none). */
    async todoSection(turn: Turn): Promise<string | null> {
      const open = await service.open(turn.sender);
      return open.length > 0 ? disputeReplies.open(open, turn.today) : null;
    },
  };
}

export type DisputeHandlers = ReturnType<typeof disputeHandlers>;
