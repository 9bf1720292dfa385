/**
 * Offline evaluation of the matching (docs/matching-method.md#8-evaluation--metricsts-evaluatets-baselinests; `cli
 * evaluate-matching` and the evaluation page): temporal hold-out by event. Everything is trained on what was known
 * before the event started (matches resolved and web-log events before its first day: events.ts eventAsOf), and
 * tested on the pairs that were accepted, met or contracted at the event. Every participant gets a full ranking of
 * the eligible participants of the other side (no sampled negatives); the top k is scored with the core metrics.
 * Models side by side, ranked by the same code:
 *   hybrid      content + collaborative blended by n/(n+κ)     (what the product shows, before the random draw)
 *   content     the same sub-scores without the collaborative column
 *   cf          collaborative score only
 *   popularity  distinct counterparts in the training interactions
 *   random      seeded uniform scores
 * plus, for staff, `sampled`: the product's random top 10 with the exposure boost (what users really see).
 * Both directions (buyers recommended to exporters; exporters to buyers) and the cold-start slices (parties with
 * no match before the event).
 */
import { InputError } from '../../core/errors.ts';
import {
  popularityScores,
  randomScores,
  summariseLists,
  topKIndices,
  type EvaluationUser,
  type MatchWeights,
  type MetricSummary,
} from '../../core/matching/index.ts';
import type { Engine } from '../engine/engine.ts';
import type { CandidateList } from './candidate-list.ts';
import { DEFAULT_CF_SETTINGS, type CfSettings } from './cf-settings.ts';
import { eventAsOf, findEvent, listEvents, type EventInfo } from './events.ts';
import { buildMatchingModel, candidateLists, type CfFitter, type MatchingModel } from './matching-model.ts';
import { DEFAULT_RULES, type EligibilityRules, type PartyType } from './matching-types.ts';
import { DEFAULT_SAMPLING, recommend } from './recommend.ts';

export const EVALUATED_MODELS = ['hybrid', 'random', 'popularity', 'content', 'cf'] as const;
export type EvaluatedModel = (typeof EVALUATED_MODELS)[number];
export type ModelTable = Record<EvaluatedModel | 'sampled', MetricSummary>;

export interface MatchingEvaluation {
  readonly k: number;
  readonly event: EventInfo;
  /** Buyers recommended to exporters. */
  readonly models: ModelTable;
  /** Exporters recommended to buyers. */
  readonly reverse: ModelTable;
  /** Exporters with no match before the event. */
  readonly coldStart: ModelTable;
  /** Buyers with no match before the event. */
  readonly coldStartReverse: ModelTable;
  readonly counts: {
    readonly exporters: number;
    readonly buyers: number;
    readonly coldExporters: number;
    readonly coldBuyers: number;
    readonly relevantPairs: number;
    readonly trainingInteractions: number;
  };
  readonly cf: CfSettings;
  readonly millis: number;
}

export interface EvaluateOptions {
  readonly eventId?: string | null;
  readonly k?: number;
  readonly settings?: CfSettings;
  readonly rules?: EligibilityRules;
  readonly weights?: MatchWeights;
  /** Seed of the random baseline and of the sampled lists. */
  readonly seed?: number;
  /** Where the collaborative model is fitted (the app: a Web Worker). */
  readonly fit?: CfFitter;
}

/** The hold-out set of one event: the model trained before it, every participant's list, the true outcomes. */
export interface PreparedEvaluation {
  readonly event: EventInfo;
  readonly model: MatchingModel;
  readonly exporterLists: readonly CandidateList[];
  readonly buyerLists: readonly CandidateList[];
  readonly exporterIds: readonly string[];
  readonly buyerIds: readonly string[];
  /** Accepted / met / contracted counterparts at the event, per exporter and per buyer. */
  readonly relevantForExporter: ReadonlyMap<string, ReadonlySet<string>>;
  readonly relevantForBuyer: ReadonlyMap<string, ReadonlySet<string>>;
  /** 'exporter:ID' / 'buyer:ID' of parties with a match before the event. */
  readonly warm: ReadonlySet<string>;
  readonly relevantPairs: number;
}

