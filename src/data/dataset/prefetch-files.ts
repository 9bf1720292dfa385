/**
 * Reads a plan's files ahead of their inserts, so downloads run while the engine starts and while earlier
 * files are decoded and inserted. At most `ahead` files are read (or held, read but not yet inserted) at
 * once: enough to keep the network busy, few enough that a large dataset's compressed bytes do not all
 * sit in memory before the first insert.
 */
import type { ByteProgress, DatasetFile } from './dataset-plan.ts';

export interface PrefetchOptions {
  /** Files read ahead of the one being inserted, counting it. */
  ahead: number;
  signal?: AbortSignal;
  onStart: (index: number) => void;
  onBytes: (index: number, bytes: ByteProgress) => void;
  onRead: (index: number) => void;
}

/** Starts the first reads at once; `take(i)` returns file i's bytes and keeps the window moving. */
export function prefetchFiles(
  files: readonly DatasetFile[],
  opts: PrefetchOptions,
): { take: (index: number) => Promise<Uint8Array> } {
  const reads: (Promise<Uint8Array> | undefined)[] = [];
  const start = (i: number): void => {
    if (i >= files.length || reads[i]) return;
    opts.onStart(i);
    const read = files[i].read(opts.signal, (b) => opts.onBytes(i, b));
    // Failures are reported when the file's turn comes (take); never as an unhandled rejection before.
    read.then(
      () => opts.onRead(i),
      () => undefined,
    );
    reads[i] = read;
  };
  const ahead = Math.max(1, opts.ahead);
  for (let i = 0; i < ahead; i++) start(i);
  return {
    take(index) {
      for (let i = index; i < index + ahead; i++) start(i);
      start(index);
      return reads[index] as Promise<Uint8Array>;
    },
  };
}
