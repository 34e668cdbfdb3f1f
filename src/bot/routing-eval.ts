import type { LocalDate } from '../common/local-date.js';
import type { PersonRole } from '../domain/programme/types.js';
import type { Posting } from '../domain/visits/visit-ledger.js';
import type { CommandName } from './commands.js';
import { type Decision, route, type Sender } from './router.js';

/** One labelled message (test/fixtures/routing/*.jsonl): who sent it, with nothing pending, and what they want. */
export interface RoutingCase {
  id: string;
  role: Exclude<PersonRole, 'ADMIN'>;
  message: string;
  expect: string;
}

/** What the labels call a command: the intent, whoever may use it. */
const COMMAND_LABELS: Partial<Record<CommandName, string>> = {
  'file-feedback': 'feedback',
  'forward-question': 'feedback',
  'confirm-undo': 'undo',
  'decide-assessment': 'assessments',
};

/** The intent a decision stands for, in the labels' terms. */
export function labelOf(decision: Decision): string {
  switch (decision.kind) {
    case 'command':
      return COMMAND_LABELS[decision.command.name] ?? decision.command.name;
    case 'not-allowed':
      return COMMAND_LABELS[decision.command] ?? decision.command;
    case 'complaint':
      return 'feedback';
    case 'progress-question':
      return decision.asks === 'roster' ? 'roster' : 'progress';
    case 'fragment':
      return decision.correction ? 'amend' : 'fragment';
    case 'time-of-day-correction':
      return 'amend';
    case 'relay-offer':
      return 'relay';
    default:
      return decision.kind;
  }
}

/** The senders of the labelled world: 陈思远 posted to 龙城齿轮 alone, its contact, 柳州's station, the office. */
const POSTING: Posting = {
  assignmentId: 'A-001',
  enterpriseId: 'E-LZ-001',
  enterpriseName: '柳州市龙城精密齿轮有限公司',
  shortName: '龙城齿轮',
  cityName: '柳州市',
  startDate: '2025-10-20' as LocalDate,
  endDate: '2027-10-19' as LocalDate,
  active: true,
};

export function senderOf(role: RoutingCase['role']): Sender {
  const base = { id: 'P-1', name: '某某', role, enterpriseId: null, cityName: null, postings: [] as Posting[] };
  if (role === 'SPECIALIST') return { ...base, name: '陈思远', postings: [POSTING] };
  if (role === 'ENTERPRISE_CONTACT') return { ...base, name: '孙建立', enterpriseId: 'E-LZ-001' };
  if (role === 'CITY_OFFICIAL') return { ...base, cityName: '柳州市' };
  return base;
}

export function judge(c: RoutingCase, today: LocalDate): string {
  const { decision } = route({
    message: { kind: 'text', text: c.message },
    sender: senderOf(c.role),
    pending: null,
    today,
  });
  return labelOf(decision);
}

export interface RoutingScore {
  cases: number;
  right: number;
  /** Per label: how many carry it, and how many of those were taken for it. */
  byLabel: Record<string, { cases: number; right: number }>;
}

export function scoreRouting(
  cases: RoutingCase[],
  today: LocalDate,
  onMiss?: (c: RoutingCase, got: string) => void,
): RoutingScore {
  const byLabel: RoutingScore['byLabel'] = {};
  let right = 0;
  for (const c of cases) {
    const got = judge(c, today);
    const entry = byLabel[c.expect] ?? { cases: 0, right: 0 };
    byLabel[c.expect] = entry;
    entry.cases += 1;
    if (got === c.expect) {
      right += 1;
      entry.right += 1;
    } else onMiss?.(c, got);
  }
  return { cases: cases.length, right, byLabel };
}
