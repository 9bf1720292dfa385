/**
 * The contract checks' result kept by the bytes it was computed from, so that a warm start of an unchanged
 * dataset does not run them again (in a fresh DuckDB-WASM instance their first executions cost ~0.6–1 s
 * of the start; docs/performance.md). The key covers everything the report is a function of: each table's
 * SHA-256, the loaded tables with their file names and the manifest's row counts, the year the founding-year
 * rule checks against, whether the check was partial, and the build of the checking code (a new rule or a
 * changed contract is another build, so it checks afresh). One changed byte is another key.
 *
 * A report whose checks changed the tables (columns renamed to the contract's case) is never kept: replaying
 * it would skip the rename the later SQL relies on.
 */
import type { LoadedTable } from '../validate/validate-dataset.ts';
import type { ValidationReport } from '../validate/validation-report.ts';
import type { TableDigest } from './dataset-identity.ts';
import { sha256Hex } from './sha256.ts';

export interface ValidationStore {
  get(key: string): Promise<ValidationReport | null>;
  /** Best effort: a full or unavailable store just does not keep the report. */
  put(key: string, report: ValidationReport): Promise<void>;
}

export interface ValidationCache {
  store: ValidationStore;
  /** The checking code's version: the app's build (its hashed bundle URL); tests pass a constant. */
  build: string;
}

export interface ValidationKeyInput {
  build: string;
  digests: readonly TableDigest[];
  loaded: readonly LoadedTable[];
  currentYear: number;
  partial: boolean;
}

export async function validationKey(input: ValidationKeyInput): Promise<string> {
  const text = JSON.stringify([
    input.build,
    input.currentYear,
    input.partial,
    [...input.digests].map((d) => `${d.table}=${d.sha256}`).sort(),
    [...input.loaded]
      .map((l) => [l.table, l.file ?? null, l.expectedRows ?? null])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
  ]);
  return sha256Hex(new TextEncoder().encode(text));
}

/** False for a report whose checks renamed columns (rule column-case): the rename must run again. */
export function replayable(report: ValidationReport): boolean {
  return ![...report.errors, ...report.warnings].some((f) => f.rule === 'column-case');
}

/** A stored report is used only when it has the report's shape; anything else is a miss. */
export function isValidationReport(x: unknown): x is ValidationReport {
  const r = x as ValidationReport | null;
  return (
    !!r &&
    typeof r.ok === 'boolean' &&
    Array.isArray(r.errors) &&
    Array.isArray(r.warnings) &&
    Array.isArray(r.tables) &&
    r.ok === (r.errors.length === 0)
  );
}

/** Reports in memory: tests, the CLI's repeated loads in one process, a browser without OPFS. */
export class MemoryValidationStore implements ValidationStore {
  readonly reports = new Map<string, string>();
  async get(key: string): Promise<ValidationReport | null> {
    const text = this.reports.get(key);
    return text ? (JSON.parse(text) as ValidationReport) : null;
  }
  async put(key: string, report: ValidationReport): Promise<void> {
    this.reports.set(key, JSON.stringify(report));
  }
}
