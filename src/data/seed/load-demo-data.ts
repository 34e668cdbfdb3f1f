import { readFile } from 'node:fs/promises';
import { type Clock, today as todayOf } from '../../common/clock.js';
import { addDays, compareLocalDates, startOfYear, toUtcMidnight, yearOf } from '../../common/local-date.js';
import { projectPath } from '../../common/project-paths.js';
import { ENTERPRISE_CATEGORY_LABELS, labelOf, type PersonRole } from '../../domain/programme/types.js';
import { dataContext } from '../data-context.js';
import type { Db } from '../database.js';
import { type DemoData, demoDataSchema } from './demo-data.js';

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
export async function loadDemoData(prisma: Db, data: DemoData, clock: Clock): Promise<void> {
  const today = todayOf(clock);
  const firstOfYear = startOfYear(yearOf(today));
  const { db } = dataContext(prisma, clock);
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
