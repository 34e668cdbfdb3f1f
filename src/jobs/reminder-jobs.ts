import { dateInShanghai } from '../common/local-date.js';
import type { Logger } from '../common/logger.js';
import { DEFAULT_SCHEDULES } from '../config/env.js';
import { JOB_NAMES, type JobName } from '../domain/reminders/job-context.js';
import type { ReminderService } from '../domain/reminders/reminder-service.js';
import { isFirstWorkingDayOfMonth, isoWeekday, type WorkingCalendar } from '../domain/reminders/working-days.js';
import type { Job } from './scheduler.js';

/** Digests go out on the first working day of each month, and every Monday in November and December. */
export function isDigestDay(at: Date, calendar?: WorkingCalendar): boolean {
  const day = dateInShanghai(at);
  const month = Number(day.slice(5, 7));
  return isFirstWorkingDayOfMonth(day, calendar) || (isoWeekday(day) === 1 && month >= 11);
}

/** The reminder and digest jobs on their schedules. */
export function reminderJobs(reminders: ReminderService, schedules: Record<JobName, string>, logger: Logger): Job[] {
  return JOB_NAMES.map((name) => ({
    name,
    schedule: schedules[name],
    async run(at: Date) {
      const calendar = await reminders.calendar();
      const nextYear = Number(dateInShanghai(at).slice(0, 4)) + 1;
      if (!calendar.knowsYear(nextYear))
        logger.warn(
          { job: name, year: nextYear },
          'the public holidays of next year are not known: working days count Monday to Friday until they are entered (PUT /admin/working-days/:date) or the chinese-days package is updated',
        );
      // The default digest schedule fires daily; the programme's calendar decides the days. A custom one is obeyed.
      if (name === 'digest' && schedules.digest === DEFAULT_SCHEDULES.digest && !isDigestDay(at, calendar)) return 0;
      const sent = await reminders.run(name, at);
      logger.info({ job: name, enqueued: sent.length }, 'reminder job enqueued messages');
      return sent.length;
    },
  }));
}
