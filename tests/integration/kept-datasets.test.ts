/**
 * Keep-on-device against a real HTTP server and a real load (issue 11 scope 6): a URL dataset whose tables sit
 * at colliding paths (`a/data.parquet`, `b/data.parquet`) or at a name the store once used for itself
 * (`kept.json`, `record.json`) reopens from the kept copy with every table, and loads and validates on the
 * real engine; a copy that reads back differently from what was downloaded is refused and removed, never
 * listed as kept; keeping the same address again replaces the older copy only once the new one is whole.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  deleteKeptDataset,
  keepDataset,
  listKeptDatasets,
  planFromKept,
} from '../../src/app/kept-datasets.ts';
import { loadDataset } from '../../src/data/dataset/load-dataset.ts';
import { BlockingWasmEngine } from '../../src/data/engine/engine-wasm-blocking.node.ts';
import { wasmInsertFile } from '../../src/data/parquet/insert-wasm.ts';
import { createNodeParquetDecoder } from '../../src/data/parquet/parquet-wasm.node.ts';
import { SAMPLE_DIR } from './helpers/dataset-fixtures.ts';
import { sendJson, startServer, type TestServer } from './helpers/http-fixture.ts';
import { MemoryDirectory, memoryRoot } from './helpers/memory-directory.ts';

interface SampleTable {
  path: string;
  rows: number;
  sha256: string;
}
const sample = JSON.parse(readFileSync(join(SAMPLE_DIR, 'manifest.json'), 'utf8')) as {
  tables: Record<string, SampleTable>;
};

/** Where each table is served from: paths that collide once flattened, and the store's own file names. */
const HOSTILE_PATHS: Record<string, string> = {
  exporters: 'a/data.parquet',
  buyers: 'b/data.parquet',
  exports: 'kept.json',
  firm_years: 'files/record.json',
};

const servers: TestServer[] = [];
afterAll(async () => Promise.all(servers.map((s) => s.close())));

/** Serves the sample under /ds/ with the table paths above; `corrupt(path)` may alter the bytes served. */
async function serveSample(corrupt: (path: string, bytes: Buffer) => Buffer = (_p, b) => b) {
  const byPath = new Map<string, Buffer>();
  const tables: Record<string, SampleTable> = {};
  for (const [table, t] of Object.entries(sample.tables)) {
    const path = HOSTILE_PATHS[table] ?? t.path;
    tables[table] = { ...t, path };
    byPath.set(`/ds/${path}`, readFileSync(join(SAMPLE_DIR, t.path)));
  }
  const s = await startServer((req, res) => {
    if (req.url === '/ds/manifest.json')
      return sendJson(res, { contract: 'export-intel/1', name: 'colliding', created: '', tables });
    const bytes = byPath.get(req.url ?? '');
    if (!bytes) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    res.end(corrupt(req.url ?? '', bytes));
  });
  servers.push(s);
  return `${s.origin}/ds/`;
}

