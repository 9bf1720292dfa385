/**
 * Discrimination and accuracy of predicted probabilities against 0/1 outcomes (out-of-time validation of the
 * continuity index, docs/continuity-method.md#6-validation-out-of-time):
 * - AUC as the Mann–Whitney statistic U / (n₁ n₀) with average ranks for ties (a tied pair counts ½) — the
 *   probability that a random positive scores above a random negative.
 * - KS: the largest vertical distance between the score distributions of positives and negatives (the
 *   two-sample Kolmogorov–Smirnov statistic), evaluated between groups of tied scores.
 * - Brier score: mean squared difference between probability and outcome.
 * Undefined cases (only one class present, empty input) give NaN rather than an error: a validation year may
 * legitimately have no stopped firm, and the caller reports that.
 */
import { InputError } from '../errors.ts';

/** Checks lengths, finite scores and 0/1 labels; returns the number of positives. */
export function checkScoredLabels(
  scores: ArrayLike<number>,
  labels: ArrayLike<number>,
  what: string,
): number {
  if (scores.length !== labels.length) {
    throw new InputError(`${what}: ${scores.length} scores but ${labels.length} labels`);
  }
  let positives = 0;
  for (let i = 0; i < labels.length; i++) {
    const y = labels[i];
    if (y !== 0 && y !== 1)
      throw new InputError(`${what}: label at row ${i + 1} is ${y}; labels must be 0 or 1`, 'bad-label');
    if (!Number.isFinite(scores[i])) {
      throw new InputError(
        `${what}: score at row ${i + 1} is ${scores[i]}; scores must be finite numbers`,
        'non-finite',
      );
    }
    positives += y;
  }
  return positives;
}

/** Indices sorted by ascending score (stable). */
function order(scores: ArrayLike<number>): Uint32Array {
  const idx = new Uint32Array(scores.length);
  for (let i = 0; i < idx.length; i++) idx[i] = i;
  return idx.sort((a, b) => scores[a] - scores[b] || a - b);
}

/** Area under the ROC curve (Mann–Whitney, ties count ½). NaN when a class is absent. */
export function auc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const n1 = checkScoredLabels(scores, labels, 'AUC');
  const n0 = labels.length - n1;
  if (n1 === 0 || n0 === 0) return NaN;
  const idx = order(scores);
  // Sum of (average) ranks of the positives, ranks starting at 1.
  let rankSum = 0;
  for (let start = 0; start < idx.length;) {
    let end = start + 1;
    while (end < idx.length && scores[idx[end]] === scores[idx[start]]) end++;
    const averageRank = (start + 1 + end) / 2;
    for (let m = start; m < end; m++) if (labels[idx[m]] === 1) rankSum += averageRank;
    start = end;
  }
  return (rankSum - (n1 * (n1 + 1)) / 2) / (n1 * n0);
}

/** Kolmogorov–Smirnov statistic max |F₁(s) − F₀(s)| between positives' and negatives' scores. NaN if a class is absent. */
export function ks(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const n1 = checkScoredLabels(scores, labels, 'KS');
  const n0 = labels.length - n1;
  if (n1 === 0 || n0 === 0) return NaN;
  const idx = order(scores);
  let c1 = 0;
  let c0 = 0;
  let best = 0;
  for (let start = 0; start < idx.length;) {
    let end = start;
    while (end < idx.length && scores[idx[end]] === scores[idx[start]]) {
      if (labels[idx[end]] === 1) c1++;
      else c0++;
      end++;
    }
    best = Math.max(best, Math.abs(c1 / n1 - c0 / n0));
    start = end;
  }
  return best;
}

/** Brier score: mean (p − y)². NaN for empty input. */
export function brier(probabilities: ArrayLike<number>, labels: ArrayLike<number>): number {
  checkScoredLabels(probabilities, labels, 'Brier score');
  if (labels.length === 0) return NaN;
  let s = 0;
  for (let i = 0; i < labels.length; i++) {
    const d = probabilities[i] - labels[i];
    s += d * d;
  }
  return s / labels.length;
}
