/**
 * Meeting time slots. The data contract has no slot table, so slots are derived from the event's dates and
 * a day plan the staff can change in the UI: e.g. 30-minute slots from 10:00 to 18:00 (16 a day), with an
 * optional break (lunch) in which no slot starts or runs. Times are wall-clock times at the venue, as in
 * the contract's TIMESTAMP columns (no time zone).
 */
import { CodedInputError } from '../coded-error.ts';

export interface DayPlan {
  /** 'HH:MM' */
  readonly start: string;
  readonly end: string;
  /** Length of one slot in minutes. */
  readonly minutes: number;
  /** Optional break, 'HH:MM'–'HH:MM'; both or neither. */
  readonly breakStart?: string | null;
  readonly breakEnd?: string | null;
}

export interface TimeSlot {
  readonly index: number;
  /** 'YYYY-MM-DD' */
  readonly day: string;
  /** 'HH:MM' */
  readonly start: string;
  readonly end: string;
}

export const DEFAULT_DAY_PLAN: DayPlan = { start: '10:00', end: '18:00', minutes: 30 };
export const MAX_EVENT_DAYS = 31;

/** Every date from `start` to `end` inclusive ('YYYY-MM-DD'). */
export function eventDays(start: string, end: string): string[] {
  const a = Date.parse(`${start.slice(0, 10)}T00:00:00Z`);
  const b = Date.parse(`${end.slice(0, 10)}T00:00:00Z`);
  if (!Number.isFinite(a) || !Number.isFinite(b) || b < a) {
    throw new CodedInputError(`the event's dates ${start}–${end} are not a valid range`, 'slots-dates', {
      start,
      end,
    });
  }
  const days: string[] = [];
  for (let t = a; t <= b && days.length < MAX_EVENT_DAYS; t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

export function timeSlots(days: readonly string[], plan: DayPlan): TimeSlot[] {
  const start = minutesOf(plan.start, 'start');
  const end = minutesOf(plan.end, 'end');
  if (!Number.isInteger(plan.minutes) || plan.minutes < 5 || plan.minutes > 240) {
    throw new CodedInputError(
      `a slot must last 5 to 240 whole minutes (got ${plan.minutes})`,
      'slots-length',
      { minutes: String(plan.minutes) },
    );
  }
  if (end <= start) {
    throw new CodedInputError(`the day must end after it starts (${plan.start}–${plan.end})`, 'slots-order', {
      start: plan.start,
      end: plan.end,
    });
  }
  const hasBreak = Boolean(plan.breakStart) || Boolean(plan.breakEnd);
  const bs = hasBreak ? minutesOf(plan.breakStart ?? '', 'break start') : 0;
  const be = hasBreak ? minutesOf(plan.breakEnd ?? '', 'break end') : 0;
  if (hasBreak && be <= bs) {
    throw new CodedInputError(
      `the break must end after it starts (${plan.breakStart}–${plan.breakEnd})`,
      'slots-break',
      { start: plan.breakStart ?? '', end: plan.breakEnd ?? '' },
    );
  }
  const slots: TimeSlot[] = [];
  for (const day of days) {
    let t = start;
    while (t + plan.minutes <= end) {
      if (hasBreak && t < be && t + plan.minutes > bs) {
        t = Math.max(t + plan.minutes, be);
        continue;
      }
      slots.push({ index: slots.length, day, start: hhmm(t), end: hhmm(t + plan.minutes) });
      t += plan.minutes;
    }
  }
  if (slots.length === 0) {
    throw new CodedInputError(
      `no ${plan.minutes}-minute slot fits between ${plan.start} and ${plan.end}`,
      'slots-none',
      { minutes: plan.minutes, start: plan.start, end: plan.end },
    );
  }
  return slots;
}

function minutesOf(text: string, what: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  const h = m ? Number(m[1]) : NaN;
  const min = m ? Number(m[2]) : NaN;
  if (!m || h > 24 || min > 59 || h * 60 + min > 24 * 60) {
    throw new CodedInputError(`the ${what} time "${text}" is not a time of day (HH:MM)`, 'slots-time', {
      what,
      text,
    });
  }
  return h * 60 + min;
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
