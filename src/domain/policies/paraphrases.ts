import { type Clause, clauseKey } from './policy-document.js';
import type { Paraphrase } from './policy-index.js';
import { documentWords } from './question-text.js';

/**
 * 扩展问: phrasings of a question, as people put it, that lead to an FAQ entry or to a clause of a document. The
 * built-in documents ship a set (knowledge/paraphrases/); administrators add more through the admin API or a
 * spreadsheet, and every instance's index follows.
 */
export type ParaphraseTarget =
  | { kind: 'clause'; documentSlug: string; clauseKey: string }
  | { kind: 'faq'; faqId: string };

export interface StoredParaphrase {
  id: string;
  target: ParaphraseTarget;
  text: string;
  createdAt: Date;
}

export interface ParaphraseStore {
  list(filter?: { documentSlug?: string; faqId?: string }): Promise<StoredParaphrase[]>;
  /** Adds the phrasings in one transaction; one already kept for the same target is skipped. */
  add(items: { target: ParaphraseTarget; text: string }[]): Promise<{ added: number; skipped: number }>;
  remove(id: string): Promise<boolean>;
  /** Changes whenever a phrasing is added or removed (cheap to ask often). */
  fingerprint(): Promise<string>;
}

export const MAX_PARAPHRASE_LENGTH = 200;

export const targetKey = (target: ParaphraseTarget) =>
  target.kind === 'faq' ? `faq:${target.faqId}` : `clause:${target.documentSlug}|${target.clauseKey}`;

/** Null when the text can be kept as a phrasing, else why not. */
export function paraphraseProblem(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.length === 0) return '扩展问不能为空';
  if (trimmed.length > MAX_PARAPHRASE_LENGTH) return `扩展问不能超过${MAX_PARAPHRASE_LENGTH}个字`;
  return null;
}

/** What the phrasings may point at: the clauses of the documents in force, and the FAQ entries. */
export interface ParaphraseTargets {
  /** The document a cell names, by its slug or its title. */
  documentSlug(name: string): string | null;
  hasClause(documentSlug: string, clauseKey: string): boolean;
  hasFaq(id: string): boolean;
}

/** The columns of a phrasing spreadsheet (GET /admin/paraphrases/export writes the same). */
export const PARAPHRASE_COLUMNS = ['文件', '条款', '常见问题编号', '扩展问'] as const;

export interface SheetProblem {
  line: number;
  message: string;
}

/**
 * Reads a phrasing spreadsheet, every row checked in one pass: each row names a document and a clause (「四（一）2」)
 * or an FAQ entry, and the phrasing. Rows with problems are all reported, with their line numbers.
 */
export function readParaphraseSheet(
  headers: string[],
  records: { line: number; cells: Record<string, string> }[],
  targets: ParaphraseTargets,
): { rows: { target: ParaphraseTarget; text: string }[]; problems: SheetProblem[] } {
  const problems: SheetProblem[] = [];
  const missing = ['扩展问'].filter((column) => !headers.includes(column));
  if (missing.length > 0 || (!headers.includes('常见问题编号') && !headers.includes('条款'))) {
    return {
      rows: [],
      problems: [
        {
          line: 1,
          message: `缺少列：需要「扩展问」，以及「文件」「条款」或「常见问题编号」（表头：${PARAPHRASE_COLUMNS.join('、')}）`,
        },
      ],
    };
  }
  const rows: { target: ParaphraseTarget; text: string }[] = [];
  for (const { line, cells } of records) {
    const text = (cells.扩展问 ?? '').trim();
    const faqId = (cells.常见问题编号 ?? '').trim();
    const document = (cells.文件 ?? '').trim();
    const clauseKey = (cells.条款 ?? '').trim().replace(/[.．、]$/, '');
    if (!text && !faqId && !document && !clauseKey) continue;
    const problem = paraphraseProblem(text);
    if (problem) {
      problems.push({ line, message: problem });
      continue;
    }
    if (faqId) {
      if (document || clauseKey) problems.push({ line, message: '一行只能指向一个常见问题或一个条款' });
      else if (!targets.hasFaq(faqId)) problems.push({ line, message: `没有编号为「${faqId}」的常见问题` });
      else rows.push({ target: { kind: 'faq', faqId }, text });
      continue;
    }
    if (!document || !clauseKey) {
      problems.push({ line, message: '请填写「文件」和「条款」，或填写「常见问题编号」' });
      continue;
    }
    const documentSlug = targets.documentSlug(document);
    if (!documentSlug) problems.push({ line, message: `没有名为「${document}」的文件` });
    else if (!targets.hasClause(documentSlug, clauseKey))
      problems.push({
        line,
        message: `文件「${document}」中没有条款「${clauseKey}」（例如「四（一）2」「六（三）」）`,
      });
    else rows.push({ target: { kind: 'clause', documentSlug, clauseKey }, text });
  }
  return { rows, problems };
}

/** Phrasings tied to the clauses they name (those naming no clause of the documents given are left out). */
export function attachParaphrases(
  clauses: Clause[],
  phrasings: { documentSlug: string; clauseKey: string; text: string }[],
): Paraphrase[] {
  const byKey = new Map(
    clauses.filter((c) => c.citation !== '').map((c) => [`${c.id.split('#')[0]}|${clauseKey(c.citation)}`, c.id]),
  );
  return phrasings.flatMap(({ documentSlug, clauseKey: key, text }) => {
    const clauseId = byKey.get(`${documentSlug}|${key}`);
    // Indexed in the documents' words, as questions are searched.
    return clauseId ? [{ clauseId, text: documentWords(text) }] : [];
  });
}
