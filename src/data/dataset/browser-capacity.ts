/**
 * What the browser can analyse, decided before the user waits: from the manifest's row counts before any
 * data file is downloaded, and for a table whose count the manifest does not give, from its Parquet footer
 * as soon as the file arrives (before it is decoded). Past the limits the load stops with an InputError
 * ('too-large-for-browser', or 'too-large-for-browser-footer' when a footer's count passed the limit) whose
 * message names the count, the limit, what the load had done (nothing downloaded, or that one file) and
 * the CLI command that handles the dataset on native DuckDB.
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

/** Where a row count came from: it decides what the refusal says happened (nothing downloaded, or one file). */
export type RowCountSource = { from: 'manifest' } | { from: 'footer'; fileName: string };

/** The codes of a refusal: from the manifest (before any data file downloads) or from a file's footer. */
export const TOO_LARGE_FOR_BROWSER = {
  manifest: 'too-large-for-browser',
  footer: 'too-large-for-browser-footer',
} as const;

export function isTooLargeForBrowser(code: string | undefined): boolean {
  return code === TOO_LARGE_FOR_BROWSER.manifest || code === TOO_LARGE_FOR_BROWSER.footer;
}

/** The command that analyses such a dataset, with the folder placeholder in the reader's words. */
export function cliCommand(folder = '<dataset folder>'): string {
  return `npm run --silent cli -- continuity --data ${folder}`;
}

/** Tracks the rows seen so far; `add` throws as soon as a limit is passed. */
export class CapacityCheck {
  #total = 0;
  constructor(private readonly capacity: BrowserCapacity) {}

  add(table: string, rows: number, source: RowCountSource): void {
    this.#total += rows;
    if (table === 'exporters' && rows > this.capacity.maxExporters)
      throw tooLarge(
        source,
        `${rows.toLocaleString('en-US')} exporters`,
        `${this.capacity.maxExporters.toLocaleString('en-US')} exporters`,
      );
    if (this.#total > this.capacity.maxTotalRows)
      throw tooLarge(
        source,
        `more than ${this.#total.toLocaleString('en-US')} rows`,
        `${this.capacity.maxTotalRows.toLocaleString('en-US')} rows`,
      );
  }
}

function tooLarge(source: RowCountSource, what: string, limit: string): InputError {
  const [said, happened] =
    source.from === 'manifest'
      ? [`The manifest says this dataset has ${what}`, 'The load stopped before downloading any data file.']
      : [
          `By the Parquet footer of ${source.fileName} (the manifest gives no row count for it), this dataset has ${what}`,
          'The load stopped after that file downloaded, before decoding it.',
        ];
  return new InputError(
    `${said}; the browser handles up to ${limit}. ${happened} Analyse it with the command-line tool on native DuckDB: download the dataset folder and run \`${cliCommand()}\`.`,
    TOO_LARGE_FOR_BROWSER[source.from],
  );
}
