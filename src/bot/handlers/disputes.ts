import type { LocalDate } from '../../common/local-date.js';
import { findDates, lastTwoYears } from '../../domain/visits/report-dates.js';
import type { DisputeRef, Verdict, VisitDisputeService } from '../../domain/visits/visit-disputes.js';
import type { StoredVisit } from '../../domain/visits/visit-ledger.js';
import type { Reply } from '../../platforms/contract.js';
import { disputeNoIn, disputeNosIn } from '../commands.js';
import { disputeReplies } from '../replies/disputes.js';
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

/** A specialist named as people do: 陈思远, 陈老师, 陈教授. */
const SPECIALIST_NAMED = /([\u4e00-\u9fa5])(?:老师|教授|博士|专家)/g;

/**
 * The open disputes a finding in own words is about: those its number, the specialist, the enterprise or the day it
 * names agree with (none when it names one no open dispute has); all of them when it names none.
 */
export function disputesMeant(open: StoredVisit[], text: string, today: LocalDate): StoredVisit[] {
  const ref = disputeRefOf(text, today);
  if ('disputeNo' in ref) return open.filter((visit) => visit.disputeNo === ref.disputeNo);
  const day = 'date' in ref ? ref.date : null;
  const surnames = [...text.matchAll(SPECIALIST_NAMED)].map((match) => match[1]);
  const named = (visit: StoredVisit) =>
    text.includes(visit.reporterName) || surnames.includes(visit.reporterName.slice(0, 1));
  const atEnterprise = (visit: StoredVisit) => text.includes(visit.enterpriseShortName);
  return open.filter(
    (visit) =>
      (surnames.length === 0 || named(visit)) &&
      (!open.some(atEnterprise) || atEnterprise(visit)) &&
      (day === null || visit.date === day),
  );
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
      });
      return say(disputeReplies.confirmFinding(only, verdict, reason, shorter, turn.today));
    },
    /** The finding confirmed with 是. */
    resolveConfirmed: (turn: Turn, disputeNo: string, verdict: Verdict, reason: string, days: number | null) =>
      resolve(turn, { disputeNo }, verdict, reason, days),
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
