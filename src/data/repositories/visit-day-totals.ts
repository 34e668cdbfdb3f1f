/** One group of a posting's visit records: those of one day. */
export interface DayGroup {
  assignmentId: string;
  _sum: { days: { toNumber(): number } | null };
}

/**
 * A posting's visits and days from its records grouped by day: records of one day are one visit to the enterprise
 * (a morning's and an afternoon's service reported apart are one trip, as the programme counts trips), their days
 * added.
 */
export function totalsByPosting(groups: readonly DayGroup[]): Map<string, { visits: number; days: number }> {
  const totals = new Map<string, { visits: number; days: number }>();
  for (const group of groups) {
    const posting = totals.get(group.assignmentId) ?? { visits: 0, days: 0 };
    posting.visits += 1;
    posting.days += group._sum.days?.toNumber() ?? 0;
    totals.set(group.assignmentId, posting);
  }
  return totals;
}
