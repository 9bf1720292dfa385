/**
 * Runs the per-firm pair SQL and assembles the columnar form the core scores (PairFeatureColumns: one Float64Array
 * per fact, NaN for unknown), one block per focus party: the pair's product facts from the SQL, everything that
 * belongs to one party (history, wishes, stability, macro, web-log presence) or to a pair's history (outcomes,
 * behaviour) gathered from the model's party facts by directory index.
 */
import type { PairFeatureColumns } from '../../core/matching/index.ts';
import type { Engine, Value } from '../engine/engine.ts';
import { CandidateRows, TextColumnsSource } from './candidate-rows.ts';
import type { PartyType } from './matching-types.ts';
import { pairFeatureSql, type PairFeatureRow, type PairQuerySpec } from './pair-feature-sql.ts';
import type { PartyDirectory } from './party-directory.ts';
import { pairKey, type PairFact, type PartyFacts } from './party-facts.ts';

export interface FeatureBlock {
  readonly focusType: PartyType;
  readonly focusId: string;
  readonly candidates: CandidateRows;
  /** Directory index of each candidate (in the other side's table). */
  readonly candidateIndex: Int32Array;
  readonly features: PairFeatureColumns;
}

/** What fetchFeatureBlocks needs from the model: the directory and the party facts. */
export interface FeatureContext {
  readonly directory: PartyDirectory;
  readonly facts: PartyFacts;
}

/** The numeric facts of the pair SQL's rows (per-firm or whole-fair), column by column (NaN = NULL). */
export interface PairNumbers {
  readonly length: number;
  readonly interestDepth: Float64Array;
  readonly commonDepth: Float64Array;
  readonly unitPrice: Float64Array;
  readonly targetPrice: Float64Array;
  readonly wantedQty: Float64Array;
  readonly minOrderQty: Float64Array;
  readonly capacityQty: Float64Array;
  readonly eSearches: Float64Array;
  readonly bSearches: Float64Array;
}

/** The per-firm SQL result: the numeric facts plus each row's ids and HS codes as text. */
export interface PairColumns extends PairNumbers {
  readonly exporterId: readonly Value[];
  readonly buyerId: readonly Value[];
  readonly productHs: readonly Value[];
  readonly interestHs: readonly Value[];
}

const NUMERIC = {
  interestDepth: 'interest_depth',
  commonDepth: 'common_depth',
  unitPrice: 'unit_price',
  targetPrice: 'target_price',
  wantedQty: 'wanted_qty',
  minOrderQty: 'min_order_qty',
  capacityQty: 'capacity_qty',
  eSearches: 'e_searches',
  bSearches: 'b_searches',
} as const;

/**
 * Runs the per-firm SQL. Uses the engine's columnar result when it has one (no JS object per row: a fair's chunk
 * is 100,000+ rows), else converts the rows.
 */
export async function fetchPairColumns(engine: Engine, spec: PairQuerySpec): Promise<PairColumns> {
  const { sql, params } = pairFeatureSql(spec);
  if (engine.queryColumns) {
    const c = await engine.queryColumns(sql, params);
    const text = (k: string): Value[] => {
      const v = c[k];
      return Array.isArray(v) ? v : Array.from(v ?? [], (x) => (Number.isNaN(x) ? null : x));
    };
    const number = (k: string): Float64Array => {
      const v = c[k];
      if (v instanceof Float64Array) return v;
      return Float64Array.from(v ?? [], (x) => (x === null ? NaN : Number(x)));
    };
    const exporterId = text('exporter_id');
    return {
      length: exporterId.length,
      exporterId,
      buyerId: text('buyer_id'),
      productHs: text('product_hs'),
      interestHs: text('interest_hs'),
      ...(Object.fromEntries(Object.entries(NUMERIC).map(([k, col]) => [k, number(col)])) as Record<
        keyof typeof NUMERIC,
        Float64Array
      >),
    };
  }
  const rows = await engine.query<PairFeatureRow>(sql, params);
  const n = rows.length;
  const numeric = {} as Record<keyof typeof NUMERIC, Float64Array>;
  for (const [k, col] of Object.entries(NUMERIC) as [keyof typeof NUMERIC, keyof PairFeatureRow][]) {
    const a = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v = rows[i][col];
      a[i] = v === null || v === undefined ? NaN : Number(v);
    }
    numeric[k] = a;
  }
  return {
    length: n,
    exporterId: rows.map((r) => r.exporter_id),
    buyerId: rows.map((r) => r.buyer_id),
    productHs: rows.map((r) => r.product_hs),
    interestHs: rows.map((r) => r.interest_hs),
    ...numeric,
  };
}

