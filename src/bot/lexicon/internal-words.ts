/**
 * Words that mark what an official writes as meant for officials only (「内部约谈一下，别跟企业讲」, 「内部说明：…不要对企业
 * 提」). A finding's reason and a feedback answer are sent word for word to the enterprise and the specialist, so a text
 * holding any of these is not sent: the official is asked for the words meant for them. Only phrases that plainly say
 * "do not tell them" or "for us only": 「不要向企业收取费用」 and 「不对外开放」 are answers, and 别 inside 特别 or 分别
 * is no 别.
 */
export const INTERNAL_ONLY_WORDS: string[] = [
  '别跟企业讲',
  '别跟企业说',
  '别和企业说',
  '别对企业说',
  '别告诉企业',
  '不要告诉企业',
  '不要跟企业讲',
  '不要跟企业说',
  '不要和企业说',
  '不要对企业提',
  '不要对企业说',
  '不用告诉企业',
  '不必告诉企业',
  '勿告知企业',
  '别让企业知道',
  '不要让企业知道',
  '别告诉老师',
  '不要告诉老师',
  '别跟老师说',
  '勿告知老师',
  '别让老师知道',
  '内部约谈',
  '内部掌握',
  '内部参考',
  '内部意见',
  '内部备注',
  '（内部',
  '(内部',
  '内部：',
  '内部:',
  '内部说明：',
  '内部说明:',
  '仅供内部',
  '仅限内部',
  // Not to send yet (「先别发给企业，我们内部再商量一下」): an instruction, no answer. 「经内部讨论，同意…」 and
  // 「纸质材料先别发快递了」 are answers.
  '别发给企业',
  '不要发给企业',
  '内部再商量',
  '内部再讨论',
  // Candid words about the enterprise, the specialist or another office, never said to them (「这家企业事儿多，我们先应付
  // 一下」, 「其实农村处那边不太想加，先安抚一下企业」, 「听说他在外面接私活，先别声张」). Words an honest answer uses too
  // (「请企业先稳住生产」, 「财政厅还没正式表态」, 「经核实不存在接私活的情况」, 「已私下提醒本人」) are left out.
  '事儿多',
  '事儿妈',
  '先应付',
  '应付一下',
  '敷衍一下',
  '先糊弄',
  '先安抚',
  '安抚一下',
  '先这么回着',
  '先这样回着',
  '先这么答复着',
  '先拖一拖',
  '不太想加',
  '稳住企业',
  '先拖着吧',
  '先拖着再说',
  '我私下跟',
  '私下说一下',
  '不太想管',
  '别往上报',
  '不要往上报',
  '别往上面报',
  '别声张',
  '不要声张',
  '回头约谈',
];

/**
 * Words that make an official's finding or closing wait on something still to happen (「属实，不过要等陈老师补了照片才
 * 算」, 「关闭 FK-…，等企业补完材料后」): nothing is done yet; the official sends it again when it holds. Only for acts
 * that settle something: an answer may well tell the enterprise what it waits for (「等预算批复后拨付」). 「…」 stands
 * for a few characters.
 */
export const CONDITION_WORDS: string[] = [
  '等…再关',
  '等…后再关',
  '等…之后再关',
  '等…以后再关',
  '等…后$',
  '等…之后$',
  '等…以后$',
  '补了…才算',
  '补齐…才算',
  '补完…才算',
  '交了…才算',
  '之前先问下企业',
  '之前先问问企业',
  '先别关',
  '先不要关',
  '暂时不要关',
  '先不关',
];
