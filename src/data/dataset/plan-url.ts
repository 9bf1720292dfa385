/**
 * Plans a dataset that lives under a URL prefix (an S3 bucket with CORS, any HTTPS folder, or the
 * bundled sample under the app's own origin): read `manifest.json`, then one file per table.
 */
import { MANIFEST_MAX_BYTES, parseManifest, resolveInsidePrefix } from './manifest.ts';
import type { DatasetPlan, SourceKind } from './dataset-plan.ts';
import { fetchBytes, type FetchLike } from './fetch-bytes.ts';
import { InputError } from '../../core/errors.ts';

/** Normalises what a user typed: trims, accepts a link to manifest.json itself, ensures a trailing slash. */
export function normaliseDatasetUrl(input: string, base?: string): string {
  const text = input.trim();
  if (!text)
    throw new InputError(
      'enter the address of a dataset folder (it must contain manifest.json)',
      'url-empty',
    );
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    throw new InputError(`"${text}" is not a valid URL`, 'url-invalid');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(`"${text}": only http(s) addresses can be loaded`, 'url-invalid');
  }
  let href = url.href;
  if (/\/manifest\.json$/i.test(url.pathname)) href = href.replace(/manifest\.json(?=$|\?)/i, '');
  else if (!url.pathname.endsWith('/')) href = href.replace(/(\?|#|$)/, '/$1');
  return href;
}

export async function planFromUrl(
  prefix: string,
  opts: { source?: SourceKind; signal?: AbortSignal; fetchImpl?: FetchLike } = {},
): Promise<DatasetPlan> {
  const manifestUrl = new URL('manifest.json', prefix).href;
  const bytes = await fetchBytes(manifestUrl, {
    expect: 'json',
    signal: opts.signal,
    fetchImpl: opts.fetchImpl,
    maxBytes: MANIFEST_MAX_BYTES,
  });
  const manifest = parseManifest(new TextDecoder().decode(bytes), manifestUrl);
  const files = Object.entries(manifest.tables).map(([table, t]) => {
    const url = resolveInsidePrefix(prefix, t.path);
    return {
      table,
      fileName: t.path,
      expectedRows: t.rows,
      sha256: t.sha256,
      read: (signal: AbortSignal | undefined, onBytes: Parameters<typeof fetchBytes>[1]['onBytes']) =>
        fetchBytes(url, { expect: 'parquet', signal, onBytes, fetchImpl: opts.fetchImpl }),
    };
  });
  return { name: manifest.name, source: opts.source ?? 'url', location: prefix, files, skipped: [] };
}
