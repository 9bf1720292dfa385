/**
 * The done-criterion of the matching, on the committed sample with native DuckDB: on the hold-out of the latest
 * event (trained on everything before it), the hybrid beats popularity, random and content-only on NDCG@10 in both
 * directions, and is at least as good as content-only on cold-start exporters. Also checks the protocol itself:
 * nothing of the test event leaks into training, and the metrics are well-formed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataset } from '../../src/cli/open-dataset.ts';
import type { NodeEngine } from '../../src/data/engine/engine-native.node.ts';
import {
  EVALUATED_MODELS,
  evaluateMatching,
  type MatchingEvaluation,
} from '../../src/data/matching/evaluation.ts';
import { SAMPLE_DIR } from './helpers/dataset-fixtures.ts';

let engine: NodeEngine;
let r: MatchingEvaluation;
beforeAll(async () => {
  engine = await openDataset(SAMPLE_DIR);
  r = await evaluateMatching(engine);
}, 120_000);
afterAll(() => engine.close());

describe('evaluate-matching on the sample (hold-out: the latest event)', () => {
  it('holds out the 2024 fair and trains only on what came before it', async () => {
    expect(r.event.id).toBe('EV2024-CGF');
    expect(r.counts).toMatchObject({ exporters: 350, buyers: 270 });
    expect(r.counts.relevantPairs).toBeGreaterThan(900);
    // The training interactions exclude every match of the test event (all requested on its days).
    const [c] = await engine.query<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM matches WHERE event_id = 'EV2024-CGF' AND requested_at < TIMESTAMP '2024-06-19'`,
    );
    expect(c.n).toBe(0);
  });
  it('hybrid beats popularity, random and content-only on NDCG@10, exporters → buyers', () => {
    const m = r.models;
    for (const base of ['popularity', 'random', 'content'] as const)
      expect(m.hybrid.ndcg).toBeGreaterThan(m[base].ndcg);
  });
  it('hybrid beats popularity, random and content-only on NDCG@10, buyers → exporters', () => {
    const m = r.reverse;
    for (const base of ['popularity', 'random', 'content'] as const)
      expect(m.hybrid.ndcg).toBeGreaterThan(m[base].ndcg);
  });
  it('is at least as good as content-only on cold-start exporters', () => {
    expect(r.counts.coldExporters).toBeGreaterThan(50);
    expect(r.coldStart.hybrid.ndcg).toBeGreaterThanOrEqual(r.coldStart.content.ndcg);
  });
  it('reports every metric in [0, 1] for every model and slice', () => {
    for (const table of [r.models, r.reverse, r.coldStart]) {
      for (const m of EVALUATED_MODELS) {
        for (const k of [
          'precision',
          'recall',
          'ndcg',
          'map',
          'hit_rate',
          'coverage',
          'exposure_gini',
        ] as const) {
          expect(table[m][k]).toBeGreaterThanOrEqual(0);
          expect(table[m][k]).toBeLessThanOrEqual(1);
        }
      }
      expect(table.hybrid.users).toBeGreaterThan(0);
    }
  });
  it('the random top 10 shown to users spreads exposure more evenly than the deterministic ranking', () => {
    expect(r.models.sampled.exposure_gini).toBeLessThan(r.models.hybrid.exposure_gini);
    expect(r.models.sampled.ndcg).toBeGreaterThan(r.models.content.ndcg);
  });
});
