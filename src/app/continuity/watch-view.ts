/**
 * The watchlist as shown: each watched firm with its current index (latest scored year of the active
 * dataset and model) and its drop alerts (core/continuity/alerts.ts).
 */
import { dropAlerts, type DropAlert } from '../../core/continuity/alerts.ts';
import type { SeriesPoint } from '../../core/continuity/firm-index.ts';
import type { WatchEntry } from './watchlist-store.ts';

export interface WatchRow {
  entry: WatchEntry;
  inData: boolean;
  latest: SeriesPoint | null;
  alerts: DropAlert[];
}

export function watchRows(
  entries: readonly WatchEntry[],
  seriesOf: (id: string) => SeriesPoint[],
  inData: (id: string) => boolean,
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
      latest: series.at(-1) ?? null,
      alerts: dropAlerts(series, added),
    };
  });
}
