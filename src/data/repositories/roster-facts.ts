import {
  type AccountChannel,
  accountKey,
  type FactsRequest,
  type RosterFacts,
} from '../../domain/roster/roster-rules.js';
import type { RosterKind } from '../../domain/roster/roster-sheets.js';
import type { Prisma } from '../../generated/prisma/client.js';

type Tx = Prisma.TransactionClient;

const unique = (values: string[]) => [...new Set(values)];

function groupBy<T>(rows: T[], key: (row: T) => string, value: (row: T) => string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), value(row)]);
  return groups;
}

/** Reads, in the import's transaction, what the stored roster says about the ids, names and accounts a sheet names. */
export async function loadRosterFacts(tx: Tx, kind: RosterKind, request: FactsRequest): Promise<RosterFacts> {
  const ids = (rows: { id: string }[]) => new Set(rows.map((r) => r.id));
  const inList = (values: string[]) => ({ in: unique(values) });
  // One after another: the queries share the transaction's one connection.
  const institutions = await tx.institution.findMany({
    where: { id: inList(request.institutions) },
    select: { id: true },
  });
  const enterprises = await tx.enterprise.findMany({
    where: { id: inList(request.enterprises) },
    select: { id: true },
  });
  const teams = await tx.team.findMany({ where: { id: inList(request.teams) }, select: { id: true } });
  const people = await tx.person.findMany({ where: { id: inList(request.people) }, select: { id: true, role: true } });
  const namesWhere = { where: { name: inList(request.names) }, select: { id: true, name: true } };
  const named =
    kind === 'enterprises' ? await tx.enterprise.findMany(namesWhere) : await tx.institution.findMany(namesWhere);
  const accounts =
    request.accounts.length === 0
      ? []
      : await tx.platformAccount.findMany({
          where: { OR: request.accounts.map(({ channel, accountId }) => ({ channel, accountId })) },
          select: { channel: true, accountId: true, personId: true },
        });
  const memberships = await tx.teamMember.findMany({
    where: { personId: inList(request.members) },
    select: { personId: true, teamId: true },
  });
  const postings = await tx.assignment.findMany({
    where: { specialistId: inList(request.members) },
    select: { id: true, specialistId: true },
  });
  const active = await tx.assignment.findMany({
    where: { enterpriseId: inList(request.postedEnterprises), status: 'ACTIVE' },
    select: { id: true, enterpriseId: true },
  });
  return {
    institutions: ids(institutions),
    enterprises: ids(enterprises),
    teams: ids(teams),
    roles: new Map(people.map((p) => [p.id, p.role])),
    nameHolders: new Map(named.map((r) => [r.name, r.id])),
    accountHolders: new Map(accounts.map((a) => [accountKey(a.channel as AccountChannel, a.accountId), a.personId])),
    teamsOf: groupBy(
      memberships,
      (m) => m.personId,
      (m) => m.teamId,
    ),
    postingsOf: groupBy(
      postings,
      (p) => p.specialistId ?? '',
      (p) => p.id,
    ),
    activePostings: groupBy(
      active,
      (p) => p.enterpriseId,
      (p) => p.id,
    ),
  };
}
