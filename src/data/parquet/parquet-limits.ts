/**
 * Size limits checked from metadata *before* decompressing, so that a decompression bomb is refused with a
 * message instead of taking the tab's memory down. The corpus has one: `large_string_map.brotli.parquet`
 * is 4 KB on disk and declares 2 GiB of uncompressed data (two 1 GiB map keys).
 *
 * Two sources are checked, because a hostile file can lie in one of them: the footer's per-column
 * `total_uncompressed_size`, and the sum of `uncompressed_page_size` over the page headers themselves (the
 * numbers the decoder sizes its buffers by). Page headers are found by walking each column chunk; a chunk
 * whose headers cannot be walked is left to the decoder, which then fails with its own error.
 */
import { InputError } from '../../core/errors.ts';
import { CODEC_NAMES, totalUncompressedBytes, type ParquetFooter } from './parquet-footer.ts';
import { CompactReader, num } from './thrift-compact.ts';

export interface ParquetLimits {
  /** Largest total uncompressed size a file may declare. Default 512 MiB. */
  maxUncompressedBytes: number;
  /** Largest total size of the decoded Arrow data (IPC bytes), checked while decoding. Default 1 GiB. */
  maxDecodedBytes: number;
}

export const DEFAULT_PARQUET_LIMITS: Readonly<ParquetLimits> = {
  maxUncompressedBytes: 512 * 2 ** 20,
  maxDecodedBytes: 2 ** 30,
};

/** Codecs the parquet-wasm decoder (arrow-rs) reads. LZO and unknown ids are refused up front. */
const DECODABLE_CODECS = new Set([0, 1, 2, 4, 5, 6, 7]);

const MAX_PAGES_PER_CHUNK = 1_000_000;

export function checkParquetLimits(
  bytes: Uint8Array,
  footer: ParquetFooter,
  fileName: string,
  limits: ParquetLimits = DEFAULT_PARQUET_LIMITS,
): void {
  const declared = totalUncompressedBytes(footer);
  if (declared > limits.maxUncompressedBytes)
    throw tooLarge(fileName, declared, limits, 'its footer declares');
  const paged = pageHeaderUncompressedBytes(bytes, footer);
  if (paged > limits.maxUncompressedBytes)
    throw tooLarge(fileName, paged, limits, 'its page headers declare');
  for (const rg of footer.rowGroups) {
    for (const c of rg.columns) {
      if (!DECODABLE_CODECS.has(c.codec)) {
        const name = CODEC_NAMES[c.codec] ?? `unknown codec #${c.codec}`;
        throw new InputError(
          `${fileName}: column '${c.path}' is compressed with ${name}, which the browser cannot decompress. ` +
            'Export the file again with ZSTD or SNAPPY compression.',
          'unsupported-codec',
        );
      }
    }
  }
}

/** Sum of `uncompressed_page_size` over every page header found in every column chunk. */
export function pageHeaderUncompressedBytes(bytes: Uint8Array, footer: ParquetFooter): number {
  let total = 0;
  for (const rg of footer.rowGroups) {
    for (const c of rg.columns) {
      const dict = c.dictionaryPageOffset;
      const start = dict !== undefined && dict > 0 && dict < c.dataPageOffset ? dict : c.dataPageOffset;
      const end = Math.min(bytes.length, start + Math.max(0, c.compressedBytes));
      let pos = start;
      for (let pages = 0; pos >= 4 && pos < end && pages < MAX_PAGES_PER_CHUNK; pages++) {
        let header;
        const reader = new CompactReader(bytes, pos, bytes.length);
        try {
          header = reader.readStruct();
        } catch {
          break; // not a page header where the footer says: the decoder will report the damage
        }
        const uncompressed = num(header, 2) ?? 0;
        const compressed = num(header, 3) ?? -1;
        if (compressed < 0) break;
        total += Math.max(0, uncompressed);
        pos = reader.pos + compressed;
      }
    }
  }
  return total;
}

function tooLarge(fileName: string, bytes: number, limits: ParquetLimits, where: string): InputError {
  return new InputError(
    `${fileName}: refused by the size limit: ${where} ${mib(bytes)} of data once decompressed, ` +
      `more than the ${mib(limits.maxUncompressedBytes)} allowed for one file in the browser. ` +
      'A file this small on disk that expands this much is a decompression bomb; if the data is genuine, ' +
      'split the export into smaller files or raise the limit.',
    'too-large',
  );
}

export function mib(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(bytes < 2 ** 20 ? 2 : 0)} MiB`;
}
