import { Router } from '@koa/router';
import getRawBody from 'raw-body';
import { z } from 'zod';
import { AppError, ErrorCode } from '../../common/errors.js';
import { parsePolicyDocument } from '../../domain/policies/policy-document.js';
import { extractText, UnreadableDocumentError } from '../../knowledge/extract-text.js';
import { type KnowledgeBase, slugOf } from '../../knowledge/knowledge-base.js';
import { parseWith } from '../body.js';
import type { AppContext, AppState } from '../context.js';

const MAX_DOCUMENT_BYTES = 10 * 1_048_576;
const uploadQuery = z.object({
  fileName: z
    .string()
    .trim()
    .regex(/\.(txt|md|docx)$/i, 'must name the file with its extension: .txt, .md or .docx'),
});

/**
 * The policy knowledge base, managed by administrators. A document is uploaded as the request body (the file's
 * bytes), named by ?fileName=; the index follows at once here and within seconds on every other instance.
 */
export function adminPolicyRoutes(knowledge: KnowledgeBase): Router<AppState> {
  const router = new Router<AppState>({ prefix: '/admin/policies', sensitive: true });

  async function readDocument(ctx: AppContext): Promise<{ fileName: string; text: string }> {
    const { fileName } = parseWith(uploadQuery, ctx.query, 'query');
    const bytes = await getRawBody(ctx.req, { limit: MAX_DOCUMENT_BYTES, length: ctx.request.length });
    let text: string;
    try {
      text = await extractText(fileName, bytes);
    } catch (error) {
      if (error instanceof UnreadableDocumentError) throw new AppError(ErrorCode.BadRequest, error.message);
      throw error;
    }
    if (parsePolicyDocument(slugOf(fileName), text).clauses.length === 0) {
      throw new AppError(ErrorCode.BadRequest, 'The document has no text');
    }
    return { fileName, text };
  }

  router.get('/', async (ctx) => {
    const documents = await knowledge.list();
    ctx.body = {
      policies: documents.map((doc) => ({
        slug: doc.slug,
        title: doc.title,
        sourceName: doc.sourceName,
        builtIn: doc.builtIn,
        updatedAt: doc.updatedAt.toISOString(),
      })),
    };
  });

  router.post('/', async (ctx) => {
    const { fileName, text } = await readDocument(ctx);
    if (await knowledge.exists(slugOf(fileName))) {
      throw new AppError(ErrorCode.Conflict, `A document named ${slugOf(fileName)} exists: replace it with PUT`);
    }
    ctx.status = 201;
    ctx.body = await knowledge.put(fileName, text);
  });

  router.put('/:slug', async (ctx) => {
    const slug = ctx.params.slug ?? '';
    if (!(await knowledge.exists(slug))) throw new AppError(ErrorCode.NotFound, `No document ${slug}`);
    const { fileName, text } = await readDocument(ctx);
    ctx.body = await knowledge.put(fileName, text, slug);
  });

  router.delete('/:slug', async (ctx) => {
    if (!(await knowledge.remove(ctx.params.slug ?? ''))) {
      throw new AppError(ErrorCode.NotFound, `No document ${ctx.params.slug}`);
    }
    ctx.status = 204;
  });

  return router;
}
