import { parseSmallNumber } from '../../domain/visits/chinese-numbers.js';

/**
 * Words that only announce feedback (「想反映个情况」, 「提个建议」, 「我要反馈个问题」): said alone they give nothing to
 * file, so the bot asks what it is about. Data: longer words first is not needed, every entry is cut out wherever it
 * stands.
 */
const ANNOUNCING_WORDS = [
  '跟你们',
  '给你们',
  '向你们',
  '向工作办',
  '向区里',
  '向上',
  '反映',
  '反馈',
  '投诉',
  '建议',
  '意见',
  '情况',
  '问题',
  '事情',
  '事儿',
  '一下',
  '一个',
  '几个',
  '一点',
  '有点',
  '有个',
  '有件',
  '我想',
  '我要',
  '想',
  '要',
  '提',
  '个',
  '件',
  '点',
  '些',
  '下',
  '事',
  '有',
  '我',
  '们',
  '请',
  '麻烦',
  '您好',
  '你好',
  '老师',
  '领导',
];

const MARKS = /[\s，,。.!！~～:：、？?…]+|\p{Extended_Pictographic}/gu;

/** Words that add to feedback filed (「补充」, 「再补一句」). */
const ADDING =
  '(?:再|还要|还想|还能|还可以|能|可以|想|要)?(?:补充|追加|补一句|补几句|补一下|补个情况|补点)(?:一下|一点|几句|一句|说明|个情况|下)?(?:吗|么|嘛|不)?';
/** Words that point at feedback filed (「刚才那个反馈」, 「FK-2026-0003」, 「上次反映的问题」). */
const POINTING =
  '(?:FK\\s*-?\\s*\\d{4}\\s*-?\\s*\\d{1,6}|(?:刚才|刚刚|之前|上次|我)?(?:的|那个|那条|这个|这条)?(?:反馈|反映)(?:的)?(?:那个|那条)?(?:问题|事情?)?)';
/** 「刚才那个补助的事」: what was raised, named by what it is about. */
const THAT_MATTER = '(?:刚才|刚刚|之前|上次)那个';
/** The lead of an addition, in either order or alone: 「补充一下刚才那个反馈：」, 「刚才的反馈再补充一点，」, 「补充：」. */
const ADDITION_LEAD = new RegExp(
  `^[\\s\\S]{0,6}?(?:${ADDING}[^：:。！!？?]{0,10}?${POINTING}|${POINTING}[^：:。！!？?]{0,10}?${ADDING}|${THAT_MATTER}[^：:。！!？?]{0,10}?${ADDING}|(?:补充反馈|反馈补充|${ADDING}))[\\s，,。.:：；;！!~]*`,
  'i',
);

/** What an addition to filed feedback adds: the words after its lead; empty when it only announces one. */
export function supplementWords(text: string): string {
  const words = text.trim().replace(ADDITION_LEAD, '').trim();
  return onlyAnnouncesFeedback(words) ? '' : words;
}

/** Whether feedback text says nothing beyond announcing itself: then it is asked for, never filed as it stands. */
export function onlyAnnouncesFeedback(text: string): boolean {
  let rest = text.replace(MARKS, '');
  for (const word of ANNOUNCING_WORDS) rest = rest.replaceAll(word, '');
  return rest.length < 2;
}

/** 「第二个不用提了」: the number of the item of the feedback offered that is left out, or null. */
export function itemLeftOut(text: string): number | null {
  const said = /第\s*([一二三四五\d])\s*(?:个|条|项|点)?[^，,。]{0,4}?(?:不用|不要|不提|别提|撤|删|去掉|算了)/.exec(
    text,
  )?.[1];
  return said ? (parseSmallNumber(said) ?? null) : null;
}

/** Words that take back feedback offered for filing (「不用麻烦了 我们自己解决了」, 「算了不提了」). */
const OFFER_TAKEN_BACK = [
  '不用提了',
  '不提了',
  '别提了',
  '不用提交',
  '不用报了',
  '不用麻烦了',
  '自己解决了',
  '已经解决了',
  '撤了吧',
  '算了',
];

export const takesOfferBack = (text: string): boolean => OFFER_TAKEN_BACK.some((words) => text.includes(words));

/**
 * How people ask after a ticket they name (「FK-2026-0001 怎么样了」, 「…啥情况了」, 「…有消息没」). Words that say how it
 * stands may stand alone; verbs need a 了, 吗 or 没 after them (「FK-2026-0001 回复」 asks nothing).
 */
const STANDING_WORDS = [
  '怎么样',
  '咋样',
  '怎样',
  '如何',
  '进展',
  '进度',
  '情况',
  '状态',
  '结果',
  '消息',
  '下文',
  '回音',
  '动静',
  '怎么回事',
  '咋回事',
  '到哪一步',
  '到哪步',
  '到哪',
  '到哪儿',
];
/** What is still awaited (「还没消息」). */
const NEWS_WORDS = ['消息', '结果', '下文', '回音', '动静', '进展'];
const VERBS_OF_HANDLING = [
  '处理',
  '办',
  '办理',
  '回',
  '回复',
  '答复',
  '上报',
  '报上去',
  '解决',
  '落实',
  '弄',
  '搞定',
  '办好',
];
const ASKING_LEAD = '(?:现在|目前|到底|最近|这会儿|眼下)?(?:有没有|有|有什么|有啥|啥|什么|怎么个|咋个|是啥|是什么)?';
const ASKING_TAIL = '(?:如何|怎么样|咋样|怎样)?(?:了)?(?:吗|么|嘛|没有?|呢|啊|呀|哈|啦)*';
const VERB_TAIL = '(?:了吗|了么|了没有?|了没|没有?|吗|得怎么样了?|得咋样了?|到哪一步了?|了)';
/** 「怎么还没回复」, 「咋还没消息」: chasing a ticket is asking after it. */
const STILL_NOTHING = `(?:怎么|咋|为啥|为什么)?还(?:没|没有)(?:${VERBS_OF_HANDLING.join('|')}|${NEWS_WORDS.join('|')})`;

/** A regular-expression fragment for the words asking after a ticket, with what may come before and after them. */
export const STATUS_ASKED = `${ASKING_LEAD}(?:(?:${STANDING_WORDS.join('|')})${ASKING_TAIL}|(?:${VERBS_OF_HANDLING.join('|')})${VERB_TAIL}${ASKING_TAIL}|${STILL_NOTHING}${ASKING_TAIL})`;
