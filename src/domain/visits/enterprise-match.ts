export interface PostingRef {
  assignmentId: string;
  enterpriseId: string;
  enterpriseName: string;
  shortName: string | null;
}

// Parts of a company name that do not tell companies apart.
const GENERIC =
  /(有限责任公司|股份有限公司|有限公司|集团|公司|科技|技术|实业|工业|发展|股份|广西|壮族自治区|[\u4e00-\u9fa5]{1,3}市)/g;

/** Names a specialist may use for an enterprise: full name, short name, and distinctive parts (龙城齿轮, 龙城). */
export function aliasesOf(posting: PostingRef): string[] {
  const names = [posting.enterpriseName, posting.shortName ?? ''].filter(Boolean);
  const core = posting.enterpriseName
    .replace(GENERIC, ' ')
    .split(/\s+/)
    .filter((part) => part.length >= 2);
  const parts = core.flatMap((part) => [part, ...(part.length >= 4 ? [part.slice(0, 2), part.slice(0, 4)] : [])]);
  const short = posting.shortName && posting.shortName.length >= 4 ? [posting.shortName.slice(0, 2)] : [];
  return [...new Set([...names, ...parts, ...short])].sort((a, b) => b.length - a.length);
}

export type EnterpriseMatch =
  | { kind: 'found'; posting: PostingRef; text: string }
  | { kind: 'ambiguous'; candidates: PostingRef[] }
  | { kind: 'none' };

/** Which of the reporter's postings a message names, by the longest alias it contains. */
export function matchEnterprise(text: string, postings: PostingRef[]): EnterpriseMatch {
  let longest = 0;
  let matches: { posting: PostingRef; text: string }[] = [];
  for (const posting of postings) {
    const alias = aliasesOf(posting).find((name) => text.includes(name));
    if (!alias) continue;
    if (alias.length > longest) {
      longest = alias.length;
      matches = [{ posting, text: alias }];
    } else if (alias.length === longest) {
      matches.push({ posting, text: alias });
    }
  }
  const [only] = matches;
  if (matches.length === 1 && only) return { kind: 'found', posting: only.posting, text: only.text };
  if (matches.length > 1) return { kind: 'ambiguous', candidates: matches.map((m) => m.posting) };
  return { kind: 'none' };
}
