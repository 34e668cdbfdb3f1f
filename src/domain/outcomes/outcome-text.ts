import { chineseDateLabel, type LocalDate } from '../../common/local-date.js';
import {
  IP_KIND_LABELS,
  OUTCOME_KIND_LABELS,
  PROJECT_LEVEL_LABELS,
  STAGE_LABELS,
  type StoredOutcome,
  TRANSFER_FORM_LABELS,
} from './types.js';

type Describable = Pick<StoredOutcome, 'kind' | 'level' | 'stage' | 'form' | 'amount' | 'ipKind' | 'quantity'> & {
  /** Not yet known while the outcome is still being asked about. */
  title: string | null;
};

/** 「2026年11月」 for a month-only date, else the usual day label (今天, 11月30日, …). */
export function outcomeDateLabel(outcome: Pick<StoredOutcome, 'date' | 'monthOnly'>, today?: LocalDate): string {
  if (!outcome.monthOnly) return chineseDateLabel(outcome.date, today);
  return `${outcome.date.slice(0, 4)}年${Number(outcome.date.slice(5, 7))}月`;
}

/** The outcome in one phrase: 「科技项目「…」（自治区级，立项）」, 「知识产权：发明专利3件（授权）」. */
export function describeOutcome(outcome: Describable): string {
  const details: string[] = [];
  if (outcome.level) details.push(PROJECT_LEVEL_LABELS[outcome.level]);
  if (outcome.form) details.push(TRANSFER_FORM_LABELS[outcome.form]);
  if (outcome.amount !== null) details.push(`${outcome.amount}万元`);
  if (outcome.stage) details.push(STAGE_LABELS[outcome.stage]);
  const extra = details.length > 0 ? `（${details.join('，')}）` : '';
  const named = outcome.title ? `「${outcome.title}」` : '';
  switch (outcome.kind) {
    case 'IP':
      return `知识产权：${outcome.ipKind ? IP_KIND_LABELS[outcome.ipKind] : ''}${outcome.quantity ?? ''}件${extra}`;
    case 'TRAINING':
      return `培训${named}${outcome.quantity ?? ''}人`;
    case 'RD_ACCOUNTING':
      return '建立研发投入核算制度';
    default:
      return `${OUTCOME_KIND_LABELS[outcome.kind]}${named}${extra}`;
  }
}
