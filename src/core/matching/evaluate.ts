/**
 * Offline evaluation of a recommender on a hold-out
 * (docs/matching-method.md#8-evaluation--metricsts-evaluatets-baselinests): full ranking over each test user's
 * eligible candidates (not a sampled subset), top k, then the metrics of metrics.ts averaged over users.
 *
 * A recommender is any function user → one score per candidate (hybrid, content-only, CF-only, popularity, random:
 * baselines.ts), so every model is ranked by the same code. The same call serves both directions (pass buyer
 * users and exporter candidates for the reverse) and the cold-start slice (pass only the cold users).
 * Output keys follow the CLI contract (`evaluate-matching --json`).
 */
import { InputError } from '../errors.ts';
import { exposureCounts, gini } from './exposure.ts';
import { hitRateAtK, mapAtK, ndcgAtK, precisionAtK, recallAtK, type Relevance } from './metrics.ts';
import { topKIndices } from './topk.ts';

export interface EvaluationUser {
  /** Index of the user (row for exporters, column for buyers) — passed to the recommender. */
  readonly user: number;
  /** Candidate indices that really turned out relevant (set) or with a gain (map). */
  readonly relevant: Relevance<number>;
  /** Candidate indices eligible for this user (the hard filters); all candidates when omitted. */
  readonly eligible?: ArrayLike<number>;
}

export interface MetricSummary {
  readonly precision: number;
  readonly recall: number;
  readonly ndcg: number;
  readonly map: number;
  readonly hit_rate: number;
  /** Distinct candidates recommended / catalogue size. */
  readonly coverage: number;
  /** Gini of how often each catalogue member was recommended (zeros included). */
  readonly exposure_gini: number;
  /** Users with at least one relevant item (the means are over these). */
  readonly users: number;
}

export type ScoreFunction = (user: number) => ArrayLike<number>;

function mean(xs: number[]): number {
  let s = 0;
  let n = 0;
  for (const x of xs) {
    if (Number.isNaN(x)) continue;
    s += x;
    n++;
  }
  return n > 0 ? s / n : NaN;
}

/** Summary of already-ranked lists (index i of `lists` belongs to users[i]). */
export function summariseLists(
  lists: readonly ArrayLike<number>[],
  users: readonly Pick<EvaluationUser, 'relevant'>[],
  k: number,
  catalogueSize: number,
): MetricSummary {
  if (lists.length !== users.length) throw new InputError('One ranked list per user is needed.', 'bad-shape');
  const p: number[] = [];
  const r: number[] = [];
  const nd: number[] = [];
  const ap: number[] = [];
  const hr: number[] = [];
  let used = 0;
  for (let u = 0; u < lists.length; u++) {
    const rel = users[u].relevant;
    const top = lists[u].length > k ? Array.prototype.slice.call(lists[u], 0, k) : lists[u];
    const prec = precisionAtK(top, rel, k);
    if (Number.isNaN(prec)) continue;
    used++;
    p.push(prec);
    r.push(recallAtK(top, rel, k));
    nd.push(ndcgAtK(top, rel, k));
    ap.push(mapAtK(top, rel, k));
    hr.push(hitRateAtK(top, rel, k));
  }
  const shown = lists.map(
    (l) => (l.length > k ? Array.prototype.slice.call(l, 0, k) : l) as ArrayLike<number>,
  );
  const counts = exposureCounts(shown, catalogueSize);
  let distinct = 0;
  for (let i = 0; i < counts.length; i++) if (counts[i] > 0) distinct++;
  return {
    precision: mean(p),
    recall: mean(r),
    ndcg: mean(nd),
    map: mean(ap),
    hit_rate: mean(hr),
    coverage: catalogueSize > 0 ? distinct / catalogueSize : 0,
    exposure_gini: gini(counts),
    users: used,
  };
}

/** Ranks every user's eligible candidates by `scores(user)` and summarises the top-k lists. */
export function evaluateRecommender(
  scores: ScoreFunction,
  users: readonly EvaluationUser[],
  k: number,
  catalogueSize: number,
): MetricSummary {
  if (!Number.isInteger(k) || k < 1)
    throw new InputError(`k must be an integer ≥ 1, got ${String(k)}.`, 'bad-parameter');
  const lists = users.map((u) => {
    const s = scores(u.user);
    if (s.length !== catalogueSize) {
      throw new InputError(
        `Recommender returned ${s.length} scores, expected ${catalogueSize}.`,
        'bad-shape',
      );
    }
    return topKIndices(s, k, { candidates: u.eligible }).indices;
  });
  return summariseLists(lists, users, k, catalogueSize);
}
