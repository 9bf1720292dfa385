/**
 * The watchlist as shown: each watched firm with its status in the chosen year (pending when it has not
 * reported that year yet), its current index (latest scored year of the active dataset and model) and its
 * drop alerts (core/continuity/alerts.ts).
 */
import { dropAlerts, type DropAlert } from '../../core/continuity/alerts.ts';
import type { ContinuityStatus } from '../../core/continuity/feature-table.ts';
import type { SeriesPoint } from '../../core/continuity/firm-index.ts';
import type { WatchEntry } from './watchlist-store.ts';

export interface WatchRow {
  entry: WatchEntry;
  inData: boolean;
  /** Status in the chosen year; null when the firm has none then (or the statuses are not loaded yet). */
  status: ContinuityStatus | null;
  latest: SeriesPoint | null;
  alerts: DropAlert[];
}

export function watchRows(
  entries: readonly WatchEntry[],
  seriesOf: (id: string) => SeriesPoint[],
  inData: (id: string) => boolean,
  statusOf: (id: string) => ContinuityStatus | null = () => null,
): WatchRow[] {
  return entries.map((entry) => {
    const series = seriesOf(entry.exporterId);
    const added =
      entry.addedYear !== null && entry.addedIndex !== null
        ? { year: entry.addedYear, index: entry.addedIndex }
        : null;
    return {
      entry,
      inData: inData(entry.exporterId),
      status: statusOf(entry.exporterId),
      latest: series.at(-1) ?? null,
      alerts: dropAlerts(series, added),
    };
  });
}
