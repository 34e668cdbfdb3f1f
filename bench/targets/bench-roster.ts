// The roster `npm run bench` runs on: many postings, so that messages come from many people, each within the
// per-person chat limit, as a programme office's traffic would. Names and accounts are derived from the posting's
// number, so the load generator writes its messages without asking the service.
import type { Clock } from '../../src/common/clock.js';
import { addDays, dateInShanghai, toUtcMidnight } from '../../src/common/local-date.js';
import { slices } from '../../src/common/slices.js';
import type { Db } from '../../src/data/database.js';
import { GUANGXI_CITIES } from '../../src/domain/programme/types.js';

export const BENCH_POSTINGS = 5_000;

const FIRST = [...'龙桂漓邕柳湘融钦梧贺玉百河崇来防北南东西红绿金银青白华盛鑫瑞丰泰宏昌兴达源通远博'];
const LAST = [...'科材电机药食光农'];
const pad = (i: number) => String(i).padStart(5, '0');

/** The short name of posting i's enterprise: three characters, none of them a digit or a date word. */
export function benchEnterpriseShortName(i: number): string {
  const a = FIRST[i % FIRST.length] as string;
  const b = FIRST[Math.floor(i / FIRST.length) % FIRST.length] as string;
  const c = LAST[Math.floor(i / FIRST.length / FIRST.length) % LAST.length] as string;
  return `${a}${b}${c}`;
}
export const benchSpecialistAccount = (i: number) => `bench-sp-${pad(i)}`;
export const benchContactAccount = (i: number) => `bench-ec-${pad(i)}`;

/** Writes rows 2,000 to a statement. */
export async function inSlices<T>(rows: T[], write: (slice: T[]) => Promise<unknown>) {
  for (const slice of slices(rows, 2_000)) await write(slice);
}

/** Writes the bench roster: an institution, and per posting an enterprise, a specialist and a contact with accounts. */
export async function seedBenchRoster(db: Db, clock: Clock): Promise<void> {
  await db.city.createMany({ data: GUANGXI_CITIES.map((name) => ({ name })), skipDuplicates: true });
  const cityIds = (await db.city.findMany({ orderBy: { id: 'asc' } })).map((c) => c.id);
  await db.institution.create({ data: { id: 'I-BENCH', name: '基准测试大学' } });
  const n = Array.from({ length: BENCH_POSTINGS }, (_, i) => i);
  await inSlices(n, (s) =>
    db.enterprise.createMany({
      data: s.map((i) => ({
        id: `E-${pad(i)}`,
        name: `广西${benchEnterpriseShortName(i)}科技有限公司`,
        shortName: benchEnterpriseShortName(i),
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
  await inSlices(n, (s) =>
    db.platformAccount.createMany({
      data: s.flatMap((i) => [
        { personId: `P-S${pad(i)}`, channel: 'WECOM' as const, accountId: benchSpecialistAccount(i) },
        { personId: `P-C${pad(i)}`, channel: 'WECOM' as const, accountId: benchContactAccount(i) },
      ]),
    }),
  );
  const today = dateInShanghai(clock.now());
  await inSlices(n, (s) =>
    db.assignment.createMany({
      data: s.map((i) => ({
        id: `A-${pad(i)}`,
        enterpriseId: `E-${pad(i)}`,
        specialistId: `P-S${pad(i)}`,
        startDate: toUtcMidnight(addDays(today, -200)),
        endDate: toUtcMidnight(addDays(today, 530)),
      })),
    }),
  );
}
