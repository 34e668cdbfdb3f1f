import type { Clause } from './policy-document.js';
import type { Hit } from './policy-index.js';
import { itemLine } from './special-answers.js';

/** Questions that ask for a list or a procedure get the whole clause, not one sentence. */
export const LIST_QUESTION =
  /哪些|哪几|什么条件|条件是什么|资格|有哪|包括什么|包含|由哪|什么要求|要求是什么|流程|程序|步骤|环节|职责|任务是什么|做什么|干什么/;
/** Questions that ask for a number: prefer the sentence that states one. */
const NUMBER_QUESTION = /多少|几|多久|多长|标准|比例|多大|多高|上限|下限|钱/;
const HAS_NUMBER = /[0-9０-９]|[一二两三四五六七八九十百千万]+(?:个|项|家|人|名|次|天|年|元|万|份|位|所|倍)/;
const MAX_LIST_CHARS = 900;
/** A sentence that opens by pointing back at what the one before named (平台, 该中心, 其, 同时). */
const ANAPHOR = /^(?:该|其|此|这|上述|同时|平台|此外|另外)/;

interface Sentence {
  text: string;
  marker?: string;
}

function sentencesOf(clause: Clause): Sentence[] {
  return clause.lines.flatMap((line) =>
    (line.text.match(/[^。！？；]+[。！？；]?/g) ?? [])
      .map((text) => text.trim())
      .filter(Boolean)
      .map((text) => ({ text, ...(line.marker ? { marker: line.marker } : {}) })),
  );
}

export interface ComposedAnswer {
  body: string;
  citation: string;
}

/** The reply to a question from its best clause: the answering sentence(s), or the whole list. */
export function composeAnswer(
  question: string,
  hit: Hit,
  idf: (term: string) => number,
  wantsList = LIST_QUESTION.test(question),
  itemsOf: (clause: Clause) => Clause[] = () => [],
): ComposedAnswer {
  const { clause } = hit;
  const source = `《${clause.documentTitle}》${clause.citation}`;
  const isList = clause.children.length > 0 || clause.lines.some((line) => line.marker);
  if (wantsList && isList) return { body: listBody(clause, itemsOf(clause)), citation: source };

  const wantsNumber = NUMBER_QUESTION.test(question);
  const sentences = sentencesOf(clause);
  const termsOf = (text: string) => [...new Set(hit.matchedTerms)].filter((term) => text.includes(term));
  const scored = sentences.map((sentence, position) => {
    // 「平台汇聚了……」 speaks of what the sentence before named: it shares that sentence's words.
    const before = ANAPHOR.test(sentence.text) ? (sentences[position - 1]?.text ?? '') : '';
    const own = termsOf(sentence.text);
    let score = own.reduce((sum, term) => sum + idf(term), 0);
    for (const term of termsOf(before)) if (!own.includes(term)) score += idf(term) / 2;
    if (wantsNumber && HAS_NUMBER.test(sentence.text)) score *= 1.5;
    return { sentence, position, score };
  });
  const ranked = [...scored].sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (!best) return { body: '', citation: source };
  const chosen = ranked.filter((s, i) => i < 2 && s.score >= best.score * 0.75);
  // A question for a figure gets the sentence that states one, even when another sentence holds more of its words.
  const figure = ranked.find((s) => s.score > 0 && HAS_NUMBER.test(s.sentence.text));
  if (wantsNumber && figure && !chosen.some((s) => HAS_NUMBER.test(s.sentence.text))) chosen.push(figure);
  chosen.sort((a, b) => a.position - b.position);
  // "主要为派驻企业提供以下服务：" introduces the list that follows: give the list with it.
  const introducesList = chosen.at(-1)?.sentence.text.endsWith('：') && clause.children.length > 0;
  if (introducesList) {
    const items = itemsOf(clause);
    const lines = items.length > 0 ? items.map((item) => itemLine(item, false)) : clause.children;
    return { body: [chosen.map((s) => s.sentence.text).join(''), ...lines].join('\n'), citation: source };
  }
  const markers = new Set(chosen.map((s) => s.sentence.marker));
  const marker = markers.size === 1 ? [...markers][0] : undefined;
  return {
    body: chosen.map((s) => s.sentence.text).join(''),
    citation: marker ? `${source}${marker}` : source,
  };
}

/**
 * A whole list: the clause's own lines (「主要为派驻企业提供以下服务：」, 「1. …」), then its items, each with its full
 * title set apart from its text; items' texts are left out when they would make the reply too long.
 */
export function listBody(clause: Clause, items: Clause[]): string {
  const lines = clause.lines.map((line) => (line.marker ? `${line.marker} ${line.text}` : line.text));
  const titled = items.length > 0 ? items.map((item) => itemLine(item, true)) : clause.children;
  const full = [...lines, ...titled];
  if (full.join('\n').length <= MAX_LIST_CHARS || items.length === 0) return full.join('\n');
  return [...lines, ...items.map((item) => itemLine(item, false))].join('\n');
}
