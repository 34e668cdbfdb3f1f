import type { LocalDate } from '../../common/local-date.js';
import { SELF_CORRECTION, saidInstead, unsure } from '../../common/said-instead.js';
import { matchEnterprise } from '../visits/enterprise-match.js';
import { findDates } from '../visits/report-dates.js';
import { readingText } from '../visits/report-reading.js';
import type { Posting } from '../visits/visit-ledger.js';
import {
  ABOUT_AFTER,
  ABOUT_BEFORE,
  ABOUT_DIGITS,
  isRange,
  NOT_COUNTED,
  parseAmount,
  parseCount,
  parseNumber,
  SAID_ROUGHLY,
} from './outcome-figures.js';
import {
  FORM_WORDS,
  IP_KIND_WORDS,
  IP_STAGE_WORDS,
  ipKindsNamed,
  LEVEL_WORDS,
  PROJECT_STAGE_WORDS,
} from './outcome-lexicon.js';
import { monthIn, type OutcomeReading } from './outcome-reading.js';
import type { OutcomeDetails, OutcomeKind, OutcomeStage, ProjectLevel } from './types.js';

/** An outcome report as far as it has been read; what is missing is asked for, one question at a time. */
export interface OutcomeDraft extends OutcomeDetails {
  kind: OutcomeKind;
  assignmentId: string | null;
  date: LocalDate | null;
  monthOnly: boolean;
  title: string | null;
  /** The message as written, kept with the record. */
  summary: string;
  /** A count answered only roughly (「30多个吧」): asked again for the figure, never stored. */
  roughCount?: string;
  /** The answer said there is no exact count (「真没具体数」): the figure is asked for with where to find one. */
  uncounted?: boolean;
}

export type OutcomeMissing = 'enterprise' | 'date' | 'stage' | 'level' | 'title' | 'form' | 'ipKind' | 'quantity';

/** The draft a reading starts; the enterprise is set when the message names one of the reporter's. */
export function draftOf(reading: OutcomeReading, message: string): OutcomeDraft {
  return {
    kind: reading.kind,
    assignmentId: reading.enterprise.kind === 'found' ? reading.enterprise.posting.assignmentId : null,
    date: reading.date,
    monthOnly: reading.monthOnly,
    title: reading.title,
    summary: readingText(message).slice(0, 500),
    level: reading.level,
    stage: reading.stage,
    form: reading.form,
    amount: reading.amount,
    ipKind: reading.ipKind,
    quantity: reading.quantity,
  };
}

/** A count said roughly, as the whole answer (「30多个吧」, 「大概四十人」, 「二三十个」, 「50人左右」). */
const ROUGH_COUNT = new RegExp(
  `^((?:${ABOUT_BEFORE})?\\s*[\\d一二两三四五六七八九十百]+\\s*(?:${ABOUT_DIGITS})?\\s*(?:个|人|名|位|件|项)?\\s*(?:${ABOUT_AFTER})?)\\s*(?:吧|的样子|啊|呢|吧应该)?[。.!！~]*$`,
);

/** 「五十左右吧 没具体数」, 「记不清了 三十多个」: the admission that there is no exact figure, with what joins it. */
const NO_EXACT_COUNT = new RegExp(
  `[，,。；;\\s]*(?:真的?|确实|实在|也|反正)?\\s*(?:${NOT_COUNTED})[了啊呀哈啦]*[，,。；;!！~\\s]*`,
);
/** The answer to 「多少人」 says there is no exact count (「记不清了 三十多个」): it is the answer, not one put off. */
export const admitsNoExactCount = (text: string): boolean => NO_EXACT_COUNT.test(text);
/** 「那就按50吧」, 「算40个」: a figure settled on for want of a count, which is no count either. */
const SETTLED_COUNT =
  /^(?:那就|那|就)?\s*((?:按|算)(?:成|作)?\s*(?:\d{1,6}|[一二两三四五六七八九十百千]+)\s*(?:个|人|名|位|件|项)?)\s*(?:吧|算了|好了|得了)?[。.!！~]*$/;

/** What must be known of each kind before it is stored (the amount of a transfer is welcome, not required). */
const REQUIRED: Record<OutcomeKind, OutcomeMissing[]> = {
  PROJECT: ['stage', 'level', 'title'],
  TRANSFER: ['form'],
  RD_ACCOUNTING: [],
  RD_INSTITUTION: [],
  IP: ['ipKind', 'stage', 'quantity'],
  TRAINING: ['quantity'],
};

/** The first field still missing, in the order the bot asks; null when the draft can be stored. */
export function missingOf(draft: OutcomeDraft): OutcomeMissing | null {
  if (!draft.assignmentId) return 'enterprise';
  if (!draft.date) return 'date';
  for (const field of REQUIRED[draft.kind]) {
    if (field === 'title' ? !draft.title : draft[field as keyof OutcomeDetails] === null) return field;
  }
  return null;
}