/** One block per focus party (the SQL orders rows by focus, then candidate). */
export async function fetchFeatureBlocks(
  engine: Engine,
  ctx: FeatureContext,
  spec: PairQuerySpec,
): Promise<Map<string, FeatureBlock>> {
  return splitByFocus(spec, await fetchPairColumns(engine, spec), ctx);
}

/** Cuts the rows (ordered by focus party) into one block per focus party. */
export function splitByFocus(
  spec: PairQuerySpec,
  cols: PairColumns,
  ctx: FeatureContext,
): Map<string, FeatureBlock> {
  const focus = spec.focusType === 'exporter' ? cols.exporterId : cols.buyerId;
  const out = new Map<string, FeatureBlock>();
  let start = 0;
  for (let r = 1; r <= cols.length; r++) {
    if (r < cols.length && focus[r] === focus[start]) continue;
    const id = String(focus[start]);
    out.set(id, toBlock(spec.focusType, id, cols, start, r, ctx));
    start = r;
  }
  return out;
}

const BEHAVIOUR_KEYS = ['sessions', 'dwellSeconds', 'pageViews', 'clicks', 'saves', 'requests'] as const;

/** Rows start..end−1 of the columns (one focus party) as the core's PairFeatureColumns. */
export function toBlock(
  focusType: PartyType,
  focusId: string,
  cols: PairColumns,
  start: number,
  end: number,
  ctx: FeatureContext,
): FeatureBlock {
  const d = ctx.directory;
  const n = end - start;
  const eIdx = new Int32Array(n);
  const bIdx = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    eIdx[r] = d.exporters.index.get(String(cols.exporterId[start + r])) ?? -1;
    bIdx[r] = d.buyers.index.get(String(cols.buyerId[start + r])) ?? -1;
  }
  return {
    focusType,
    focusId,
    candidates: new CandidateRows(d, focusType, eIdx, bIdx, new TextColumnsSource(cols), start),
    candidateIndex: focusType === 'exporter' ? bIdx : eIdx,
    features: pairFeatures(cols, start, eIdx, bIdx, ctx),
  };
}

/**
 * The facts of rows start..start+n−1 (n = eIdx.length) gathered into PairFeatureColumns: the pair's product facts
 * from the SQL, the rest from the party facts by each row's exporter and buyer directory index (−1 = unknown).
 */
