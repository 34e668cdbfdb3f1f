import { type LocalDate, parseLocalDate } from '../../common/local-date.js';
import type { VisitType } from '../programme/types.js';
import type { PostingRef } from './enterprise-match.js';
import { type ReadingPosting, readReport } from './report-reading.js';

/** One labelled message: what a correct reading of it finds (test/fixtures/visits/*.jsonl). */
export interface VisitCase {
  id: string;
  today: string;
  postings: (PostingRef & { startDate?: string; endDate?: string })[];
  message: string;
  expect: Judgement;
}

export interface Judgement {
  outcome: 'record' | 'ask' | 'refuse' | 'not-report';
  date: string | null;
  days: number | null;
  type: VisitType | null;
  typeCandidates?: VisitType[];
  enterprise: string | null;
  activity: boolean;
  refuse?: 'future' | 'plan' | 'invalid-date' | 'not-posted' | 'remote';
}

export const FIELDS = ['outcome', 'date', 'days', 'type', 'enterprise', 'activity', 'refuse'] as const;
export type Field = (typeof FIELDS)[number];

/** Every enterprise of the labelled messages' world: one the reporter is not posted to is still known by name. */
export const EVAL_ROSTER: PostingRef[] = [
  ['E-LZ-001', '柳州市龙城精密齿轮有限公司', '龙城齿轮'],
  ['E-NN-001', '南宁绿桂生物科技有限公司', '绿桂生物'],
  ['E-GL-001', '桂林漓江光电仪器有限公司', '漓江光电'],
  ['E-YL-001', '玉林山湖农机装备有限公司', '山湖农机'],
  ['E-HZ-001', '贺州石韵新材料有限公司', '石韵新材'],
  ['E-BH-001', '北海蓝湾海洋食品有限公司', '蓝湾食品'],
  ['E-LZ-002', '柳州融江汽车电子有限公司', '融江电子'],
  ['E-QZ-001', '钦州港通物流装备有限公司', '港通装备'],
  ['E-WZ-001', '梧州鸳江制药有限公司', '鸳江制药'],
  ['E-GG-001', '贵港金港船舶科技有限公司', '金港船舶'],
  ['E-BS-001', '百色右江铝业新材料有限公司', '右江铝业'],
  ['E-HC-001', '河池丹泉酒业有限公司', '丹泉酒业'],
  ['E-CZ-001', '崇左甜蜜糖业科技有限公司', '甜蜜糖业'],
].map(([enterpriseId, enterpriseName, shortName]) => ({
  assignmentId: '',
  enterpriseId: enterpriseId as string,
  enterpriseName: enterpriseName as string,
  shortName: shortName as string,
}));

/** What the reader makes of a labelled message, in the labels' terms. */
export function judge(c: VisitCase): Judgement {
  const postings: ReadingPosting[] = c.postings.map((p) => ({
    ...p,
    startDate: p.startDate as LocalDate | undefined,
    endDate: p.endDate as LocalDate | undefined,
  }));
  const r = readReport(c.message, parseLocalDate(c.today), postings, EVAL_ROSTER);
  if (!r.isReport)
    return { outcome: 'not-report', date: null, days: null, type: null, enterprise: null, activity: false };
  const enterprise =
    r.enterprise.kind === 'found'
      ? r.enterprise.posting.enterpriseId
      : postings.length === 1 && !r.foreign && r.enterprise.kind === 'none'
        ? (postings[0]?.enterpriseId ?? null)
        : null;
  const base = {
    date: r.date,
    days: r.days,
    type: r.type,
    ...(r.typeCandidates.length > 0 ? { typeCandidates: r.typeCandidates } : {}),
    enterprise,
    activity: r.activity,
  };
  if (r.refusal) return { outcome: 'refuse', refuse: r.refusal, ...base };
  const complete = r.date && r.days && r.type && enterprise && r.activity;
  return { outcome: complete ? 'record' : 'ask', ...base };
}

/**
 * Field by field, whether the reading matches the label. A message to refuse is judged by its refusal alone: nothing
 * of it is stored (the writers of the labels filled its other fields differently).
 */
export function compare(c: VisitCase, got: Judgement): Record<Field, boolean> {
  const want = c.expect;
  if (want.outcome === 'refuse') {
    const refused = got.outcome === 'refuse' && got.refuse === want.refuse;
    return Object.fromEntries(FIELDS.map((f) => [f, f === 'outcome' ? got.outcome === 'refuse' : refused])) as Record<
      Field,
      boolean
    >;
  }
  const refusedForeign = false;
  return {
    outcome: got.outcome === want.outcome,
    date: got.date === want.date,
    days: got.days === want.days,
    type:
      got.type === want.type &&
      JSON.stringify([...(got.typeCandidates ?? [])].sort()) ===
        JSON.stringify([...(want.typeCandidates ?? [])].sort()),
    enterprise: refusedForeign || got.enterprise === want.enterprise,
    activity: got.activity === want.activity,
    refuse: (got.refuse ?? null) === (want.refuse ?? null),
  };
}

export interface Score {
  cases: number;
  allRight: number;
  fields: Record<Field, number>;
  /** All fields right, per labelled kind (records and questions about reports). */
  byKind: Record<string, { cases: number; allRight: number }>;
  /** Must-refuse cases refused (for the right reason). */
  refusals: { cases: number; refused: number };
}

export function score(cases: VisitCase[], onMiss?: (c: VisitCase, got: Judgement, wrong: Field[]) => void): Score {
  const fields = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  const byKind: Score['byKind'] = {};
  const refusals = { cases: 0, refused: 0 };
  let allRight = 0;
  for (const c of cases) {
    const got = judge(c);
    const result = compare(c, got);
    const wrong = FIELDS.filter((f) => !result[f]);
    for (const f of FIELDS) if (result[f]) fields[f] += 1;
    if (wrong.length === 0) allRight += 1;
    else onMiss?.(c, got, wrong);
    const kind = c.expect.type ?? (c.expect.typeCandidates ? 'two kinds' : c.expect.outcome);
    byKind[kind] ??= { cases: 0, allRight: 0 };
    byKind[kind].cases += 1;
    if (wrong.length === 0) byKind[kind].allRight += 1;
    if (c.expect.outcome === 'refuse') {
      refusals.cases += 1;
      if (got.outcome === 'refuse' && got.refuse === c.expect.refuse) refusals.refused += 1;
    }
  }
  return { cases: cases.length, allRight, fields, byKind, refusals };
}
