import { dateInShanghai } from '../../../common/local-date.js';
import { OFFICE_AFTER_WORKING_DAYS, STATION_AFTER_WORKING_DAYS } from '../../feedback/answer-deadlines.js';
import { indexPeople, type JobContext, type Outgoing } from '../job-context.js';
import { workingDaysBetween } from '../working-days.js';

/**
 * Tickets unanswered after 5 working days go to the city station again; after 10, to the regional office. A ticket the
 * station raised to the office is the office's to answer: its reminders go there alone.
 */
export async function feedbackOverdue({ today, source, calendar }: JobContext): Promise<Outgoing[]> {
  const [tickets, everyone] = await Promise.all([source.openTickets(), source.people()]);
  const people = indexPeople(everyone);
  const out: Outgoing[] = [];
  for (const ticket of tickets) {
    const waited = workingDaysBetween(dateInShanghai(ticket.waitingSince), today, calendar);
    if (waited < STATION_AFTER_WORKING_DAYS) continue;
    const cycle = `${ticket.ticketNo}:${ticket.waitingSince.getTime()}`;
    const raised = ticket.escalated ? `，${ticket.cityName}服务站已上报工作办` : '';
    const text = `【政策反馈超期】${ticket.ticketNo}（${ticket.enterpriseName}${raised}）已${waited}个工作日未答复：${ticket.text}\n请尽快回复「回复 ${ticket.ticketNo} 答复内容」。`;
    // A city without station officials has the regional office stand in, as when the ticket was filed.
    const station = people.officialsOf(ticket.cityName);
    const levels = ticket.escalated
      ? [{ level: 'office', officials: people.regionOfficials }]
      : [
          { level: 'station', officials: station.length > 0 ? station : people.regionOfficials },
          ...(waited >= OFFICE_AFTER_WORKING_DAYS ? [{ level: 'office', officials: people.regionOfficials }] : []),
        ];
    for (const { level, officials } of levels) {
      for (const official of officials) {
        out.push({
          to: 'person',
          recipientId: official.id,
          kind: 'feedback-overdue',
          text,
          dedupeKey: `overdue:${cycle}:${level}:${official.id}`,
        });
      }
    }
  }
  return out;
}
