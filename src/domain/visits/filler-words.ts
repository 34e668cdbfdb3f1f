/**
 * Words of chat and of voice input that say nothing of the work (「嗯那个就是」, 「呃」, 「刚说了啊」): left out of what
 * a record keeps as done. Data, not logic — it grows as new wordings are met (test/unit/visits/filler-words.test.ts).
 */

/** Said at the start of a message before the report itself: a reply to the bot or a run-up. */
export const OPENING_FILLERS = [
  '我跟你说一下',
  '跟你说一下',
  '我跟你说',
  '跟你说',
  '我和你说',
  '给你说一下',
  '刚说了啊',
  '刚说了',
  '刚才说了',
  '我刚说了',
  '我刚才说了',
  '不是说了吗',
  '我说了',
  '嗯那个就是',
  '嗯那个',
  '那个就是',
  '就是说',
  '是这样的',
  '这样啊',
  '好的',
  '好吧',
  '哦哦',
  '嗯嗯',
  '然后呢',
  '然后',
  '那个',
  '就是',
  '反正',
] as const;

/** Hesitations and voice-input particles, left out wherever they stand alone between pauses. */
export const HESITATIONS = [
  '嗯',
  '呃',
  '额',
  '啊',
  '呢',
  '哦',
  '诶',
  '欸',
  '哎',
  '那个',
  '这个',
  '就是',
  '然后',
  '然后呢',
  '反正',
  // What is left of a correction of the days (「说是一天其实也就半天」, 「不对不对 没有一天 就上午在」).
  '不对不对',
  '其实也就',
  '其实就',
  '其实',
  '就在',
] as const;

/**
 * What is left of a visit's day moved once its days are read (「本来约的周三 后来改到上周五了 在蓝湾食品…」): left out
 * wherever it stands alone between pauses.
 */
export const DAY_MOVED_WORDS = [
  '本来约的',
  '本来约好的',
  '本来定的',
  '本来',
  '原定',
  '原定的',
  '原计划',
  '原本',
  '原先',
  '后来改到',
  '后来改成',
  '后来',
] as const;

/** Run-ins of voice input inside a sentence (「然后呢给他们调了一下」): always left out. */
export const RUN_INS = ['然后呢', '嗯嗯', '呃呃', '嗯'] as const;
