import { chineseDateLabel, daysBetween, yearOf } from '../../../common/local-date.js';
import { indexPeople, type JobContext, type Outgoing, tightestThreshold } from '../job-context.js';

export const EXPIRY_THRESHOLDS = [60, 30, 7];

/** Postings near their end: specialists, enterprise contacts and the city station are told once per threshold. */
export async function assignmentExpiry({ at, today, source }: JobContext): Promise<Outgoing[]> {
  const [postings, everyone] = await Promise.all([source.postings(yearOf(today), at), source.people()]);
  const people = indexPeople(everyone);
  const out: Outgoing[] = [];
  for (const posting of postings) {
    if (!posting.active || posting.endDate < today) continue;
    const daysLeft = daysBetween(today, posting.endDate);
    const threshold = tightestThreshold(daysLeft, EXPIRY_THRESHOLDS);
    if (threshold === null) continue;
    const recipients = [
      ...posting.specialistIds,
      ...people.contactsOf(posting.enterpriseId).map((p) => p.id),
      ...people.officialsOf(posting.cityName).map((p) => p.id),
    ];
    const text = `【派驻到期提醒】${posting.enterpriseName}的科技特派员派驻将于${chineseDateLabel(posting.endDate)}到期，还有${daysLeft}天。请及时完成服务报备和年度考核材料；如需续派，请与设区市服务站联系。`;
    for (const recipientId of new Set(recipients)) {
      out.push({
        to: 'person',
        recipientId,
        kind: 'assignment-expiry',
        text,
        dedupeKey: `expiry:${posting.assignmentId}:${threshold}:${recipientId}`,
      });
    }
  }
  return out;
}
