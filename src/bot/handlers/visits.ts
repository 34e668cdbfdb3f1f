import { addDays, chineseDayLabel, type LocalDate, startOfYear, yearOf } from '../../common/local-date.js';
import { specialistsNamed } from '../../domain/people/family-names.js';
import { cityNamedIn } from '../../domain/programme/types.js';
import { type Period, periodOf } from '../../domain/progress/period-words.js';
import type { Quota } from '../../domain/progress/quota.js';
import { TARGET_YEAR, type TargetSource, targetLines, targetProgress } from '../../domain/progress/targets.js';
import { matchEnterprise, postingsOneAfterAnother } from '../../domain/visits/enterprise-match.js';
import { classifyKind } from '../../domain/visits/kind-classifier.js';
import {
  dayGuessed,
  dayOfMonthMaybeToCome,
  dayWordMayMeanTheDayBefore,
  findDates,
  partOfTodayToCome,
  todayMayMeanYesterday,
  weekdayMaybeToCome,
} from '../../domain/visits/report-dates.js';
import {
  daysOfPlacesInTurn,
  daysOneAfterAnother,
  halvesOfOneDay,
  placesOnDaysTold,
  readReport,
  tripsCounted,
  wholeDayInHalves,
} from '../../domain/visits/report-reading.js';
import type { VisitEvidenceService } from '../../domain/visits/visit-evidence.js';
import { examplePlace, type PostedPeople, type Posting, peopleOf } from '../../domain/visits/visit-ledger.js';
import {
  type AmendChange,
  anotherDayOf,
  type RecordMeant,
  type ReportOutcome,
  type VisitDraft,
  type VisitReportService,
} from '../../domain/visits/visit-report-service.js';
import type { Reply } from '../../platforms/contract.js';
import { dayOfMonthSaid, recordMeant, saysTheLatest } from '../record-meant.js';
import { rosterReplies } from '../replies/roster.js';
import { visitLine, visitReplies } from '../replies/visits.js';
import type { PostingsAsked } from '../router.js';
import { NAMES_A_DAY, saysTimeOfDay } from '../text.js';
import { say, type Turn } from '../turn.js';
import { type Fragment, fragmentHolds } from '../visit-reading.js';

/** Asking for a file rather than the records in the chat. */
const EXPORT_ASKED = /导出|下载|excel|表格|打印|文件/i;

/** The calendar year up to today: the records asked for without a period (「我的服务记录」). */
function yearSoFar(today: LocalDate): Period {
  return { from: startOfYear(yearOf(today)), to: today, label: '今年' };
}

/**
 * The postings of the one specialist a message names in full (「陈思远老师今年完成了吗」), or null when it names
 * none or several.
 */
function personNamedIn(text: string, postings: Posting[], people: Map<string, PostedPeople>): Posting[] | null {
  const named = postings
    .map((posting) => ({
      posting,
      names: peopleOf(people.get(posting.assignmentId))
        .map((person) => person.name)
        .filter((name) => name.length >= 2 && text.includes(name)),
    }))
    .filter((found) => found.names.length > 0);
  return new Set(named.flatMap((found) => found.names)).size === 1 ? named.map((found) => found.posting) : null;
}

/** The postings a question is about, and how they are shown. */
interface Asked {
  shown: Posting[];
  /** An official's view of many (its city, a city named, or 全区), or null for posting by posting. */
  scope: string | null;
  /** Whose 2027 targets go with the year's progress (offices only); null when one posting or person was asked about. */
  targets: string | null;
  /** Who serves each posting, when read. */
  people: Map<string, PostedPeople> | null;
}

/** How far ahead 「快到期」 looks for an office: a quarter, time to arrange the next selection. */
const ENDING_SOON_DAYS = 90;

/** Visit reports, their questions, 撤销 and 修改, progress, and photos as evidence. */
/** Refusals of a report because it is already stored (so 「撤销」 after it undoes what is stored). */
const ALREADY_STORED = new Set<string>(['duplicate', 'team-duplicate', 'same-as-another']);

/** Words that point at the day of another report (「也是那天下午」, 「同一天」). */
const SAME_DAY = /那天|当天|同一天|同一日|同天/;

/** Words that say the kind or days given hold for every visit told (「都是一天」, 「各半天」). */
const EACH_THE_SAME = /都是|都算|各(?:一|半|[\d两])|每次都/;

