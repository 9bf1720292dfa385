/**
 * The schedule as CSV for the agency's spreadsheets and mail merge: one row per meeting (day, time, slot,
 * exporter, buyer, match), then the pairs that could not be placed with the reason. Written by the shared CSV
 * writer (core/csv.ts: RFC 4180 quoting, formula guard — firm names are untrusted data) with a UTF-8 byte-order
 * mark so Excel opens Korean names correctly.
 */
import { csvText, type CsvValue } from '../../core/csv.ts';
import type { Schedule } from '../../core/schedule/schedule-types.ts';
import type { TimeSlot } from '../../core/schedule/time-slots.ts';
import type { ScheduleParty } from './schedule-input.ts';

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
  const rows: CsvValue[][] = [];
  for (const m of schedule.meetings) {
    const s = slots[m.slot];
    rows.push([
      eventId,
      s.day,
      s.start,
      s.end,
      m.slot + 1,
      m.pair.exporter,
      exporters.get(m.pair.exporter)?.name ?? '',
      m.pair.buyer,
      buyers.get(m.pair.buyer)?.name ?? '',
      buyers.get(m.pair.buyer)?.detail ?? '',
      m.pair.id,
      true,
      '',
    ]);
  }
  for (const u of schedule.unscheduled) {
    rows.push([
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
      false,
      u.reason,
    ]);
  }
  return csvText(header, rows, { bom: true });
}
