import type { Response } from 'supertest';

/** A supertest parser that keeps a binary body (an XLSX download) as one Buffer. */
export function asBuffer(res: Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
