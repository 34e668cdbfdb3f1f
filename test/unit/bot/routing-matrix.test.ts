import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pending, PendingOf } from '../../../src/bot/conversation.js';
import { route, type Sender } from '../../../src/bot/router.js';
import { type LocalDate, parseLocalDate } from '../../../src/common/local-date.js';
import type { PersonRole } from '../../../src/domain/programme/types.js';
import type { Posting } from '../../../src/domain/visits/visit-ledger.js';
import { APPROVED_PROJECT } from '../../support/drafts.js';

/** One row: a role, what the bot waits on, a message, and what the message must be taken for. */
interface Row {
  role: PersonRole | 'UNREGISTERED';
  pending: {
    kind: Pending['kind'];
    missing?: 'date' | 'enterprise' | 'days' | 'type' | 'activity' | 'which' | 'single';
  } | null;
  message: string;
  expect: {
    kind: string;
    answer?: string;
    command?: string;
    what?: string;
    bind?: boolean;
    abandoned?: boolean;
    kept?: boolean;
    args?: Record<string, unknown>;
  };
}

const ROWS: Row[] = readFileSync(new URL('../../fixtures/routing-matrix.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line));

const TODAY = parseLocalDate('2026-11-24') as LocalDate;
const posting = (assignmentId: string, enterpriseId: string, name: string, short: string, city: string): Posting => ({
  assignmentId,
  enterpriseId,
  enterpriseName: name,
  shortName: short,
  cityName: city,
  startDate: '2025-10-20' as LocalDate,
  endDate: '2027-10-19' as LocalDate,
  active: true,
});
const POSTINGS = [
  posting('A-001', 'E-LZ-001', '柳州市龙城精密齿轮有限公司', '龙城齿轮', '柳州市'),
  posting('A-004', 'E-YL-001', '玉林山湖农机装备有限公司', '山湖农机', '玉林市'),
];

function sender(role: Row['role']): Sender | null {
  if (role === 'UNREGISTERED') return null;
  const base = { id: 'P-1', name: '某某', role, enterpriseId: null, cityName: null, postings: [] as Posting[] };
  if (role === 'SPECIALIST') return { ...base, postings: POSTINGS };
  if (role === 'ENTERPRISE_CONTACT') return { ...base, enterpriseId: 'E-LZ-001' };
  if (role === 'CITY_OFFICIAL') return { ...base, cityName: '柳州市' };
  return base;
}

function pending(row: Row): Pending | null {
  const p = row.pending;
  if (!p) return null;
  switch (p.kind) {
    case 'visit-same':
      return {
        kind: 'visit-same',
        draft: { ...(pending({ ...row, pending: { kind: 'visit' } }) as PendingOf<'visit'>).draft, days: 0.5 },
        earlier: '11月23日（周一） 龙城齿轮 技术攻关 0.5天（陈思远）：调试设备',
      };
    case 'visit-free':
      return {
        kind: 'visit-free',
        drafts: [
          { ...(pending({ ...row, pending: { kind: 'visit' } }) as PendingOf<'visit'>).draft, date: TODAY, days: 1 },
        ],
      };
    case 'visit': {
      const missing = p.missing === undefined || p.missing === 'which' || p.missing === 'single' ? 'days' : p.missing;
      return {
        kind: 'visit',
        missing,
        postings: POSTINGS,
        draft: {
          date: missing === 'date' ? null : ('2026-11-23' as LocalDate),
          days: missing === 'days' ? null : 1,
          type: missing === 'type' ? null : 'TECH_RESEARCH',
          assignmentId: missing === 'enterprise' ? null : 'A-001',
          candidates: [],
          summary: missing === 'activity' ? '' : '调试热处理工艺',
          typeCandidates: [],
          yearNote: null,
          activity: missing !== 'activity',
          refusal: null,
          dateWords: null,
          namedElsewhere: null,
        },
      };
    }
    case 'feedback-confirm':
      return { kind: 'feedback-confirm', text: '高企奖励资金迟迟没有拨付' };
    case 'feedback-enterprise':
      return { kind: 'feedback-enterprise', text: '高企奖励资金迟迟没有拨付', postings: POSTINGS };
    case 'feedback-text':
      return { kind: 'feedback-text' };
    case 'relay-confirm':
      return {
        kind: 'relay-confirm',
        text: '陈老师下周能不能再来一趟',
        ref: 'LOCAL:m-1',
        to: [{ id: 'P-001', name: '陈思远' }],
        named: '陈思远老师',
      };
    case 'dispute-reason':
      return { kind: 'dispute-reason', choice: null, also: [] };
    case 'dispute-which':
      return { kind: 'dispute-which', reason: '当天没有人来', only: p.missing === 'single' ? 'V-1' : null };
    case 'act':
      return { kind: 'act', action: 'reply', text: '下周派人上门指导', tickets: ['FK-2026-0001'] };
    case 'verdicts':
      return {
        kind: 'verdicts',
        items: [
          { id: 'V-1', reason: '19号没来' },
          { id: 'V-2', reason: null },
        ],
      };
    case 'confirm-undo':
      return { kind: 'confirm-undo', visitId: 'V-1', label: '龙城齿轮 2026-11-23' };
    case 'resolve-reason':
      return { kind: 'resolve-reason', disputeNo: 'YY-2026-0001' };
    case 'dispute-withdraw':
      return { kind: 'dispute-withdraw', visitId: 'V-1' };
    case 'resolve-confirm':
      return {
        kind: 'resolve-confirm',
        disputeNo: 'YY-2026-0001',
        verdict: 'VERIFIED',
        reason: '核实了，确实去了',
        days: null,
        also: [],
      };
    case 'amend-confirm':
      return {
        kind: 'amend-confirm',
        visitId: 'V-1',
        field: 'days',
        value: '半天',
        label: '11月23日（周一） 龙城齿轮 技术攻关 1天',
      };
    case 'withdraw':
      return { kind: 'withdraw', reason: '已经办下来了', tickets: ['FK-2026-0003'] };
    case 'supplement':
      return {
        kind: 'supplement',
        text: p.missing === 'which' ? '去年也是这样' : '',
        tickets: p.missing === 'which' ? ['FK-2026-0003', 'FK-2026-0007'] : ['FK-2026-0003'],
      };
    case 'reopen':
      return { kind: 'reopen', reason: '答复等于没说', ticketNo: 'FK-2026-0001' };
    case 'reopen-reason':
      return { kind: 'reopen-reason', ticketNo: 'FK-2026-0001' };
    case 'escalate':
      return {
        kind: 'escalate',
        reason: '涉及税务部门，本站协调不了',
        tickets: p.missing === 'which' ? ['FK-2026-0003', 'FK-2026-0007'] : ['FK-2026-0003'],
      };
    case 'outcome-same':
      return {
        kind: 'outcome-same',
        draft: APPROVED_PROJECT,
        earlier: '11月 龙城齿轮 科技项目，孙建立报备（待企业确认）',
      };
    case 'outcome':
      return {
        kind: 'outcome',
        missing: 'level',
        postings: POSTINGS,
        draft: APPROVED_PROJECT,
      };
  }
}

/** What the router decided, in the row's terms. */
function observed(row: Row): Row['expect'] {
  const { decision, abandoned, kept } = route({
    message: { kind: 'text', text: row.message },
    sender: sender(row.role),
    pending: pending(row),
    today: TODAY,
  });
  const seen: Row['expect'] = { kind: decision.kind };
  if (abandoned) seen.abandoned = true;
  if (kept) seen.kept = true;
  if (decision.kind === 'answer') seen.answer = decision.answer.kind;
  if (decision.kind === 'command') {
    seen.command = decision.command.name;
    seen.args = decision.command as unknown as Record<string, unknown>;
  }
  if (decision.kind === 'not-allowed') seen.command = decision.command;
  if (decision.kind === 'small-talk') seen.what = decision.what;
  if (decision.kind === 'unregistered' && decision.bind) seen.bind = true;
  return seen;
}

function mismatch(row: Row): string | null {
  const seen = observed(row);
  const want = row.expect;
  const problems: string[] = [];
  for (const key of ['kind', 'answer', 'command', 'what'] as const) {
    if (want[key] !== undefined && want[key] !== seen[key]) problems.push(`${key}: ${seen[key]} ≠ ${want[key]}`);
  }
  if (Boolean(want.bind) !== Boolean(seen.bind)) problems.push(`bind: ${Boolean(seen.bind)}`);
  if (Boolean(want.abandoned) !== Boolean(seen.abandoned)) problems.push(`abandoned: ${Boolean(seen.abandoned)}`);
  if (Boolean(want.kept) !== Boolean(seen.kept)) problems.push(`kept: ${Boolean(seen.kept)}`);
  for (const [key, value] of Object.entries(want.args ?? {})) {
    if (JSON.stringify(seen.args?.[key]) !== JSON.stringify(value))
      problems.push(`${key}: ${JSON.stringify(seen.args?.[key])} ≠ ${JSON.stringify(value)}`);
  }
  return problems.length > 0
    ? `${row.role} [${row.pending?.kind ?? '-'}${row.pending?.missing ? `:${row.pending.missing}` : ''}] 「${row.message}」 → ${problems.join('; ')}`
    : null;
}

describe('the router decides what each message is (role × pending question × message)', () => {
  it('has a matrix of at least 200 rows over every role', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(200);
    expect(new Set(ROWS.map((row) => row.role))).toEqual(
      new Set(['SPECIALIST', 'ENTERPRISE_CONTACT', 'CITY_OFFICIAL', 'REGION_OFFICIAL', 'UNREGISTERED']),
    );
  });

  it('routes every row as labelled', () => {
    const wrong = ROWS.map(mismatch).filter((line): line is string => line !== null);
    expect(wrong).toEqual([]);
  });
});
