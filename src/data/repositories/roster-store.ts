import { fromUtcMidnight, type LocalDate, toUtcMidnight } from '../../common/local-date.js';
import {
  completeRows,
  type ImportCounts,
  RosterProblems,
  type RosterStore,
  type SheetReading,
} from '../../domain/roster/roster-import.js';
import { checkAgainstRoster, factsRequest } from '../../domain/roster/roster-rules.js';
import { EXPORT_LABELS, type RosterKind, type RosterRow } from '../../domain/roster/roster-sheets.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { Db } from '../database.js';
import { loadRosterFacts } from './roster-facts.js';

type Tx = Prisma.TransactionClient;
type Lines<K extends RosterKind> = { line: number; row: RosterRow<K> }[];

class Rollback extends Error {}

type Account = { channel: 'WECOM' | 'DINGTALK'; accountId: string };
type PersonData = Pick<
  Prisma.PersonUncheckedCreateInput,
  'name' | 'role' | 'institutionId' | 'enterpriseId' | 'cityId' | 'title' | 'phone'
>;

/** Stable comparison of what a row would write with what is stored. */
const canonical = (value: unknown): unknown =>
  value instanceof Date
    ? value.toISOString()
    : Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .sort(([a], [b]) => (a < b ? -1 : 1))
              .map(([k, v]) => [k, canonical(v)]),
          )
        : value;
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

export class PrismaRosterStore implements RosterStore {
  constructor(private readonly db: Db) {}

  async apply<K extends RosterKind>(
    kind: K,
    reading: SheetReading<K>,
    { dryRun }: { dryRun: boolean },
  ): Promise<ImportCounts> {
    let counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
    try {
      await this.db.$transaction(async (tx) => {
        const facts = await loadRosterFacts(tx, kind, factsRequest(kind, reading.records));
        const problems = [...reading.problems, ...checkAgainstRoster(kind, reading.records, facts)];
        // Each line's problems together, the lines in file order (the sort is stable).
        if (problems.length > 0) throw new RosterProblems(problems.sort((a, b) => a.line - b.line));
        counts = await WRITERS[kind](tx, completeRows(reading) as never);
        if (dryRun) throw new Rollback();
      });
    } catch (error) {
      if (error instanceof Rollback) return counts;
      if (error instanceof RosterProblems) throw error;
      throw new RosterProblems([{ line: (error as { line?: number }).line ?? 0, message: describe(error) }]);
    }
    return counts;
  }

  async export<K extends RosterKind>(kind: K): Promise<Record<string, string>[]> {
    return EXPORTERS[kind](this.db);
  }
}

