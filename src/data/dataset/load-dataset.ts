/**
 * Loads a planned dataset into a fresh DuckDB schema, validates it, and only then makes it the active
 * one. A dataset that fails (unreadable files, contract errors, cancel) is dropped whole, so what the
 * user had loaded before stays as it was: nothing is ever half-replaced.
 *
 * How bytes become a table is injected (`insertFile`): the browser decodes Parquet in a worker and
 * inserts Arrow into DuckDB-WASM; the CLI lets native DuckDB read the file.
 */
import { CancelledError, InputError, isInputError } from '../../core/errors.ts';
import { ident, type Engine, type QualifiedName } from '../engine/engine.ts';
import { conformDataset } from '../validate/conform-dataset.ts';
import { validateDataset, type LoadedTable } from '../validate/validate-dataset.ts';
import { makeReport, type Finding, type ValidationReport } from '../validate/validation-report.ts';
import type { ByteProgress, DatasetFile, DatasetPlan } from './dataset-plan.ts';
import { readParquetFooter } from '../parquet/parquet-footer.ts';
import { CapacityCheck, isTooLargeForBrowser, type BrowserCapacity } from './browser-capacity.ts';
import { prefetchFiles } from './prefetch-files.ts';
import { sha256Hex } from './sha256.ts';
import { datasetIdentity, type TableDigest } from './dataset-identity.ts';
import { replayable, validationKey, type ValidationCache } from './validation-cache.ts';

/** `fetched`: downloaded, waiting for its turn to be decoded and inserted. */
export type FileStep = 'waiting' | 'fetching' | 'fetched' | 'decoding' | 'inserting' | 'done' | 'failed';

export interface FileProgress {
  table: string;
  fileName: string;
  step: FileStep;
  bytes: ByteProgress;
  rows?: number;
  error?: string;
}

export interface LoadProgress {
  phase: 'loading' | 'validating' | 'done';
  /** False while the engine is still starting (the files download meanwhile). */
  engineReady: boolean;
  files: FileProgress[];
  /** The contract checks were not run again: the same bytes were checked before (validation-cache.ts). */
  checksReused?: boolean;
}

/** Resolves to the number of rows inserted (the file's footer count; validation counts them again). */
export type InsertFile = (
  file: DatasetFile,
  bytes: Uint8Array,
  target: QualifiedName,
  ctx: { signal?: AbortSignal; onStep: (step: 'decoding' | 'inserting') => void },
) => Promise<number>;

export interface LoadOptions {
  /** The engine, or the promise of it: the files start downloading while it starts. */
  engine: Engine | Promise<Engine>;
  insertFile: InsertFile;
  signal?: AbortSignal;
  onProgress?: (p: LoadProgress) => void;
  /** The schema of the dataset in use now; dropped only after the new one is activated. */
  previousSchema?: string;
  currentYear?: number;
  /** Validate only the given tables (one file from the CLI). */
  partial?: boolean;
  /** Files downloaded ahead of the inserts (default 6, a browser's connections per host). */
  prefetch?: number;
  /** The browser's limits: a larger dataset is refused before its files are downloaded or decoded. */
  capacity?: BrowserCapacity;
  /** Reports kept by the bytes they were computed from: unchanged bytes are not checked again. */
  validations?: ValidationCache;
}

export interface LoadResult {
  plan: DatasetPlan;
  report: ValidationReport;
  /** Schema holding the new dataset when activated; undefined when it was refused. */
  schema?: string;
  activated: boolean;
  /** The dataset's identity (dataset-identity.ts) when activated: what per-dataset stores are keyed by. */
  identity?: string;
  /** The report came from an earlier check of the same bytes (LoadOptions.validations). */
  checksReused: boolean;
  millis: number;
}

let schemaCounter = 0;

