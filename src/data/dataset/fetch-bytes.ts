/**
 * Fetches a dataset file with byte progress and cancel, turning every way a static host or S3 can fail
 * into a message that says what to fix: 404/403, an HTML page where data was expected (SPA fallback),
 * and network/CORS failures (the browser hides which one it was, so the message names both).
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
}

export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024 * 1024;

export async function fetchBytes(url: string, opts: FetchBytesOptions): Promise<Uint8Array> {
  const name = displayName(url);
  const f = opts.fetchImpl ?? fetch;
  let res: Response;
  try {
    res = await f(url, { signal: opts.signal, cache: 'no-cache' });
  } catch (e) {
    if (opts.signal?.aborted) throw new CancelledError();
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
    lengthHeader !== null && res.headers.get('content-encoding') === null ? Number(lengthHeader) : undefined;
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
  let loaded = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      loaded += value.byteLength;
      if (loaded > max) {
        throw new InputError(`${name}: larger than the ${formatMiB(max)} limit for one file`, 'too-large');
      }
      chunks.push(value);
      opts.onBytes?.({ loaded, total });
    }
  } catch (e) {
    if (opts.signal?.aborted) throw new CancelledError();
    if (e instanceof InputError) throw e;
    throw new InputError(
      `${name}: the download broke off after ${loaded} bytes (${(e as Error).message})`,
      'network',
    );
  }
  return concat(chunks, loaded);
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
