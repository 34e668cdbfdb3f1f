import { yearOf } from '../../../common/local-date.js';
import { expectedNow, paceOf, timeLeft } from '../../progress/quota.js';
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
    const missing = [
      pace.visitsMissing > 0 ? `${pace.visitsMissing}次走访` : '',
      pace.daysMissing > 0 ? `${pace.daysMissing}天服务` : '',
    ]
      .filter(Boolean)
      .join('、');
    const text = [
      `【服务进度提醒】${posting.enterpriseName}`,
      `本年度已走访 ${posting.visits}/${pace.owed.visits} 次，服务 ${posting.days}/${pace.owed.days} 天${pace.proRated ? '（今年派驻不满一年，按派驻天数折算）' : ''}；${expectedNow(pace)}。`,
      `距完成年度任务还差${missing}，${timeLeft(pace)}。`,
      '服务后直接发消息报备即可，例如「今天在企业技术攻关1天，……」。',
    ].join('\n');
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
