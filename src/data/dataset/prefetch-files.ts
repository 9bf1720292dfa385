/**
 * Reads a plan's files ahead of their inserts, so downloads run while the engine starts and while earlier
 * files are decoded and inserted. At most `ahead` files are read (or held, read but not yet inserted) at
 * once: enough to keep the network busy, few enough that a large dataset's compressed bytes do not all
 * sit in memory before the first insert. The first refused read (too large, unreachable, stalled) stops the
 * others in flight — a dataset of gzip bombs costs one file's limit, not `ahead` of them — and every later
 * `take` reports that first refusal.
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
  const stop = new AbortController();
  const signal = opts.signal ? AbortSignal.any([opts.signal, stop.signal]) : stop.signal;
  let refusal: { error: unknown } | null = null;
  const start = (i: number): void => {
    if (i >= files.length || reads[i]) return;
    if (refusal) {
      reads[i] = Promise.reject(refusal.error);
      reads[i]?.catch(() => undefined);
      return;
    }
    opts.onStart(i);
    const read = files[i].read(signal, (b) => opts.onBytes(i, b));
    // Failures are reported when the file's turn comes (take); never as an unhandled rejection before.
    read.then(
      () => opts.onRead(i),
      (error: unknown) => {
        if (refusal || opts.signal?.aborted) return;
        refusal = { error };
        stop.abort();
      },
    );
    reads[i] = read;
  };
  const ahead = Math.max(1, opts.ahead);
  for (let i = 0; i < ahead; i++) start(i);
  return {
    take(index) {
      for (let i = index; i < index + ahead; i++) start(i);
      start(index);
      // A read stopped because another file was refused reports that refusal, not a cancel.
      return (reads[index] as Promise<Uint8Array>).catch((e: unknown) => {
        throw refusal && !opts.signal?.aborted ? refusal.error : e;
      });
    },
  };
}
