import type { LocalDate } from '../../common/local-date.js';
import type { Audience, CalendarEvent } from './reminder-source.js';

/** Programme deadlines entered by administrators. */
export interface CalendarStore {
  add(event: { title: string; date: LocalDate; audience: Audience }): Promise<CalendarEvent>;
  upcoming(from: LocalDate): Promise<CalendarEvent[]>;
  /** Removes an event; false when there is none with that id. */
  remove(id: string): Promise<boolean>;
}
