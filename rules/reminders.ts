/**
 * Reminders the card shows beside the findings (DESIGN.md §2: shown, never findings,
 * never interrupting): a post from an official account is a public record; posting from a
 * personal account during duty hours. Pure: the clock is passed in.
 */
import { WEEKDAYS, type Citation, type DutyHours, type PostingIdentity, type Reminder } from './schema';

export const OFFICIAL_RECORD_CITATION: Citation = { pack: 'el-paso', section: 'III.A.5.c.6', title: 'Social media content is subject to open records laws' };
export const DUTY_HOURS_CITATION: Citation = {
  pack: 'el-paso',
  section: 'III.A.3.b',
  title: 'Personal use limited to times when not performing duties',
};

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * Whether `now` (local time) falls in the duty hours. A shift whose end is before its start
 * runs past midnight and belongs to the day it started on.
 */
export function duringDutyHours(d: DutyHours, now: Date): boolean {
  if (!d.days.length || !/^\d\d:\d\d$/.test(d.start) || !/^\d\d:\d\d$/.test(d.end)) return false;
  const start = minutes(d.start);
  const end = minutes(d.end);
  const t = now.getHours() * 60 + now.getMinutes();
  const today = WEEKDAYS[now.getDay()]!;
  const yesterday = WEEKDAYS[(now.getDay() + 6) % 7]!;
  if (start < end) return d.days.includes(today) && t >= start && t < end;
  return (d.days.includes(today) && t >= start) || (d.days.includes(yesterday) && t < end);
}

export function remindersFor(input: { identity?: PostingIdentity; dutyHours: DutyHours; now: Date }): Reminder[] {
  if (input.identity === 'official') return [{ id: 'official_record', citation: OFFICIAL_RECORD_CITATION }];
  return duringDutyHours(input.dutyHours, input.now) ? [{ id: 'duty_hours', citation: DUTY_HOURS_CITATION }] : [];
}
