/**
 * Watchlist alerts (docs/continuity-method.md#7-index-risk-group-and-monitoring, "pre-emptive support"): a watched
 * firm is flagged when its index fell by at least `minDrop` points (default 10) from one scored year to the next (the
 * latest change), or since the analyst added it to the watchlist (when the index at that time is known).
 */
import type { IndexPoint } from './trend.ts';

export const DEFAULT_ALERT_DROP = 10;

export interface DropAlert {
  kind: 'yearly' | 'since-added';
  /** Index points lost (positive). */
  drop: number;
  fromYear: number;
  toYear: number;
  from: number;
  to: number;
}

export function dropAlerts(
  series: readonly IndexPoint[],
  added: IndexPoint | null = null,
  minDrop = DEFAULT_ALERT_DROP,
): DropAlert[] {
  const pts = series.filter((p) => Number.isFinite(p.index)).sort((a, b) => a.year - b.year);
  const out: DropAlert[] = [];
  if (pts.length >= 2) {
    const [a, b] = pts.slice(-2);
    if (a.index - b.index >= minDrop) {
      out.push({
        kind: 'yearly',
        drop: a.index - b.index,
        fromYear: a.year,
        toYear: b.year,
        from: a.index,
        to: b.index,
      });
    }
  }
  const last = pts.at(-1);
  if (added && last && Number.isFinite(added.index) && added.index - last.index >= minDrop) {
    out.push({
      kind: 'since-added',
      drop: added.index - last.index,
      fromYear: added.year,
      toYear: last.year,
      from: added.index,
      to: last.index,
    });
  }
  return out;
}
