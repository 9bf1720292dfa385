/**
 * Downloads the index table as CSV or Parquet, made in the browser (no server): CSV with a UTF-8 BOM so that
 * Excel shows Korean names correctly; Parquet written by parquet-wasm (DuckDB-WASM cannot write Parquet
 * offline). The parquet-wasm module is loaded on first use only.
 */
import { indexCsv, type IndexRow } from '../../data/continuity/index-table.ts';
import { indexParquet } from '../../data/continuity/index-parquet.ts';
import { saveBlob } from '../download.ts';

export async function downloadIndex(
  rows: readonly IndexRow[],
  year: number,
  format: 'csv' | 'parquet',
): Promise<void> {
  const base = `continuity-index-${year}`;
  if (format === 'csv') {
    saveBlob(new Blob([indexCsv(rows, { bom: true })], { type: 'text/csv;charset=utf-8' }), `${base}.csv`);
    return;
  }
  const { loadBrowserParquetWasm } = await import('../../data/parquet/parquet-wasm-browser.ts');
  const bytes = indexParquet(rows, await loadBrowserParquetWasm());
  saveBlob(
    new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.apache.parquet' }),
    `${base}.parquet`,
  );
}
