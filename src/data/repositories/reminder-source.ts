import {
  dateInShanghai,
  endOfYear,
  fromUtcMidnight,
  type LocalDate,
  startOfYear,
  toUtcMidnight,
} from '../../common/local-date.js';
import { COUNTED_OUTCOME_STATUSES, type OutcomeStage } from '../../domain/outcomes/types.js';
import { COUNTED_STATUSES, type Person } from '../../domain/programme/types.js';
import type { HostEnterprise, OutcomeFact } from '../../domain/progress/targets.js';
import type {
  Audience,
  CalendarEvent,
  OpenTicket,
  PostingStatus,
  ReminderSource,
} from '../../domain/reminders/reminder-source.js';
import type { Db } from '../database.js';
import { PERSON_FIELDS, toPerson } from './person-directory.js';
import { totalsByPosting } from './visit-day-totals.js';

/** Bulk reads for the jobs: each method is one or two queries, whatever the number of postings. */
export class PrismaReminderSource implements ReminderSource {
  constructor(private readonly db: Db) {}

  async postings(year: number, asOf?: Date): Promise<PostingStatus[]> {
    const from = toUtcMidnight(startOfYear(year));
    const to = toUtcMidnight(endOfYear(year));
    // Visits known at `asOf`: reported by then, and dated no later than that day.
    const asOfDay = asOf ? toUtcMidnight(dateInShanghai(asOf)) : to;
    const known = {
      ...(asOf ? { createdAt: { lte: asOf } } : {}),
      date: { lte: asOfDay < to ? asOfDay : to },
    };
    const [assignments, sums, latest] = await Promise.all([
      this.db.assignment.findMany({
        where: { startDate: { lte: to }, endDate: { gte: from }, status: { not: 'CANCELLED' } },
        select: {
          id: true,
          enterpriseId: true,
          specialistId: true,
          startDate: true,
          endDate: true,
          status: true,
          enterprise: { select: { name: true, city: { select: { name: true } } } },
          team: { select: { members: { select: { personId: true }, orderBy: { personId: 'asc' } } } },
        },
        orderBy: { id: 'asc' },
      }),
      // Disputed visits wait for the station and rejected ones never count.
      this.db.visit.groupBy({
        by: ['assignmentId', 'date'],
        where: { ...known, date: { gte: from, lte: known.date.lte }, status: { in: [...COUNTED_STATUSES] } },
        _sum: { days: true },
      }),
      this.db.visit.groupBy({
        by: ['assignmentId'],
        where: { ...known, status: { in: [...COUNTED_STATUSES] } },
        _max: { date: true },
      }),
    ]);
    const sumOf = totalsByPosting(sums);
    const lastOf = new Map(latest.map((l) => [l.assignmentId, l._max.date]));
    return assignments.map((a) => {
      const sum = sumOf.get(a.id);
      const last = lastOf.get(a.id);
      return {
        assignmentId: a.id,
        enterpriseId: a.enterpriseId,
        enterpriseName: a.enterprise.name,
        cityName: a.enterprise.city.name,
        startDate: fromUtcMidnight(a.startDate),
        endDate: fromUtcMidnight(a.endDate),
        active: a.status === 'ACTIVE',
        specialistIds: a.specialistId ? [a.specialistId] : (a.team?.members.map((m) => m.personId) ?? []),
        visits: sum?.visits ?? 0,
        days: sum?.days ?? 0,
        lastVisit: last ? fromUtcMidnight(last) : null,
      };
    });
  }

  async people(): Promise<Person[]> {
    const rows = await this.db.person.findMany({
      where: { active: true },
      select: PERSON_FIELDS,
      orderBy: { id: 'asc' },
    });
    return rows.map(toPerson);
  }

  async disputedVisits(year: number) {
    const rows = await this.db.visit.findMany({
      where: {
        status: 'DISPUTED',
        date: { gte: toUtcMidnight(startOfYear(year)), lte: toUtcMidnight(endOfYear(year)) },
      },
      select: {
        date: true,
        statusNote: true,
        assignment: { select: { enterprise: { select: { name: true, city: { select: { name: true } } } } } },
      },
      orderBy: { date: 'asc' },
    });
    return rows.map((row) => ({
      cityName: row.assignment.enterprise.city.name,
      enterpriseName: row.assignment.enterprise.name,
      date: fromUtcMidnight(row.date),
      note: row.statusNote,
    }));
  }

  async openTickets(): Promise<OpenTicket[]> {
    const rows = await this.db.feedbackTicket.findMany({
      where: { status: { in: ['SUBMITTED', 'IN_PROGRESS'] } },
      select: {
        ticketNo: true,
        status: true,
        text: true,
        waitingSince: true,
        escalatedAt: true,
        enterprise: { select: { name: true } },
        city: { select: { name: true } },
      },
      orderBy: [{ waitingSince: 'asc' }, { seq: 'asc' }],
    });
    return rows.map((row) => ({
      ticketNo: row.ticketNo,
      enterpriseName: row.enterprise.name,
      cityName: row.city.name,
      status: row.status,
      text: row.text,
      waitingSince: row.waitingSince,
      escalated: row.escalatedAt !== null,
    }));
  }

  async ratings(year: number) {
    const rows = await this.db.postingRating.findMany({
      where: { year },
      select: {
        score: true,
        assignment: { select: { enterprise: { select: { name: true, city: { select: { name: true } } } } } },
      },
    });
    return rows.map((row) => ({
      cityName: row.assignment.enterprise.city.name,
      enterpriseName: row.assignment.enterprise.name,
      score: row.score,
    }));
  }

  async targetFacts(upToYear: number): Promise<{ hosts: HostEnterprise[]; outcomes: OutcomeFact[] }> {
    const [hosts, outcomes] = await Promise.all([
      this.db.enterprise.findMany({
        where: { assignments: { some: { status: { not: 'CANCELLED' } } } },
        select: { id: true, city: { select: { name: true } } },
      }),
      this.db.outcome.findMany({
        where: { status: { in: [...COUNTED_OUTCOME_STATUSES] }, date: { lte: toUtcMidnight(endOfYear(upToYear)) } },
        select: {
          kind: true,
          stage: true,
          assignment: { select: { enterpriseId: true, enterprise: { select: { city: { select: { name: true } } } } } },
        },
      }),
    ]);
    return {
      hosts: hosts.map((row) => ({ enterpriseId: row.id, cityName: row.city.name })),
      outcomes: outcomes.map((row) => ({
        enterpriseId: row.assignment.enterpriseId,
        cityName: row.assignment.enterprise.city.name,
        kind: row.kind,
        stage: row.stage as OutcomeStage | null,
      })),
    };
  }

  async calendar(from: LocalDate, to: LocalDate): Promise<CalendarEvent[]> {
    const rows = await this.db.calendarEvent.findMany({
      where: { date: { gte: toUtcMidnight(from), lte: toUtcMidnight(to) } },
      orderBy: [{ date: 'asc' }, { createdAt: 'asc' }],
    });
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      date: fromUtcMidnight(row.date),
      audience: row.audience as Audience,
    }));
  }
}
