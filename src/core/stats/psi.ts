/**
 * Population stability index (PSI) of a variable between a reference sample (the model's training years) and an
 * actual sample (a later year): PSI = Σᵢ (aᵢ − eᵢ) · ln(aᵢ / eᵢ), where eᵢ and aᵢ are the shares of the reference and
 * the actual sample in bin i, over bins fixed on the reference. It is the symmetrised Kullback–Leibler divergence
 * of the two binned distributions (Yurdakul, "Statistical properties of population stability index", 2018; Siddiqi,
 * "Credit Risk Scorecards", 2006, ch. 8). Usual reading (Siddiqi): < 0.1 stable, 0.1–0.25 watch, > 0.25 shifted.
 *
 * Bins (docs/continuity-method.md#11-monitoring):
 * - quantile bins of the reference (deciles by default): cut point k (k = 1 … B−1) is the smallest reference value
 *   whose empirical CDF reaches k/B, i.e. sorted[⌈k·n/B⌉ − 1]; equal cut points (ties) are merged; bins are
 *   right-closed, (−∞, c₁], (c₁, c₂], …, (c_m, ∞), so a 0/1 variable gets the bins "0", "1" and "> 1";
 * - a reference with fewer than 2 distinct values (constant) is binned by value: below, equal to and above it.
 * A share of 0 (an empty bin) is replaced by the floor 1e-4 in both factors, so the PSI stays finite: a bin that
 * the reference never saw but that holds 50% of a later year adds (0.5 − 0.0001) · ln(0.5 / 0.0001) ≈ 4.26.
 * NaN (and ±∞) values are left out of both samples and counted.
 */

export const PSI_FLOOR = 1e-4;
export const PSI_WATCH = 0.1;
export const PSI_SHIFTED = 0.25;
export const PSI_BINS = 10;

export type PsiBand = 'stable' | 'watch' | 'shifted';

/** The usual bands: < 0.1 stable, 0.1–0.25 watch, > 0.25 shifted; null when the PSI is not defined. */
export function psiBand(psi: number): PsiBand | null {
  if (!Number.isFinite(psi)) return null;
  if (psi < PSI_WATCH) return 'stable';
  return psi > PSI_SHIFTED ? 'shifted' : 'watch';
}

/** Bins fixed on the reference: interior cut points, and whether they come from quantiles or a single value. */
export interface PsiBinning {
  kind: 'quantile' | 'value';
  /**
   * quantile: right-closed upper bounds of every bin but the last ((−∞, c₁], …, (c_m, ∞)); value: the reference's
   * single value v (bins < v, = v, > v); empty when the reference has no finite value.
   */
  cuts: number[];
}

export interface PsiBin {
  /** Bounds as shown: lower exclusive, upper inclusive (the value bin "= v" has lower = upper = v). */
  lower: number;
  upper: number;
  expectedCount: number;
  actualCount: number;
  expected: number;
  actual: number;
  /** (a − e) · ln(a / e) with the floor applied. */
  contribution: number;
}

export interface PsiResult {
  psi: number;
  band: PsiBand | null;
  binning: PsiBinning;
  bins: PsiBin[];
  /** Finite values used. */
  nReference: number;
  nActual: number;
  /** NaN or infinite values left out. */
  missingReference: number;
  missingActual: number;
}

function finiteSorted(values: ArrayLike<number>): { sorted: Float64Array; missing: number } {
  const out: number[] = [];
  let missing = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) out.push(v);
    else missing++;
  }
  return { sorted: Float64Array.from(out).sort(), missing };
}

/** The bins of a reference sample (see the header for the rule). */
export function referenceBinning(reference: ArrayLike<number>, bins = PSI_BINS): PsiBinning {
  if (!(Number.isInteger(bins) && bins >= 2)) throw new Error(`PSI needs at least 2 bins, got ${bins}`);
  const { sorted } = finiteSorted(reference);
  const n = sorted.length;
  if (n === 0) return { kind: 'quantile', cuts: [] };
  if (sorted[0] === sorted[n - 1]) return { kind: 'value', cuts: [sorted[0]] };
  const cuts: number[] = [];
  for (let k = 1; k < bins; k++) {
    const c = sorted[Math.ceil((k * n) / bins) - 1];
    if (cuts.length === 0 || c > cuts[cuts.length - 1]) cuts.push(c);
  }
  return { kind: 'quantile', cuts };
}

/** Bin number of a finite value. */
function binOf(binning: PsiBinning, v: number): number {
  const c = binning.cuts;
  if (binning.kind === 'value') return v < c[0] ? 0 : v === c[0] ? 1 : 2;
  // First cut ≥ v (binary search); values above every cut go to the last bin.
  let lo = 0;
  let hi = c.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (c[mid] >= v) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function binBounds(binning: PsiBinning): { lower: number; upper: number }[] {
  const c = binning.cuts;
  if (binning.kind === 'value') {
    return [
      { lower: -Infinity, upper: c[0] },
      { lower: c[0], upper: c[0] },
      { lower: c[0], upper: Infinity },
    ];
  }
  const out: { lower: number; upper: number }[] = [];
  for (let i = 0; i <= c.length; i++)
    out.push({ lower: i === 0 ? -Infinity : c[i - 1], upper: c[i] ?? Infinity });
  return out;
}

/**
 * PSI of `actual` against `reference` (bins from `referenceBinning(reference, bins)`). NaN when either sample has
 * no finite value.
 */
export function psi(
  reference: ArrayLike<number>,
  actual: ArrayLike<number>,
  options: { bins?: number; floor?: number } = {},
): PsiResult {
  const floor = options.floor ?? PSI_FLOOR;
  const binning = referenceBinning(reference, options.bins ?? PSI_BINS);
  const bounds = binBounds(binning);
  const expectedCount = new Array<number>(bounds.length).fill(0);
  const actualCount = new Array<number>(bounds.length).fill(0);
  const count = (values: ArrayLike<number>, into: number[]): { n: number; missing: number } => {
    let n = 0;
    let missing = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (!Number.isFinite(v)) {
        missing++;
        continue;
      }
      into[binOf(binning, v)]++;
      n++;
    }
    return { n, missing };
  };
  const ref = count(reference, expectedCount);
  const act = count(actual, actualCount);
  let total = 0;
  const out: PsiBin[] = bounds.map((b, i) => {
    const e = ref.n ? expectedCount[i] / ref.n : NaN;
    const a = act.n ? actualCount[i] / act.n : NaN;
    const ef = Math.max(e, floor);
    const af = Math.max(a, floor);
    const contribution = (af - ef) * Math.log(af / ef);
    total += contribution;
    return {
      ...b,
      expectedCount: expectedCount[i],
      actualCount: actualCount[i],
      expected: e,
      actual: a,
      contribution,
    };
  });
  const value = ref.n && act.n && out.length ? total : NaN;
  return {
    psi: value,
    band: psiBand(value),
    binning,
    bins: out,
    nReference: ref.n,
    nActual: act.n,
    missingReference: ref.missing,
    missingActual: act.missing,
  };
}
