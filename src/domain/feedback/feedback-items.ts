/**
 * The problems a feedback message lists one by one (「1.奖补资金一直没到账；2.住房补贴不知道找哪个部门」,
 * 「一是…；二是…」, 「①…②…」): each becomes a ticket of its own, to be followed and answered apart. A message that
 * lists nothing is one problem.
 */
const MARKERS = [
  /(?:^|[；;。\s，,：:])\s*(?:\d{1,2}|[一二三四五六七八九十])\s*[.．、)）]\s*/g,
  /(?:^|[；;。\s，,：:])\s*[(（]\s*(?:\d{1,2}|[一二三四五六七八九十])\s*[)）]\s*/g,
  /[①②③④⑤⑥⑦⑧⑨⑩]\s*/g,
  /(?:^|[；;。\s，,])\s*(?:一|二|三|四|五)是/g,
];
/** An item shorter than this says too little to be a problem of its own. */
const MIN_ITEM = 6;
const MAX_ITEMS = 5;

/** 「反馈两个问题：」 before the list: it introduces the items and is none of them. */
const INTRODUCTION = /^[^：:]{0,20}[：:]\s*/;

export function feedbackItems(text: string): string[] {
  for (const marker of MARKERS) {
    const intro = INTRODUCTION.exec(text)?.[0] ?? '';
    const listed =
      intro && new RegExp(`^${marker.source}`).test(text.slice(intro.length - 1)) ? text.slice(intro.length) : text;
    const items = listed
      .split(marker)
      .map((item) => item.replace(/^[；;。，,\s]+|[；;。，,\s]+$/g, ''))
      .filter((item) => item.length > 0);
    const marked = listed.match(marker)?.length ?? 0;
    if (marked >= 2 && items.length >= 2 && items.length <= MAX_ITEMS && items.every((item) => item.length >= MIN_ITEM))
      return items;
  }
  return [text];
}
