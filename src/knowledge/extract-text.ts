import path from 'node:path';
import mammoth from 'mammoth';
import { zipProblem } from '../common/zip-guard.js';

export class UnreadableDocumentError extends Error {}

export const POLICY_FORMATS = ['.txt', '.md', '.docx'] as const;

/**
 * The plain text of an uploaded policy document. Text files may be UTF-8 or, as many government files are,
 * GB18030/GBK; Markdown loses its markup (a "## 一、…" heading becomes "一、…" so clauses split as in a .txt).
 */
export async function extractText(fileName: string, bytes: Buffer): Promise<string> {
  const extension = path.extname(fileName).toLowerCase();
  if (extension === '.docx') {
    const problem = zipProblem(bytes);
    if (problem) throw new UnreadableDocumentError(`not a usable .docx file (${problem})`);
    try {
      return (await mammoth.extractRawText({ buffer: bytes })).value;
    } catch (error) {
      throw new UnreadableDocumentError(`not a readable .docx file (${(error as Error).message})`);
    }
  }
  if (extension !== '.txt' && extension !== '.md') {
    throw new UnreadableDocumentError(
      `unsupported file type "${extension || fileName}": use ${POLICY_FORMATS.join(', ')}`,
    );
  }
  const text = decodeText(bytes);
  return extension === '.md' ? stripMarkdown(text) : text;
}

function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      throw new UnreadableDocumentError('the text is neither UTF-8 nor GB18030');
    }
  }
}

function stripMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/^\s*[-*+]\s+/, '')
        .replace(/\*\*(.+?)\*\*|__(.+?)__/g, '$1$2')
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1'),
    )
    .join('\n');
}
