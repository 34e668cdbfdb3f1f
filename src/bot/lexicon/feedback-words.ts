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

/** Whether feedback text says nothing beyond announcing itself: then it is asked for, never filed as it stands. */
export function onlyAnnouncesFeedback(text: string): boolean {
  let rest = text.replace(MARKS, '');
  for (const word of ANNOUNCING_WORDS) rest = rest.replaceAll(word, '');
  return rest.length < 2;
}
