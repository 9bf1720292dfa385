/**
 * The first refused file stops the whole load: reads still in flight are aborted (a dataset of gzip bombs
 * costs one file's limit, not one per file read ahead), and the load reports that refusal, not a cancel.
 */
import { describe, expect, it } from 'vitest';
import { CancelledError, InputError } from '../../src/core/errors.ts';
import type { DatasetFile } from '../../src/data/dataset/dataset-plan.ts';
import { prefetchFiles } from '../../src/data/dataset/prefetch-files.ts';

/** A file whose download never ends unless its signal aborts it. */
function endless(table: string, aborted: string[]): DatasetFile {
  return {
    table,
    fileName: `${table}.parquet`,
    read: (signal) =>
      new Promise((_resolve, reject) => {
        signal?.addEventListener('abort', () => {
          aborted.push(table);
          reject(new CancelledError());
        });
      }),
  };
}

function refused(table: string): DatasetFile {
  return {
    table,
    fileName: `${table}.parquet`,
    read: () => Promise.reject(new InputError(`${table}.parquet: larger than the limit`, 'too-large')),
  };
}

const noop = (): void => undefined;

describe('prefetchFiles', () => {
  it('aborts the reads in flight after the first refusal and reports it for every file', async () => {
    const aborted: string[] = [];
    const started: number[] = [];
    const files = [
      endless('exporters', aborted),
      refused('buyers'),
      endless('events', aborted),
      refused('x'),
    ];
    const p = prefetchFiles(files, {
      ahead: 3,
      onStart: (i) => started.push(i),
      onBytes: noop,
      onRead: noop,
    });
    const e = await p.take(0).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).code).toBe('too-large');
    expect((e as InputError).message).toContain('buyers.parquet');
    expect(aborted.sort()).toEqual(['events', 'exporters']);
    // No new download starts once one was refused.
    await expect(p.take(3)).rejects.toThrow('buyers.parquet');
    expect(started).toEqual([0, 1, 2]);
  });

  it('a cancel by the user is still a cancel', async () => {
    const aborted: string[] = [];
    const ctl = new AbortController();
    const p = prefetchFiles([endless('exporters', aborted), endless('buyers', aborted)], {
      ahead: 2,
      signal: ctl.signal,
      onStart: noop,
      onBytes: noop,
      onRead: noop,
    });
    ctl.abort();
    await expect(p.take(0)).rejects.toBeInstanceOf(CancelledError);
    expect(aborted.sort()).toEqual(['buyers', 'exporters']);
  });
});
