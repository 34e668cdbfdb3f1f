import { yearOf } from '../../../common/local-date.js';
import { HOW_TO_REPORT, paceLines } from '../../progress/pace-reminder.js';
import { paceOf } from '../../progress/quota.js';
import type { JobContext, Outgoing } from '../job-context.js';
import { isoWeek } from '../working-days.js';

/** Every specialist of a posting behind pace hears what is done and what is missing; postings on pace get nothing. */
export async function quotaReminders({ at, today, source, quota }: JobContext): Promise<Outgoing[]> {
  const week = isoWeek(today);
  const out: Outgoing[] = [];
  for (const posting of await source.postings(yearOf(today), at)) {
    if (!posting.active || posting.startDate > today || posting.endDate < today) continue;
    const pace = paceOf(posting, quota, today, posting);
    if (pace.onPace) continue;
    const [enterprise, ...lines] = paceLines(posting.enterpriseName, posting, pace);
    const text = [`【服务进度提醒】${enterprise}`, ...lines, HOW_TO_REPORT].join('\n');
    for (const personId of posting.specialistIds) {
      out.push({
        to: 'person',
        recipientId: personId,
        kind: 'quota-reminder',
        text,
        dedupeKey: `quota:${week}:${posting.assignmentId}:${personId}`,
      });
    }
  }
  return out;
}
