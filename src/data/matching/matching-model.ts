/**
 * Everything matching needs that does not depend on the chosen firm, built once per dataset and point in time:
 * the party directory (names, stability), the interaction matrix and the fitted collaborative model, and the past
 * exposure of every party. `lists()` then fetches the pair features of one firm (or a chunk of an event's
 * participants) in one SQL query and scores them (candidate-list.ts). The CLI, the app and the evaluation all go
 * through here, so they rank identically.
 */
import { InputError } from '../../core/errors.ts';
import {
  fitCollaborative,
  interactionCounts,
  type CfOptions,
  type CollaborativeModel,
  type InteractionMatrix,
} from '../../core/matching/index.ts';
import type { Engine } from '../engine/engine.ts';
import { CandidateRows } from './candidate-rows.ts';
import { buildCandidateList, type CandidateList, type CollaborativeContext } from './candidate-list.ts';
import { loadAlsKernel } from './cf-kernel.ts';
import { DEFAULT_CF_SETTINGS, type CfSettings } from './cf-settings.ts';
import { loadInteractionMatrix, loadPastExposure } from './interactions.ts';
import type { AsOf, EligibilityRules, MatchFilters, PartyType } from './matching-types.ts';
import { fetchFeatureBlocks, type FeatureBlock } from './pair-feature-columns.ts';
import type { PairQuerySpec } from './pair-feature-sql.ts';
import { loadPartyDirectory, partyTable, type PartyDirectory } from './party-directory.ts';
import { loadPartyFacts, type PartyFacts } from './party-facts.ts';
import { wholeFairLists } from './whole-fair-lists.ts';
import { fetchWholeFairColumns } from './whole-fair-pairs.ts';

export interface MatchingModel {
  readonly asOf: AsOf;
  readonly directory: PartyDirectory;
  readonly matrix: InteractionMatrix;
  readonly cf: CollaborativeContext;
  /** Facts of each party and sparse pair histories (party-facts.ts). */
  readonly facts: PartyFacts;
  /** Past exposure per directory index (interactions.ts loadPastExposure). */
  readonly pastExposure: { readonly exporters: Float64Array; readonly buyers: Float64Array };
  readonly settings: CfSettings;
  readonly fitMillis: number;
  /** Milliseconds per build stage (the benchmark's breakdown). */
  readonly stageMillis: Readonly<Record<MatchingModelStage, number>>;
}

/** The stages of a model build, in order (the app shows the current one: the fit can take seconds). */
export const MATCHING_MODEL_STAGES = ['directory', 'facts', 'interactions', 'exposure', 'fit'] as const;
export type MatchingModelStage = (typeof MATCHING_MODEL_STAGES)[number];

/** Fits the collaborative model; the app passes one that runs in a Web Worker (the fit takes seconds at scale). */
export type CfFitter = (matrix: InteractionMatrix, options: CfOptions) => Promise<CollaborativeModel>;

/** Fits here; a CG ALS fit runs on the WebAssembly kernel when it loads (cf-kernel.ts). */
export const fitInProcess: CfFitter = async (matrix, options) =>
  options.kind === 'als' && (options.solver ?? 'cg') === 'cg' && !options.kernel
    ? fitCollaborative(matrix, { ...options, kernel: await loadAlsKernel() })
    : fitCollaborative(matrix, options);

export async function buildMatchingModel(
  engine: Engine,
  asOf: AsOf,
  settings: CfSettings = DEFAULT_CF_SETTINGS,
  fit: CfFitter = fitInProcess,
  onStage?: (stage: MatchingModelStage) => void,
): Promise<MatchingModel> {
  const stageMillis = {} as Record<MatchingModelStage, number>;
  const stage = async <T>(name: MatchingModelStage, run: () => Promise<T>): Promise<T> => {
    onStage?.(name);
    const t0 = performance.now();
    const out = await run();
    stageMillis[name] = performance.now() - t0;
    return out;
  };
  const directory = await stage('directory', () => loadPartyDirectory(engine, asOf.year));
  const facts = await stage('facts', () => loadPartyFacts(engine, directory, asOf));
  const matrix = await stage('interactions', () =>
    loadInteractionMatrix(engine, directory, asOf.cutoff, settings.interactions),
  );
  const pastExposure = await stage('exposure', () => loadPastExposure(engine, directory, asOf.cutoff));
  const model: CollaborativeModel | null = await stage('fit', async () =>
    matrix.nnz > 0 ? await fit(matrix, settings.model) : null,
  );
  const fitMillis = stageMillis.fit;
  return {
    asOf,
    directory,
    facts,
    matrix,
    cf: { model, counts: interactionCounts(matrix), kappa: settings.kappa },
    pastExposure,
    settings,
    fitMillis,
    stageMillis,
  };
}

