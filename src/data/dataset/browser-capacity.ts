/**
 * What the browser can analyse, decided before the user waits: from the manifest's row counts before any
 * data file is downloaded, and for a table whose count the manifest does not give, from its Parquet footer
 * as soon as the file arrives (before it is decoded). Past the limits the load stops with an InputError
 * ('too-large-for-browser') whose message names the count, the limit and the CLI command that handles the
 * dataset on native DuckDB.
 *
 * The limits come from docs/performance.md: at 100,000 exporters (≈ 6.4 M rows in all) every screen works
 * in Chromium on a 2-core laptop; at 300,000 the continuity page fails after 21 s and the first matching
 * list takes minutes. The CLI (native DuckDB, all cores, no 4 GB wasm heap) has no such limit.
 */
import { InputError } from '../../core/errors.ts';

export interface BrowserCapacity {
  /** Rows of `exporters`: what the continuity model and the matching model scale with. */
  maxExporters: number;
  /** Rows over every table: what the DuckDB-WASM heap holds. */
  maxTotalRows: number;
}

export const BROWSER_CAPACITY: BrowserCapacity = { maxExporters: 150_000, maxTotalRows: 10_000_000 };

export const CLI_COMMAND = 'npm run --silent cli -- continuity --data <dataset folder>';

/** Tracks the rows seen so far; `add` throws as soon as a limit is passed. */
export class CapacityCheck {
  #total = 0;
  constructor(private readonly capacity: BrowserCapacity) {}

  add(table: string, rows: number): void {
    this.#total += rows;
    if (table === 'exporters' && rows > this.capacity.maxExporters)
      throw tooLarge(
        `${rows.toLocaleString('en-US')} exporters`,
        `${this.capacity.maxExporters.toLocaleString('en-US')} exporters`,
      );
    if (this.#total > this.capacity.maxTotalRows)
      throw tooLarge(
        `more than ${this.#total.toLocaleString('en-US')} rows`,
        `${this.capacity.maxTotalRows.toLocaleString('en-US')} rows`,
      );
  }
}

function tooLarge(what: string, limit: string): InputError {
  return new InputError(
    `This dataset has ${what}; the browser handles up to ${limit}. Analyse it with the command-line tool on native DuckDB: download the dataset folder and run \`${CLI_COMMAND}\`.`,
    'too-large-for-browser',
  );
}
