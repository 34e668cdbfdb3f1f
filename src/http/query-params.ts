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
