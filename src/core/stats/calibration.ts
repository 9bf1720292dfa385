/**
 * Calibration by decile (or any number of equal-count groups): rows are sorted by predicted probability and cut
 * into groups of (nearly) equal size; each group reports its mean prediction and observed event rate, which
 * should agree for a calibrated model. Also the Hosmer–Lemeshow statistic over those groups,
 * C = Σ (O − E)² / (E (1 − E/n)), compared with chi-square on G − 2 df (Hosmer & Lemeshow, Applied Logistic
 * Regression, 2nd ed., §5.2.2).
 *
 * Group rule: the row at sorted position r (0-based) goes to group ⌊G·r/n⌋, except that rows with equal
 * predictions always stay together (a tie run joins the group of its first row), so the result does not depend
 * on the input order. Groups left empty by that rule are omitted.
 */
import { chiSquareSf } from './distributions.ts';
import { checkScoredLabels } from './metrics.ts';

export interface CalibrationGroup {
  /** 1-based group number (1 = lowest predictions). */
  group: number;
  n: number;
  events: number;
  meanPredicted: number;
  observedRate: number;
  minPredicted: number;
  maxPredicted: number;
}

export interface Calibration {
  groups: CalibrationGroup[];
  hosmerLemeshow: { statistic: number; df: number; p: number };
}

export function calibrationByDecile(
  probabilities: ArrayLike<number>,
  labels: ArrayLike<number>,
  groups = 10,
): Calibration {
  checkScoredLabels(probabilities, labels, 'Calibration');
  const n = labels.length;
  const idx = new Uint32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  idx.sort((a, b) => probabilities[a] - probabilities[b] || a - b);
  const out: CalibrationGroup[] = [];
  let current: CalibrationGroup | null = null;
  let sumP = 0;
  for (let start = 0; start < n;) {
    let end = start + 1;
    while (end < n && probabilities[idx[end]] === probabilities[idx[start]]) end++;
    const g = Math.floor((groups * start) / n) + 1;
    if (!current || current.group !== g) {
      if (current) finish(current, sumP);
      current = {
        group: g,
        n: 0,
        events: 0,
        meanPredicted: 0,
        observedRate: 0,
        minPredicted: probabilities[idx[start]],
        maxPredicted: 0,
      };
      out.push(current);
      sumP = 0;
    }
    for (let m = start; m < end; m++) {
      const i = idx[m];
      current.n++;
      current.events += labels[i];
      sumP += probabilities[i];
      current.maxPredicted = probabilities[i];
    }
    start = end;
  }
  if (current) finish(current, sumP);
  let statistic = 0;
  for (const c of out) {
    const expected = c.meanPredicted * c.n;
    const denominator = expected * (1 - c.meanPredicted);
    if (denominator > 0) statistic += (c.events - expected) ** 2 / denominator;
  }
  const df = out.length - 2;
  return { groups: out, hosmerLemeshow: { statistic, df, p: df > 0 ? chiSquareSf(statistic, df) : NaN } };
}

function finish(c: CalibrationGroup, sumP: number): void {
  c.meanPredicted = sumP / c.n;
  c.observedRate = c.events / c.n;
}
