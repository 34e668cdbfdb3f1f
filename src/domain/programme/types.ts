import type { LocalDate } from '../../common/local-date.js';

export const VISIT_TYPES = [
  'POLICY_PROMOTION',
  'STRATEGY_PLANNING',
  'TECH_RESEARCH',
  'RESOURCE_MATCHING',
  'DEMONSTRATION',
] as const;
export type VisitType = (typeof VISIT_TYPES)[number];

export const VISIT_TYPE_LABELS: Record<VisitType, string> = {
  POLICY_PROMOTION: '政策宣讲',
  STRATEGY_PLANNING: '战略规划',
  TECH_RESEARCH: '技术攻关',
  RESOURCE_MATCHING: '资源对接',
  DEMONSTRATION: '典型示范',
};

export const VISIT_STATUSES = ['REPORTED', 'CONFIRMED', 'DISPUTED', 'VERIFIED', 'REJECTED'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];
/**
 * What counts toward the yearly quota: a visit as reported or confirmed, or found true after a dispute. A disputed
 * visit waits for its city station; one found untrue never counts.
 */
export const COUNTED_STATUSES = ['REPORTED', 'CONFIRMED', 'VERIFIED'] as const satisfies readonly VisitStatus[];

export const PERSON_ROLES = ['SPECIALIST', 'ENTERPRISE_CONTACT', 'CITY_OFFICIAL', 'REGION_OFFICIAL', 'ADMIN'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export const ENTERPRISE_CATEGORIES = ['TECH_SME', 'HIGH_TECH', 'ABOVE_SCALE_INDUSTRIAL'] as const;
export type EnterpriseCategory = (typeof ENTERPRISE_CATEGORIES)[number];

export const ENTERPRISE_CATEGORY_LABELS: Record<EnterpriseCategory, string> = {
  TECH_SME: '科技型中小企业',
  HIGH_TECH: '高新技术企业',
  ABOVE_SCALE_INDUSTRIAL: '规上工业企业',
};

/** Guangxi's 14 设区市, where the programme's enterprises and service stations are. */
export const GUANGXI_CITIES = [
  '南宁市',
  '柳州市',
  '桂林市',
  '梧州市',
  '北海市',
  '防城港市',
  '钦州市',
  '贵港市',
  '玉林市',
  '百色市',
  '贺州市',
  '河池市',
  '来宾市',
  '崇左市',
] as const;

/** A city as written (「柳州」, 「柳州市」, 「 柳州市 」) as one of the 14, or null when it is none of them. */
export function guangxiCity(written: string): (typeof GUANGXI_CITIES)[number] | null {
  const name = written.trim().replace(/^广西(壮族自治区)?/, '');
  const full = name.endsWith('市') ? name : `${name}市`;
  return GUANGXI_CITIES.find((city) => city === full) ?? null;
}

/** The 14 cities as people write them (南宁, 防城港), as a regular-expression alternation. */
export const CITY_NAMES = GUANGXI_CITIES.map((city) => city.slice(0, -1)).join('|');

/** The Guangxi city a message names (「南宁的进度」, 「柳州市这个月」), or null when it names none. */
export function cityNamedIn(text: string): (typeof GUANGXI_CITIES)[number] | null {
  const named = new RegExp(`(${CITY_NAMES})`).exec(text)?.[1];
  return named ? guangxiCity(named) : null;
}

/** Channels a person talks to the bot on. */
export const CHANNELS = ['WECOM', 'DINGTALK', 'LOCAL'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, string> = { WECOM: '企业微信', DINGTALK: '钉钉', LOCAL: '本地' };

export interface Person {
  id: string;
  name: string;
  role: PersonRole;
  enterpriseId: string | null;
  cityName: string | null;
}

export interface VisitRecord {
  id: string;
  date: LocalDate;
  days: number;
  type: VisitType;
  enterpriseId: string;
  assignmentId: string;
  reporterId: string;
  summary: string;
  status: VisitStatus;
  /** YY-<year>-<seq> once the enterprise disputed it. */
  disputeNo: string | null;
  /** The enterprise's reason for a dispute. */
  statusNote: string | null;
  /** What the official found, for a resolved dispute. */
  resolution: string | null;
}

export function labelOf<K extends string>(labels: Record<K, string>, chinese: string): K | undefined {
  return (Object.keys(labels) as K[]).find((key) => labels[key] === chinese);
}
