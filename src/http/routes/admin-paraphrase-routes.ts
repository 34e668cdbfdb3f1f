import { Router } from '@koa/router';
import { z } from 'zod';
import { toCsv } from '../../common/csv.js';
import { AppError, ErrorCode } from '../../common/errors.js';
import {
  PARAPHRASE_COLUMNS,
  type ParaphraseStore,
  type ParaphraseTarget,
  type ParaphraseTargets,
  paraphraseProblem,
  readParaphraseSheet,
  type StoredParaphrase,
} from '../../domain/policies/paraphrases.js';
import type { RecentFaq } from '../../domain/policies/recent-faq.js';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.js';
import { parseWith, readJson } from '../body.js';
import type { AppState } from '../context.js';
import { importRefusal } from '../import-refusal.js';
import { readUploadedTable } from '../table-upload.js';
import { toXlsx } from '../xlsx.js';

const text = z.string().superRefine((value, ctx) => {
  const problem = paraphraseProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
const addRequest = z.union([
  z.object({ text, faqId: z.uuid('faqId must be an FAQ entry id') }).strict(),
  z.object({ text, document: z.string().trim().min(1).max(200), clause: z.string().trim().min(1).max(20) }).strict(),
]);
const listQuery = z.object({ document: z.string().trim().min(1).max(200).optional(), faqId: z.uuid().optional() });
const exportQuery = z.object({
  format: z.enum(['csv', 'xlsx'], { error: 'format must be csv or xlsx' }).default('xlsx'),
});

function shown(paraphrase: StoredParaphrase) {
  const target =
    paraphrase.target.kind === 'faq'
      ? { faqId: paraphrase.target.faqId }
      : { document: paraphrase.target.documentSlug, clause: paraphrase.target.clauseKey };
  return { id: paraphrase.id, ...target, text: paraphrase.text, createdAt: paraphrase.createdAt.toISOString() };
}

/**
 * 扩展问 kept by administrators: phrasings that lead a question to an FAQ entry or to a clause. Each change is in the
 * index here at once and on every other instance within seconds (the knowledge base follows the store's fingerprint).
 */
export function adminParaphraseRoutes(
  paraphrases: ParaphraseStore,
  knowledge: KnowledgeBase,
  faq: RecentFaq,
  maxBodyBytes: number,
): Router<AppState> {
  const router = new Router<AppState>({ prefix: '/admin/paraphrases', sensitive: true });

  async function targets(): Promise<ParaphraseTargets> {
    const [documents, entries] = await Promise.all([knowledge.list(), faq.list()]);
    const index = knowledge.current();
    return {
      documentSlug: (name) =>
        documents.find((doc) => doc.slug === name || doc.title === name || doc.title === name.replace(/^《|》$/g, ''))
          ?.slug ?? null,
      hasClause: (slug, key) => index.clauseAt(slug, key) !== undefined,
      hasFaq: (id) => entries.some((entry) => entry.id === id),
    };
  }

  /** Both the FAQ read for questions and the documents' index hold 扩展问: each follows a change at once. */
  async function changed() {
    faq.forget();
    await knowledge.refresh();
  }

  async function added(items: { target: ParaphraseTarget; text: string }[]) {
    const counts = await paraphrases.add(items);
    await changed();
    return counts;
  }

  router.get('/', async (ctx) => {
    const query = parseWith(listQuery, ctx.query, 'query');
    const list = await paraphrases.list({
      ...(query.document ? { documentSlug: query.document } : {}),
      ...(query.faqId ? { faqId: query.faqId } : {}),
    });
    ctx.body = { paraphrases: list.map(shown) };
  });

  router.post('/', async (ctx) => {
    const body = await readJson(ctx, addRequest, maxBodyBytes);
    const known = await targets();
    let target: ParaphraseTarget;
    if ('faqId' in body) {
      if (!known.hasFaq(body.faqId)) throw new AppError(ErrorCode.Validation, `No FAQ entry ${body.faqId}`);
      target = { kind: 'faq', faqId: body.faqId };
    } else {
      const documentSlug = known.documentSlug(body.document);
      if (!documentSlug) throw new AppError(ErrorCode.Validation, `No document ${body.document}`);
      const clauseKey = body.clause.replace(/[.．、]$/, '');
      if (!known.hasClause(documentSlug, clauseKey))
        throw new AppError(ErrorCode.Validation, `The document ${documentSlug} has no clause ${clauseKey}`);
      target = { kind: 'clause', documentSlug, clauseKey };
    }
    const { added: count } = await added([{ target, text: body.text.trim() }]);
    ctx.status = count === 1 ? 201 : 200;
    ctx.body = { added: count };
  });

  router.delete('/:id', async (ctx) => {
    const id = ctx.params.id ?? '';
    if (!/^[0-9a-f-]{36}$/i.test(id) || !(await paraphrases.remove(id)))
      throw new AppError(ErrorCode.NotFound, `No phrasing ${id}`);
    await changed();
    ctx.status = 204;
  });

  /** A spreadsheet of phrasings (列：文件、条款、常见问题编号、扩展问): every row checked first; all or nothing. */
  router.post('/import', async (ctx) => {
    const table = await readUploadedTable(ctx);
    const { rows, problems } = readParaphraseSheet(table.headers, table.records, await targets());
    if (problems.length > 0) {
      throw importRefusal(problems, '扩展问');
    }
    ctx.body = { rows: rows.length, ...(await added(rows)) };
  });

  router.get('/export', async (ctx) => {
    const query = parseWith(exportQuery, ctx.query, 'query');
    const cells = (await paraphrases.list()).map((p) =>
      p.target.kind === 'faq'
        ? ['', '', p.target.faqId, p.text]
        : [p.target.documentSlug, p.target.clauseKey, '', p.text],
    );
    const headers = [...PARAPHRASE_COLUMNS];
    ctx.set('Content-Disposition', `attachment; filename="paraphrases.${query.format}"`);
    if (query.format === 'csv') {
      ctx.type = 'text/csv; charset=utf-8';
      ctx.body = toCsv(headers, cells);
    } else {
      ctx.type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      ctx.body = await toXlsx(headers, cells, '扩展问');
    }
  });

  return router;
}