export async function prepareEvaluation(
  engine: Engine,
  options: Pick<EvaluateOptions, 'eventId' | 'settings' | 'rules' | 'fit'> = {},
): Promise<PreparedEvaluation> {
  const events = await listEvents(engine);
  if (events.length === 0) {
    throw new InputError(
      'The dataset has no events: the evaluation holds out one event (train before it, test on it). Add events, event_participants and matches with event_id.',
      'no-events',
    );
  }
  const event = options.eventId ? findEvent(events, options.eventId) : events[events.length - 1];
  const asOf = eventAsOf(event);
  const model = await buildMatchingModel(engine, asOf, options.settings ?? DEFAULT_CF_SETTINGS, options.fit);
  const participants = await engine.query<{ party_type: PartyType; party_id: string }>(
    `SELECT DISTINCT party_type, party_id FROM event_participants WHERE event_id = ? ORDER BY party_type, party_id`,
    [event.id],
  );
  const exporterIds = participants
    .filter((p) => p.party_type === 'exporter' && known(model, 'exporter', p.party_id))
    .map((p) => p.party_id);
  const buyerIds = participants
    .filter((p) => p.party_type === 'buyer' && known(model, 'buyer', p.party_id))
    .map((p) => p.party_id);
  if (exporterIds.length === 0 || buyerIds.length === 0) {
    throw new InputError(
      `Event '${event.id}' has ${exporterIds.length} exporter and ${buyerIds.length} buyer participants: nothing to evaluate. Choose an event with participants on both sides (event_participants).`,
      'empty-event',
    );
  }
  const positives = await engine.query<{ exporter_id: string; buyer_id: string }>(
    `SELECT DISTINCT exporter_id, buyer_id FROM matches
     WHERE event_id = ? AND status IN ('accepted', 'met', 'contracted')`,
    [event.id],
  );
  if (positives.length === 0) {
    throw new InputError(
      `Event '${event.id}' has no accepted, met or contracted match to test on. Choose an event whose outcomes are recorded.`,
      'no-outcomes',
    );
  }
  const hadMatch = await engine.query<{ t: PartyType; id: string }>(
    `SELECT DISTINCT 'exporter' AS t, exporter_id AS id FROM matches WHERE requested_at < CAST(? AS TIMESTAMP)
     UNION SELECT DISTINCT 'buyer', buyer_id FROM matches WHERE requested_at < CAST(? AS TIMESTAMP)`,
    [asOf.cutoff, asOf.cutoff],
  );
  const rules = options.rules ?? DEFAULT_RULES;
  const filters = { eventId: event.id };
  const relevantForExporter = new Map<string, Set<string>>();
  const relevantForBuyer = new Map<string, Set<string>>();
  for (const p of positives) {
    add(relevantForExporter, p.exporter_id, p.buyer_id);
    add(relevantForBuyer, p.buyer_id, p.exporter_id);
  }
  return {
    event,
    model,
    exporterLists: await candidateLists(engine, model, 'exporter', exporterIds, rules, filters),
    buyerLists: await candidateLists(engine, model, 'buyer', buyerIds, rules, filters),
    exporterIds,
    buyerIds,
    relevantForExporter,
    relevantForBuyer,
    warm: new Set(hadMatch.map((r) => `${r.t}:${r.id}`)),
    relevantPairs: positives.length,
  };
}

/** Scores a prepared hold-out: every model, both directions, and the cold-start slices. */
export function scoreEvaluation(
  p: PreparedEvaluation,
  options: Pick<EvaluateOptions, 'k' | 'weights' | 'seed'> = {},
): Omit<MatchingEvaluation, 'cf' | 'millis'> {
  const k = options.k ?? 10;
  const seed = options.seed ?? 20240619;
  const weights = options.weights ?? {};
  const cold = (type: PartyType) => (id: string) => !p.warm.has(`${type}:${id}`);
  const fwd = (only?: (id: string) => boolean) =>
    evaluateDirection(p.model, p.exporterLists, p.buyerIds, p.relevantForExporter, k, weights, seed, only);
  const bwd = (only?: (id: string) => boolean) =>
    evaluateDirection(p.model, p.buyerLists, p.exporterIds, p.relevantForBuyer, k, weights, seed, only);
  return {
    k,
    event: p.event,
    models: fwd(),
    reverse: bwd(),
    coldStart: fwd(cold('exporter')),
    coldStartReverse: bwd(cold('buyer')),
    counts: {
      exporters: p.exporterIds.length,
      buyers: p.buyerIds.length,
      coldExporters: p.exporterIds.filter(cold('exporter')).length,
      coldBuyers: p.buyerIds.filter(cold('buyer')).length,
      relevantPairs: p.relevantPairs,
      trainingInteractions: p.model.matrix.nnz,
    },
  };
}

