/**
 * 상담 일정표 — builds the meeting schedule of the chosen event from its accepted pairs (the merged view, so
 * booth records count), each participant's max_meetings and the time slots of the day plan, and keeps it for
 * the grid, the per-firm print and the CSV. Building is explicit (a button), because a schedule handed out
 * on paper must not change under the staff's feet; the screen says when newer status changes exist.
 */
import { isInputError } from '../../core/errors.ts';
import { scheduleMeetings } from '../../core/schedule/schedule-meetings.ts';
import type { Schedule } from '../../core/schedule/schedule-types.ts';
import {
  DEFAULT_DAY_PLAN,
  eventDays,
  timeSlots,
  type DayPlan,
  type TimeSlot,
} from '../../core/schedule/time-slots.ts';
import { buildCurrent } from '../../data/fair/effective-matches.ts';
import { scheduleCsv } from '../../data/fair/schedule-csv.ts';
import { capsOf, scheduleData, type ScheduleData } from '../../data/fair/schedule-input.ts';
import type { DatasetState } from '../dataset-state.svelte.ts';
import { fileStamp, saveBlob } from '../download.ts';
import { fairErrorText } from './error-text.ts';
import type { FairState } from './fair-state.svelte.ts';

export interface BuiltSchedule {
  readonly eventId: string;
  readonly schedule: Schedule;
  readonly slots: readonly TimeSlot[];
  readonly data: ScheduleData;
  readonly millis: number;
  /** fair.revision when built: a later revision means newer status changes exist. */
  readonly revision: number;
}

export class ScheduleState {
  plan = $state<DayPlan>({ ...DEFAULT_DAY_PLAN, breakStart: null, breakEnd: null });
  /** Days of the event to schedule on; null = every day. */
  days = $state<string[] | null>(null);
  /** max_meetings for participants without one; null = as many as there are slots. */
  defaultCap = $state<number | null>(null);
  built = $state.raw<BuiltSchedule | null>(null);
  building = $state(false);
  error = $state<string | null>(null);

  constructor(
    private readonly datasets: DatasetState,
    private readonly fair: FairState,
  ) {}

  eventDays(): string[] {
    const e = this.fair.event;
    if (!e) return [];
    try {
      return eventDays(e.startDate, e.endDate);
    } catch {
      return [];
    }
  }

  /** The slots the current plan gives, or the reason it gives none. */
  slots(): { slots: TimeSlot[]; error: string | null } {
    try {
      const all = this.eventDays();
      const days = this.days ? all.filter((d) => this.days?.includes(d)) : all;
      return { slots: timeSlots(days, this.plan), error: null };
    } catch (e) {
      return { slots: [], error: fairErrorText(e) };
    }
  }

  async build(): Promise<void> {
    const event = this.fair.event;
    if (!event) return;
    this.building = true;
    this.error = null;
    try {
      const { slots, error } = this.slots();
      if (error) {
        this.error = error;
        return;
      }
      const { engine } = await this.datasets.backend();
      const revision = this.fair.revision;
      await buildCurrent(engine, event.id);
      const data = await scheduleData(engine, event.id);
      const started = performance.now();
      const schedule = scheduleMeetings({
        pairs: data.pairs,
        slots: slots.length,
        exporterCaps: capsOf(data.exporters),
        buyerCaps: capsOf(data.buyers),
        defaultCap: this.defaultCap ?? undefined,
      });
      this.built = {
        eventId: event.id,
        schedule,
        slots,
        data,
        millis: performance.now() - started,
        revision,
      };
    } catch (e) {
      this.error = fairErrorText(e);
      if (!isInputError(e)) console.error(e);
    } finally {
      this.building = false;
    }
  }

  downloadCsv(): void {
    const b = this.built;
    if (!b) return;
    const csv = scheduleCsv(b.eventId, b.schedule, b.slots, b.data.exporters, b.data.buyers);
    saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `schedule-${b.eventId}-${fileStamp()}.csv`);
  }
}