/** What each roster rule of the database means, in the words of the sheet. */
const RULES: [RegExp, string][] = [
  [/people_role_links/, '角色与关联不符：科技特派员须填派出单位编号，企业联系人须填企业编号，设区市服务站须填设区市'],
  [
    /assignments_one_active_per_enterprise|`enterprise_id`\)/,
    '这家企业已有一个进行中的派驻，一家企业同时只能有一个进行中的派驻',
  ],
  [/assignments_one_assignee/, '特派员编号和团队编号须填且只填一个'],
  [/assignments_period/, '结束日期应晚于开始日期'],
  [/_id_not_blank/, '编号不能为空'],
  [/platform_accounts_channel_account_id|`channel`,\s*`account_id`/, '这个企业微信或钉钉账号已属于名册中的另一个人'],
  [/platform_accounts_person_id_channel|`person_id`,\s*`channel`/, '此人在这个平台已有账号'],
  [/enterprises_name_key|enterprises.*`name`/, '企业名称与名册中另一家企业重复'],
  [/institutions_name_key|institutions.*`name`/, '单位名称与名册中另一个单位重复'],
  [/_fkey|Foreign key/i, '引用的编号不存在，或仍被其他记录引用'],
];

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const rule = RULES.find(([pattern]) => pattern.test(text));
  if (rule) return rule[1];
  // A rule the table above does not know yet: named, never shown as the database's own message.
  const constraint = /constraint[^"]*"([^"]+)"/.exec(text)?.[1];
  return constraint ? `违反名册规则（${constraint}），见 docs/data-model.md` : '这一行无法写入名册，请检查各列的值';
}

/** Runs one row's write, tagging a database error with the row's line. */
async function atLine<T>(line: number, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw Object.assign(error instanceof Error ? error : new Error(String(error)), { line });
  }
}

/** The stored rows of a file's ids, read in one query, by id. */
async function storedById<T extends { id: string }>(
  rows: { row: { id: string } }[],
  read: (ids: string[]) => Promise<T[]>,
) {
  const found = await read(rows.map((r) => r.row.id));
  return new Map(found.map((row) => [row.id, row]));
}

/** The fields a row compares, without its id. */
function fields<T extends { id: string }>(stored: T | undefined): Omit<T, 'id'> | null {
  if (!stored) return null;
  const { id: _id, ...rest } = stored;
  return rest;
}

/** Cities by name, created when first named: one query per city a file names, not one per row. */
function cityIds(tx: Tx) {
  const known = new Map<string, Promise<number>>();
  return (name: string): Promise<number> => {
    let id = known.get(name);
    if (!id) {
      id = tx.city.upsert({ where: { name }, create: { name }, update: {}, select: { id: true } }).then((c) => c.id);
      known.set(name, id);
    }
    return id;
  };
}

function tally(counts: ImportCounts, existing: unknown, data: unknown) {
  if (existing === null || existing === undefined) counts.created += 1;
  else if (same(existing, data)) counts.unchanged += 1;
  else counts.updated += 1;
}

const WRITERS: { [K in RosterKind]: (tx: Tx, rows: Lines<K>) => Promise<ImportCounts> } = {
  async institutions(tx, rows) {
    const counts = { created: 0, updated: 0, unchanged: 0 };
    const stored = await storedById(rows, (ids) =>
      tx.institution.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
    );
    for (const { line, row } of rows) {
      const existing = fields(stored.get(row.id));
      tally(counts, existing, { name: row.name });
      if (!existing || !same(existing, { name: row.name }))
        await atLine(line, () =>
          tx.institution.upsert({ where: { id: row.id }, create: row, update: { name: row.name } }),
        );
    }
    return counts;
  },

  async enterprises(tx, rows) {
    const cityId = cityIds(tx);
    const stored = await storedById(rows, (ids) =>
      tx.enterprise.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true, shortName: true, cityId: true, category: true },
      }),
    );
    const counts = { created: 0, updated: 0, unchanged: 0 };
    for (const { line, row } of rows) {
      const data = {
        name: row.name,
        shortName: row.shortName,
        cityId: await cityId(row.city),
        category: row.category,
      };
      const existing = fields(stored.get(row.id));
      tally(counts, existing, data);
      if (!existing || !same(existing, data))
        await atLine(line, () =>
          tx.enterprise.upsert({ where: { id: row.id }, create: { id: row.id, ...data }, update: data }),
        );
    }
    return counts;
  },

  async people(tx, rows) {
    const cityId = cityIds(tx);
    const people = await storedById(rows, (ids) =>
      tx.person.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          name: true,
          role: true,
          institutionId: true,
          enterpriseId: true,
          cityId: true,
          title: true,
          phone: true,
          accounts: { select: { channel: true, accountId: true } },
        },
      }),
    );
    const counts = { created: 0, updated: 0, unchanged: 0 };
    const byChannel = (a: { channel: string }, b: { channel: string }) => (a.channel < b.channel ? -1 : 1);
    const writes: { line: number; id: string; data: PersonData; accounts: Account[]; stale: Account[] }[] = [];
    for (const { line, row } of rows) {
      const data: PersonData = {
        name: row.name,
        role: row.role,
        institutionId: row.institutionId,
        enterpriseId: row.enterpriseId,
        cityId: row.city ? await cityId(row.city) : null,
        title: row.title,
        phone: row.phone,
      };
      const existing = fields(people.get(row.id));
      const accounts: Account[] = [
        ...(row.dingtalk ? [{ channel: 'DINGTALK' as const, accountId: row.dingtalk }] : []),
        ...(row.wecom ? [{ channel: 'WECOM' as const, accountId: row.wecom }] : []),
      ];
      // The demo page's LOCAL accounts are not the roster's; WeCom and DingTalk accounts are, and a blank cell
      // removes one.
      const storedAccounts = (existing?.accounts ?? [])
        .filter((a): a is Account => a.channel !== 'LOCAL')
        .sort(byChannel);
      const stored = existing && { ...existing, accounts: storedAccounts };
      tally(counts, stored, { ...data, accounts });
      if (stored && same(stored, { ...data, accounts })) continue;
      const kept = (a: Account) => accounts.some((b) => b.channel === a.channel && b.accountId === a.accountId);
      writes.push({ line, id: row.id, data, accounts, stale: storedAccounts.filter((a) => !kept(a)) });
    }
    // Every stale account first, so that an account can move from one person to another within the file.
    const removedAccounts: NonNullable<ImportCounts['removedAccounts']> = [];
    for (const { line, id, accounts, stale } of writes)
      for (const { channel, accountId } of stale) {
        await atLine(line, () => tx.platformAccount.deleteMany({ where: { personId: id, channel } }));
        if (!accounts.some((a) => a.channel === channel))
          removedAccounts.push({ line, personId: id, channel, accountId });
      }
    for (const { line, id, data, accounts } of writes) {
      await atLine(line, async () => {
        await tx.person.upsert({ where: { id }, create: { id, ...data }, update: data });
        for (const account of accounts) {
          await tx.platformAccount.upsert({
            where: { personId_channel: { personId: id, channel: account.channel } },
            create: { personId: id, ...account },
            update: { accountId: account.accountId },
          });
        }
      });
    }
    return { ...counts, removedAccounts };
  },

  async teams(tx, rows) {
    const counts = { created: 0, updated: 0, unchanged: 0 };
    const teams = await storedById(rows, (ids) =>
      tx.team.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true, institutionId: true, leaderId: true, members: { select: { personId: true } } },
      }),
    );
    for (const { line, row } of rows) {
      const data = { name: row.name, institutionId: row.institutionId, leaderId: row.leaderId };
      const members = [...row.members].sort();
      const existing = fields(teams.get(row.id));
      const stored = existing && { ...existing, members: existing.members.map((m) => m.personId).sort() };
      tally(counts, stored, { ...data, members });
      if (stored && same(stored, { ...data, members })) continue;
      await atLine(line, async () => {
        await tx.team.upsert({ where: { id: row.id }, create: { id: row.id, ...data }, update: data });
        await tx.teamMember.deleteMany({ where: { teamId: row.id } });
        await tx.teamMember.createMany({ data: members.map((personId) => ({ teamId: row.id, personId })) });
      });
    }
    return counts;
  },

  async assignments(tx, rows) {
    const postings = await storedById(rows, (ids) =>
      tx.assignment.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          enterpriseId: true,
          specialistId: true,
          teamId: true,
          startDate: true,
          endDate: true,
          status: true,
          agreementSignedOn: true,
        },
      }),
    );
    const counts = { created: 0, updated: 0, unchanged: 0 };
    for (const { line, row } of rows) {
      const existing = fields(postings.get(row.id));
      const data = {
        enterpriseId: row.enterpriseId,
        specialistId: row.specialistId,
        teamId: row.teamId,
        startDate: toUtcMidnight(row.startDate as LocalDate),
        endDate: toUtcMidnight(row.endDate as LocalDate),
        status: row.status,
        agreementSignedOn: row.agreementSignedOn ? toUtcMidnight(row.agreementSignedOn as LocalDate) : null,
      };
      tally(counts, existing, data);
      if (!existing || !same(existing, data))
        await atLine(line, () =>
          tx.assignment.upsert({ where: { id: row.id }, create: { id: row.id, ...data }, update: data }),
        );
    }
    return counts;
  },
};

