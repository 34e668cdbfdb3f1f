import type { PolicyIndex } from './policy-index.js';

/**
 * The document a question names when it asks about what one document says (「答复里说的科技专员是谁选派的」,
 * 「细则中补助什么时候发」): by the kind of document its title ends with (答复, 方案, 细则, 办法 …) or a number in its
 * title (2021513), when only one document's title has it. Retrieval then keeps to that document.
 */
const DOCUMENT_KINDS =
  /(实施细则|细则|实施方案|工作方案|方案|管理办法|办法|答复|通知|意见|规定|指南|纪要)(?:（[^）]*）)?$/;
/** Words around a document's name that show the question is about its text. */
const ABOUT_TEXT_AFTER = '(?:里|中|入面|里面|里头|提到|说|讲|写|所称|所说|上|第)';
const ABOUT_TEXT_BEFORE = '(?:那个|这个|该|这份|那份|那篇|的)';

const namesOf = new WeakMap<PolicyIndex, { slug: string; pattern: RegExp }[]>();

function documentNames(index: PolicyIndex): { slug: string; pattern: RegExp }[] {
  const known = namesOf.get(index);
  if (known) return known;
  const titles = new Map<string, string>();
  for (const clause of index.all()) titles.set(clause.id.split('#')[0] ?? '', clause.documentTitle);
  const keysOf = new Map<string, string[]>();
  for (const [slug, title] of titles) {
    const kind = DOCUMENT_KINDS.exec(title)?.[1];
    keysOf.set(slug, [...(kind ? [kind] : []), ...(title.match(/\d{4,}/g) ?? [])]);
  }
  const count = (key: string) => [...keysOf.values()].filter((keys) => keys.includes(key)).length;
  const names = [...keysOf].flatMap(([slug, keys]) =>
    keys
      .filter((key) => count(key) === 1)
      .map((key) => ({
        slug,
        pattern: /^\d+$/.test(key)
          ? new RegExp(key)
          : new RegExp(`${key}${ABOUT_TEXT_AFTER}|${ABOUT_TEXT_BEFORE}${key}`),
      })),
  );
  namesOf.set(index, names);
  return names;
}

const textsOf = new WeakMap<PolicyIndex, Map<string, string>>();

/** Each document's whole text, by slug. */
function documentTexts(index: PolicyIndex): Map<string, string> {
  let texts = textsOf.get(index);
  if (texts) return texts;
  texts = new Map();
  for (const clause of index.all()) {
    const slug = clause.id.split('#')[0] ?? '';
    texts.set(slug, `${texts.get(slug) ?? ''}${clause.heading}${clause.lines.map((line) => line.text).join('')}`);
  }
  textsOf.set(index, texts);
  return texts;
}

/** A quoted name only one document uses (「“科技专员/科技专班”的补贴」 is the reply's, not the plan's 补助). */
const QUOTED = /[“"「『]([^”"」』]{3,30})[”"」』]/g;
function quotedIn(index: PolicyIndex, question: string): string | null {
  for (const [, quote = ''] of question.matchAll(QUOTED)) {
    const holders = [...documentTexts(index)].filter(([, text]) => text.includes(quote));
    if (holders.length === 1) return holders[0]?.[0] ?? null;
  }
  return null;
}

/** The one document the question names, if it names exactly one, and the question without its name. */
export function namedDocument(index: PolicyIndex, question: string): { slug: string; rest: string } | null {
  const named = documentNames(index).filter(({ pattern }) => pattern.test(question));
  const quoted = quotedIn(index, question);
  if (named.length === 0 && quoted) return { slug: quoted, rest: question };
  const slugs = new Set(named.map(({ slug }) => slug));
  const slug = [...slugs][0];
  if (slugs.size !== 1 || !slug) return null;
  const rest = named.reduce((text, { pattern }) => text.replace(new RegExp(pattern.source, 'g'), ' '), question);
  return { slug, rest };
}
