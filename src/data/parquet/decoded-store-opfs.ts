/**
 * Decoded Parquet kept in the browser's origin-private file system (OPFS), one file per entry:
 * a 4-byte little-endian header length, the header as JSON (plan, summary, each chunk's rows and length),
 * then the chunks' Arrow IPC bytes back to back. Chromium writes through a swap file that replaces the
 * entry only on close(), so a crash mid-write leaves no half entry. Past `maxTotalBytes` the oldest
 * entries are removed. Every failure (no OPFS, quota, a damaged entry) is a miss, never an error.
 */
import { opfsDirectory, opfsFilesOldestFirst, writeOpfsFile } from '../opfs-files.ts';
import type { DecodedEntry, DecodedStore } from './decoded-cache.ts';

interface Header {
  plan: DecodedEntry['plan'];
  summary: DecodedEntry['summary'];
  chunks: { rows: number; length: number }[];
}

export class OpfsDecodedStore implements DecodedStore {
  private readonly dir = opfsDirectory('decoded-parquet');

  constructor(private readonly maxTotalBytes = 256 * 1024 * 1024) {}

  async get(key: string): Promise<DecodedEntry | null> {
    try {
      const handle = await (await this.dir()).getFileHandle(`${key}.bin`);
      const buf = new Uint8Array(await (await handle.getFile()).arrayBuffer());
      return parseEntry(buf);
    } catch {
      return null;
    }
  }

  async put(key: string, entry: DecodedEntry): Promise<void> {
    const header: Header = {
      plan: entry.plan,
      summary: entry.summary,
      chunks: entry.chunks.map((c) => ({ rows: c.rows, length: c.ipc.byteLength })),
    };
    const json = new TextEncoder().encode(JSON.stringify(header));
    const len = new Uint8Array(4);
    new DataView(len.buffer).setUint32(0, json.byteLength, true);
    const dir = await this.dir();
    const blob = new Blob([len, json, ...entry.chunks.map((c) => c.ipc as Uint8Array<ArrayBuffer>)]);
    await writeOpfsFile(dir, `${key}.bin`, blob);
    await this.evict(dir);
  }

  private async evict(dir: FileSystemDirectoryHandle): Promise<void> {
    const files = await opfsFilesOldestFirst(dir);
    let total = files.reduce((s, f) => s + f.size, 0);
    for (const f of files) {
      if (total <= this.maxTotalBytes) break;
      await dir.removeEntry(f.name).catch(() => undefined);
      total -= f.size;
    }
  }
}

/** Throws on anything malformed: the caller treats that as a miss. */
export function parseEntry(buf: Uint8Array): DecodedEntry {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const headerLength = view.getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(buf.subarray(4, 4 + headerLength))) as Header;
  let at = 4 + headerLength;
  const chunks = header.chunks.map((c) => {
    if (!(c.length >= 0) || at + c.length > buf.byteLength) throw new Error('truncated entry');
    const ipc = buf.slice(at, at + c.length);
    at += c.length;
    return { rows: c.rows, ipc };
  });
  if (at !== buf.byteLength) throw new Error('entry length mismatch');
  return { plan: header.plan, summary: header.summary, chunks };
}
