/**
 * Words an enterprise contact uses to say a reported record is right (「李老师18号那条是对的」). Objections are
 * OBJECTION_WORDS (intent-cues).
 */
export const FINE_WORDS: string[] = [
  '对的',
  '没问题',
  '没毛病',
  '没错',
  '属实',
  '确认',
  '是真的',
  '确实来了',
  '确实去了',
  '确实有',
  '来了的',
  '是来了',
  '可以确认',
  '没有异议',
  '没异议',
  '无异议',
  '没有问题',
];

/**
 * Of FINE_WORDS, those that said alone still say the record is right when the bot has asked whether to object
 * (「回复「是」提出异议」): 「确认」, 「没问题」. 「对的」, 「没错」 there answer the question, so they are left out.
 */
export const FINE_ALONE: string[] = [
  '确认',
  '确认属实',
  '没问题',
  '没毛病',
  '属实',
  '是真的',
  '可以确认',
  '确实来了',
  '确实去了',
  '没有问题',
  '没有异议',
  '没异议',
  '无异议',
];

/**
 * Objection words denied (「第2条没有异议」, 「没写错」): they say nothing is wrong, so they are read past before an
 * objection is looked for. Each holds an objection word (OBJECTION_WORDS); said alone, it is no objection.
 */
export const OBJECTIONS_DENIED: string[] = [
  '没有异议',
  '没有问题',
  '没有什么不对',
  '没有不对',
  '没什么不对',
  '没啥不对',
  '没有不属实',
  '没写错',
  '没有写错',
  '没多报',
  '没有多报',
  '没瞎报',
  '没有瞎报',
  '没乱报',
  '没虚报',
];
