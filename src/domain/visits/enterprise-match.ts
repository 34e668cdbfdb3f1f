import { escapeRegExp } from '../../common/regexp.js';
import { CITY_NAMES } from '../programme/types.js';
export interface PostingRef {
  assignmentId: string;
  enterpriseId: string;
  enterpriseName: string;
  shortName: string | null;
}

// Parts of a company name that do not tell companies apart.
const GENERIC =
  /(有限责任公司|股份有限公司|有限公司|集团|公司|科技|技术|实业|工业|发展|股份|广西|壮族自治区|[\u4e00-\u9fa5]{1,3}市)/g;

// Guangxi's cities, which often lead a company's name (钦州港通物流装备 → 港通物流装备).
const CITY_PREFIX = new RegExp(`^(${CITY_NAMES})`);

/**
 * Names a specialist may use for an enterprise: full name, short name, and distinctive parts: the name without
 * its city and legal form (山湖农机装备), its brand (山湖), any four or more characters of it (海洋食品).
 */
export function aliasesOf(posting: PostingRef, partial = true): string[] {
  const names = [posting.enterpriseName, posting.shortName ?? ''].filter(Boolean);
  const core = posting.enterpriseName
    .replace(GENERIC, ' ')
    .split(/\s+/)
    .filter((part) => part.length >= 2);
  // A city alone names no enterprise (several may be in it): matchEnterprise weighs it only when no name matches.
  const parts = core.flatMap((part) => {
    const brand = part.replace(CITY_PREFIX, '');
    return [part, ...(brand.length >= 2 ? [brand, brand.slice(0, 2), ...(partial ? substrings(brand, 4) : [])] : [])];
  });
  const short = posting.shortName && posting.shortName.length >= 4 ? [posting.shortName.slice(0, 2)] : [];
  return [...new Set([...names, ...parts, ...short])].sort((a, b) => b.length - a.length);
}

/** Words that tell of a second place in the same message (「上午去了A，下午又去了B」, 「两家都去了」). */
const ONE_AFTER_ANOTHER =
  /然后|接着|之后|随后|又去|再去|又到|再到|另外|分别|各(?:待|服务|做|搞|呆)|两家|都去|(?:上午|早上)[\s\S]*(?:下午|晚上)/;
/** Going to a place just before its name (「去了」, 「又到」, 「在」), or the part of the day there (「上午石韵新材…」). */
const WENT_TO = /(?:去了?|到了?|在|赴|跑了?|上午|下午|早上|中午|晚上)$/;
/** Both places in one breath (「去了山湖农机和石韵新材两家」). */
const BOTH = /两家|都|分别|各/;

/**
 * The postings a message tells of one after another (「上午去了山湖农机，下午又去了石韵新材」): each named by its name,
 * short name or a brand of three characters or more, with words that tell of a second place. Empty otherwise (a
 * message naming another posting in passing, 「在山湖农机对接石韵新材」, is one visit).
 */
export function postingsOneAfterAnother<P extends PostingRef>(text: string, postings: P[]): P[] {
  if (!ONE_AFTER_ANOTHER.test(text)) return [];
  const named = postingsNamed(text, postings);
  // Each place is gone to (「…又去了石韵新材」), or named with the first in one breath when both are said to be visited;
  // 「…然后联系了石韵新材」 or 「石韵新材的王工也过来了」 tells of no second visit.
  const before = (at: number) => text.slice(Math.max(0, at - 3), at);
  // Both named in one breath (「石韵新材和山湖农机前天都去了」): the first is gone to as the second is.
  const inOneBreath = (i: number) => {
    const second = named[i === 0 ? 1 : i];
    return second !== undefined && /[和跟与、]$/.test(before(second.at)) && BOTH.test(text);
  };
  const visited = named.every((found, i) => WENT_TO.test(before(found.at)) || inOneBreath(i));
  return named.length >= 2 && visited ? named.map((found) => found.posting) : [];
}

/**
 * Each posting a message names by its name, short name or a brand of three characters or more, where it first names
 * it, in the order told: a brand of two (山湖) or a part from the middle of a name is too loose to tell a second place.
 */
export function postingsNamed<P extends PostingRef>(
  text: string,
  postings: P[],
): { posting: P; at: number; alias: string }[] {
  return postings
    .flatMap((posting) => {
      const found = aliasesOf(posting, false)
        .filter((alias) => alias.length >= 3 || alias === posting.shortName)
        .map((alias) => ({ alias, at: text.indexOf(alias) }))
        .filter(({ at }) => at >= 0)
        .sort((a, b) => a.at - b.at || b.alias.length - a.alias.length)[0];
      return found ? [{ posting, ...found }] : [];
    })
    .sort((a, b) => a.at - b.at);
}

function substrings(text: string, minLength: number): string[] {
  const found: string[] = [];
  for (let length = minLength; length < text.length; length++) {
    for (let start = 0; start + length <= text.length; start++) found.push(text.slice(start, start + length));
  }
  return found;
}

export type EnterpriseMatch =
  | { kind: 'found'; posting: PostingRef; text: string }
  | { kind: 'ambiguous'; candidates: PostingRef[] }
  | { kind: 'none' };

/**
 * Which of the postings a message names, by the longest alias it contains. Without `partial`, parts from the middle
 * of a name (智能电子) do not count: they may just describe the work.
 */
export function matchEnterprise(text: string, postings: PostingRef[], partial = true): EnterpriseMatch {
  let longest = 0;
  let matches: { posting: PostingRef; text: string }[] = [];
  const named = postings.map((posting) => ({
    posting,
    names: aliasesOf(posting, partial).filter((name) => text.includes(name)),
  }));
  for (const { posting, names } of named) {
    const [alias] = names;
    if (!alias) continue;
    if (alias.length > longest) {
      longest = alias.length;
      matches = [{ posting, text: alias }];
    } else if (alias.length === longest) {
      matches.push({ posting, text: alias });
    }
  }
  // 「在山湖帮石韵新材对接了客户」: another posting said as the place, however short its name: which is asked, never
  // the longer name taken.
  const placed = named
    .filter(({ names }) => names.some((name) => new RegExp(`(?:在|去了?|到了?)${escapeRegExp(name)}`).test(text)))
    .map(({ posting }) => posting);
  if (matches.length === 1 && placed.some((posting) => posting !== matches[0]?.posting))
    return { kind: 'ambiguous', candidates: [...new Set([...placed, ...matches.map((m) => m.posting)])] };
  const [only] = matches;
  if (matches.length === 1 && only) return { kind: 'found', posting: only.posting, text: only.text };
  if (matches.length > 1) return { kind: 'ambiguous', candidates: matches.map((m) => m.posting) };
  // 「柳州那家」: the city tells which, when only one posting is there.
  const city = new RegExp(`(${CITY_NAMES})(?:市)?(?:那家|这家|的那家|那边|那个)`).exec(text);
  if (city) {
    const there = postings.filter((p) => cityOf(p) === city[1]);
    const [one] = there;
    if (there.length === 1 && one) return { kind: 'found', posting: one, text: city[0] };
    if (there.length > 1) return { kind: 'ambiguous', candidates: there };
  }
  return { kind: 'none' };
}

/** The city an enterprise's registered name begins with (柳州市龙城精密齿轮 → 柳州). */
export function cityOf(posting: PostingRef): string | null {
  return CITY_PREFIX.exec(posting.enterpriseName)?.[1] ?? null;
}
