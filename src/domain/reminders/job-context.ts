import type { LocalDate } from '../../common/local-date.js';
import type { Person } from '../programme/types.js';
import type { Quota } from '../progress/quota.js';
import type { ReminderSource } from './reminder-source.js';
import type { WorkingCalendar } from './working-days.js';

export const JOB_NAMES = ['quota', 'digest', 'assignment-expiry', 'feedback-overdue', 'calendar'] as const;
export type JobName = (typeof JOB_NAMES)[number];

export interface JobContext {
  at: Date;
  today: LocalDate;
  source: ReminderSource;
  quota: Quota;
  /** Working days: public holidays and make-up working days included. */
  calendar: WorkingCalendar;
}

/** A message a job wants sent: to a person, or to the group robots of a scope (a city name, or "region"). */
export type Outgoing =
  | { to: 'person'; recipientId: string; kind: string; text: string; format?: 'TEXT' | 'MARKDOWN'; dedupeKey: string }
  | { to: 'robots'; scope: string; kind: string; text: string; format?: 'TEXT' | 'MARKDOWN'; dedupeKey: string };

/** The tightest of the thresholds (days) that `daysLeft` is within, or null when outside all of them. */
export function tightestThreshold(daysLeft: number, thresholds: number[]): number | null {
  const within = thresholds.filter((t) => daysLeft <= t).sort((a, b) => a - b);
  return within[0] ?? null;
}

/** People looked up by what a job needs, indexed once per run (not a scan of everyone per posting). */
export function indexPeople(people: Person[]) {
  const group = (pick: (p: Person) => string | null) => {
    const map = new Map<string, Person[]>();
    for (const person of people) {
      const key = pick(person);
      if (key !== null) map.set(key, [...(map.get(key) ?? []), person]);
    }
    return map;
  };
  const contacts = group((p) => (p.role === 'ENTERPRISE_CONTACT' ? p.enterpriseId : null));
  const officials = group((p) => (p.role === 'CITY_OFFICIAL' ? p.cityName : null));
  return {
    contactsOf: (enterpriseId: string) => contacts.get(enterpriseId) ?? [],
    officialsOf: (cityName: string) => officials.get(cityName) ?? [],
    regionOfficials: people.filter((p) => p.role === 'REGION_OFFICIAL'),
  };
}
