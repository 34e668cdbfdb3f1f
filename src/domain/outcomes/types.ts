import type { LocalDate } from '../../common/local-date.js';
import type { Channel } from '../programme/types.js';

export const OUTCOME_KINDS = ['PROJECT', 'TRANSFER', 'RD_ACCOUNTING', 'RD_INSTITUTION', 'IP', 'TRAINING'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export const OUTCOME_KIND_LABELS: Record<OutcomeKind, string> = {
  PROJECT: '科技项目',
  TRANSFER: '成果转化',
  RD_ACCOUNTING: '研发投入核算制度',
  RD_INSTITUTION: '研发机构',
  IP: '知识产权',
  TRAINING: '培训',
};

export const PROJECT_LEVELS = ['NATIONAL', 'REGIONAL', 'CITY', 'ENTERPRISE'] as const;
export type ProjectLevel = (typeof PROJECT_LEVELS)[number];
export const PROJECT_LEVEL_LABELS: Record<ProjectLevel, string> = {
  NATIONAL: '国家级',
  REGIONAL: '自治区级',
  CITY: '市级',
  ENTERPRISE: '企业',
};

export const PROJECT_STAGES = ['APPLIED', 'APPROVED', 'JOINED'] as const;
export const IP_STAGES = ['APPLIED', 'GRANTED'] as const;
export type OutcomeStage = (typeof PROJECT_STAGES)[number] | (typeof IP_STAGES)[number];
export const STAGE_LABELS: Record<OutcomeStage, string> = {
  APPLIED: '申报',
  APPROVED: '立项',
  JOINED: '参与',
  GRANTED: '授权',
};

export const TRANSFER_FORMS = ['TRANSFER', 'LICENSE', 'EQUITY', 'JOINT', 'SELF'] as const;
export type TransferForm = (typeof TRANSFER_FORMS)[number];
export const TRANSFER_FORM_LABELS: Record<TransferForm, string> = {
  TRANSFER: '转让',
  LICENSE: '许可',
  EQUITY: '作价投资',
  JOINT: '合作实施',
  SELF: '自行应用',
};

export const IP_KINDS = [
  'INVENTION_PATENT',
  'UTILITY_MODEL',
  'DESIGN_PATENT',
  'SOFTWARE_COPYRIGHT',
  'TRADEMARK',
  'PLANT_VARIETY',
] as const;
export type IpKind = (typeof IP_KINDS)[number];
export const IP_KIND_LABELS: Record<IpKind, string> = {
  INVENTION_PATENT: '发明专利',
  UTILITY_MODEL: '实用新型专利',
  DESIGN_PATENT: '外观设计专利',
  SOFTWARE_COPYRIGHT: '软件著作权',
  TRADEMARK: '商标',
  PLANT_VARIETY: '植物新品种',
};

export const OUTCOME_STATUSES = ['REPORTED', 'CONFIRMED', 'DISPUTED'] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];
/** What counts toward the targets: an outcome as reported or confirmed; a disputed one does not. */
export const COUNTED_OUTCOME_STATUSES = ['REPORTED', 'CONFIRMED'] as const satisfies readonly OutcomeStatus[];

/** The details an outcome may carry; which apply depends on its kind (null where they do not, or were not given). */
export interface OutcomeDetails {
  level: ProjectLevel | null;
  stage: OutcomeStage | null;
  form: TransferForm | null;
  /** 万元. */
  amount: number | null;
  ipKind: IpKind | null;
  quantity: number | null;
}

export interface NewOutcome extends OutcomeDetails {
  id: string;
  assignmentId: string;
  reporterId: string;
  kind: OutcomeKind;
  title: string;
  /** The day; the first of the month when `monthOnly`. */
  date: LocalDate;
  monthOnly: boolean;
  summary: string;
  channel: Channel;
  /** Set when the enterprise itself reported it: its contact is who confirmed it. */
  confirmedById: string | null;
  createdAt: Date;
}

/** An outcome as stored, with the names its messages and lists need. */
export interface StoredOutcome extends NewOutcome {
  status: OutcomeStatus;
  statusNote: string | null;
  enterpriseId: string;
  enterpriseShortName: string;
  cityName: string;
  reporterName: string;
  confirmedAt: Date | null;
}
