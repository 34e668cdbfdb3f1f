/**
 * Words that mark what an official writes as meant for officials only (「内部约谈一下，别跟企业讲」, 「内部说明：…不要对企业
 * 提」). A finding's reason and a feedback answer are sent word for word to the enterprise and the specialist, so a text
 * holding any of these is not sent: the official is asked for the words meant for them. 「…」 stands for a few
 * characters between.
 */
export const INTERNAL_ONLY_WORDS: string[] = [
  // Don't tell the enterprise / the teacher.
  '别跟企业',
  '别和企业',
  '别对企业',
  '别给企业',
  '别告诉企业',
  '别让企业',
  '不要跟企业',
  '不要和企业',
  '不要对企业',
  '不要向企业',
  '不要给企业',
  '不要告诉企业',
  '不要让企业',
  '不用告诉企业',
  '不必告诉企业',
  '勿告知企业',
  '勿向企业',
  '不告知企业',
  '别跟老师',
  '别告诉老师',
  '不要告诉老师',
  '不要跟老师',
  '勿告知老师',
  '别跟他说',
  '别跟她说',
  '别告诉他',
  '别告诉她',
  '别跟他们说',
  '不要告诉他',
  '不要告诉她',
  '不要跟他们说',
  // For officials only.
  '内部说明',
  '内部约谈',
  '内部掌握',
  '内部参考',
  '内部备注',
  '内部意见',
  '仅供内部',
  '仅限内部',
  '不对外',
  '不要对外',
  '别对外',
  '不宜对外',
  '不外传',
];