export async function loadDataset(plan: DatasetPlan, opts: LoadOptions): Promise<LoadResult> {
  const started = performance.now();
  const { signal } = opts;
  const schema = `ds_${Date.now().toString(36)}_${++schemaCounter}`;
  const progress: LoadProgress = {
    phase: 'loading',
    engineReady: !(opts.engine instanceof Promise),
    files: plan.files.map((f) => ({
      table: f.table,
      fileName: f.fileName,
      step: 'waiting',
      bytes: { loaded: 0, total: f.size },
    })),
  };
  const emit = () =>
    opts.onProgress?.({
      phase: progress.phase,
      engineReady: progress.engineReady,
      files: progress.files.map((f) => ({ ...f })),
      checksReused: progress.checksReused,
    });
  // From the manifest's row counts, before a single data file is downloaded.
  const capacity = opts.capacity ? new CapacityCheck(opts.capacity) : null;
  for (const f of plan.files)
    if (f.expectedRows !== undefined) capacity?.add(f.table, f.expectedRows, { from: 'manifest' });
  emit();
  // Reads stop when the load ends early (an error, a dataset found too large); the caller's cancel too.
  const reads = new AbortController();
  const stopReads = () => reads.abort();
  signal?.addEventListener('abort', stopReads, { once: true });
  const prefetch = prefetchFiles(plan.files, {
    ahead: opts.prefetch ?? 6,
    signal: reads.signal,
    onStart: (i) => {
      progress.files[i].step = 'fetching';
      emit();
    },
    onBytes: (i, b) => {
      progress.files[i].bytes = b;
      emit();
    },
    onRead: (i) => {
      if (progress.files[i].step !== 'fetching') return;
      progress.files[i].step = 'fetched';
      emit();
    },
  });
  // A file is admitted once, in order: read, hashed, checked against the manifest's hash and, for a table the
  // manifest gives no count for, its footer's rows counted against the browser's limits.
  const admitted: Promise<{ bytes: Uint8Array; actual: string }>[] = [];
  const admit = (i: number) => {
    admitted[i] ??= (async () => {
      const file = plan.files[i];
      const bytes = await prefetch.take(i);
      // Every file is hashed, with or without a manifest hash: the digests make the dataset's identity.
      const actual = await sha256Hex(bytes);
      if (file.sha256 && actual !== file.sha256) {
        throw new InputError(
          `${file.fileName}: the file's SHA-256 (${actual.slice(0, 12)}…) does not match the manifest (${file.sha256.slice(0, 12)}…) — the file changed or is damaged; re-export it or update the manifest`,
          'sha256-mismatch',
        );
      }
      if (capacity && file.expectedRows === undefined) {
        const rows = footerRows(bytes, file.fileName);
        if (rows !== undefined) capacity.add(file.table, rows, { from: 'footer', fileName: file.fileName });
      }
      return { bytes, actual };
    })();
    admitted[i].catch(() => undefined); // reported by the insert loop when the file's turn comes
    return admitted[i];
  };
  // While the engine starts, the files that arrive are admitted, so that a footer over the limits refuses the
  // dataset at once instead of after the engine's start. Other failures wait for the file's turn.
  let engineUp = false;
  const admitEarly = async (): Promise<never> => {
    for (let i = 0; i < Math.min(plan.files.length, opts.prefetch ?? 6) && !engineUp; i++) {
      const refused = await admit(i).then(
        () => null,
        (e: unknown) => (isInputError(e) && isTooLargeForBrowser(e.code) ? e : undefined),
      );
      if (refused) throw refused;
      if (refused === undefined) break;
    }
    return new Promise<never>(() => undefined); // only a refusal ends the race before the engine
  };
  const engine = await Promise.race([Promise.resolve(opts.engine), capacity ? admitEarly() : opts.engine])
    .catch((e: unknown) => {
      stopReads();
      throw e;
    })
    .finally(() => (engineUp = true));
  progress.engineReady = true;
  emit();
  await engine.exec(`CREATE SCHEMA ${ident(schema)}`);
  const fileFindings: Finding[] = plan.skipped.map((s) => ({
    severity: 'warning',
    rule: 'unknown-table',
    table: s.fileName,
    file: s.fileName,
    count: 1,
    message: `ignored: ${s.reason}`,
    detail: { id: 'ignored-file', params: { reason: s.reason } },
    examples: [],
  }));
  const loaded: LoadedTable[] = [];
  const digests: TableDigest[] = [];
  try {
    for (let i = 0; i < plan.files.length; i++) {
      const file = plan.files[i];
      const fp = progress.files[i];
      try {
        if (signal?.aborted) throw new CancelledError();
        const { bytes, actual } = await admit(i);
        fp.rows = await opts.insertFile(
          file,
          bytes,
          { schema, table: file.table },
          {
            signal,
            onStep: (step) => {
              fp.step = step;
              emit();
            },
          },
        );
        fp.step = 'done';
        performance.mark('export-intel:file-inserted', { detail: file.fileName });
        loaded.push({ table: file.table, file: file.fileName, expectedRows: file.expectedRows });
        digests.push({ table: file.table, sha256: actual });
      } catch (e) {
        if (e instanceof CancelledError || signal?.aborted) throw new CancelledError();
        if (!isInputError(e) || isTooLargeForBrowser(e.code)) throw e;
        fp.step = 'failed';
        fp.error = e.message;
        fileFindings.push({
          severity: 'error',
          rule: 'unreadable-file',
          table: file.table,
          file: file.fileName,
          count: 1,
          message: e.message,
          examples: [],
        });
      }
      emit();
    }
    performance.mark('export-intel:files-inserted');
    progress.phase = 'validating';
    emit();
    const validated = await checkContract(engine, schema, loaded, digests, opts, () => {
      progress.checksReused = true;
      performance.mark('export-intel:validation-reused');
    });
    // A table whose file could not be read is already reported as unreadable; don't also call it missing.
    const unreadable = new Set(fileFindings.filter((f) => f.rule === 'unreadable-file').map((f) => f.table));
    const findings = [
      ...fileFindings,
      ...validated.errors.filter((f) => !(f.rule === 'missing-table' && unreadable.has(f.table))),
      ...validated.warnings,
    ];
    const report = makeReport(findings, validated.tables);
    performance.mark('export-intel:validated');
    if (report.ok) {
      await conformDataset(
        engine,
        schema,
        loaded.map((l) => l.table),
        report.warnings,
      );
      await engine.exec(`USE ${ident(schema)}`);
      if (opts.previousSchema) await dropSchema(engine, opts.previousSchema);
    } else {
      await dropSchema(engine, schema);
    }
    progress.phase = 'done';
    emit();
    return {
      plan,
      report,
      schema: report.ok ? schema : undefined,
      activated: report.ok,
      identity: report.ok ? await datasetIdentity(digests) : undefined,
      checksReused: progress.checksReused === true,
      millis: performance.now() - started,
    };
  } catch (e) {
    await dropSchema(engine, schema).catch(() => undefined);
    throw e;
  } finally {
    stopReads();
    signal?.removeEventListener('abort', stopReads);
  }
}

