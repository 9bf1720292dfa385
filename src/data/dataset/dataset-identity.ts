/**
 * A dataset's identity: what the browser's per-dataset stores (SAVE LIST, exposure counts) are keyed by. The
 * display name cannot be it — two exports can share a manifest name, and every drop of 14 files without a
 * manifest is "14 files" — so the identity is a SHA-256 over the tables and the SHA-256 of each table's bytes.
 * For a manifest with hashes these are the manifest's hashes (the bytes were checked against them); for files
 * without a manifest they are the hashes of the files read. The same bytes under another name or from another
 * address are the same dataset; a single changed byte is another one.
 */
import { sha256Hex } from './sha256.ts';

export interface TableDigest {
  table: string;
  sha256: string;
}

/** `sha256:<64 hex>` over the sorted `table=sha256` lines; independent of file order and names. */
export async function datasetIdentity(tables: readonly TableDigest[]): Promise<string> {
  const lines = tables.map((t) => `${t.table}=${t.sha256}`).sort();
  return `sha256:${await sha256Hex(new TextEncoder().encode(lines.join('\n')))}`;
}
