/**
 * Reads the statsmodels reference fixtures (tests/fixtures/logit/, written by make_reference.py): the dataset
 * CSV (plain numeric, no quoting: a split is enough, and keeps the tests independent of the CLI's parser) and
 * the reference JSON.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/logit/', import.meta.url));

export interface ReferenceCoefficient {
  name: string;
  estimate: number;
  std_error: number;
  z: number;
  p: number;
  ci_lower: number;
  ci_upper: number;
}

export interface ReferenceFit {
  n: number;
  coefficients: ReferenceCoefficient[];
  log_likelihood: number;
  ll_null: number;
  aic: number;
  bic: number;
  mcfadden_r2: number;
  llr_pvalue: number;
  iterations: number;
  converged: boolean;
  warnings: string[];
}

export interface ReferenceDescription {
  n: number;
  mean: number;
  sd: number;
  median: number;
  q1: number;
  q3: number;
  min: number;
  max: number;
}

export interface Reference {
  dataset: string;
  y: string;
  x: string[];
  note: string;
  statsmodels: ReferenceFit | { error: string; message: string; warnings: string[] };
  metrics?: { auc: number; ks: number; brier: number };
  screening?: {
    name: string;
    pearson_r: number;
    pearson_p: number;
    vif: number;
    welch_t: number;
    welch_df: number;
    welch_p: number;
    smd: number;
    y1: ReferenceDescription;
    y0: ReferenceDescription;
  }[];
  limit_without_flag?: { rows_used: number; rows_perfectly_predicted: number; statsmodels: ReferenceFit };
}

export const REGULAR_DATASETS = ['spector', 'small', 'correlated', 'rare', 'wide'] as const;

export function loadReference(name: string): Reference {
  return JSON.parse(readFileSync(`${FIXTURE_DIR}${name}.json`, 'utf8')) as Reference;
}

export function loadDataset(name: string): { columns: Map<string, Float64Array>; n: number } {
  const lines = readFileSync(`${FIXTURE_DIR}${name}.csv`, 'utf8').trim().split('\n');
  const header = lines[0].split(',');
  const rows = lines.slice(1).map((l) => l.split(',').map(Number));
  const columns = new Map(header.map((h, c) => [h, Float64Array.from(rows, (r) => r[c])]));
  return { columns, n: rows.length };
}

/** The fit's inputs for a reference: predictor columns in order and the outcome. */
export function fitInputs(ref: Reference): { columns: Float64Array[]; y: Float64Array } {
  const { columns } = loadDataset(ref.dataset.replace(/\.csv$/, ''));
  const get = (name: string): Float64Array => {
    const c = columns.get(name);
    if (!c) throw new Error(`fixture ${ref.dataset} has no column ${name}`);
    return c;
  };
  return { columns: ref.x.map(get), y: get(ref.y) };
}

export function isFit(fit: Reference['statsmodels']): fit is ReferenceFit {
  return 'coefficients' in fit;
}

/** |a − b| / |b| (absolute when b = 0). */
export function relativeError(a: number, b: number): number {
  return b === 0 ? Math.abs(a) : Math.abs(a - b) / Math.abs(b);
}