const EXPORTERS: { [K in RosterKind]: (db: Db) => Promise<Record<string, string>[]> } = {
  async institutions(db) {
    return (await db.institution.findMany({ orderBy: { id: 'asc' } })).map((r) => ({
      单位编号: r.id,
      单位名称: r.name,
    }));
  },
  async enterprises(db) {
    const rows = await db.enterprise.findMany({ orderBy: { id: 'asc' }, include: { city: true } });
    return rows.map((r) => ({
      企业编号: r.id,
      企业名称: r.name,
      简称: r.shortName ?? '',
      设区市: r.city.name,
      企业类别: EXPORT_LABELS.categories[r.category],
    }));
  },
  async people(db) {
    const rows = await db.person.findMany({ orderBy: { id: 'asc' }, include: { city: true, accounts: true } });
    return rows.map((r) => ({
      人员编号: r.id,
      姓名: r.name,
      角色: EXPORT_LABELS.roles[r.role],
      派出单位编号: r.institutionId ?? '',
      企业编号: r.enterpriseId ?? '',
      设区市: r.city?.name ?? '',
      职称: r.title ?? '',
      手机: r.phone ?? '',
      企业微信账号: r.accounts.find((a) => a.channel === 'WECOM')?.accountId ?? '',
      钉钉账号: r.accounts.find((a) => a.channel === 'DINGTALK')?.accountId ?? '',
    }));
  },
  async teams(db) {
    const rows = await db.team.findMany({
      orderBy: { id: 'asc' },
      include: { members: { orderBy: { personId: 'asc' } } },
    });
    return rows.map((r) => ({
      团队编号: r.id,
      团队名称: r.name,
      派出单位编号: r.institutionId ?? '',
      团长编号: r.leaderId,
      成员编号: r.members.map((m) => m.personId).join('、'),
    }));
  },
  async assignments(db) {
    const rows = await db.assignment.findMany({ orderBy: { id: 'asc' } });
    return rows.map((r) => ({
      派驻编号: r.id,
      企业编号: r.enterpriseId,
      特派员编号: r.specialistId ?? '',
      团队编号: r.teamId ?? '',
      开始日期: fromUtcMidnight(r.startDate),
      结束日期: fromUtcMidnight(r.endDate),
      状态: EXPORT_LABELS.statuses[r.status],
      协议签订日期: r.agreementSignedOn ? fromUtcMidnight(r.agreementSignedOn) : '',
    }));
  },
};
