import type { Clause } from './policy-document.js';
import { clauseText } from './policy-document.js';
import type { Hit } from './policy-index.js';
import type { QuestionIntent } from './question-intent.js';

/** What a clause can answer, read from its text: an amount, a count, conditions, a list, who, when. */
export function answers(clause: Clause): Set<string> {
  const text = clauseText(clause);
  const kinds = new Set<string>();
  if (/\d+(?:\.\d+)?\s*万?元|亿元/.test(text)) kinds.add('amount');
  if (/(?:\d+|[一两二三四五六七八九十]+)\s*(?:次|天|人|家|项|年|位|个|%|％)|不少于|以上|以下|100%/.test(text))
    kinds.add('count');
  if (/条件|资格/.test(clause.heading)) kinds.add('conditions');
  if (clause.children.length > 0 || clause.lines.some((line) => line.marker)) kinds.add('list');
  if (/负责|牵头|组成|兼任|承担|主任|设在/.test(text)) kinds.add('who');
  if (/每年|两年|时间|年底|期限|周期|到期|\d{4}年|\d+月|\d+日/.test(text)) kinds.add('when');
  if (/程序|流程|步骤/.test(clause.heading)) kinds.add('procedure');
  return kinds;
}

/** How much more a clause of the asked-for kind is worth than its words alone say. */
const KIND_BONUS: Record<string, number> = {
  amount: 0.6,
  count: 0.35,
  conditions: 0.45,
  list: 0.3,
  who: 0.25,
  when: 0.25,
  procedure: 0.35,
};
/** Words every clause is about, which name no item in particular. */
const GENERIC_TERMS = new Set(['科技特派员', '企业科技特派员', '特派员', '派驻企业', '科技创新', '科技特派团']);
const TITLE_BONUS = 0.4;
/** The main document answers before a document that mentions the same words in passing. */
const FIRST_DOCUMENT_BONUS = 0.1;
/** A sub-clause that holds the answer is preferred to its parent when it scores at least this share of it. */
const CHILD_SHARE = 0.7;
const WHOLE_CHILD_SHARE = 0.8;

const isInside = (child: Clause, parent: Clause) =>
  child.id !== parent.id &&
  child.id.split('#')[0] === parent.id.split('#')[0] &&
  parent.citation !== '' &&
  child.citation.startsWith(parent.citation);

/**
 * Orders the hits for the question: clauses of the asked-for kind first, the smallest clause that holds the answer
 * before its parent (unless the whole list is asked for), the first document before others when they tie.
 */
export function rankHits(hits: Hit[], intent: QuestionIntent, firstDocument: string | null): Hit[] {
  // A list or a procedure asked for as a whole keeps the section unless one item clearly answers.
  const share = intent.kind === 'list' || intent.kind === 'procedure' ? WHOLE_CHILD_SHARE : CHILD_SHARE;
  const scored = hits.map((hit) => {
    const kinds = answers(hit.clause);
    let factor =
      1 + (KIND_BONUS[intent.kind] !== undefined && kinds.has(intent.kind) ? (KIND_BONUS[intent.kind] ?? 0) : 0);
    if (firstDocument && hit.clause.id.startsWith(`${firstDocument}#`)) factor += FIRST_DOCUMENT_BONUS;
    // The question's subject in an item's own title (「技术攻关」 in 「参与科技创新技术攻关」) says it is that item.
    const title = hit.clause.title ?? '';
    if (hit.matchedTerms.some((term) => [...term].length >= 3 && !GENERIC_TERMS.has(term) && title.includes(term)))
      factor += TITLE_BONUS;
    // Words of the question the clause does not hold count against it, whatever its kind.
    return { hit, score: hit.score * factor * (0.5 + hit.coverage) };
  });
  for (const parent of scored) {
    for (const child of scored) {
      if (!isInside(child.hit.clause, parent.hit.clause)) continue;
      if (child.score >= parent.score * share) child.score = Math.max(child.score, parent.score * 1.01);
    }
  }
  return scored.sort((a, b) => b.score - a.score).map(({ hit, score }) => ({ ...hit, score }));
}
