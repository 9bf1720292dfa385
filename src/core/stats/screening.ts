/**
 * Candidate screening for the continuity model (docs/continuity-method.md#4-screening-피어슨-상관계수법): point-biserial r of
 * each candidate with the 0/1 label and its p-value; default keep rule |r| ≥ 0.05 and p < 0.05; VIF among the kept
 * candidates (the default model), so the analyst sees collinearity before fitting. The analyst can override the
 * selection; call `vif` again on any other selection.
 */
import { pearson } from './pearson.ts';
import { vif } from './vif.ts';

export interface ScreeningCandidate {
  name: string;
  values: ArrayLike<number>;
}

export interface ScreeningOptions {
  /** Minimum |r| to keep (default 0.05). */
  minAbsR?: number;
  /** Keep only if p < alpha (default 0.05). */
  alpha?: number;
}

export interface ScreeningRow {
  name: string;
  /** Complete (candidate, label) pairs used for r. */
  n: number;
  r: number;
  p: number;
  keep: boolean;
  /** Why the rule kept or dropped it, in words for the UI. */
  reason: string;
  /** VIF among the kept candidates (rows complete for all of them); NaN for dropped candidates. */
  vif: number;
}

export function screenCandidates(
  candidates: readonly ScreeningCandidate[],
  labels: ArrayLike<number>,
  options: ScreeningOptions = {},
): ScreeningRow[] {
  const minAbsR = options.minAbsR ?? 0.05;
  const alpha = options.alpha ?? 0.05;
  const rows: ScreeningRow[] = candidates.map((c) => {
    const { r, p, n } = pearson(c.values, labels);
    let reason: string;
    if (n < 3) reason = `too few values (${n})`;
    else if (Number.isNaN(r)) reason = 'constant (no variation)';
    else if (Math.abs(r) < minAbsR) reason = `|r| < ${minAbsR}`;
    else if (!(p < alpha)) reason = `p ≥ ${alpha}`;
    else reason = `|r| ≥ ${minAbsR} and p < ${alpha}`;
    const keep = n >= 3 && Math.abs(r) >= minAbsR && p < alpha;
    return { name: c.name, n, r, p, keep, reason, vif: NaN };
  });
  const kept = rows.map((r, j) => (r.keep ? j : -1)).filter((j) => j >= 0);
  if (kept.length > 0) {
    const complete: number[] = [];
    for (let i = 0; i < labels.length; i++) {
      if (Number.isFinite(labels[i]) && kept.every((j) => Number.isFinite(candidates[j].values[i])))
        complete.push(i);
    }
    if (complete.length >= kept.length + 2) {
      const cols = kept.map((j) => Float64Array.from(complete, (i) => candidates[j].values[i]));
      const v = vif(
        cols,
        kept.map((j) => candidates[j].name),
      );
      kept.forEach((j, m) => (rows[j].vif = v[m]));
    }
  }
  return rows;
}
