import { fromUtcMidnight, type LocalDate, toUtcMidnight } from '../../common/local-date.js';
import type { CalendarStore } from '../../domain/reminders/calendar-store.js';
import type { Audience, CalendarEvent } from '../../domain/reminders/reminder-source.js';
import type { Db } from '../database.js';

const toEvent = (row: { id: string; title: string; date: Date; audience: string }): CalendarEvent => ({
  id: row.id,
  title: row.title,
  date: fromUtcMidnight(row.date),
  audience: row.audience as Audience,
});

export class PrismaCalendarStore implements CalendarStore {
  constructor(private readonly db: Db) {}

  async add(event: { title: string; date: LocalDate; audience: Audience }): Promise<CalendarEvent> {
    return toEvent(
      await this.db.calendarEvent.create({
        data: { title: event.title, date: toUtcMidnight(event.date), audience: event.audience },
      }),
    );
  }

  async remove(id: string): Promise<boolean> {
    // Ids are UUIDs: anything else names no event (and must not reach the uuid column as a query error).
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return false;
    const { count } = await this.db.calendarEvent.deleteMany({ where: { id } });
    return count === 1;
  }

  async upcoming(from: LocalDate): Promise<CalendarEvent[]> {
    const rows = await this.db.calendarEvent.findMany({
      where: { date: { gte: toUtcMidnight(from) } },
      orderBy: [{ date: 'asc' }, { createdAt: 'asc' }],
    });
    return rows.map(toEvent);
  }
}
