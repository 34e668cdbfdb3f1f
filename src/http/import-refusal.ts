import { AppError, ErrorCode } from '../common/errors.js';

/** A spreadsheet refused whole: every problem with its line (the header is line 1), said in Chinese. */
export function importRefusal(problems: { line: number; message: string }[], what: string): AppError {
  const lines = new Set(problems.map((p) => p.line)).size;
  return new AppError(ErrorCode.Validation, `${lines} 行有问题（共 ${problems.length} 处），${what}未作任何改动`, {
    details: problems.map((p) => ({ path: `line ${p.line}`, line: p.line, message: p.message })),
  });
}
