/**
 * The schedule as CSV for the agency's spreadsheets and mail merge: one row per meeting (day, time, slot,
 * exporter, buyer, match), then the pairs that could not be placed with the reason. RFC 4180 quoting, and a
 * UTF-8 byte-order mark so Excel opens Korean names correctly.
 */
import type { Schedule } from '../../core/schedule/schedule-types.ts';
import type { TimeSlot } from '../../core/schedule/time-slots.ts';
import type { ScheduleParty } from './schedule-input.ts';

export const UTF8_BOM = '\uFEFF';

export function scheduleCsv(
  eventId: string,
  schedule: Schedule,
  slots: readonly TimeSlot[],
  exporters: ReadonlyMap<string, ScheduleParty>,
  buyers: ReadonlyMap<string, ScheduleParty>,
): string {
  const header = [
    'event_id',
    'day',
    'start',
    'end',
    'slot',
    'exporter_id',
    'exporter_name',
    'buyer_id',
    'buyer_name',
    'buyer_country',
    'match_id',
    'scheduled',
    'reason',
  ];
  const lines = [header];
  for (const m of schedule.meetings) {
    const s = slots[m.slot];
    lines.push([
      eventId,
      s.day,
      s.start,
      s.end,
      String(m.slot + 1),
      m.pair.exporter,
      exporters.get(m.pair.exporter)?.name ?? '',
      m.pair.buyer,
      buyers.get(m.pair.buyer)?.name ?? '',
      buyers.get(m.pair.buyer)?.detail ?? '',
      m.pair.id,
      'true',
      '',
    ]);
  }
  for (const u of schedule.unscheduled) {
    lines.push([
      eventId,
      '',
      '',
      '',
      '',
      u.pair.exporter,
      exporters.get(u.pair.exporter)?.name ?? '',
      u.pair.buyer,
      buyers.get(u.pair.buyer)?.name ?? '',
      buyers.get(u.pair.buyer)?.detail ?? '',
      u.pair.id,
      'false',
      u.reason,
    ]);
  }
  return UTF8_BOM + lines.map((l) => l.map(cell).join(',')).join('\r\n') + '\r\n';
}

function cell(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}
