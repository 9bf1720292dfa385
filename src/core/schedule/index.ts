/** The meeting scheduler (pure): accepted pairs + caps + slots → a conflict-free schedule. */
export { scheduleMeetings, MAX_SLOTS } from './schedule-meetings.ts';
export { eventDays, timeSlots, DEFAULT_DAY_PLAN, type DayPlan, type TimeSlot } from './time-slots.ts';
export type * from './schedule-types.ts';
