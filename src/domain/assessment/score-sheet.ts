import { z } from 'zod';

export const GRADES = ['EXCELLENT', 'GOOD', 'PASS', 'FAIL'] as const;
export type Grade = (typeof GRADES)[number];
export const GRADE_LABELS: Record<Grade, string> = { EXCELLENT: '优秀', GOOD: '良好', PASS: '合格', FAIL: '不合格' };
/** Grades that earn the next year's subsidy (with a signed agreement): 合格 or better. */
export const PASSING_GRADES: readonly Grade[] = ['EXCELLENT', 'GOOD', 'PASS'];

/**
 * The yearly assessment's score sheet (考核评分表), kept by the office: points for service against the quota, for
 * outcomes, and for the enterprise's rating, and the score each grade needs. The parts add up to 100.
 */
/** Which visits count toward the service part: all, those with a photo, or those with a photo or a location. */
export const EVIDENCE_RULES = ['NONE', 'PHOTO', 'PHOTO_OR_LOCATION'] as const;
export type EvidenceRule = (typeof EVIDENCE_RULES)[number];

export const scoreSheetSchema = z
  .object({
    /** Points for visits and days against the yearly quota, half each; each half is full at the quota. */
    service: z.number().min(0).max(100),
    /** Points for outcomes of the year (a disputed one does not count): `perOutcome` each, up to the part's points. */
    outcomes: z.number().min(0).max(100),
    perOutcome: z.number().positive().max(100),
    /** Points for the enterprise's rating of the year (1–5 stars, in proportion); none given scores nothing. */
    rating: z.number().min(0).max(100),
    /** The evidence a visit needs to count in the assessment (the quota reminders count every visit). */
    evidence: z.enum(EVIDENCE_RULES).default('NONE'),
    /** The least score of each grade; below `pass` is 不合格. */
    thresholds: z.object({
      excellent: z.number().min(0).max(100),
      good: z.number().min(0).max(100),
      pass: z.number().min(0).max(100),
    }),
  })
  .refine((s) => Math.abs(s.service + s.outcomes + s.rating - 100) < 1e-9, {
    message: 'service + outcomes + rating must add up to 100',
  })
  .refine((s) => s.thresholds.excellent > s.thresholds.good && s.thresholds.good > s.thresholds.pass, {
    message: 'thresholds must fall from excellent to good to pass',
  });
export type ScoreSheet = z.infer<typeof scoreSheetSchema>;

/** 龙岩's sheet: 服务情况 60, 服务成效 20, 满意度 20; grades as 泉州 and 安徽 give them. */
export const DEFAULT_SCORE_SHEET: ScoreSheet = {
  service: 60,
  outcomes: 20,
  perOutcome: 5,
  rating: 20,
  evidence: 'NONE',
  thresholds: { excellent: 90, good: 75, pass: 60 },
};

/** What a posting did in a year, as the assessment reads it. */
export interface YearRecord {
  /** Visits and days that count (reported, confirmed, or found true). */
  visits: number;
  days: number;
  /** The quota for the part of the year the posting covered. */
  quota: { visits: number; days: number };
  /** Outcomes of the year that count. */
  outcomes: number;
  /** The enterprise's rating (1–5), or null when it gave none. */
  rating: number | null;
}

export interface ScoreParts {
  service: number;
  outcomes: number;
  rating: number;
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** The score of a year's record on the sheet, part by part; each part is rounded to one decimal. */
export function scoreOf(record: YearRecord, sheet: ScoreSheet): { parts: ScoreParts; score: number } {
  const share = (done: number, quota: number) => (quota <= 0 ? 1 : Math.min(1, done / quota));
  const parts: ScoreParts = {
    service: oneDecimal(
      (sheet.service / 2) * share(record.visits, record.quota.visits) +
        (sheet.service / 2) * share(record.days, record.quota.days),
    ),
    outcomes: oneDecimal(Math.min(sheet.outcomes, record.outcomes * sheet.perOutcome)),
    rating: oneDecimal(record.rating === null ? 0 : (sheet.rating * record.rating) / 5),
  };
  return { parts, score: oneDecimal(parts.service + parts.outcomes + parts.rating) };
}

export function gradeOf(score: number, sheet: ScoreSheet): Grade {
  if (score >= sheet.thresholds.excellent) return 'EXCELLENT';
  if (score >= sheet.thresholds.good) return 'GOOD';
  if (score >= sheet.thresholds.pass) return 'PASS';
  return 'FAIL';
}
