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
];
