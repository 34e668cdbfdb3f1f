import type { PersonRole } from '../programme/types.js';
import type { RowProblem, SheetReading } from './roster-import.js';
import type { RosterKind, RosterRow } from './roster-sheets.js';

export type AccountChannel = 'WECOM' | 'DINGTALK';

/** What the stored roster must tell before a sheet can be checked: the ids, names and accounts the sheet names. */
export interface FactsRequest {
  institutions: string[];
  enterprises: string[];
  people: string[];
  teams: string[];
  /** Names of the sheet's own kind (institutions or enterprises), to find who holds them. */
  names: string[];
  accounts: { channel: AccountChannel; accountId: string }[];
  /** People whose team memberships and postings matter (their role may change). */
  members: string[];
  /** Enterprises whose active postings matter. */
  postedEnterprises: string[];
}

/** The stored roster, as far as a sheet needs it. */
export interface RosterFacts {
  institutions: Set<string>;
  enterprises: Set<string>;
  teams: Set<string>;
  /** People who exist, with their role. */
  roles: Map<string, PersonRole>;
  /** Name → id of the institution or enterprise that holds it. */
  nameHolders: Map<string, string>;
  /** `${channel}:${accountId}` → the person holding the account. */
  accountHolders: Map<string, string>;
  teamsOf: Map<string, string[]>;
  postingsOf: Map<string, string[]>;
  /** Enterprise → its active postings. */
  activePostings: Map<string, string[]>;
}

type Fields<K extends RosterKind> = Partial<RosterRow<K>>;
type Records<K extends RosterKind> = SheetReading<K>['records'];

const present = <T>(values: (T | null | undefined)[]): T[] =>
  values.filter((v): v is T => v !== null && v !== undefined);
export const accountKey = (channel: AccountChannel, accountId: string) => `${channel}:${accountId}`;
const CHANNEL_LABELS: Record<AccountChannel, string> = { WECOM: '企业微信账号', DINGTALK: '钉钉账号' };

function accountsOf(fields: Fields<'people'>): { channel: AccountChannel; accountId: string }[] {
  return [
    ...(fields.wecom ? [{ channel: 'WECOM' as const, accountId: fields.wecom }] : []),
    ...(fields.dingtalk ? [{ channel: 'DINGTALK' as const, accountId: fields.dingtalk }] : []),
  ];
}

/** The facts a sheet's check needs, read from what could be read of its records. */
export function factsRequest<K extends RosterKind>(kind: K, records: Records<K>): FactsRequest {
  const request: FactsRequest = {
    institutions: [],
    enterprises: [],
    people: [],
    teams: [],
    names: [],
    accounts: [],
    members: [],
    postedEnterprises: [],
  };
  for (const { fields } of records) {
    if (kind === 'institutions' || kind === 'enterprises') {
      request.names.push(...present([(fields as Fields<'institutions'>).name]));
    } else if (kind === 'people') {
      const person = fields as Fields<'people'>;
      request.institutions.push(...present([person.institutionId]));
      request.enterprises.push(...present([person.enterpriseId]));
      request.accounts.push(...accountsOf(person));
      request.members.push(...present([person.id]));
    } else if (kind === 'teams') {
      const team = fields as Fields<'teams'>;
      request.institutions.push(...present([team.institutionId]));
      request.people.push(...present([team.leaderId]), ...(team.members ?? []));
    } else {
      const posting = fields as Fields<'assignments'>;
      request.enterprises.push(...present([posting.enterpriseId]));
      request.postedEnterprises.push(...present([posting.enterpriseId]));
      request.people.push(...present([posting.specialistId]));
      request.teams.push(...present([posting.teamId]));
    }
  }
  return request;
}

/** Every reference to nothing and every roster rule a sheet would break, each with its line. */
export function checkAgainstRoster<K extends RosterKind>(
  kind: K,
  records: Records<K>,
  facts: RosterFacts,
): RowProblem[] {
  const problems: RowProblem[] = [];
  const ids = new Set(present(records.map((r) => r.fields.id)));
  const check = CHECKS[kind] as (
    record: Records<K>[number],
    context: { facts: RosterFacts; ids: Set<string>; seen: Map<string, number> },
  ) => string[];
  const seen = new Map<string, number>();
  for (const record of records) {
    for (const message of check(record, { facts, ids, seen })) problems.push({ line: record.line, message });
  }
  return problems;
}

type Check<K extends RosterKind> = (
  record: { line: number; fields: Fields<K> },
  context: { facts: RosterFacts; ids: Set<string>; seen: Map<string, number> },
) => string[];

function missing(what: string, id: string | null | undefined, known: Set<string> | Map<string, unknown>): string[] {
  return id && !known.has(id) ? [`${what} ${id} 不存在`] : [];
}

