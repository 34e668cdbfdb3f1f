import { z } from 'zod';

/** A year in a query (`?year=2026`). */
export const yearParam = z.coerce.number({ error: 'must be a year such as 2026' }).int().min(2000).max(2100);

/** A city in a query: 「柳州」 and 「柳州市」 name the same city. */
export const cityParam = z
  .string()
  .trim()
  .min(1)
  .max(20)
  .transform((value) => (value.endsWith('市') ? value : `${value}市`));

/**
 * One of a set of codes, given as the code (`RD_EXPENSE_DEDUCTION`) or its Chinese label (研发费用加计扣除), as a clerk
 * would type it.
 */
export function codeOrLabel<const K extends string>(codes: readonly K[], labels: Record<K, string>, name: string) {
  return z
    .string()
    .trim()
    .transform((value) =>
      (codes as readonly string[]).includes(value) ? value : (codes.find((code) => labels[code] === value) ?? value),
    )
    .pipe(
      z.enum(codes as unknown as [K, ...K[]], {
        error: `${name} must be one of ${codes.join(', ')} (or ${codes.map((c) => labels[c]).join(', ')})`,
      }),
    );
}
