import type { OutcomeKind, OutcomeStage } from '../outcomes/types.js';

/** The programme plan's targets for the end of 2027 (knowledge/policies, 一、工作目标). */
export const TARGET_YEAR = 2027;
export const TARGETS_2027 = {
  enterprisesServed: 1000,
  projects: 500,
  transfers: 300,
  rdAccountingShare: 1,
  rdActivityShare: 1,
} as const;

/** An enterprise with a posting (not cancelled): a host enterprise, served by the programme. */
export interface HostEnterprise {
  enterpriseId: string;
  cityName: string;
}

/** An outcome that counts (reported or confirmed, dated up to the target year's end). */
export interface OutcomeFact {
  enterpriseId: string;
  cityName: string;
  kind: OutcomeKind;
  stage: OutcomeStage | null;
}

/** Where the targets read their facts from. */
export interface TargetSource {
  targetFacts(upToYear: number): Promise<{ hosts: HostEnterprise[]; outcomes: OutcomeFact[] }>;
}

export interface TargetFigures {
  enterprisesServed: number;
  /** Projects the enterprises carry out: approved, or joined; applications are counted apart. */
  projects: number;
  projectsApplied: number;
  transfers: number;
  /** Host enterprises with an R&D-expense accounting system, and their share of all host enterprises. */
  rdAccounting: number;
  rdAccountingShare: number;
  /** Host enterprises with R&D activity on record (a project, an IP right, an R&D institution or a transfer). */
  rdActivity: number;
  rdActivityShare: number;
  targets: {
    enterprisesServed: number | null;
    projects: number | null;
    transfers: number | null;
    rdAccountingShare: number;
    rdActivityShare: number;
  };
}

const RD_ACTIVITY: readonly OutcomeKind[] = ['PROJECT', 'IP', 'RD_INSTITUTION', 'TRANSFER'];
const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((1000 * part) / whole) / 1000);

function figuresOf(hosts: HostEnterprise[], outcomes: OutcomeFact[], region: boolean): TargetFigures {
  const hostIds = new Set(hosts.map((h) => h.enterpriseId));
  const of = (kinds: readonly OutcomeKind[]) =>
    new Set(outcomes.filter((o) => kinds.includes(o.kind) && hostIds.has(o.enterpriseId)).map((o) => o.enterpriseId));
  const projects = outcomes.filter((o) => o.kind === 'PROJECT');
  const rdAccounting = of(['RD_ACCOUNTING']).size;
  const rdActivity = of(RD_ACTIVITY).size;
  return {
    enterprisesServed: hostIds.size,
    projects: projects.filter((o) => o.stage === 'APPROVED' || o.stage === 'JOINED').length,
    projectsApplied: projects.filter((o) => o.stage === 'APPLIED').length,
    transfers: outcomes.filter((o) => o.kind === 'TRANSFER').length,
    rdAccounting,
    rdAccountingShare: share(rdAccounting, hostIds.size),
    rdActivity,
    rdActivityShare: share(rdActivity, hostIds.size),
    // The plan sets the counts for the region; the shares hold for every host enterprise, so for every city too.
    targets: {
      enterprisesServed: region ? TARGETS_2027.enterprisesServed : null,
      projects: region ? TARGETS_2027.projects : null,
      transfers: region ? TARGETS_2027.transfers : null,
      rdAccountingShare: TARGETS_2027.rdAccountingShare,
      rdActivityShare: TARGETS_2027.rdActivityShare,
    },
  };
}

export interface TargetProgress {
  targetYear: number;
  region: TargetFigures;
  cities: (TargetFigures & { city: string })[];
}

/** Progress toward the 2027 targets, region-wide and per city, from the host enterprises and counted outcomes. */
export function targetProgress(hosts: HostEnterprise[], outcomes: OutcomeFact[]): TargetProgress {
  const cities = [...new Set(hosts.map((h) => h.cityName))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return {
    targetYear: TARGET_YEAR,
    region: figuresOf(hosts, outcomes, true),
    cities: cities.map((city) => ({
      city,
      ...figuresOf(
        hosts.filter((h) => h.cityName === city),
        outcomes.filter((o) => o.cityName === city),
        false,
      ),
    })),
  };
}

/** 「12/500 项（2.4%）」, or 「3 家（占服务企业 42.9%）/100%」 for a share. */
export const percent = (value: number) => `${(100 * value).toFixed(1)}%`;

/** The figures as lines (「- 实施项目：12/500 项（2.4%）」), for the digests and 「服务情况」. */
export function targetLines(t: TargetFigures): string[] {
  const of = (value: number, target: number | null, unit: string) =>
    `${value}/${target ?? '—'} ${unit}${target ? `（${percent(value / target)}）` : ''}`;
  return [
    `- 服务企业：${of(t.enterprisesServed, t.targets.enterprisesServed, '家')}`,
    `- 实施项目：${of(t.projects, t.targets.projects, '项')}，另申报中 ${t.projectsApplied} 项`,
    `- 转化科技成果：${of(t.transfers, t.targets.transfers, '项')}`,
    `- 建立研发投入核算制度：${t.rdAccounting}/${t.enterprisesServed} 家（${percent(t.rdAccountingShare)}，目标100%）`,
    `- 开展研发活动：${t.rdActivity}/${t.enterprisesServed} 家（${percent(t.rdActivityShare)}，目标100%）`,
  ];
}
