import { z } from 'zod';
import { isLocalDate, type LocalDate } from '../../common/local-date.js';
import type { SettingStore } from '../assessment/assessment-source.js';
import { type WorkingCalendar, workingCalendar } from './working-days.js';

export const WORKING_DAY_KEY = 'working-day-overrides';

const entriesSchema = z.record(z.string().refine(isLocalDate), z.boolean());

/**
 * The office's own working-day entries: a holiday or a make-up working day the holiday data does not have yet (a
 * year announced after the package's last release), or has wrong. They come before the data.
 */
export class WorkingDayEntries {
  constructor(private readonly settings: SettingStore) {}

  private async read(): Promise<Record<string, boolean>> {
    const stored = entriesSchema.safeParse(await this.settings.get(WORKING_DAY_KEY));
    return stored.success ? stored.data : {};
  }

  async calendar(): Promise<WorkingCalendar> {
    return workingCalendar(new Map(Object.entries(await this.read())));
  }

  async list(year?: number): Promise<{ date: LocalDate; working: boolean }[]> {
    return Object.entries(await this.read())
      .filter(([date]) => year === undefined || date.startsWith(`${year}-`))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([date, working]) => ({ date: date as LocalDate, working }));
  }

  async set(date: LocalDate, working: boolean): Promise<void> {
    await this.settings.put(WORKING_DAY_KEY, { ...(await this.read()), [date]: working });
  }

  /** False when there was no entry for the day. */
  async remove(date: LocalDate): Promise<boolean> {
    const entries = await this.read();
    if (!(date in entries)) return false;
    const { [date]: _removed, ...rest } = entries;
    await this.settings.put(WORKING_DAY_KEY, rest);
    return true;
  }
}
