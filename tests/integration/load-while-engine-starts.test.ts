/**
 * The files of a dataset download while the engine starts (issue 9 scope 4): loadDataset takes the engine
 * as a promise and reads the files ahead of it, at most `prefetch` at a time; a file that cannot be read is
 * reported when its turn comes, as that file's finding, never as an unhandled rejection.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.ts';
import type { DatasetFile, DatasetPlan } from '../../src/data/dataset/dataset-plan.ts';
import { nativeInsert } from '../../src/data/dataset/insert-native.node.ts';
import { loadDataset, type LoadProgress } from '../../src/data/dataset/load-dataset.ts';
import { planFromPath } from '../../src/data/dataset/plan-dir.node.ts';
import { prefetchFiles } from '../../src/data/dataset/prefetch-files.ts';
import { NodeEngine } from '../../src/data/engine/engine-native.node.ts';
import { SAMPLE_DIR } from './helpers/dataset-fixtures.ts';

/** Wraps each file's read to record when it started and to count reads in flight or held. */
function instrument(plan: DatasetPlan) {
  const started: number[] = [];
  const files: DatasetFile[] = plan.files.map((f, i) => ({
    ...f,
    read: (signal, onBytes) => {
      started.push(i);
      return f.read(signal, onBytes);
    },
  }));
  return { plan: { ...plan, files }, started };
}

describe('loading while the engine starts', () => {
  it('reads every file before the engine is ready, then loads and validates the sample', async () => {
    const { plan, started } = instrument(await planFromPath(SAMPLE_DIR));
    const engine = await NodeEngine.create();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const enginePromise = gate.then(() => engine);
    const snaps: LoadProgress[] = [];
    const done = loadDataset(plan, {
      engine: enginePromise,
      insertFile: nativeInsert(engine),
      onProgress: (p) => snaps.push(p),
    });
    // Let the reads run while the engine is held back.
    for (
      let i = 0;
      i < 50 && snaps.filter((s) => s.files.some((f) => f.step === 'fetched')).length === 0;
      i++
    )
      await new Promise((r) => setTimeout(r, 20));
    expect(started).toEqual([0, 1, 2, 3, 4, 5]); // the default window: six files ahead
    const beforeEngine = snaps.at(-1);
    expect(beforeEngine?.engineReady).toBe(false);
    expect(beforeEngine?.files.some((f) => f.step === 'fetched')).toBe(true);
    release();
    const r = await done;
    expect(r.activated).toBe(true);
    expect(snaps.at(-1)?.engineReady).toBe(true);
    expect(snaps.at(-1)?.files.every((f) => f.step === 'done')).toBe(true);
    await engine.close();
  });

  it('reports an unreadable file as its own finding when its turn comes', async () => {
    const base = await planFromPath(SAMPLE_DIR);
    const broken = base.files.findIndex((f) => f.table === 'events');
    expect(broken).toBeGreaterThanOrEqual(0);
    const files = base.files.map((f, i) =>
      i === broken
        ? {
            ...f,
            read: () => Promise.reject(new InputError(`${f.fileName}: connection reset`, 'file-read')),
          }
        : f,
    );
    const engine = await NodeEngine.create();
    const r = await loadDataset(
      { ...base, files },
      { engine: Promise.resolve(engine), insertFile: nativeInsert(engine) },
    );
    expect(r.activated).toBe(false);
    const f = r.report.errors.find((e) => e.rule === 'unreadable-file');
    expect(f?.file).toBe(base.files[broken].fileName);
    expect(f?.message).toMatch(/connection reset/);
    await engine.close();
  });
});

describe('prefetchFiles', () => {
  const fakeFiles = (n: number) => {
    const resolvers: ((b: Uint8Array) => void)[] = [];
    const files: DatasetFile[] = Array.from({ length: n }, (_, i) => ({
      table: `t${i}`,
      fileName: `t${i}.parquet`,
      read: () => new Promise<Uint8Array>((r) => (resolvers[i] = r)),
    }));
    return { files, resolvers };
  };
  const noop = () => undefined;

  it('keeps at most `ahead` files read or held, and moves the window as files are taken', async () => {
    const { files, resolvers } = fakeFiles(5);
    const startedAt: number[] = [];
    const p = prefetchFiles(files, {
      ahead: 2,
      onStart: (i) => startedAt.push(i),
      onBytes: noop,
      onRead: noop,
    });
    expect(startedAt).toEqual([0, 1]);
    resolvers[0](new Uint8Array([7]));
    resolvers[1](new Uint8Array([8]));
    await Promise.resolve();
    expect(startedAt).toEqual([0, 1]); // read but not taken: still held, the window does not move
    expect(await p.take(0)).toEqual(new Uint8Array([7]));
    expect(startedAt).toEqual([0, 1]);
    const second = p.take(1);
    expect(startedAt).toEqual([0, 1, 2]);
    expect(await second).toEqual(new Uint8Array([8]));
  });

  it('starts a file that is taken before its turn', () => {
    const { files } = fakeFiles(4);
    const startedAt: number[] = [];
    const p = prefetchFiles(files, {
      ahead: 1,
      onStart: (i) => startedAt.push(i),
      onBytes: noop,
      onRead: noop,
    });
    void p.take(3);
    expect(startedAt).toEqual([0, 3]);
  });
});
