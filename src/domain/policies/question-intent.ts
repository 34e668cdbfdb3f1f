import { parseSmallNumber } from '../visits/chinese-numbers.js';

/**
 * What a question asks for, read before retrieval: the kind of clause that answers it (an amount, a count, a list,
 * conditions, a step of a procedure, who, when) and whether it asks about the asker's own situation.
 */
export type QuestionKind =
  | 'amount'
  | 'count'
  | 'list'
  | 'conditions'
  | 'step'
  | 'who'
  | 'when'
  | 'definition'
  | 'procedure'
  | 'general';

export interface QuestionIntent {
  kind: QuestionKind;
  /** 「能不能」「可以吗」「算不算」: the asker wants a yes or a no. */
  yesNo: boolean;
  /** For 第N步 (or 第五步到第八步): the steps asked for, 1-based; 倒数第N步 as -N. */
  steps: number[];
}

const STEP = /第\s*([一二三四五六七八九十\d]{1,3})\s*(?:步|个?环节|个?步骤|阶段)/g;
const STEP_RANGE =
  /第\s*([一二三四五六七八九十\d]{1,3})\s*(?:步|个?环节)?\s*(?:到|至|-|~|—)\s*第?\s*([一二三四五六七八九十\d]{1,3})\s*(?:步|个?环节)/;

/** Checked in this order: the first that matches decides. */
const KINDS: [QuestionKind, RegExp][] = [
  [
    'amount',
    /多少钱|几多钱|多少万|补助多少|补贴多少|补多少|给多少|发多少|金额|标准是多少|什么标准|啥标准|多少经费|多少补助/,
  ],
  [
    'list',
    /(?:主要|都|能|要)(?:做什么|干什么|干啥|做啥|干嘛)(?!的)|什么(?:资格)?条件|资格条件|条件是什么|什么样的|啥样的|什么样|啥样|啥条件|要啥条件|哪些条件|哪些|哪几|有什么|有啥|都有|列一下|列个|列出|全部列|都列|一一列|清单|包括|分别|几个方面|几项|几类|哪[一几]?方面|哪[几些]?类|哪[几些]?种|什么类型/,
  ],
  ['conditions', /条件|资格|门槛|硬杠杠|要求|够格|够不够|符合|能当|能不能当|可以当|能报|能申请|有没有限制|限制/],
  ['step', /第\s*[一二三四五六七八九十\d]{1,3}\s*(?:步|个?环节|个?步骤|阶段)/],
  [
    'procedure',
    /流程|程序|步骤|怎么选|怎么派|怎么申请|如何申请|怎么报名|怎么走|走什么流程|手续|(?:申请|申报|报名|派驻|请)[^，。？?！!]{0,10}(?:咋|怎么|怎样|如何)(?:弄|搞|整|办|操作|做|申请|走)/,
  ],
  ['when', /什么时候|何时|啥时候|哪年|哪一年|几月|多久|多长时间|多长|周期|什么时间|啥时间/],
  ['count', /多少|几[次天年人家项个趟回位名]|几成|比例|百分之|不少于|至少/],
  ['who', /谁|哪个部门|哪个单位|哪些部门|哪家单位|由谁|找谁|牵头|负责/],
  ['definition', /是什么|什么是|指什么|是指|啥意思|什么意思|干嘛的|干啥的|做什么的|是干什么/],
];

const YES_NO =
  /能不能|能否|是否|够不够|符不符合|合不合格|达不达标|满不满足|可不可以|可以吗|可以不|行不行|行吗|算不算|算吗|是不是|要不要|需不需要|需要吗|有没有|会不会|能吗|可否|够格吗|[吗嘛](?:[?？。!！\s]*)$|不[?？]?$/;

const numberOf = (text: string) => (/^\d+$/.test(text) ? Number(text) : parseSmallNumber(text));

export function questionIntent(text: string): QuestionIntent {
  const range = STEP_RANGE.exec(text);
  let steps: number[] = [];
  if (range) {
    const [from, to] = [numberOf(range[1] ?? ''), numberOf(range[2] ?? '')];
    if (from && to && to >= from && to - from < 10) steps = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  } else {
    steps = [...text.matchAll(STEP)]
      .map((m) => {
        const n = numberOf(m[1] ?? '');
        // 倒数第二步: counted from the end, as a negative step.
        return n !== null && text.slice(Math.max(0, (m.index ?? 0) - 2), m.index).endsWith('倒数') ? -n : n;
      })
      .filter((n): n is number => n !== null);
  }
  const kind: QuestionKind =
    steps.length > 0 ? 'step' : (KINDS.find(([, pattern]) => pattern.test(text))?.[0] ?? 'general');
  return { kind, yesNo: YES_NO.test(text), steps };
}
