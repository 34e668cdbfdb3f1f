import { chineseDateLabel, type LocalDate } from '../../common/local-date.js';
import { escapeRegExp } from '../../common/regexp.js';
import { aliasesOf, type PostingRef } from '../visits/enterprise-match.js';
import { findDates } from '../visits/report-dates.js';
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

/** The title given to a right from its kind and count (「发明专利2件」), or from the kind alone. */
const RIGHT_TITLE = new RegExp(
  `^(?:${[...Object.values(IP_KIND_LABELS), OUTCOME_KIND_LABELS.IP].map(escapeRegExp).join('|')})\\d*件?$`,
);

/**
 * A right's own name (「一种齿轮渗碳淬火方法」), not the title given from its kind and count: null for other outcomes and
 * for rights told without a name.
 */
export const rightName = (outcome: { kind: StoredOutcome['kind']; title: string | null }): string | null =>
  outcome.kind === 'IP' && outcome.title && !RIGHT_TITLE.test(outcome.title) ? outcome.title : null;

/** The outcome in one phrase: 「科技项目「…」（自治区级，立项）」, 「知识产权：发明专利3件（授权）」. */
export function describeOutcome(outcome: Describable): string {
  const details: string[] = [];
  if (outcome.level) details.push(PROJECT_LEVEL_LABELS[outcome.level]);
  if (outcome.form) details.push(TRANSFER_FORM_LABELS[outcome.form]);
  if (outcome.amount !== null) details.push(`${outcome.amount}万元`);
  if (outcome.stage) details.push(STAGE_LABELS[outcome.stage]);
  const extra = details.length > 0 ? `（${details.join('，')}）` : '';
  // A title that only names the kind (「培训」) says nothing beside it.
  const named = outcome.title && outcome.title !== OUTCOME_KIND_LABELS[outcome.kind] ? `「${outcome.title}」` : '';
  switch (outcome.kind) {
    case 'IP':
      return `知识产权：${outcome.ipKind ? IP_KIND_LABELS[outcome.ipKind] : ''}${outcome.quantity ?? ''}件${rightName(outcome) ? named : ''}${extra}`;
    case 'TRAINING':
      return `培训${named}${outcome.quantity ?? ''}人`;
    case 'RD_ACCOUNTING':
      return '建立研发投入核算制度';
    default:
      return `${OUTCOME_KIND_LABELS[outcome.kind]}${named}${extra}`;
  }
}

/** A sum of money as told (「50万」, 「转让费2万5」, 「作价一百五十万元」). */
const SUM_TOLD =
  /(?:金额|转让费|许可费|作价|价格|费用|合同额|总额|总价)?\s*(?:是|为|共|一共|总共)?\s*[\d.零一二两三四五六七八九十百千]+\s*(?:万|亿|w|W)[\d零一二三四五六七八九千]*\s*(?:元|块)?|[\d.]+\s*(?:元|块)/g;
/**
 * Words around what was done that name nothing of it (「帮…签了个」, 「…了」, 「…的」), and the deal's verb told after it
 * (「技术转让合同签了」, 「…谈成了」).
 */
const FILLER =
  /^(?:我们的?|我的?|刚刚?|终于|已经)?\s*(?:帮|给|为|替)?\s*(?:签了个|签了一个|签了一份|签订了|签了|谈成了?|达成了?)?\s*(?:个|一个|一份)?|(?:(?:也|都|已经?|终于)?(?:签(?:订|署|约|好|完|下来)?|谈成|谈妥|敲定|搞定|落地|成交|达成))?(?:了|的|啦|啊)*$/g;

/** How many people (「40个人」, 「三十多名员工」): a training's count, shown beside its title and changed on its own. */
const PEOPLE_TOLD =
  /[\d零一二两三四五六七八九十百]+\s*(?:多|余)?\s*(?:个)?\s*(?:人次|人|名|位(?=员工|职工|工人|技术员|技术人员|[，,。\s]|$))(?:员工|职工|工人|技术员|技术人员)?/g;
const KIND_NAMES = new Set<string>(Object.values(OUTCOME_KIND_LABELS));
/** Whom it was for (「给他们」, 「帮厂里」): the enterprise, shown beside the title already. */
const WHOM_FOR = /(?:^|(?<=\s))(?:(?:给|为|帮|替)?(?:他们|她们)|(?:给|为|帮|替)(?:厂里|公司|企业))(?:的)?/g;
/** How it went (「效果很好」, 「对方很满意」): no name of what it was. */
const HOW_IT_WENT = /效果|满意|很好|不错|挺好|反响|顺利|圆满|成功了?$/;

/**
 * A title for an outcome told without a name, from the words of the message: the date, the enterprise and the sum
 * are shown beside the title already (「上周五帮龙城齿轮签了个技术转让合同 50万」 → 「技术转让合同」). The first clause
 * that says something; null when none does.
 */
export function titleOfWords(summary: string, posting: PostingRef, today: LocalDate): string | null {
  let text = summary.replace(/\s+/g, ' ');
  for (const found of findDates(text, today)) text = text.replace(found.text, ' ');
  for (const alias of aliasesOf(posting, false).filter((a) => a.length >= 2))
    text = text.replaceAll(
      new RegExp(`(?:帮|给|为|和|与|跟|同)?${escapeRegExp(alias)}(?:的|签了?(?:个|一个|一份)?|签订了?)?`, 'g'),
      ' ',
    );
  const parts = text
    .replace(SUM_TOLD, ' ')
    .replace(PEOPLE_TOLD, ' ')
    .replace(WHOM_FOR, ' ')
    .split(/[，,。；;！!？?\s]+/)
    .map((part) => part.replace(FILLER, '').trim())
    .filter((part) => part.length >= 2);
  // 「培训了二十名技术员 液压维修」: what it was about, rather than the kind named again.
  const named = parts.filter((part) => !HOW_IT_WENT.test(part));
  const said = named.find((part) => !KIND_NAMES.has(part)) ?? named[0];
  return said ? said.slice(0, 60) : null;
}
