/**
 * Fetches a dataset file with byte progress and cancel, turning every way a static host or S3 can fail
 * into a message that says what to fix: 404/403, an HTML page where data was expected (SPA fallback),
 * and network/CORS failures (the browser hides which one it was, so the message names both). Two faults of
 * hostile or broken servers are bounded here: a response that stops sending (headers and then nothing) ends
 * after `stallMs` without a byte, and a body that grows past `maxBytes` — counted after decompression, so a
 * gzip bomb too — is cut off while streaming and the connection closed.
 */
import { CancelledError, InputError } from '../../core/errors.ts';
import type { ByteProgress } from './dataset-plan.ts';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface FetchBytesOptions {
  signal?: AbortSignal;
  onBytes?: (p: ByteProgress) => void;
  fetchImpl?: FetchLike;
  /** What we expect, for messages: 'json' or 'parquet'. */
  expect: 'json' | 'parquet';
  /** Refuse responses larger than this (bytes). */
  maxBytes?: number;
  /** Give up when no byte (nor the headers) arrives for this long (ms). */
  stallMs?: number;
}

export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024 * 1024;
/** Long enough for a slow booth network between chunks, short enough that a dead server is named in time. */
export const DEFAULT_STALL_MS = 30_000;

export async function fetchBytes(url: string, opts: FetchBytesOptions): Promise<Uint8Array> {
  const name = displayName(url);
  const f = opts.fetchImpl ?? fetch;
  // Our own abort, for a stall or a refused body; the caller's signal (cancel) still works through `any`.
  const own = new AbortController();
  const signal = opts.signal ? AbortSignal.any([opts.signal, own.signal]) : own.signal;
  const stallMs = opts.stallMs ?? DEFAULT_STALL_MS;
  let loaded = 0;
  let stalled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stalled = true;
      own.abort();
    }, stallMs);
  };
  const stallError = (): InputError =>
    new InputError(
      `${name}: nothing arrived from ${url} for ${stallMs / 1000} s ${loaded ? `after ${loaded} bytes` : 'while waiting for the server'}: the server stopped sending. Try again later, or check the server.`,
      'stalled',
    );
  try {
    arm();
    return await readBody();
  } finally {
    clearTimeout(timer);
    own.abort(); // after success a no-op; after a refusal it closes the connection instead of reading on
  }

  async function readBody(): Promise<Uint8Array> {
    let res: Response;
    try {
      res = await f(url, { signal, cache: 'no-cache' });
    } catch (e) {
      if (opts.signal?.aborted) throw new CancelledError();
      if (stalled) throw stallError();
      throw new InputError(
        `${name}: could not be fetched from ${url} — the server is unreachable, it does not allow this page to read it (CORS: the bucket or server must send Access-Control-Allow-Origin for this site), or this deployment's security policy does not list that origin (ask the administrator to add it to EXPORT_INTEL_DATA_ORIGINS). (${(e as Error).message})`,
        'network',
      );
    }
    if (!res.ok) {
      const hint =
        res.status === 404
          ? 'the file does not exist at that address — check the dataset URL and the manifest paths'
          : res.status === 403
            ? 'access denied — make the objects public or use a presigned URL'
            : 'the server refused the request';
      throw new InputError(
        `${name}: HTTP ${res.status} ${res.statusText} from ${url}: ${hint}`,
        `http-${res.status}`,
      );
    }
    const type = res.headers.get('content-type') ?? '';
    if (opts.expect === 'parquet' && type.includes('text/html')) {
      throw new InputError(
        `${name}: the server answered with an HTML page instead of a Parquet file (a static host's fallback page for a missing file?). Check the URL and the manifest paths.`,
        'html-instead-of-data',
      );
    }
    const lengthHeader = res.headers.get('content-length');
    const total =
      lengthHeader !== null && res.headers.get('content-encoding') === null
        ? Number(lengthHeader)
        : undefined;
    const max = opts.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
    if (total !== undefined && total > max) {
      throw new InputError(
        `${name}: ${formatMiB(total)} is larger than the ${formatMiB(max)} limit for one file`,
        'too-large',
      );
    }
    if (!res.body) {
      const buf = new Uint8Array(await res.arrayBuffer());
      opts.onBytes?.({ loaded: buf.byteLength, total: buf.byteLength });
      return buf;
    }
    const reader = res.body.getReader();
    const chunks: Uint8Array[] = [];
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        arm();
        loaded += value.byteLength;
        if (loaded > max) {
          void reader.cancel().catch(() => undefined);
          throw new InputError(`${name}: larger than the ${formatMiB(max)} limit for one file`, 'too-large');
        }
        chunks.push(value);
        opts.onBytes?.({ loaded, total });
      }
    } catch (e) {
      if (opts.signal?.aborted) throw new CancelledError();
      if (e instanceof InputError) throw e;
      if (stalled) throw stallError();
      throw new InputError(
        `${name}: the download broke off after ${loaded} bytes (${(e as Error).message})`,
        'network',
      );
    }
    return concat(chunks, loaded);
  }
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

export function displayName(url: string): string {
  const path = url.split(/[?#]/)[0];
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || url;
}

export function formatMiB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
