import { Router } from '@koa/router';
import { z } from 'zod';
import { type Clock, today } from '../../common/clock.js';
import { AppError, ErrorCode } from '../../common/errors.js';
import { isLocalDate, type LocalDate } from '../../common/local-date.js';
import type { CalendarStore } from '../../domain/reminders/calendar-store.js';
import { JOB_NAMES } from '../../domain/reminders/job-context.js';
import type { ReminderService } from '../../domain/reminders/reminder-service.js';
import { AUDIENCES } from '../../domain/reminders/reminder-source.js';
import type { WorkingDayEntries } from '../../domain/reminders/working-day-entries.js';
import type { JobRunLog } from '../../jobs/job-run-log.js';
import { runExclusively } from '../../jobs/scheduler.js';
import type { KeyValueStore } from '../../store/key-value-store.js';
import { parseWith, readJson } from '../body.js';
import type { AppState } from '../context.js';
import { yearParam } from '../query-params.js';

const runRequest = z.object({
  job: z.enum(JOB_NAMES, { error: `job must be one of ${JOB_NAMES.join(', ')}` }),
  at: z.iso.datetime({ offset: true, message: 'at must be an ISO time, e.g. 2026-11-23T09:10:00+08:00' }).optional(),
  dryRun: z.boolean({ error: 'dryRun must be true or false' }).optional(),
});

const calendarRequest = z.object({
  title: z.string().trim().min(1, 'title is required').max(100),
  date: z.string().refine(isLocalDate, 'date must be a calendar date such as 2026-12-15'),
  audience: z.enum(AUDIENCES, { error: `audience must be one of ${AUDIENCES.join(', ')}` }),
});

export interface ReminderRouteDeps {
  maxBodyBytes: number;
  reminders: ReminderService;
  calendar: CalendarStore;
  store: KeyValueStore;
  clock: Clock;
  jobRuns: JobRunLog;
  workingDays: WorkingDayEntries;
}

/** Running a job by hand (the same lock as the scheduler, the same dedupe keys) and the programme calendar. */
export function adminReminderRoutes(deps: ReminderRouteDeps): Router<AppState> {
  const router = new Router<AppState>({ prefix: '/admin', sensitive: true });

  router.post('/reminders/run', async (ctx) => {
    const body = await readJson(ctx, runRequest, deps.maxBodyBytes);
    const at = body.at ? new Date(body.at) : deps.clock.now();
    let messages: Awaited<ReturnType<ReminderService['run']>> = [];
    const startedAt = deps.clock.now();
    const run = async () => {
      messages = await deps.reminders.run(body.job, at, body.dryRun ?? false);
      // A real run is recorded like a scheduled one, so the job gauges of /metrics show it; one as of a time still to
      // come is not, or the scheduler would take that time's run as done.
      if (!body.dryRun && at.getTime() <= startedAt.getTime())
        await deps.jobRuns.record({
          job: body.job,
          scheduledFor: at,
          startedAt,
          finishedAt: deps.clock.now(),
          enqueued: messages.length,
        });
    };
    // A dry run writes nothing and needs no lock.
    const outcome = body.dryRun ? await run().then(() => 'ran') : await runExclusively(deps.store, body.job, run);
    if (outcome === 'skipped') throw new AppError(ErrorCode.Conflict, `Job ${body.job} is running on another instance`);
    ctx.body = { messages };
  });

  router.post('/calendar', async (ctx) => {
    const body = await readJson(ctx, calendarRequest, deps.maxBodyBytes);
    // A deadline that has passed would never be announced: it is refused rather than stored silently.
    if (body.date < today(deps.clock))
      throw new AppError(ErrorCode.Validation, `date ${body.date} has passed: a deadline must be today or later`);
    const event = await deps.calendar.add({ ...body, date: body.date as LocalDate });
    ctx.status = 201;
    ctx.body = event;
  });

  router.get('/calendar', async (ctx) => {
    ctx.body = { events: await deps.calendar.upcoming(today(deps.clock)) };
  });

  router.get('/working-days', async (ctx) => {
    const { year } = parseWith(z.object({ year: yearParam.optional() }), ctx.query, 'query');
    const forYear = year ?? Number(today(deps.clock).slice(0, 4));
    const calendar = await deps.workingDays.calendar();
    ctx.body = { year: forYear, known: calendar.knowsYear(forYear), entries: await deps.workingDays.list(forYear) };
  });

  router.put('/working-days/:date', async (ctx) => {
    const date = ctx.params.date ?? '';
    if (!isLocalDate(date)) throw new AppError(ErrorCode.Validation, 'the path must end in a date such as 2027-02-10');
    const body = await readJson(
      ctx,
      z.object({ working: z.boolean({ error: 'working must be true or false' }) }),
      deps.maxBodyBytes,
    );
    await deps.workingDays.set(date as LocalDate, body.working);
    ctx.body = { date, working: body.working };
  });

  router.delete('/working-days/:date', async (ctx) => {
    const date = ctx.params.date ?? '';
    if (!isLocalDate(date) || !(await deps.workingDays.remove(date as LocalDate)))
      throw new AppError(ErrorCode.NotFound, 'No entry for that day');
    ctx.status = 204;
  });

  router.delete('/calendar/:id', async (ctx) => {
    if (!(await deps.calendar.remove(ctx.params.id ?? ''))) throw new AppError(ErrorCode.NotFound, 'No such event');
    ctx.status = 204;
  });

  return router;
}
