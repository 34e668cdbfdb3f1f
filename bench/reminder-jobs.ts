// `npm run bench:reminders`: the quota and digest jobs over 10,000 postings and 30,000 visits, with the number of
// database operations each takes (it must not grow with the number of postings). Embedded PGlite by default;
// BENCH_DATABASE_URL=postgresql://… runs it on an empty PostgreSQL database (which it fills).
import { cpus } from 'node:os';
import { addDays, type LocalDate, toUtcMidnight } from '../src/common/local-date.js';
import { migratePostgres, openEmbedded, openPostgres } from '../src/data/database.js';
import { PrismaOutbox } from '../src/data/repositories/outbox-repository.js';
import { PrismaPersonDirectory } from '../src/data/repositories/person-directory.js';
import { PrismaReminderSource } from '../src/data/repositories/reminder-source.js';
import { GUANGXI_CITIES, VISIT_TYPES } from '../src/domain/programme/types.js';
import { ReminderService } from '../src/domain/reminders/reminder-service.js';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { ChatNoticeAddressing } from '../src/notifications/notice-addressing.js';
import { inSlices } from './targets/bench-roster.js';

const POSTINGS = 10_000;
const VISITS = 30_000;
const TYPES = VISIT_TYPES;

const url = process.env.BENCH_DATABASE_URL;
if (url) await migratePostgres(url);
const database = url ? await openPostgres(url) : await openEmbedded(undefined);
const db = database.prisma;

async function seed() {
  const started = performance.now();
  await db.city.createMany({ data: GUANGXI_CITIES.map((name) => ({ name })) });
  const cityIds = (await db.city.findMany({ orderBy: { id: 'asc' } })).map((c) => c.id);
  await db.institution.create({ data: { id: 'I-BENCH', name: '基准测试大学' } });
  const n = Array.from({ length: POSTINGS }, (_, i) => i);
  const pad = (i: number) => String(i).padStart(5, '0');
  await inSlices(n, (s) =>
    db.enterprise.createMany({
      data: s.map((i) => ({
        id: `E-${pad(i)}`,
        name: `基准企业${pad(i)}有限公司`,
        cityId: cityIds[i % cityIds.length] ?? 1,
        category: 'TECH_SME' as const,
      })),
    }),
  );
  await inSlices(n, (s) =>
    db.person.createMany({
      data: s.flatMap((i) => [
        { id: `P-S${pad(i)}`, name: `专家${i}`, role: 'SPECIALIST' as const, institutionId: 'I-BENCH' },
        { id: `P-C${pad(i)}`, name: `联系人${i}`, role: 'ENTERPRISE_CONTACT' as const, enterpriseId: `E-${pad(i)}` },
      ]),
    }),
  );
  await db.person.createMany({
    data: [
      ...cityIds.map((cityId, i) => ({ id: `P-O${i}`, name: `服务站${i}`, role: 'CITY_OFFICIAL' as const, cityId })),
      { id: 'P-R', name: '工作办', role: 'REGION_OFFICIAL' as const },
    ],
  });
  const people = await db.person.findMany({ select: { id: true } });
  await inSlices(people, (s) =>
    db.platformAccount.createMany({
      data: s.map((p) => ({ personId: p.id, channel: 'LOCAL' as const, accountId: p.id })),
    }),
  );
  await inSlices(n, (s) =>
    db.assignment.createMany({
      data: s.map((i) => ({
        id: `A-${pad(i)}`,
        enterpriseId: `E-${pad(i)}`,
        specialistId: `P-S${pad(i)}`,
        startDate: toUtcMidnight('2025-06-01' as LocalDate),
        endDate: toUtcMidnight('2027-05-31' as LocalDate),
      })),
    }),
  );
  const visits = Array.from({ length: VISITS }, (_, v) => v);
  await inSlices(visits, (s) =>
    db.visit.createMany({
      data: s.map((v) => {
        // Uneven: some postings have many visits (on pace), others few or none.
        const posting = Math.floor((v * v) % POSTINGS);
        return {
          assignmentId: `A-${pad(posting)}`,
          reporterId: `P-S${pad(posting)}`,
          date: toUtcMidnight(addDays('2026-01-05' as LocalDate, v % 300)),
          days: 1 + (v % 4) * 0.5,
          type: TYPES[v % TYPES.length] ?? 'TECH_RESEARCH',
          summary: `服务${v}`,
        };
      }),
    }),
  );
  return performance.now() - started;
}

const seedMs = await seed();
let operations = 0;
const counted = db.$extends({
  query: {
    async $allOperations({ args, query }) {
      operations += 1;
      return query(args);
    },
  },
}) as unknown as PrismaClient;
const people = new PrismaPersonDirectory(counted, database.sql);
const reminders = new ReminderService(
  new PrismaReminderSource(counted),
  new ChatNoticeAddressing(people, ['LOCAL']),
  new PrismaOutbox(counted),
  [],
  { visitsPerYear: 5, daysPerYear: 30 },
);

const rss = () => Math.round(process.memoryUsage().rss / 1_048_576);
console.log(
  `reminder jobs over ${POSTINGS} postings and ${VISITS} visits (${url ? 'PostgreSQL' : 'embedded PGlite'}, ${cpus()[0]?.model ?? 'cpu'}); seeded in ${(seedMs / 1000).toFixed(1)} s`,
);
for (const [job, at] of [
  ['quota', '2026-11-23T09:10:00+08:00'],
  ['digest', '2026-11-23T09:20:00+08:00'],
  ['quota', '2026-11-23T09:10:00+08:00'],
] as const) {
  operations = 0;
  const started = performance.now();
  const messages = await reminders.run(job, new Date(at));
  const ms = performance.now() - started;
  console.log(
    `${job.padEnd(6)} ${ms.toFixed(0).padStart(6)} ms  ${String(messages.length).padStart(6)} messages enqueued  ${operations} database operations  rss ${rss()} MB`,
  );
}
await database.close();
