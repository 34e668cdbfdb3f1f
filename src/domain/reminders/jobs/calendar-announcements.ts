import { addDays, chineseDateLabel, daysBetween } from '../../../common/local-date.js';
import type { Person } from '../../programme/types.js';
import { type JobContext, type Outgoing, tightestThreshold } from '../job-context.js';
import type { Audience } from '../reminder-source.js';

export const CALENDAR_THRESHOLDS = [14, 3, 1];

const reaches: Record<Audience, (person: Person) => boolean> = {
  SPECIALISTS: (p) => p.role === 'SPECIALIST',
  ENTERPRISES: (p) => p.role === 'ENTERPRISE_CONTACT',
  CITY_OFFICIALS: (p) => p.role === 'CITY_OFFICIAL',
  REGION_OFFICIALS: (p) => p.role === 'REGION_OFFICIAL',
  ALL: (p) => p.role !== 'ADMIN',
};

/** Programme deadlines are announced to their audience 14, 3 and 1 days before (once each). */
export async function calendarAnnouncements({ today, source }: JobContext): Promise<Outgoing[]> {
  const [events, people] = await Promise.all([source.calendar(addDays(today, 1), addDays(today, 14)), source.people()]);
  const out: Outgoing[] = [];
  for (const event of events) {
    const daysLeft = daysBetween(today, event.date);
    const threshold = tightestThreshold(daysLeft, CALENDAR_THRESHOLDS);
    if (threshold === null) continue;
    const text = `【日程提醒】${event.title}：${chineseDateLabel(event.date)}截止，还有${daysLeft}天。`;
    for (const person of people.filter(reaches[event.audience])) {
      out.push({
        to: 'person',
        recipientId: person.id,
        kind: 'calendar',
        text,
        dedupeKey: `calendar:${event.id}:${threshold}:${person.id}`,
      });
    }
  }
  return out;
}
