/**
 * What the exposure boost does at a fair, for staff (공정한 기회 제공): every participant on one side gets its
 * random top 10 (recommend-all.ts) once with the boost and once without, and the resulting exposure of the other
 * side's participants is compared — Gini coefficient (0 = everyone shown equally), Lorenz curve and the share of
 * participants never shown.
 */
import { gini, lorenzCurve, type LorenzPoint, type MatchWeights } from '../../core/matching/index.ts';
import type { Engine } from '../engine/engine.ts';
import { candidateLists, type MatchingModel } from './matching-model.ts';
import { otherSide, type EligibilityRules, type PartyType } from './matching-types.ts';
import type { SamplingSettings } from './recommend.ts';
import { recommendAll } from './recommend-all.ts';

export interface ExposureOutcome {
  readonly gini: number;
  readonly lorenz: LorenzPoint[];
  /** Share of the other side's participants that appear in no list. */
  readonly neverShown: number;
  /** Exposure per participant of the other side (same order as `catalogue`). */
  readonly counts: Float64Array;
}

export interface FairExposureSimulation {
  readonly type: PartyType;
  readonly eventId: string;
  readonly lists: number;
  readonly catalogue: readonly string[];
  readonly withBoost: ExposureOutcome;
  readonly withoutBoost: ExposureOutcome;
  readonly millis: number;
}

export async function simulateFairExposure(
  engine: Engine,
  model: MatchingModel,
  eventId: string,
  type: PartyType,
  rules: EligibilityRules,
  weights: MatchWeights,
  sampling: SamplingSettings,
): Promise<FairExposureSimulation> {
  const t0 = performance.now();
  const rows = await engine.query<{ party_type: PartyType; party_id: string }>(
    `SELECT DISTINCT party_type, party_id FROM event_participants WHERE event_id = ? ORDER BY party_type, party_id`,
    [eventId],
  );
  const own = type === 'exporter' ? model.directory.exporters : model.directory.buyers;
  const other = type === 'exporter' ? model.directory.buyers : model.directory.exporters;
  const focus = rows.filter((r) => r.party_type === type && own.index.has(r.party_id)).map((r) => r.party_id);
  const catalogue = rows
    .filter((r) => r.party_type === otherSide(type) && other.index.has(r.party_id))
    .map((r) => r.party_id);
  const lists = await candidateLists(engine, model, type, focus, rules, { eventId });
  const past = type === 'exporter' ? model.pastExposure.buyers : model.pastExposure.exporters;
  const outcome = (lambda: number): ExposureOutcome => {
    const exposure = Float64Array.from(past);
    recommendAll(lists, weights, { ...sampling, boostLambda: lambda }, exposure);
    const counts = Float64Array.from(catalogue, (id) => {
      const j = other.index.get(id) as number;
      return exposure[j] - past[j];
    });
    return {
      gini: gini(counts),
      lorenz: lorenzCurve(counts),
      neverShown: counts.length ? counts.filter((c) => c === 0).length / counts.length : 0,
      counts,
    };
  };
  return {
    type,
    eventId,
    lists: lists.length,
    catalogue,
    withBoost: outcome(sampling.boostLambda),
    withoutBoost: outcome(0),
    millis: performance.now() - t0,
  };
}