/** The contract checks, or the report of an earlier check of the same bytes when one is kept. */
async function checkContract(
  engine: Engine,
  schema: string,
  loaded: readonly LoadedTable[],
  digests: readonly TableDigest[],
  opts: LoadOptions,
  onReused: () => void,
): Promise<ValidationReport> {
  const options = {
    currentYear: opts.currentYear ?? new Date().getFullYear(),
    partial: opts.partial ?? false,
  };
  const cache = opts.validations;
  if (!cache) return validateDataset(engine, schema, loaded, options);
  const key = await validationKey({ build: cache.build, digests, loaded, ...options });
  const kept = await cache.store.get(key).catch(() => null);
  if (kept && replayable(kept)) {
    onReused();
    return kept;
  }
  const report = await validateDataset(engine, schema, loaded, options);
  // Not awaited: writing the report out must not delay this load.
  if (replayable(report)) void cache.store.put(key, report).catch(() => undefined);
  return report;
}

/** Undefined for a file that is not readable Parquet: the insert then reports it with its own message. */
function footerRows(bytes: Uint8Array, fileName: string): number | undefined {
  try {
    return readParquetFooter(bytes, fileName).rows;
  } catch {
    return undefined;
  }
}

export async function dropSchema(engine: Engine, schema: string): Promise<void> {
  await engine.exec(`DROP SCHEMA IF EXISTS ${ident(schema)} CASCADE`);
}
