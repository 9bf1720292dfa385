/**
 * SHA-256 of a file's bytes as lowercase hex, with WebCrypto (browser and Node 20 alike).
 *
 * Remembered per byte array: a load hashes each file for the dataset's identity and the decoded-Parquet cache
 * keys the same bytes by the same digest, so the second ask costs nothing. Keyed weakly (the bytes are freed
 * as before) and by length too, so a buffer that was transferred to a worker (length 0) is not taken for the
 * bytes it held.
 */
const known = new WeakMap<Uint8Array, { length: number; hex: Promise<string> }>();

export function sha256Hex(bytes: Uint8Array): Promise<string> {
  const seen = known.get(bytes);
  if (seen && seen.length === bytes.byteLength) return seen.hex;
  const hex = crypto.subtle
    .digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)
    .then((digest) => Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join(''));
  known.set(bytes, { length: bytes.byteLength, hex });
  hex.catch(() => known.delete(bytes));
  return hex;
}