/** A name may be held once: by no stored row outside the sheet, and by no earlier line of it. */
function uniqueName(label: string, holder: string): Check<'institutions' | 'enterprises'> {
  return ({ line, fields }, { facts, ids, seen }) => {
    const name = fields.name;
    if (!name) return [];
    const earlier = seen.get(`name:${name}`);
    if (earlier) return [`${label}与第${earlier}行重复`];
    seen.set(`name:${name}`, line);
    const stored = facts.nameHolders.get(name);
    return stored && stored !== fields.id && !ids.has(stored) ? [`${label}与名册中的${holder} ${stored} 重复`] : [];
  };
}

const REQUIRED_LINK: Partial<
  Record<PersonRole, { field: 'institutionId' | 'enterpriseId' | 'city'; message: string }>
> = {
  SPECIALIST: { field: 'institutionId', message: '科技特派员须填派出单位编号' },
  ENTERPRISE_CONTACT: { field: 'enterpriseId', message: '企业联系人须填企业编号' },
  CITY_OFFICIAL: { field: 'city', message: '设区市服务站须填设区市' },
};

const checkPerson: Check<'people'> = ({ line, fields }, { facts, ids, seen }) => {
  const problems = [
    ...missing('派出单位', fields.institutionId, facts.institutions),
    ...missing('企业', fields.enterpriseId, facts.enterprises),
  ];
  const link = fields.role && REQUIRED_LINK[fields.role];
  if (link && link.field in fields && !fields[link.field]) problems.push(link.message);
  if (fields.role && fields.role !== 'SPECIALIST' && fields.id) {
    for (const team of facts.teamsOf.get(fields.id) ?? [])
      problems.push(`此人是团队 ${team} 的成员，角色须为科技特派员`);
    for (const posting of facts.postingsOf.get(fields.id) ?? [])
      problems.push(`此人是派驻 ${posting} 的特派员，角色须为科技特派员`);
  }
  for (const { channel, accountId } of accountsOf(fields)) {
    const key = accountKey(channel, accountId);
    const earlier = seen.get(key);
    const holder = facts.accountHolders.get(key);
    if (earlier) problems.push(`${CHANNEL_LABELS[channel]} ${accountId} 与第${earlier}行重复`);
    else if (holder && holder !== fields.id && !ids.has(holder))
      problems.push(`${CHANNEL_LABELS[channel]} ${accountId} 已属于名册中的另一个人（${holder}）`);
    else seen.set(key, line);
  }
  return problems;
};

const checkTeam: Check<'teams'> = ({ fields }, { facts }) => {
  const people = present([fields.leaderId, ...(fields.members ?? [])]);
  const problems = [
    ...[...new Set(people)].flatMap((person) => missing('人员', person, facts.roles)),
    ...missing('派出单位', fields.institutionId, facts.institutions),
  ];
  if (fields.leaderId && fields.members && !fields.members.includes(fields.leaderId)) problems.push('团长应是成员之一');
  for (const member of fields.members ?? []) {
    const role = facts.roles.get(member);
    if (role && role !== 'SPECIALIST') problems.push(`成员 ${member} 不是科技特派员`);
  }
  return problems;
};

const checkPosting: Check<'assignments'> = ({ line, fields }, { facts, ids, seen }) => {
  const problems = [
    ...missing('企业', fields.enterpriseId, facts.enterprises),
    ...missing('特派员', fields.specialistId, facts.roles),
    ...missing('团队', fields.teamId, facts.teams),
  ];
  if ('specialistId' in fields && 'teamId' in fields && (fields.specialistId === null) === (fields.teamId === null))
    problems.push('特派员编号和团队编号须填且只填一个');
  if (fields.startDate && fields.endDate && fields.startDate >= fields.endDate) problems.push('结束日期应晚于开始日期');
  const role = fields.specialistId ? facts.roles.get(fields.specialistId) : undefined;
  if (role && role !== 'SPECIALIST') problems.push(`人员 ${fields.specialistId} 不是科技特派员，不能单独派驻`);
  if (fields.status === 'ACTIVE' && fields.enterpriseId) {
    const earlier = seen.get(fields.enterpriseId);
    const stored = (facts.activePostings.get(fields.enterpriseId) ?? []).filter(
      (id) => id !== fields.id && !ids.has(id),
    );
    if (earlier) problems.push(`与第${earlier}行是同一家企业的进行中派驻，一家企业同时只能有一个进行中的派驻`);
    else if (stored.length > 0)
      problems.push(`这家企业已有进行中的派驻 ${stored.join('、')}，一家企业同时只能有一个进行中的派驻`);
    else seen.set(fields.enterpriseId, line);
  }
  return problems;
};

const CHECKS: { [K in RosterKind]: Check<K> } = {
  institutions: uniqueName('单位名称', '单位'),
  enterprises: uniqueName('企业名称', '企业'),
  people: checkPerson,
  teams: checkTeam,
  assignments: checkPosting,
};
