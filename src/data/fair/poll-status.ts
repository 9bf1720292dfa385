/**
 * One poll of the live status file: a conditional GET (If-None-Match with the last ETag, If-Modified-Since with
 * the last Last-Modified) so that an unchanged S3 object costs a 304 and no download. Every way it can go wrong
 * becomes a coded message: unreachable (network, CORS or the deployment's connect-src policy), HTTP errors, an
 * HTML page where a file was expected, an empty body, or something that is not Parquet at all.
 *
 * A server that ignores the validators and answers 200 with the same bytes is detected by a fingerprint, so
 * the charts are only rebuilt when the content really changed.
 */
import { CodedInputError } from '../../core/coded-error.ts';
import { CancelledError } from '../../core/errors.ts';
import { displayName, type FetchLike } from '../dataset/fetch-bytes.ts';

export interface PollValidators {
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** Fingerprint of the last bytes taken (length + FNV-1a). */
  readonly fingerprint: string | null;
}

export const NO_VALIDATORS: PollValidators = { etag: null, lastModified: null, fingerprint: null };

export type PollResult =
  | { readonly kind: 'unchanged' }
  | {
      readonly kind: 'changed';
      readonly bytes: Uint8Array;
      readonly fileName: string;
      readonly validators: PollValidators;
    };

export interface PollOptions {
  signal?: AbortSignal;
  fetchImpl?: FetchLike;
  /** Give up after this long (default 20 s): a hung connection must not look like a live one. */
  timeoutMs?: number;
  maxBytes?: number;
}

export const MAX_STATUS_FILE_BYTES = 256 * 1024 * 1024;

export async function pollStatusFile(
  url: string,
  previous: PollValidators,
  opts: PollOptions = {},
): Promise<PollResult> {
  const file = displayName(url);
  const headers: Record<string, string> = {};
  if (previous.etag) headers['If-None-Match'] = previous.etag;
  if (previous.lastModified) headers['If-Modified-Since'] = previous.lastModified;
  const timeout = AbortSignal.timeout(opts.timeoutMs ?? 20_000);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
  let res: Response;
  try {
    res = await (opts.fetchImpl ?? fetch)(url, { cache: 'no-store', headers, signal });
  } catch (e) {
    if (opts.signal?.aborted) throw new CancelledError();
    throw new CodedInputError(
      `${file}: could not be fetched from ${url} — the network is down, the server is unreachable, it does not allow this page to read it (CORS), or this deployment's security policy does not list that origin (EXPORT_INTEL_DATA_ORIGINS). (${(e as Error).message})`,
      'poll-network',
      { file, url },
    );
  }
  if (res.status === 304) return { kind: 'unchanged' };
  if (!res.ok) {
    throw new CodedInputError(`${file}: HTTP ${res.status} ${res.statusText} from ${url}`, 'poll-http', {
      file,
      url,
      status: res.status,
    });
  }
  if ((res.headers.get('content-type') ?? '').includes('text/html')) {
    throw new CodedInputError(
      `${file}: the server answered with an HTML page instead of the status file`,
      'poll-html',
      { file, url },
    );
  }
  const declared = Number(res.headers.get('content-length') ?? NaN);
  const max = opts.maxBytes ?? MAX_STATUS_FILE_BYTES;
  if (declared > max) throw tooLarge(file, max);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await res.arrayBuffer());
  } catch (e) {
    if (opts.signal?.aborted) throw new CancelledError();
    throw new CodedInputError(`${file}: the download broke off (${(e as Error).message})`, 'poll-network', {
      file,
      url,
    });
  }
  if (bytes.byteLength > max) throw tooLarge(file, max);
  if (bytes.byteLength === 0) {
    throw new CodedInputError(`${file}: the server sent an empty file`, 'feed-empty-response', { file });
  }
  if (!isParquet(bytes)) {
    throw new CodedInputError(
      `${file}: not a Parquet file (it starts with "${printable(bytes)}"); the live status file must be the matches table as Parquet`,
      'poll-not-parquet',
      { file, start: printable(bytes) },
    );
  }
  const validators: PollValidators = {
    etag: res.headers.get('etag'),
    lastModified: res.headers.get('last-modified'),
    fingerprint: fingerprint(bytes),
  };
  if (previous.fingerprint && validators.fingerprint === previous.fingerprint) return { kind: 'unchanged' };
  return { kind: 'changed', bytes, fileName: file, validators };
}

function isParquet(b: Uint8Array): boolean {
  const magic = [0x50, 0x41, 0x52, 0x31]; // PAR1
  if (b.byteLength < 12) return false;
  return magic.every((m, i) => b[i] === m && b[b.byteLength - 4 + i] === m);
}

function printable(b: Uint8Array): string {
  return Array.from(b.subarray(0, 16), (c) => (c >= 32 && c < 127 ? String.fromCharCode(c) : '.')).join('');
}

export function fingerprint(b: Uint8Array): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < b.byteLength; i++) h = Math.imul(h ^ b[i], 0x01000193) >>> 0;
  return `${b.byteLength}:${h.toString(16)}`;
}

function tooLarge(file: string, max: number): CodedInputError {
  return new CodedInputError(
    `${file}: larger than the ${Math.round(max / 1024 / 1024)} MiB limit for a status file`,
    'poll-too-large',
    { file, mib: Math.round(max / 1024 / 1024) },
  );
}
