/**
 * What the app needs from the data layer to load datasets: an Engine and the step that turns a
 * file's bytes into a table. The browser backend (browser-backend.ts) is DuckDB-WASM + a Parquet
 * decode worker; tests may pass another backend.
 */
import type { Engine } from '../data/engine/engine.ts';
import type { InsertFile } from '../data/dataset/load-dataset.ts';

export interface DataBackend {
  engine: Engine;
  insertFile: InsertFile;
}
