import { readFile } from 'node:fs/promises';
import { type Clock, today as todayOf } from '../../common/clock.js';
import { addDays, compareLocalDates, startOfYear, toUtcMidnight, yearOf } from '../../common/local-date.js';
import { projectPath } from '../../common/project-paths.js';
import { ENTERPRISE_CATEGORY_LABELS, labelOf, type PersonRole } from '../../domain/programme/types.js';
import { dataContext } from '../data-context.js';
import type { Database } from '../database.js';
import { type DemoData, type DemoOutcomes, demoDataSchema, demoOutcomesSchema } from './demo-data.js';

const ROLES: Record<DemoData['people'][number]['role'], PersonRole> = {
  specialist: 'SPECIALIST',
  enterprise: 'ENTERPRISE_CONTACT',
  city_official: 'CITY_OFFICIAL',
  region_official: 'REGION_OFFICIAL',
  admin: 'ADMIN',
};

export async function readDemoData(file = projectPath('demo', 'demo-data.json')): Promise<DemoData> {
  return demoDataSchema.parse(JSON.parse(await readFile(file, 'utf8')));
}

/**
 * Loads the demo roster with its ids as given, in one transaction. Dates are relative to the clock's today; a visit
 * that would fall before 1 January of this year is moved to 1 January, as the file prescribes.
 */
export async function loadDemoData(database: Database, data: DemoData, clock: Clock): Promise<void> {
  const today = todayOf(clock);
  const firstOfYear = startOfYear(yearOf(today));
  const { db } = dataContext(database, clock);
  await db.$transaction(async (tx) => {
    await tx.city.createMany({ data: data.cities.map((name) => ({ name })), skipDuplicates: true });
    const cityIds = new Map((await tx.city.findMany()).map((city) => [city.name, city.id]));
    const cityId = (name: string) => {
      const found = cityIds.get(name);
      if (found === undefined) throw new Error(`Unknown city in demo data: ${name}`);
      return found;
    };

    await tx.institution.createMany({ data: data.institutions });
    await tx.enterprise.createMany({
      data: data.enterprises.map((e) => ({
        id: e.id,
        name: e.name,
        shortName: e.shortName ?? null,
        cityId: cityId(e.city),
        category: labelOf(ENTERPRISE_CATEGORY_LABELS, e.category) ?? 'TECH_SME',
      })),
    });
    await tx.person.createMany({
      data: data.people.map((p) => ({
        id: p.id,
        name: p.name,
        role: ROLES[p.role],
        institutionId: p.institution ?? null,
        enterpriseId: p.enterprise ?? null,
        cityId: p.city ? cityId(p.city) : null,
        title: p.title ?? null,
        degree: p.degree ?? null,
        field: p.field ?? null,
        position: p.position ?? null,
      })),
    });
    await tx.platformAccount.createMany({
      data: data.people.flatMap((p) =>
        (
          [
            ['LOCAL', p.accounts.local],
            ['WECOM', p.accounts.wecom],
            ['DINGTALK', p.accounts.dingtalk],
          ] as const
        ).flatMap(([channel, accountId]) => (accountId ? [{ personId: p.id, channel, accountId }] : [])),
      ),
    });
    await tx.team.createMany({
      data: data.teams.map((t) => ({
        id: t.id,
        name: t.name,
        institutionId: t.institution ?? null,
        leaderId: t.leader,
      })),
    });
    await tx.teamMember.createMany({
      data: data.teams.flatMap((t) => t.members.map((personId) => ({ teamId: t.id, personId }))),
    });
    await tx.assignment.createMany({
      data: data.assignments.map((a) => {
        const start = addDays(today, a.startOffsetDays);
        const end = addDays(today, a.endOffsetDays);
        return {
          id: a.id,
          enterpriseId: a.enterprise,
          specialistId: a.specialist ?? null,
          teamId: a.team ?? null,
          startDate: toUtcMidnight(start),
          endDate: toUtcMidnight(end),
          status: compareLocalDates(end, today) < 0 ? 'ENDED' : 'ACTIVE',
        };
      }),
    });
    await tx.visit.createMany({
      data: data.visits.map((v) => {
        const date = addDays(today, -v.daysAgo);
        const visitDate = toUtcMidnight(compareLocalDates(date, firstOfYear) < 0 ? firstOfYear : date);
        return {
          assignmentId: v.assignment,
          reporterId: v.reporter,
          date: visitDate,
          // Reported on the day of the visit (not when the demo was loaded), as a specialist would have.
          createdAt: new Date(visitDate.getTime() + 10 * 3_600_000),
          days: v.days,
          type: v.type,
          summary: v.summary,
        };
      }),
    });
  });
}

export async function readDemoOutcomes(file = projectPath('demo', 'demo-outcomes.json')): Promise<DemoOutcomes> {
  return demoOutcomesSchema.parse(JSON.parse(await readFile(file, 'utf8')));
}

/**
 * Loads the demo's outcomes and signed agreements over the demo roster, in one transaction. Dates count back from the
 * clock's today; an outcome dated before its posting started is left out (it would not be the posting's).
 */
export async function loadDemoOutcomes(database: Database, data: DemoOutcomes, clock: Clock): Promise<void> {
  const today = todayOf(clock);
  const { db } = dataContext(database, clock);
  await db.$transaction(async (tx) => {
    for (const agreement of data.agreements) {
      await tx.assignment.update({
        where: { id: agreement.assignment },
        data: { agreementSignedOn: toUtcMidnight(addDays(today, -agreement.signedDaysAgo)) },
      });
    }
    const starts = new Map(
      (await tx.assignment.findMany({ select: { id: true, startDate: true } })).map((a) => [a.id, a.startDate]),
    );
    const rows = data.outcomes.flatMap((o) => {
      const date = toUtcMidnight(addDays(today, -o.daysAgo));
      const start = starts.get(o.assignment);
      if (!start || date < start) return [];
      const createdAt = new Date(date.getTime() + 10 * 3_600_000);
      return [
        {
          assignmentId: o.assignment,
          reporterId: o.reporter,
          kind: o.kind,
          title: o.title,
          date,
          level: o.level ?? null,
          stage: o.stage ?? null,
          form: o.form ?? null,
          amount: o.amount ?? null,
          ipKind: o.ipKind ?? null,
          quantity: o.quantity ?? null,
          summary: o.title,
          status: o.status,
          statusNote: o.statusNote ?? null,
          confirmedById: o.confirmedBy ?? null,
          confirmedAt: o.confirmedBy ? createdAt : null,
          createdAt,
        },
      ];
    });
    await tx.outcome.createMany({ data: rows });
  });
}