describe('keeping a URL dataset on the device', () => {
  it('reopens every table of a dataset with colliding and reserved paths, and it loads and validates', async () => {
    const location = await serveSample();
    const dir = new MemoryDirectory();
    const root = memoryRoot(dir);
    const kept = await keepDataset(location, { root });
    expect(kept.location).toBe(location);
    const plan = await planFromKept(kept.id, root);
    expect(plan.files.map((f) => f.table).sort()).toEqual(Object.keys(sample.tables).sort());
    for (const f of plan.files) expect(f.sha256).toBe(sample.tables[f.table].sha256);
    // The browser's path: DuckDB-WASM fed by the Parquet decoder, as the booth opens the copy.
    const engine = await BlockingWasmEngine.create();
    try {
      const r = await loadDataset(plan, {
        engine: Promise.resolve(engine),
        insertFile: wasmInsertFile(engine, createNodeParquetDecoder()),
      });
      expect(r.report.errors).toEqual([]);
      expect(r.activated).toBe(true);
    } finally {
      await engine.close();
    }
    expect(plan.location).toBe(location);
  });

  it('reports progress per file while copying', async () => {
    const location = await serveSample();
    const seen: string[] = [];
    await keepDataset(location, {
      root: memoryRoot(new MemoryDirectory()),
      onProgress: (p) => seen.push(`${p.done}/${p.total}`),
    });
    const n = Object.keys(sample.tables).length;
    expect(seen[0]).toBe(`0/${n}`);
    expect(seen.at(-1)).toBe(`${n}/${n}`);
  });

  it('refuses a download that does not match the manifest hash and keeps nothing', async () => {
    const location = await serveSample((path, b) =>
      path.endsWith('b/data.parquet') ? Buffer.concat([b, b]) : b,
    );
    const dir = new MemoryDirectory();
    await expect(keepDataset(location, { root: memoryRoot(dir) })).rejects.toMatchObject({
      code: 'sha256-mismatch',
    });
    expect(dir.paths()).toEqual([]);
    expect(await listKeptDatasets(memoryRoot(dir))).toEqual([]);
  });

  it('refuses a copy that reads back differently and removes it', async () => {
    const location = await serveSample();
    const dir = new MemoryDirectory();
    // A device store that loses the last byte of every Parquet file it is given (a failing disk, a full quota).
    const lossy = new Proxy(dir, {
      get(target, prop, receiver) {
        if (prop !== 'getDirectoryHandle') return Reflect.get(target, prop, receiver);
        return async (name: string, opts?: { create?: boolean }) =>
          truncating(await target.getDirectoryHandle(name, opts));
      },
    });
    await expect(keepDataset(location, { root: memoryRoot(lossy) })).rejects.toMatchObject({
      code: 'kept-verify-failed',
    });
    expect(dir.paths()).toEqual([]);
  });

  it('replaces the older copy of the same address only after the new one is whole, and deletes on request', async () => {
    const location = await serveSample();
    const dir = new MemoryDirectory();
    const root = memoryRoot(dir);
    const first = await keepDataset(location, { root });
    await new Promise((r) => setTimeout(r, 5));
    const second = await keepDataset(location, { root });
    expect(second.id).not.toBe(first.id);
    expect((await listKeptDatasets(root)).map((k) => k.id)).toEqual([second.id]);
    await deleteKeptDataset(second.id, root);
    expect(await listKeptDatasets(root)).toEqual([]);
  });

  it('still opens a copy in the layout before record.json (kept.json beside the files)', async () => {
    const dir = new MemoryDirectory();
    const legacy = await dir.getDirectoryHandle('ds-0badc0de', { create: true });
    const put = async (name: string, data: BlobPart) => {
      const w = await (await legacy.getFileHandle(name, { create: true })).createWritable();
      await w.write(data);
      await w.close();
    };
    for (const t of Object.values(sample.tables)) await put(t.path, readFileSync(join(SAMPLE_DIR, t.path)));
    await put('manifest.json', readFileSync(join(SAMPLE_DIR, 'manifest.json')));
    await put(
      'kept.json',
      JSON.stringify({
        id: 'ds-0badc0de',
        name: 'old',
        location: 'https://x.example/ds/',
        bytes: 1,
        keptAt: '2026-01-01',
      }),
    );
    const root = memoryRoot(dir);
    expect((await listKeptDatasets(root)).map((k) => [k.id, k.location])).toEqual([
      ['ds-0badc0de', 'https://x.example/ds/'],
    ]);
    const plan = await planFromKept('ds-0badc0de', root);
    expect(plan.files.length).toBe(Object.keys(sample.tables).length);
    expect(plan.location).toBe('https://x.example/ds/');
  });
});

/** Wraps a directory so that every .parquet written below it loses its last byte. */
function truncating(d: MemoryDirectory): MemoryDirectory {
  return new Proxy(d, {
    get(target, prop, receiver) {
      if (prop === 'getDirectoryHandle')
        return async (name: string, opts?: { create?: boolean }) =>
          truncating(await target.getDirectoryHandle(name, opts));
      if (prop === 'getFileHandle')
        return async (name: string, opts?: { create?: boolean }) => {
          const f = await target.getFileHandle(name, opts);
          if (!name.endsWith('.parquet')) return f;
          const open = f.createWritable.bind(f);
          f.createWritable = async () => {
            const w = await open();
            return {
              ...w,
              write: async (data: BlobPart) => {
                const blob = new Blob([data]);
                await w.write(blob.slice(0, blob.size - 1));
              },
            };
          };
          return f;
        };
      return Reflect.get(target, prop, receiver);
    },
  });
}