/** Directory index of a party, or an InputError that names the unknown id. */
export function partyIndex(model: MatchingModel, type: PartyType, id: string): number {
  const i = partyTable(model.directory, type).index.get(id);
  if (i === undefined) {
    throw new InputError(
      `Unknown ${type} id '${id}': no such row in ${type}s. Check the id, or search the firm by its name.`,
      'unknown-id',
    );
  }
  return i;
}

/**
 * Candidate lists for the focus parties (all must exist), in the order given. A focus party with no eligible
 * counterpart gets an empty list (length 0), never an error: empty-list-reason.ts explains it.
 * One firm: the per-firm pair SQL. Many (a fair's participants, the evaluation): the set-based statement of
 * whole-fair-pairs.ts, one per WHOLE_FAIR_CHUNK focus parties (five at a 5,000-exporter fair): larger statements
 * measured slower overall, because the scoring's garbage grows with the batch (2,500: 39 s, 1,000: 34 s for the
 * 5,000 × 5,000 fair). The lists are the same as the per-firm path's (tested).
 */
export async function candidateLists(
  engine: Engine,
  model: MatchingModel,
  focusType: PartyType,
  focusIds: readonly string[],
  rules: EligibilityRules,
  filters: MatchFilters,
): Promise<CandidateList[]> {
  if (focusIds.length <= 1 || !engine.queryColumns)
    return perFirmCandidateLists(engine, model, focusType, focusIds, rules, filters);
  const indices = focusIds.map((id) => partyIndex(model, focusType, id));
  const out: CandidateList[] = [];
  for (let s = 0; s < focusIds.length; s += WHOLE_FAIR_CHUNK) {
    const ids = focusIds.slice(s, s + WHOLE_FAIR_CHUNK);
    const spec = { focusType, focusIds: ids, rules, filters, asOf: model.asOf };
    const cols = await fetchWholeFairColumns(engine, model.directory, spec);
    out.push(...wholeFairLists(cols, focusType, ids, indices.slice(s, s + WHOLE_FAIR_CHUNK), model));
  }
  return out;
}

/** Focus parties per set-based statement (see candidateLists). */
export const WHOLE_FAIR_CHUNK = 1000;

/**
 * The per-firm pair SQL (pair-feature-sql.ts) in chunks of `chunkSize` focus parties: the path of a single list,
 * and the reference the set-based path is tested and benchmarked against.
 */
export async function perFirmCandidateLists(
  engine: Engine,
  model: MatchingModel,
  focusType: PartyType,
  focusIds: readonly string[],
  rules: EligibilityRules,
  filters: MatchFilters,
  chunkSize = 200,
): Promise<CandidateList[]> {
  return chunkedLists(model, focusType, focusIds, rules, filters, chunkSize, (spec) =>
    fetchFeatureBlocks(engine, model, spec),
  );
}

async function chunkedLists(
  model: MatchingModel,
  focusType: PartyType,
  focusIds: readonly string[],
  rules: EligibilityRules,
  filters: MatchFilters,
  chunkSize: number,
  fetch: (spec: PairQuerySpec) => Promise<Map<string, FeatureBlock>>,
): Promise<CandidateList[]> {
  const indices = focusIds.map((id) => partyIndex(model, focusType, id));
  const out: CandidateList[] = [];
  for (let s = 0; s < focusIds.length; s += chunkSize) {
    const ids = focusIds.slice(s, s + chunkSize);
    const blocks = await fetch({ focusType, focusIds: ids, rules, filters, asOf: model.asOf });
    ids.forEach((id, j) => {
      const block = blocks.get(id) ?? {
        focusType,
        focusId: id,
        candidates: CandidateRows.empty(model.directory, focusType),
        candidateIndex: new Int32Array(0),
        features: { length: 0 },
      };
      out.push(buildCandidateList(block, indices[s + j], model.cf));
    });
  }
  return out;
}

export async function candidateList(
  engine: Engine,
  model: MatchingModel,
  focusType: PartyType,
  focusId: string,
  rules: EligibilityRules,
  filters: MatchFilters,
): Promise<CandidateList> {
  const [list] = await candidateLists(engine, model, focusType, [focusId], rules, filters);
  return list;
}