/** The value of the longest word of the table the text holds (「已立项」 before 「立项」). */
export function wordIn<T>(text: string, table: [string, T][]): T | null {
  const found = table.filter(([word]) => text.includes(word)).sort((a, b) => b[0].length - a[0].length)[0];
  return found ? found[1] : null;
}

/**
 * The draft with the answer to the bot's question filled in, or null when the message does not answer it (it is
 * then read as a new message).
 */
export function answerOutcomeQuestion(
  draft: OutcomeDraft,
  missing: OutcomeMissing,
  message: string,
  today: LocalDate,
  postings: Posting[],
): OutcomeDraft | null {
  const said = readingText(message).trim();
  // 「不是国家级，是市级」 is 市级; 「市级吧，也可能是自治区级」 is asked again. A title is taken as written.
  if (said === '' || (missing !== 'title' && unsure(said) && !(missing === 'quantity' && admitsNoExactCount(said))))
    return null;
  const text = missing === 'title' ? said : saidInstead(said);
  switch (missing) {
    case 'enterprise': {
      const number = /^(\d{1,2})$/.exec(text);
      const posting = number
        ? postings[Number(number[1]) - 1]
        : (() => {
            const match = matchEnterprise(text, postings);
            return match.kind === 'found' ? (match.posting as Posting) : undefined;
          })();
      return posting ? { ...draft, assignmentId: posting.assignmentId } : null;
    }
    case 'date': {
      const [day] = findDates(text, today, postings);
      if (day?.kind === 'past' && day.value) return { ...draft, date: day.value, monthOnly: false };
      const month = monthIn(text, today);
      return month && !month.future ? { ...draft, date: month.date, monthOnly: true } : null;
    }
    case 'stage': {
      const stage =
        draft.kind === 'IP'
          ? wordIn<OutcomeStage>(text, [...IP_STAGE_WORDS, ['已授权', 'GRANTED'], ['申请中', 'APPLIED']])
          : wordIn<OutcomeStage>(text, [...PROJECT_STAGE_WORDS, ['已立项', 'APPROVED'], ['只是申报', 'APPLIED']]);
      return stage ? { ...draft, stage } : null;
    }
    case 'level': {
      const level = wordIn<ProjectLevel>(text, [
        ...LEVEL_WORDS,
        ['国', 'NATIONAL'],
        ['区', 'REGIONAL'],
        ['市', 'CITY'],
        ['企业', 'ENTERPRISE'],
      ]);
      return level ? { ...draft, level } : null;
    }
    case 'form': {
      const form = wordIn(text, FORM_WORDS);
      return form ? { ...draft, form } : null;
    }
    case 'ipKind': {
      // 「一件发明一件实用新型」: two outcomes, not one of either kind.
      if (ipKindsNamed(text).length > 1) return null;
      const ipKind = wordIn(text, IP_KIND_WORDS);
      return ipKind ? { ...draft, ipKind } : null;
    }
    case 'quantity': {
      if (ipKindsNamed(text).length > 1) return null;
      // The answer to 「多少人」/「几件」 is a count whatever word it is counted in (「23个」, 「俩」).
      // 「32个 签到表上写的」: a count, and where it comes from.
      const said =
        /^(\d{1,6}|[一二两三四五六七八九十百千零]+|俩|仨)\s*(?:个|人|名|位|件|项)?\s*$/.exec(text)?.[1] ??
        /^(?:一共|总共|共|有|来了)?\s*(\d{1,6}|[一二两三四五六七八九十百千零]+)\s*(?:个|人|名|位|件|项)(?![多余来])(?=[\s，,。；;]|$)/.exec(
          text,
        )?.[1];
      // 「两三个」 is a range, no count.
      const bare = said && !isRange(said) ? said : undefined;
      const quantity =
        (bare ? (({ 俩: 2, 仨: 3 } as Record<string, number>)[bare] ?? parseNumber(bare)) : null) ??
        parseCount(text, draft.kind === 'TRAINING' ? 'people' : 'items');
      const settled = SETTLED_COUNT.exec(text.trim())?.[1];
      if (settled) return { ...draft, roughCount: settled, uncounted: true };
      const admitted = NO_EXACT_COUNT.test(text);
      if (!admitted && quantity !== null && Number.isInteger(quantity) && quantity > 0 && quantity <= 100_000) {
        const { roughCount: _, uncounted: __, ...counted } = draft;
        return { ...counted, quantity };
      }
      // 「30多个吧」, 「大概二三十人」, 「五十吧 没具体数」: a count, but no figure to record; the figure is asked for.
      const told = text.replace(NO_EXACT_COUNT, ' ').trim();
      const rough = ROUGH_COUNT.exec(told);
      if (rough && (admitted || SAID_ROUGHLY.test(told) || isRange(told)))
        return { ...draft, roughCount: rough[1]?.trim() ?? told, ...(admitted ? { uncounted: true } : {}) };
      // 「真没具体数」 alone: still no figure, and where one is found is said.
      return admitted && told === '' ? { ...draft, uncounted: true } : null;
    }
    case 'title': {
      // 「他们说叫海洋食品低温保鲜技术研究」, 「大概叫 …吧」: the name, without who said it or how sure.
      const title = text
        .replace(/^(?:(?:他们|企业|对方|办公室|经办人|老板)(?:说|讲)了?|听说|据说)[，,:：\s]*/, '')
        .replace(/^(?:大概|好像|应该|可能|貌似|差不多|就是)?\s*/, '')
        // 「…关键技术啊，之前我报过申报的」: the name, without what is said about it after.
        .replace(/[啊呀嘛哈]?[，,。；;]\s*(?:之前|上次|以前|已经|我报过|报过|前面)[\s\S]*$/, '')
        .replace(/^(?:项目)?(?:名称|名字)?(?:是|叫做?|为)?[:：]?\s*/, '')
        .replace(/\s*(?:吧|啊|呀|来着|好像是?|大概是?|应该是)[。.!！~～]*$/, '')
        .replace(/[《》「」“”"]/g, '')
        .trim();
      return title.length >= 2 && title.length <= 100 ? { ...draft, title } : null;
    }
  }
}

/** Fields a report gives that an answer to another question may take back (「哦不对，是实用新型」). */
const CORRECTABLE = ['ipKind', 'stage', 'level', 'form', 'quantity'] as const;
/** 「是实用新型不是发明，上周五」: what it is, before what it is not. */
const IS_NOT = /^\s*是(.{1,12}?)[，,\s]*不是/;

/**
 * A value given before that the answer to another question takes back (「哦不对，是实用新型」 while the date is asked,
 * 「不对，是刚申请，还没授权」): the draft with it changed, the question still open; null when it takes nothing back.
 */
export function correctedWhileAsked(
  draft: OutcomeDraft,
  missing: OutcomeMissing,
  message: string,
  today: LocalDate,
  postings: Posting[],
): OutcomeDraft | null {
  const isNot = IS_NOT.exec(message)?.[1];
  if (!SELF_CORRECTION.test(message) && !/^\s*不是/.test(message) && !isNot) return null;
  // What it has not become yet (「还没授权」) names no stage.
  const instead = (isNot ?? saidInstead(readingText(message))).replace(
    /(?:还)?(?:没有?|未)(?:授权|立项|获批|批下来|下证)/g,
    ' ',
  );
  for (const field of CORRECTABLE) {
    const given = draft[field];
    if (field === missing || given === null) continue;
    const changed = answerOutcomeQuestion(draft, field, instead, today, postings);
    // The field asked may come in the same message (「是实用新型不是发明，上周五」).
    if (changed && changed[field] !== given)
      return answerOutcomeQuestion(changed, missing, message, today, postings) ?? changed;
  }
  return null;
}

/** The details each kind of outcome has (a count is an IP right's or a training's, a level a project's). */
const KIND_FIELDS: Record<OutcomeKind, OutcomeMissing[]> = {
  PROJECT: ['level', 'stage'],
  TRANSFER: ['form'],
  RD_ACCOUNTING: [],
  RD_INSTITUTION: [],
  IP: ['quantity', 'ipKind', 'stage'],
  TRAINING: ['quantity'],
};

/** The fields a 「修改 …」 may change in a draft still being asked about, tried in this order. */
const AMENDABLE: OutcomeMissing[] = ['quantity', 'ipKind', 'stage', 'level', 'form', 'date'];

/**
 * 「修改 数量 3」 sent while an outcome is still asked about: the draft with what it changes (never a stored outcome),
 * or null when it changes nothing the bot can read.
 */
export function amendedDraft(
  draft: OutcomeDraft,
  value: string,
  today: LocalDate,
  postings: Posting[],
): OutcomeDraft | null {
  // 「修改 名称《…》」, 「修改 金额 3万」: the name and the amount, as 修改 reads them of a stored outcome.
  const named =
    /[《「“"『]([^》」”"』]{2,60})[》」”"』]/.exec(value)?.[1] ??
    /^(?:名称|名字|题目)\s*[:：]?\s*(.{2,60})$/.exec(value.trim())?.[1];
  if (named) return { ...draft, title: named.trim() };
  const amount = draft.kind === 'TRANSFER' && /金额|万|元/.test(value) ? parseAmount(value) : null;
  if (amount !== null) return { ...draft, amount };
  const said = value.replace(/^(?:数量|件数|人数|个数|金额|级别|阶段|类型|日期|时间)\s*[:：为是]?\s*/, '').trim();
  for (const field of AMENDABLE.filter((field) => field === 'date' || KIND_FIELDS[draft.kind].includes(field))) {
    const changed = answerOutcomeQuestion(draft, field, said, today, postings);
    if (changed && JSON.stringify(changed) !== JSON.stringify(draft)) return changed;
  }
  return null;
}
