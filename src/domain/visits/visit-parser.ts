import type { LocalDate } from '../../common/local-date.js';
import type { VisitType } from '../programme/types.js';
import { type EnterpriseMatch, matchEnterprise, type PostingRef } from './enterprise-match.js';
import { findVisitDate } from './visit-date.js';
import { findVisitDays } from './visit-days.js';
import { findVisitType } from './visit-type.js';

export interface ParsedVisit {
  /** The message reads as a visit report (not a question, not small talk). */
  isReport: boolean;
  date: LocalDate | null;
  days: number | null;
  type: VisitType | null;
  enterprise: EnterpriseMatch;
  summary: string;
}

const LEAD_WORDS = /^\s*(?:走访|报告|汇报|报备|登记|记录)\s*[:：，,]?\s*/;
const QUESTION = /[?？]\s*$|吗\s*$|^(?:怎么|如何|为什么|是否|能否|可以吗)/;
/** Words that say the specialist was on site ("去了一趟企业", "到厂里"). */
const ON_SITE =
  /(?:去|到|来到|走访|跑)了?一?趟|(?:去|到|在)了?(?:企业|公司|厂里|工厂|车间|现场)|下企业|驻企|开展[^，。,；;]{0,8}服务/;
const FILLER = /^(?:在|去|到|了|，|,|。|、|；|;|：|:|\s)+|(?:，|,|。|、|；|;|\s)+$/g;

/** Reads a visit report written the way a specialist would tell a colleague. */
export function parseVisitReport(message: string, today: LocalDate, postings: PostingRef[]): ParsedVisit {
  const led = LEAD_WORDS.test(message);
  let rest = message.normalize('NFKC').replace(LEAD_WORDS, ' ');
  const take = (found: { text: string } | null) => {
    if (found) rest = rest.replace(found.text, ' ');
  };

  const date = findVisitDate(rest, today);
  take(date);
  const days = findVisitDays(rest);
  take(days);
  const enterprise = matchEnterprise(rest, postings);
  if (enterprise.kind === 'found') take(enterprise);
  const type = findVisitType(rest);
  // The canonical name of the kind says nothing more; a wording like "解决齿轮噪声问题" is the summary itself.
  if (type && /^(政策宣讲|战略规划|技术攻关|资源对接|典型示范)$/.test(type.text)) take(type);
  const chosen =
    enterprise.kind === 'found'
      ? enterprise
      : postings.length === 1 && postings[0]
        ? { kind: 'found' as const, posting: postings[0], text: '' }
        : enterprise;

  const onSite = ON_SITE.test(message);
  const signals = [date, days, type].filter(Boolean).length + (enterprise.kind === 'found' ? 1 : 0) + (onSite ? 1 : 0);
  const isReport =
    !QUESTION.test(message.trim()) && (led ? signals >= 1 : signals >= 2 && (days !== null || type !== null || onSite));
  return {
    isReport,
    date: date?.value ?? null,
    days: days?.value ?? null,
    type: type?.value ?? null,
    enterprise: chosen,
    summary: rest.replace(/\s+/g, ' ').replace(FILLER, '').trim(),
  };
}
