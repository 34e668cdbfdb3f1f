import { cityNamedIn } from '../../domain/programme/types.js';
import { periodOf } from '../../domain/progress/period-words.js';
import type { Quota } from '../../domain/progress/quota.js';
import { TARGET_YEAR, type TargetSource, targetLines, targetProgress } from '../../domain/progress/targets.js';
import { matchEnterprise, postingsOneAfterAnother } from '../../domain/visits/enterprise-match.js';
import { daysOneAfterAnother } from '../../domain/visits/report-reading.js';
import type { VisitEvidenceService } from '../../domain/visits/visit-evidence.js';
import type {
  AmendableField,
  ReportOutcome,
  VisitDraft,
  VisitReportService,
} from '../../domain/visits/visit-report-service.js';
import type { Reply } from '../../platforms/contract.js';
import { visitReplies } from '../replies/visits.js';
import { say, type Turn } from '../turn.js';
import type { Fragment } from '../visit-reading.js';

/** How far ahead 「快到期」 looks for an office: a quarter, time to arrange the next selection. */
const ENDING_SOON_DAYS = 90;

/** Visit reports, their questions, 撤销 and 修改, progress, and photos as evidence. */
export function visitHandlers(deps: {
  reports: VisitReportService;
  evidence: VisitEvidenceService;
  quota: Quota;
  /** The 2027 targets, shown to officials with 「服务情况」. */
  targets?: TargetSource;
}) {
  const { reports, evidence, quota, targets } = deps;

  /** The 2027 targets' progress of the official's scope: a city, or the region ('全区'). */
  async function targetsFor(turn: Turn, scope: string): Promise<string | null> {
    const role = turn.sender.role;
    if (!targets || (role !== 'CITY_OFFICIAL' && role !== 'REGION_OFFICIAL')) return null;
    const facts = await targets.targetFacts(TARGET_YEAR);
    const progress = targetProgress(facts.hosts, facts.outcomes);
    const figures = scope === '全区' ? progress.region : progress.cities.find((c) => c.city === scope);
    if (!figures) return null;
    return [`${TARGET_YEAR}年目标进展（${scope}）：`, ...targetLines(figures)].join('\n');
  }

  async function amend(turn: Turn, field: AmendableField | null, value: string): Promise<Reply[]> {
    const outcome = await reports.amendLast(turn.sender, field, value);
    if (outcome.kind === 'refused') return say(`未修改：${visitReplies.refused(outcome.refusal, turn.today)}`);
    if (outcome.kind !== 'recorded') return [];
    return say(
      visitReplies.recorded(outcome.visit, outcome, quota, turn.today).replace('已记录服务', '已修改服务记录'),
    );
  }

  function respond(turn: Turn, outcome: ReportOutcome, yearNote: string | null): Reply[] {
    if (outcome.kind === 'incomplete') {
      turn.conversation.ask({
        kind: 'visit',
        draft: outcome.draft,
        missing: outcome.missing,
        postings: outcome.postings,
      });
      return say(visitReplies.ask(outcome.missing, outcome.draft, outcome.postings));
    }
    if (outcome.kind === 'refused') return say(`未记录：${visitReplies.refused(outcome.refusal, turn.today)}`);
    return say(visitReplies.recorded(outcome.visit, outcome, quota, turn.today, yearNote));
  }

  return {
    /** A report, new or completed by answering the bot's question. */
    async report(turn: Turn, draft: VisitDraft): Promise<Reply[]> {
      const { sender, message } = turn;
      // Two enterprises in one message are two visits: not one of them guessed, nor asked which.
      const several = draft.assignmentId === null ? postingsOneAfterAnother(message.text, sender.postings) : [];
      if (several.length >= 2) return say(visitReplies.severalPlaces(several, draft, turn.today));
      // Two days' visits in one message are two reports: neither day is given the other's days.
      const days = daysOneAfterAnother(message.text, turn.today, sender.postings);
      if (days.length >= 2) return say(visitReplies.severalDays(days, draft, sender.postings, turn.today));
      const outcome = await reports.submit(sender, message.text, draft, sender.postings, message.channel);
      return respond(turn, outcome, draft.yearNote);
    },

    cancelled: (): Reply[] => say(visitReplies.cancelled),

    /** The person's latest visit report within the undo window. */
    latest: (turn: Turn) => reports.latest(turn.sender),

    async undo(turn: Turn, confirmed: string | null = null): Promise<Reply[]> {
      const outcome = await reports.undoLast(turn.sender, confirmed);
      if (outcome.kind === 'nothing') return say(visitReplies.nothingToUndo);
      if (outcome.kind === 'resolved')
        return say(`未撤销：${visitReplies.refused({ code: 'resolved', visit: outcome.visit }, turn.today)}`);
      if (outcome.kind === 'needs-confirmation') {
        turn.conversation.ask({
          kind: 'confirm-undo',
          visitId: outcome.visit.id,
          label: `${outcome.visit.enterpriseShortName} ${outcome.visit.date}`,
        });
        return say(visitReplies.undoNeedsConfirmation(outcome.visit, turn.today));
      }
      return say(visitReplies.undone(outcome.visit, turn.today));
    },

    undoKept: (): Reply[] => say(visitReplies.undoKept),

    amend,

    /**
     * 「半天」 said alone with nothing pending: after a report of the last 24 hours, asks whether it corrects it; else
     * says how to report.
     */
    async fragment(turn: Turn, fragment: Fragment, text: string, correction = false): Promise<Reply[]> {
      const latest = await reports.latest(turn.sender);
      if (!latest && correction) return say(visitReplies.nothingToCorrect);
      if (!latest) return say(visitReplies.fragmentAlone(text, turn.sender.postings));
      const label = visitReplies.briefOf(latest, turn.today);
      turn.conversation.ask({
        kind: 'amend-confirm',
        visitId: latest.id,
        field: fragment.field,
        value: fragment.value,
        label,
      });
      return say(visitReplies.fragmentCorrects(fragment, label, turn.today));
    },

    /** 「是」 to 「是要把刚才那条…改成…吗」: that report is corrected, if it is still the latest within 24 hours. */
    async amendConfirmed(turn: Turn, visitId: string, field: Fragment['field'], value: string): Promise<Reply[]> {
      const latest = await reports.latest(turn.sender);
      if (latest?.id !== visitId) return say(visitReplies.amendGone);
      return amend(turn, field, value);
    },

    notAmended: (): Reply[] => say(visitReplies.notAmended),

    /** 我的进度, or a question in words (「今年去了几次山湖农机」: only that posting, when it names one). */
    async progress(turn: Turn, question = '', ending = false): Promise<Reply[]> {
      const postings = await reports.postingsFor(turn.sender);
      const named = question ? matchEnterprise(question, postings) : null;
      const role = turn.sender.role;
      const own = role === 'CITY_OFFICIAL' ? (turn.sender.cityName ?? '本市') : '全区';
      // The office may ask about one city (「南宁的进度」); a station sees its own city only.
      const city = role === 'REGION_OFFICIAL' || role === 'CITY_OFFICIAL' ? cityNamedIn(question) : null;
      if (city && role === 'CITY_OFFICIAL' && city !== own) return say(visitReplies.otherCity(own, city));
      const scope = city ?? own;
      // Only the postings asked about are read: one named, a city's, or all the person sees.
      const shown =
        named?.kind === 'found'
          ? postings.filter((posting) => posting === named.posting)
          : city
            ? postings.filter((posting) => posting.cityName === city)
            : postings;
      const office = named?.kind !== 'found' && (role === 'CITY_OFFICIAL' || role === 'REGION_OFFICIAL');
      // 「有没有快到期的派驻」 asks the postings' dates.
      if (ending) return say(visitReplies.postingEnds(shown, turn.today, office ? scope : null, ENDING_SOON_DAYS));
      // 「这个月来了几次」 asks about the month, not the year.
      const period = question ? periodOf(question, turn.today) : null;
      if (period) {
        const asked = visitReplies.periodProgress(
          await reports.progressIn(shown, period),
          quota,
          turn.today,
          office ? scope : null,
        );
        // The year follows a posting's period, not an office's (its year is one 「服务情况」 away).
        if (office || period.year !== undefined || shown.length === 0) return say(asked);
        const year = visitReplies.progress(await reports.yearProgress(shown), quota, reports.currentYear());
        return say(`${asked}\n\n${year}`);
      }
      const rows = await reports.yearProgress(shown);
      const progress = office
        ? visitReplies.officeProgress(rows, quota, reports.currentYear(), scope)
        : visitReplies.progress(rows, quota, reports.currentYear());
      const goals = named?.kind === 'found' ? null : await targetsFor(turn, scope);
      return say(goals ? `${progress}\n\n${goals}` : progress);
    },

    async location(turn: Turn): Promise<Reply[]> {
      const { message, sender } = turn;
      if (!message.location) return [];
      const visit = await evidence.attachLocation(sender, {
        channel: message.channel,
        messageId: message.messageId,
        ...message.location,
        sentAt: message.sentAt,
      });
      return say(
        visit
          ? visitReplies.locationAttached(visit, message.location.label, turn.today)
          : visitReplies.locationUnattached,
      );
    },

    async image(turn: Turn): Promise<Reply[]> {
      const { message, sender } = turn;
      if (!message.media) return [];
      const visit = await evidence.attach(sender, {
        channel: message.channel,
        messageId: message.messageId,
        mediaId: message.media.mediaId,
        url: message.media.url ?? null,
        sentAt: message.sentAt,
      });
      return say(visit ? visitReplies.evidenceAttached(visit, turn.today) : visitReplies.evidenceUnattached);
    },
  };
}

export type VisitHandlers = ReturnType<typeof visitHandlers>;
