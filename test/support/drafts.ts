import type { LocalDate } from '../../src/common/local-date.js';
import type { OutcomeDraft } from '../../src/domain/outcomes/outcome-draft.js';

/** A project of 龙城齿轮 told as approved, its level and title still to be asked. */
export const APPROVED_PROJECT: OutcomeDraft = {
  kind: 'PROJECT',
  assignmentId: 'A-001',
  date: '2026-11-20' as LocalDate,
  monthOnly: false,
  title: null,
  summary: '龙城齿轮的项目立项了',
  level: null,
  stage: 'APPROVED',
  form: null,
  amount: null,
  ipKind: null,
  quantity: null,
};