export function pairFeatures(
  cols: PairNumbers,
  start: number,
  eIdx: Int32Array,
  bIdx: Int32Array,
  ctx: FeatureContext,
): PairFeatureColumns {
  const { directory: d, facts } = ctx;
  const fe = facts.exporters;
  const fb = facts.buyers;
  const n = eIdx.length;
  // One pass with plain loops and preallocated columns: a fair's chunk is 100,000+ rows, and
  // Float64Array.from(iterable, fn) per column is several times slower.
  const f64 = () => new Float64Array(n);
  const c = {
    interestDepth: f64(),
    commonDepth: f64(),
    unitPrice: f64(),
    targetPrice: f64(),
    wantedQty: f64(),
    minOrderQty: f64(),
    capacityQty: f64(),
    exporterWish: f64(),
    originMatch: f64(),
    minFoundedYears: f64(),
    exporterFirmAge: f64(),
    needsCertification: f64(),
    exporterCertifications: f64(),
    buyerOutcomeSum: f64(),
    buyerOutcomeCount: f64(),
    exporterOutcomeSum: f64(),
    exporterOutcomeCount: f64(),
    pairOutcomeSum: f64(),
    pairOutcomeCount: f64(),
    exporterStability: f64(),
    buyerStability: f64(),
    fxChange: f64(),
    crisisLevel: f64(),
    importGrowth: f64(),
    oilChange: f64().fill(facts.world.oilChange),
    rawMaterialChange: f64().fill(facts.world.rawMaterialChange),
  };
  const behaviour = () => {
    const out = { hasLog: f64(), searches: f64() } as Record<string, Float64Array>;
    for (const k of BEHAVIOUR_KEYS) out[k] = f64();
    return out;
  };
  const eb = behaviour();
  const bb = behaviour();
  for (let r = 0; r < n; r++) {
    const q = start + r;
    const i = eIdx[r];
    const j = bIdx[r];
    // No best pair (product rule off, nothing shared): the buyer's deepest interest against "nothing in common".
    const depth = cols.interestDepth[q];
    const common = cols.commonDepth[q];
    c.interestDepth[r] = !Number.isNaN(depth) ? depth : j >= 0 ? fb.maxInterestDepth[j] : NaN;
    c.commonDepth[r] = !Number.isNaN(common) ? common : i >= 0 && fe.hasProducts[i] ? 0 : NaN;
    c.unitPrice[r] = cols.unitPrice[q];
    c.targetPrice[r] = cols.targetPrice[q];
    c.wantedQty[r] = cols.wantedQty[q];
    c.minOrderQty[r] = cols.minOrderQty[q];
    c.capacityQty[r] = cols.capacityQty[q];
    const country = j >= 0 ? d.buyers.countries[j] : null;
    const targets = i >= 0 ? fe.targets[i] : null;
    c.exporterWish[r] =
      targets === null ? NaN : country !== null && targets.has(country.toUpperCase()) ? 1 : 0;
    c.originMatch[r] = j >= 0 ? fb.originMatch[j] : NaN;
    c.minFoundedYears[r] = j >= 0 ? fb.minFoundedYears[j] : NaN;
    c.needsCertification[r] = j >= 0 ? fb.needsCertification[j] : NaN;
    c.buyerOutcomeSum[r] = j >= 0 ? fb.outcomeSum[j] : 0;
    c.buyerOutcomeCount[r] = j >= 0 ? fb.outcomeCount[j] : 0;
    c.fxChange[r] = j >= 0 ? fb.fxChange[j] : NaN;
    c.crisisLevel[r] = j >= 0 ? fb.crisisLevel[j] : NaN;
    c.importGrowth[r] = j >= 0 ? fb.importGrowth[j] : NaN;
    c.buyerStability[r] = j >= 0 ? d.buyers.stability[j] : NaN;
    c.exporterFirmAge[r] = i >= 0 ? fe.firmAge[i] : NaN;
    c.exporterCertifications[r] = i >= 0 ? fe.certifications[i] : NaN;
    c.exporterOutcomeSum[r] = i >= 0 ? fe.outcomeSum[i] : 0;
    c.exporterOutcomeCount[r] = i >= 0 ? fe.outcomeCount[i] : 0;
    c.exporterStability[r] = i >= 0 ? d.exporters.stability[i] : NaN;
    eb.hasLog[r] = i >= 0 ? fe.hasLog[i] : 0;
    bb.hasLog[r] = j >= 0 ? fb.hasLog[j] : 0;
    eb.searches[r] = Number.isNaN(cols.eSearches[q]) ? 0 : cols.eSearches[q];
    bb.searches[r] = Number.isNaN(cols.bSearches[q]) ? 0 : cols.bSearches[q];
    const pair: PairFact | undefined =
      i >= 0 && j >= 0 ? facts.pairs.get(pairKey(i, j, facts.nBuyers)) : undefined;
    if (pair) {
      c.pairOutcomeSum[r] = pair.outcomeSum;
      c.pairOutcomeCount[r] = pair.outcomeCount;
      const e = pair.exporterBehaviour;
      const b = pair.buyerBehaviour;
      for (const k of BEHAVIOUR_KEYS) {
        if (e) eb[k][r] = e[k];
        if (b) bb[k][r] = b[k];
      }
    }
  }
  type Behaviour = NonNullable<PairFeatureColumns['exporterBehaviour']>;
  return {
    length: n,
    ...c,
    exporterBehaviour: eb as unknown as Behaviour,
    buyerBehaviour: bb as unknown as Behaviour,
  };
}
