/**
 * Top-k recommendation metrics (docs/matching-method.md#8-evaluation--metricsts-evaluatets-baselinests), for one
 * user's ranked list against the set of counterparts that really turned out relevant (in our hold-out: the accepted /
 * met / contracted pairs of the test event).
 *
 *   P@k    = hits in the first k / k                           (a list shorter than k still divides by k)
 *   R@k    = hits in the first k / |relevant|
 *   HR@k   = 1 if at least one hit in the first k, else 0
 *   AP@k   = Σ_{i ≤ k, item i relevant} P@i / min(k, |relevant|)      (MAP@k = mean of AP@k over users)
 *   NDCG@k = DCG@k / IDCG@k,  DCG@k = Σ_{i ≤ k} g_i / log2(i + 1)  (positions i from 1; g = 1 for a relevant item,
 *            or its grade when `relevant` is a Map item → gain ≥ 0; IDCG = DCG of the ideal order)
 *
 * A user with no relevant item has no defined value: every per-user metric returns NaN and the means in
 * evaluate.ts leave such users out (and report how many were used). A repeated item counts once (at its first place).
 * Catalogue coverage = distinct items recommended / catalogue size; exposure Gini: exposure.ts gini.
 */
import { InputError } from '../errors.ts';

/** The relevant items: a set (binary relevance) or a map item → gain (graded relevance for NDCG). */
export type Relevance<T> = ReadonlySet<T> | ReadonlyMap<T, number>;

function checkK(k: number): void {
  if (!Number.isInteger(k) || k < 1)
    throw new InputError(`k must be an integer ≥ 1, got ${String(k)}.`, 'bad-parameter');
}

function relSize<T>(rel: Relevance<T>): number {
  if (rel instanceof Map) {
    let n = 0;
    for (const g of rel.values()) if (g > 0) n++;
    return n;
  }
  return rel.size;
}

function isRelevant<T>(rel: Relevance<T>, item: T): boolean {
  return rel instanceof Map ? (rel.get(item) ?? 0) > 0 : rel.has(item);
}

function gain<T>(rel: Relevance<T>, item: T): number {
  if (rel instanceof Map) {
    const g = rel.get(item) ?? 0;
    return g > 0 ? g : 0;
  }
  return rel.has(item) ? 1 : 0;
}

/** Positions (0-based, < k) of the first occurrence of each relevant item. */
function hitPositions<T>(recommended: ArrayLike<T>, rel: Relevance<T>, k: number): number[] {
  const seen = new Set<T>();
  const hits: number[] = [];
  const n = Math.min(k, recommended.length);
  for (let i = 0; i < n; i++) {
    const item = recommended[i];
    if (seen.has(item)) continue;
    seen.add(item);
    if (isRelevant(rel, item)) hits.push(i);
  }
  return hits;
}

export function precisionAtK<T>(recommended: ArrayLike<T>, relevant: Relevance<T>, k: number): number {
  checkK(k);
  if (relSize(relevant) === 0) return NaN;
  return hitPositions(recommended, relevant, k).length / k;
}

export function recallAtK<T>(recommended: ArrayLike<T>, relevant: Relevance<T>, k: number): number {
  checkK(k);
  const n = relSize(relevant);
  if (n === 0) return NaN;
  return hitPositions(recommended, relevant, k).length / n;
}

export function hitRateAtK<T>(recommended: ArrayLike<T>, relevant: Relevance<T>, k: number): number {
  checkK(k);
  if (relSize(relevant) === 0) return NaN;
  return hitPositions(recommended, relevant, k).length > 0 ? 1 : 0;
}

export function mapAtK<T>(recommended: ArrayLike<T>, relevant: Relevance<T>, k: number): number {
  checkK(k);
  const n = relSize(relevant);
  if (n === 0) return NaN;
  const hits = hitPositions(recommended, relevant, k);
  let sum = 0;
  for (let h = 0; h < hits.length; h++) sum += (h + 1) / (hits[h] + 1);
  return sum / Math.min(k, n);
}

export function ndcgAtK<T>(recommended: ArrayLike<T>, relevant: Relevance<T>, k: number): number {
  checkK(k);
  if (relSize(relevant) === 0) return NaN;
  let dcg = 0;
  for (const i of hitPositions(recommended, relevant, k))
    dcg += gain(relevant, recommended[i]) / Math.log2(i + 2);
  const gains =
    relevant instanceof Map
      ? Array.from(relevant.values()).filter((g) => g > 0)
      : new Array<number>(relevant.size).fill(1);
  gains.sort((a, b) => b - a);
  let idcg = 0;
  for (let i = 0; i < Math.min(k, gains.length); i++) idcg += gains[i] / Math.log2(i + 2);
  return idcg > 0 ? dcg / idcg : NaN;
}

/** Distinct items in the first k of every list / catalogue size (0 for an empty catalogue). */
export function catalogueCoverage<T>(
  lists: Iterable<ArrayLike<T>>,
  catalogueSize: number,
  k = Infinity,
): number {
  if (!(catalogueSize >= 0))
    throw new InputError(`catalogueSize must be ≥ 0, got ${catalogueSize}.`, 'bad-parameter');
  const seen = new Set<T>();
  for (const list of lists) for (let i = 0; i < Math.min(k, list.length); i++) seen.add(list[i]);
  return catalogueSize === 0 ? 0 : Math.min(1, seen.size / catalogueSize);
}

export { gini } from './exposure.ts';