export async function evaluateMatching(
  engine: Engine,
  options: EvaluateOptions = {},
): Promise<MatchingEvaluation> {
  const t0 = performance.now();
  const k = options.k ?? 10;
  if (!Number.isInteger(k) || k < 1 || k > 100) {
    throw new InputError(`k must be an integer in 1..100, got ${String(k)}.`, 'bad-parameter');
  }
  const prepared = await prepareEvaluation(engine, options);
  return {
    ...scoreEvaluation(prepared, options),
    cf: prepared.model.settings,
    millis: performance.now() - t0,
  };
}

function known(model: MatchingModel, type: PartyType, id: string): boolean {
  return (type === 'exporter' ? model.directory.exporters : model.directory.buyers).index.has(id);
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  let s = map.get(key);
  if (!s) map.set(key, (s = new Set()));
  s.add(value);
}

/**
 * One direction: each list's candidates are placed in the catalogue (the other side's participants), every model
 * scores them, and the top k of the eligible ones are summarised. `only` keeps a slice of the users (cold start).
 */
export function evaluateDirection(
  model: MatchingModel,
  lists: readonly CandidateList[],
  catalogue: readonly string[],
  relevant: ReadonlyMap<string, ReadonlySet<string>>,
  k: number,
  weights: MatchWeights,
  seed: number,
  only?: (focusId: string) => boolean,
): ModelTable {
  const position = new Map(catalogue.map((id, i) => [id, i]));
  const m = catalogue.length;
  const used = lists.filter((l) => !only || only(l.focusId));
  const users: EvaluationUser[] = used.map((l, u) => ({
    user: u,
    relevant: new Set([...(relevant.get(l.focusId) ?? [])].map((id) => position.get(id) ?? -1)),
  }));
  const popularity = (type: PartyType) =>
    popularityScores(model.matrix, type === 'exporter' ? 'cols' : 'rows');
  const popE = popularity('exporter');
  const popB = popularity('buyer');
  const rank = (score: (l: CandidateList, u: number) => ArrayLike<number>): Int32Array[] =>
    used.map((l, u) => {
      const s = score(l, u);
      const cat = new Float64Array(m).fill(NaN);
      const eligible: number[] = [];
      for (let i = 0; i < l.candidates.length; i++) {
        const p = position.get(l.candidates.id(i));
        if (p === undefined) continue;
        cat[p] = s[i];
        eligible.push(p);
      }
      return topKIndices(cat, k, { candidates: eligible }).indices;
    });
  const summary = (lists2: Int32Array[]) => summariseLists(lists2, users, k, m);
  return {
    hybrid: summary(rank((l) => l.ranker.scoreAll(weights))),
    content: summary(rank((l) => l.contentRanker.scoreAll(weights))),
    cf: summary(rank((l) => l.cf)),
    popularity: summary(
      rank((l) => {
        const pop = l.focusType === 'exporter' ? popE : popB;
        return Float64Array.from(l.candidateIndex, (j) => (j >= 0 ? pop[j] : 0));
      }),
    ),
    random: summary(rank((l, u) => randomScores(l.candidates.length, seed, u))),
    sampled: summary(
      used.map((l, u) => {
        const exposure =
          l.focusType === 'exporter' ? model.pastExposure.buyers : model.pastExposure.exporters;
        const items = recommend(l, weights, { ...DEFAULT_SAMPLING, k, seed: seed + u }, exposure);
        return Int32Array.from(items, (it) => position.get(it.id) ?? -1).filter((p) => p >= 0);
      }),
    ),
  };
}
