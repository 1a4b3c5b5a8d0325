/**
 * Reminders the card shows beside the findings (docs/architecture.md: shown, never findings,
 * never interrupting): a post from an official account is a public record; posting from a
 * personal account during duty hours. Each is cited where the active policy says so (its
 * pack's `reminders`; a city's own policy as a whole); none when no active pack speaks of it.
 * Pure: the clock is passed in.
 */
import { WEEKDAYS, type DutyHours, type PolicyPack, type PostingIdentity, type Reminder, type ReminderId } from './schema';

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

/** The reminder, cited by the first active pack that speaks of it; none without one. */
function reminder(id: ReminderId, packs: readonly Pick<PolicyPack, 'reminders'>[]): Reminder[] {
  const citation = packs.find((p) => p.reminders?.[id])?.reminders?.[id];
  return citation ? [{ id, citation }] : [];
}

export function remindersFor(input: { identity?: PostingIdentity; dutyHours: DutyHours; now: Date; packs: readonly Pick<PolicyPack, 'reminders'>[] }): Reminder[] {
  if (input.identity === 'official') return reminder('official_record', input.packs);
  return duringDutyHours(input.dutyHours, input.now) ? reminder('duty_hours', input.packs) : [];
}