export function visitHandlers(deps: {
  reports: VisitReportService;
  evidence: VisitEvidenceService;
  quota: Quota;
  /** The 2027 targets, shown to officials with 「服务情况」. */
  targets?: TargetSource;
}) {
  /**
   * The record a change's words name among those just reported: 「6号那天…」 is this month's 6th, or, when no record of
   * it was reported lately, the 6th of the month one was (a record of 6 October reported today).
   */
  async function meantAmongRecent(turn: Turn): Promise<RecordMeant | null> {
    const text = turn.message.text ?? '';
    const meant = recordMeant(text, turn.today);
    const day = meant ? dayOfMonthSaid(text) : null;
    if (!meant || day === null || (await reports.recentNamed(turn.sender, meant)).length > 0) return meant;
    return (visit) => Number(visit.date.slice(8)) === day;
  }

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

  /**
   * The postings a question is about: one it names, an official's city (or one the office names), a specialist an
   * official names in full, or all the person sees; or the reply when a station asks about another city.
   */
  async function askedAbout(turn: Turn, question: string, withPeople: boolean): Promise<Asked | Reply[]> {
    const postings = await reports.postingsFor(turn.sender);
    const named = question ? matchEnterprise(question, postings) : null;
    const role = turn.sender.role;
    const official = role === 'CITY_OFFICIAL' || role === 'REGION_OFFICIAL';
    const own = role === 'CITY_OFFICIAL' ? (turn.sender.cityName ?? '本市') : '全区';
    // The office may ask about one city (「南宁的进度」); a station sees its own city only.
    const city = official ? cityNamedIn(question) : null;
    if (city && role === 'CITY_OFFICIAL' && city !== own) return say(visitReplies.otherCity(own, city));
    const scope = city ?? own;
    if (named?.kind === 'found') {
      const one = postings.filter((posting) => posting === named.posting);
      return { shown: one, scope: null, targets: null, people: withPeople ? await reports.postedTo(one) : null };
    }
    const shown = city ? postings.filter((posting) => posting.cityName === city) : postings;
    const people = official || withPeople ? await reports.postedTo(shown) : null;
    // An official may name a specialist (「陈思远老师今年完成了吗」): that person's postings.
    const person = official && people ? personNamedIn(question, shown, people) : null;
    if (person) return { shown: person, scope: null, targets: null, people };
    // 「陈思远今年的服务记录」 asked by another city's station: said so, not answered with the station's own city.
    if (role === 'CITY_OFFICIAL' && question) {
      if (await namesPostingElsewhere(question, own, people ?? new Map())) return say(visitReplies.notOwnCity(own));
    }
    return { shown, scope: official ? scope : null, targets: scope, people };
  }

  /**
   * Whether a station's question names an enterprise or a specialist posted in another city: an enterprise or a person
   * in full, or a surname with a title (「赵老师」) that no one of its own city has (which city is not said: a station
   * sees its own).
   */
  async function namesPostingElsewhere(
    question: string,
    city: string,
    ownPeople: Map<string, PostedPeople>,
  ): Promise<boolean> {
    const others = (await reports.allPostings()).filter((posting) => posting.cityName !== city);
    const names = (posting: Posting) => [posting.enterpriseName, posting.shortName ?? ''].filter((n) => n.length >= 2);
    if (others.some((posting) => names(posting).some((name) => question.includes(name)))) return true;
    const theirs = await reports.postedTo(others);
    if (personNamedIn(question, others, theirs) !== null) return true;
    const surnames = specialistsNamed(question);
    const bears = (people: Map<string, PostedPeople>, surname: string) =>
      [...people.values()].some((posted) => peopleOf(posted).some((person) => person.name.startsWith(surname)));
    return surnames.some((surname) => !bears(ownPeople, surname) && bears(theirs, surname));
  }

  /** `visitId`: the record a correction asked about was confirmed for (「是」), not one the words name. */
  async function amend(turn: Turn, changes: readonly AmendChange[], visitId?: string): Promise<Reply[]> {
    // Words naming no record mean the one just changed (its reply offered 「撤销」/「修改」), else the latest; 「刚才那条」
    // is the latest reported.
    const changed = saysTheLatest(turn.message.text ?? '') ? null : turn.conversation.recall('changedVisit');
    const id = visitId ?? changed;
    const meant: RecordMeant | null =
      (visitId ? null : await meantAmongRecent(turn)) ?? (id ? (visit) => visit.id === id : null);
    const outcome = await reports.amendLast(turn.sender, changes, meant);
    if (outcome.kind === 'refused') return say(`未修改：${visitReplies.refused(outcome.refusal, turn.today)}`);
    if (outcome.kind !== 'recorded') return [];
    // A record changed since the undo: a bare 「撤销」 next is no repeat of it, but this record.
    turn.conversation.forget('undone');
    turn.conversation.forget('undoneBy');
    turn.conversation.remember('changedVisit', outcome.visit.id);
    return say(visitReplies.recorded(outcome.visit, outcome, turn.today).replace('已记录服务', '已修改服务记录'));
  }

  function respond(turn: Turn, outcome: ReportOutcome, yearNote: string | null, noted: string[] = []): Reply[] {
    if (outcome.kind === 'incomplete') {
      turn.conversation.ask({
        kind: 'visit',
        draft: outcome.draft,
        missing: outcome.missing,
        postings: outcome.postings,
      });
      const ask = visitReplies.ask(outcome.missing, outcome.draft, outcome.postings);
      return say(noted.length > 0 ? `已记下（${noted.join('，')}）。\n${ask}` : ask);
    }
    if (outcome.kind === 'refused') {
      // A report refused as already stored is there to undo; any other refused report stored nothing.
      if (!ALREADY_STORED.has(outcome.refusal.code)) turn.conversation.remember('refused', turn.message.text ?? '');
      else turn.conversation.forget('refused');
      // Its days nobody reported are offered, stored on 「是」.
      const rest = 'rest' in outcome.refusal ? outcome.refusal.rest : undefined;
      if (rest && rest.length > 0) turn.conversation.ask({ kind: 'visit-free', drafts: rest });
      return say(`未记录：${visitReplies.refused(outcome.refusal, turn.today)}`);
    }
    if (outcome.kind === 'maybe-same') {
      const earlier = visitLine(outcome.earlier, turn.today);
      turn.conversation.ask({ kind: 'visit-same', draft: outcome.draft, earlier });
      return say(visitReplies.askSameHalfDay(earlier));
    }
    turn.conversation.forget('refused');
    turn.conversation.forget('undone');
    turn.conversation.forget('undoneBy');
    turn.conversation.forget('changedVisit');
    return say(visitReplies.recorded(outcome.visit, outcome, turn.today, yearNote));
  }

  return {
    /**
     * A report, new or completed by answering the bot's question (`answering`: the message answers, or corrects, a report
     * already read whole, so it is not read again for other days or places: 「哦不对 是上周六 周五在学校上课」).
     */
    async report(turn: Turn, draft: VisitDraft, noted: string[] = [], answering = false): Promise<Reply[]> {
      const { sender, message } = turn;
      // Told apart, nothing is stored: a plain 「撤销」 next takes back nothing older.
      const apart = (reply: string): Reply[] => {
        turn.conversation.remember('refused', message.text ?? '');
        return say(reply);
      };
      // Two enterprises in one message are two visits: not one of them guessed, nor asked which.
      const text = answering ? '' : message.text;
      const several = draft.assignmentId === null ? postingsOneAfterAnother(text, sender.postings) : [];
      if (several.length >= 2) {
        const inTurn = daysOfPlacesInTurn(text, turn.today, several.length);
        // 「上周四在山湖农机… 这周一又去石韵新材…」: the day read is the first place's only when more days are said.
        const manyDays = new Set(findDates(text ?? '', turn.today).map((date) => date.value)).size > 1;
        return apart(visitReplies.severalPlaces(several, draft, turn.today, inTurn, manyDays));
      }
      // Two enterprises on two days (「前天是去的石韵新材 山湖是上周五」): two reports, neither stored as the other.
      const placesOnDays = placesOnDaysTold(text, turn.today, sender.postings);
      // What the message says of both (「都是一天」) is each one's; else the kind and days read are left to be said.
      const each = EACH_THE_SAME.test(text ?? '') ? draft : { type: null, days: null };
      if (placesOnDays.length >= 2) return apart(visitReplies.placesOnDays(placesOnDays, each, turn.today));
      // Two days' visits in one message are two reports: neither day is given the other's days.
      const days = daysOneAfterAnother(text, turn.today, sender.postings);
      if (days.length >= 2) return apart(visitReplies.severalDays(days, draft, sender.postings, turn.today));
      // 「这个月去了三趟 一共5天」: three visits, each of its own day, not one visit of five days.
      const trips = tripsCounted(text);
      if (trips && draft.refusal === null && (draft.date === null || (draft.days ?? 0) > 1))
        return apart(visitReplies.severalTrips(trips, draft, sender.postings));
      // A day's two halves of two kinds (「上午讲政策半天，下午做技术攻关半天」): two reports, neither kind dropped.
      const halves = halvesOfOneDay(text, turn.today, sender.postings);
      if (halves.length === 2) return apart(visitReplies.halves(halves, draft, sender.postings, turn.today));
      // Both halves of one day of one kind are the whole day, not the first half told.
      const whole =
        draft.days === 0.5 && wholeDayInHalves(text, turn.today, sender.postings) ? { ...draft, days: 1 } : draft;
      // 「今天」 at 00:40 is asked about: it may mean the day that just ended, and neither day is stored as a guess.
      // So are 「昨天」 and 「前天」: the day before the one they read as may be meant.
      const before = dayWordMayMeanTheDayBefore(message.text ?? '', turn.hour);
      const smallHours =
        whole.refusal === null && whole.smallHoursOf == null
          ? whole.date === turn.today && todayMayMeanYesterday(message.text ?? '', turn.hour)
            ? ('今天' as const)
            : before && whole.date === addDays(turn.today, before === '昨天' ? -1 : -2)
              ? before
              : null
          : null;
      // 「今天下午去绿桂生物…」 sent in the morning: that part of today has not come, so nothing happened in it yet.
      const toCome =
        whole.date === turn.today && whole.refusal === null ? partOfTodayToCome(text ?? '', turn.hour) : null;
      // 「好像是上周五吧 记不太清了」: a day guessed is asked, never stored as the day.
      // 「周日去龙城齿轮…」 on a Saturday: last Sunday or tomorrow, asked as well.
      const guessed =
        whole.date !== null &&
        whole.refusal === null &&
        (dayGuessed(text ?? '') ||
          weekdayMaybeToCome(text ?? '', turn.today) ||
          dayOfMonthMaybeToCome(text ?? '', turn.today));
      const told = toCome
        ? { ...whole, refusal: 'future' as const, dateWords: toCome }
        : smallHours
          ? { ...whole, date: null, smallHoursOf: whole.date, smallHoursWord: smallHours }
          : guessed
            ? { ...whole, date: null, dateWords: null }
            : whole;
      const outcome = await reports.submit(sender, message.text, told, sender.postings, message.channel);
      // 「11月27号」 given when the day was asked, and still to come (or no day at all): the report is kept, its day asked
      // again, so 「哦不对 是上周四」 next completes it instead of changing the record before it.
      const dayRefused =
        answering &&
        outcome.kind === 'refused' &&
        (outcome.refusal.code === 'future-date' || outcome.refusal.code === 'invalid-date');
      if (dayRefused) {
        const undated = { ...told, date: null, refusal: null, dateWords: null };
        const again = await reports.submit(sender, message.text, undated, sender.postings, message.channel);
        if (again.kind === 'incomplete') {
          const refusal = `未记录：${visitReplies.refused(outcome.refusal, turn.today)}`;
          return respond(turn, again, draft.yearNote).map((reply, i) =>
            i === 0 ? { ...reply, text: `${refusal}\n${reply.text}` } : reply,
          );
        }
      }
      const replies = respond(turn, outcome, draft.yearNote, noted);
      // 「石韵新材也是那天下午 半天」: 「那天」 is not guessed; the day of the report just made is named to answer with.
      const sameDay = outcome.kind === 'incomplete' && outcome.missing === 'date' && SAME_DAY.test(message.text ?? '');
      const last = sameDay ? await reports.lastReport(sender) : null;
      return last
        ? replies.map((reply, i) =>
            i === 0 ? { ...reply, text: `${reply.text}\n${visitReplies.sameDayAs(last.date)}` } : reply,
          )
        : replies;
    },

    cancelled: (): Reply[] => say(visitReplies.cancelled),

    /**
     * 「内容补充一下：还帮他们培训了两个操作工」: added to what the record just changed, or else the latest report (within
     * 24 hours), says was done; that same record is the one changed.
     */
    async contentAdded(turn: Turn, words: string): Promise<Reply[]> {
      const changed = turn.conversation.recall('changedVisit');
      const [meant] = changed ? await reports.recentNamed(turn.sender, (visit) => visit.id === changed) : [];
      const last = meant ?? (await reports.lastReport(turn.sender));
      if (!last) return say(visitReplies.nothingToAddTo);
      const summary = [last.summary, words.replace(/^(?:还|另外|并且|而且)/, '')].filter(Boolean).join('；');
      return amend(turn, [{ field: 'summary', value: summary }], last.id);
    },

    /**
     * 「上周五也是 半天」 after a report: that day, with the last report's enterprise, kind and activity, offered and
     * stored on 「是」 (what was done may have differed); the days asked when not said.
     */
    async likeLast(turn: Turn, date: LocalDate, days: number | null, sameDays: boolean): Promise<Reply[]> {
      const last = await reports.lastReport(turn.sender);
      if (!last) return say(visitReplies.nothingLikeLast);
      const draft = anotherDayOf(last, date, days ?? (sameDays ? last.days : null));
      if (draft.days === null) {
        const asLast = `按上一条：${last.enterpriseShortName}，${visitReplies.kindAndSummary(draft)}`;
        const missing = { kind: 'incomplete', missing: 'days', draft, postings: turn.sender.postings } as const;
        return respond(turn, missing, null, [chineseDayLabel(date, turn.today), asLast]);
      }
      turn.conversation.ask({ kind: 'visit-free', drafts: [draft] });
      return say(visitReplies.likeLastOffer(draft, last.enterpriseShortName, turn.today));
    },

    /** 「不是」: not the half day already told of, so the day's other half is stored as well. */
    async notSame(turn: Turn, draft: VisitDraft): Promise<Reply[]> {
      const { sender, message } = turn;
      const outcome = await reports.submit(sender, draft.summary, draft, sender.postings, message.channel, true);
      return respond(turn, outcome, draft.yearNote);
    },
    /** 「是」 to 「要按以下内容记录吗」: each run of days still free is stored (or refused, if taken since). */
    async rest(turn: Turn, drafts: VisitDraft[]): Promise<Reply[]> {
      const { sender, message } = turn;
      const replies: Reply[] = [];
      for (const draft of drafts) {
        const outcome = await reports.submit(sender, draft.summary, draft, sender.postings, message.channel);
        replies.push(...respond(turn, outcome, draft.yearNote));
      }
      return replies;
    },
    restNotRecorded: (): Reply[] => say(visitReplies.restNotRecorded),

    /** 「是」: the same half day, already recorded; nothing more is stored. */
    same: (earlier: string): Reply[] => say(visitReplies.sameKept(earlier)),

    /** The person's latest visit report within the undo window. */
    latest: (turn: Turn) => reports.latest(turn.sender),

    /** `changed`: the record just changed, which a plain 「撤销」 means. */
    async undo(turn: Turn, confirmed: string | null = null, changed: string | null = null): Promise<Reply[]> {
      const meant: RecordMeant | null = changed
        ? (visit) => visit.id === changed
        : confirmed
          ? null
          : await meantAmongRecent(turn);
      const outcome = await reports.undoLast(turn.sender, confirmed, meant);
      if (outcome.kind === 'nothing') return say(visitReplies.nothingToUndo);
      if (outcome.kind === 'not-named') return say(`未撤销：${visitReplies.notNamed('撤销')}`);
      if (outcome.kind === 'several-named')
        return say(`未撤销：${visitReplies.severalNamed(outcome.visits, turn.today, '撤销')}`);
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
      const undone = visitReplies.undone(outcome.visit, turn.today);
      turn.conversation.forget('changedVisit');
      turn.conversation.remember('undone', undone);
      turn.conversation.remember('undoneBy', (turn.message.text ?? '').trim());
      return say(undone);
    },

    undoKept: (): Reply[] => say(visitReplies.undoKept),

    amend,

    /**
     * 「半天」 said alone with nothing pending: after a report of the last 24 hours, asks whether it corrects it; else
     * says how to report.
     */
    async fragment(
      turn: Turn,
      fragment: Fragment,
      text: string,
      correction = false,
      also: Fragment[] = [],
    ): Promise<Reply[]> {
      // 「大前天那条实际只待了半天」: the record its day names, else the latest.
      const meant = correction ? await meantAmongRecent(turn) : null;
      const named = meant ? await reports.recentNamed(turn.sender, meant) : [];
      if (named.length > 1) return say(`未修改：${visitReplies.severalNamed(named, turn.today, '修改')}`);
      // 「6号那天其实只待了半天」 when no record of a 6th was reported lately: never the latest in its place.
      if (meant && named.length === 0 && NAMES_A_DAY.test(text)) return say(`未修改：${visitReplies.notNamed('修改')}`);
      // Words read as a name that name nothing (「刚报的那条日期错了」): the latest, shown to be confirmed.
      const latest = named[0] ?? (await reports.latest(turn.sender));
      if (!latest && correction) return say(visitReplies.nothingToCorrect);
      if (!latest) return say(visitReplies.fragmentAlone(text, turn.sender.postings));
      const label = visitReplies.briefOf(latest, turn.today);
      // 「刚刚那条是今天上午的不是下午」 of today's record: nothing it keeps changes.
      const changes = [fragment, ...also].filter((f) => !correction || !fragmentHolds(latest, f));
      const [first, ...more] = changes;
      if (!first) return say(saysTimeOfDay(text) ? visitReplies.timeOfDayKept(label) : visitReplies.alreadySo(label));
      turn.conversation.ask({
        kind: 'amend-confirm',
        visitId: latest.id,
        field: first.field,
        value: first.value,
        label,
        ...(more.length > 0 ? { also: more } : {}),
      });
      return say(visitReplies.fragmentCorrects(changes, label, turn.today, named.length === 1));
    },

    /** 「是」 to 「是要把刚才那条…改成…吗」: that report is corrected, if it is still the latest within 24 hours. */
    async amendConfirmed(turn: Turn, visitId: string, changes: Fragment[]): Promise<Reply[]> {
      const [asked] = await reports.recentNamed(turn.sender, (visit) => visit.id === visitId);
      if (!asked) return say(visitReplies.amendGone);
      return amend(turn, changes, visitId);
    },

    notAmended: (): Reply[] => say(visitReplies.notAmended),

    /** 「刚刚那条是上午的不是下午」: a record keeps no time of day, so the latest report stays as it is. */
    async timeOfDayKept(turn: Turn): Promise<Reply[]> {
      const latest = await reports.latest(turn.sender);
      return say(
        latest ? visitReplies.timeOfDayKept(visitReplies.briefOf(latest, turn.today)) : visitReplies.nothingToCorrect,
      );
    },

    /** 「给工人做培训 这种算哪一类服务」: the kind the activity reads as, or the five kinds to choose from. */
    kindOf(turn: Turn, activity: string): Reply[] {
      const { type, candidates } = classifyKind(activity);
      // What was done, without its day, enterprise and days (「调试杀菌釜」 of 「昨天在蓝湾食品调试杀菌釜一天」).
      const done = readReport(activity, turn.today, turn.sender.postings)?.summary || activity;
      return say(visitReplies.kindOf(done, type ? [type] : candidates, examplePlace(turn.sender.postings)));
    },

    /**
     * 我的进度, or a question in words (「今年去了几次山湖农机」: only that posting, when it names one); `asks` another
     * thing about the same postings: when they end, who serves them, the visits themselves.
     */
    async progress(turn: Turn, question = '', asks?: PostingsAsked): Promise<Reply[]> {
      const asked = await askedAbout(turn, question, asks === 'roster');
      if (Array.isArray(asked)) return asked;
      const { shown, scope, people } = asked;
      // 「有没有快到期的派驻」 asks the postings' dates; 「都有谁」 who serves them.
      if (asks === 'ending') return say(visitReplies.postingEnds(shown, turn.today, scope, ENDING_SOON_DAYS));
      if (asks === 'roster') return say(rosterReplies.roster(shown, people ?? new Map(), turn.today, scope));
      // 「这个月来了几次」 asks about the month, not the year; 「我的服务记录」 the visits of the year so far.
      const period =
        (question ? periodOf(question, turn.today) : null) ?? (asks === 'records' ? yearSoFar(turn.today) : null);
      if (period) {
        const inPeriod = await reports.progressIn(shown, period);
        const told = visitReplies.periodProgress(inPeriod, quota, turn.today, scope, asks === 'records');
        if (asks === 'records')
          return say(EXPORT_ASKED.test(question) ? `${told}\n\n${rosterReplies.exportNote}` : told);
        // The year follows a posting's period, not an office's (its year is one 「服务情况」 away).
        if (scope !== null || period.year !== undefined || shown.length === 0) return say(told);
        const year = visitReplies.progress(await reports.yearProgress(shown), quota, turn.today);
        return say(`${told}\n\n${year}`);
      }
      const rows = await reports.yearProgress(shown);
      const progress =
        scope !== null
          ? visitReplies.officeProgress(rows, quota, reports.currentYear(), scope, people ?? new Map())
          : visitReplies.progress(rows, quota, turn.today);
      const goals = asked.targets ? await targetsFor(turn, asked.targets) : null;
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
