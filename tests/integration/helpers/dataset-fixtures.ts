/**
 * Builds broken variants of the bundled sample for validation tests: copy the dataset to a temp
 * folder and replace one table's file with the result of a SQL query over it (native DuckDB).
 */
import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeEngine } from '../../../src/data/engine/engine-native.node.ts';

export const SAMPLE_DIR = 'data-samples/sample';

export async function copySample(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'export-intel-ds-'));
  for (const f of await readdir(SAMPLE_DIR)) {
    if (f.endsWith('.parquet') || f === 'manifest.json') await copyFile(join(SAMPLE_DIR, f), join(dir, f));
  }
  return dir;
}

/** Rewrites `table` in `dir` as `SELECT … FROM t` (t = the table's current rows) and forgets its hash. */
export async function rewriteTable(dir: string, table: string, select: string): Promise<void> {
  const engine = await NodeEngine.create();
  try {
    const file = join(dir, `${table}.parquet`);
    await engine.exec(`CREATE TABLE t AS SELECT * FROM read_parquet('${file.replaceAll("'", "''")}')`);
    await engine.exec(`COPY (${select}) TO '${file.replaceAll("'", "''")}' (FORMAT parquet)`);
  } finally {
    await engine.close();
  }
  await editManifest(dir, (m) => {
    delete m.tables[table].sha256;
    delete m.tables[table].rows;
  });
}

type ManifestJson = { tables: Record<string, { path: string; rows?: number; sha256?: string }> } & Record<
  string,
  unknown
>;

export async function editManifest(dir: string, edit: (m: ManifestJson) => void): Promise<void> {
  const path = join(dir, 'manifest.json');
  const m = JSON.parse(await readFile(path, 'utf8')) as ManifestJson;
  edit(m);
  await writeFile(path, JSON.stringify(m, null, 2));
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
