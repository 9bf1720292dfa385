/**
 * The browser's origin-private file system (OPFS) as the stores use it (decoded Parquet, validation reports):
 * one directory per store, whole-file writes that replace an entry only when complete (Chromium writes
 * through a swap file until close()), and a listing for eviction. Browser only; callers treat every
 * failure as a miss.
 */
export function opfsAvailable(): boolean {
  return typeof navigator !== 'undefined' && !!navigator.storage?.getDirectory;
}

/** The store's directory, created on first use and opened once. */
export function opfsDirectory(name: string): () => Promise<FileSystemDirectoryHandle> {
  let dir: Promise<FileSystemDirectoryHandle> | null = null;
  return () => {
    dir ??= navigator.storage.getDirectory().then((root) => root.getDirectoryHandle(name, { create: true }));
    return dir;
  };
}

export async function writeOpfsFile(
  dir: FileSystemDirectoryHandle,
  name: string,
  data: Blob | string,
): Promise<void> {
  const handle = await dir.getFileHandle(name, { create: true });
  const w = await handle.createWritable();
  try {
    await w.write(data);
    await w.close();
  } catch (e) {
    await w.abort().catch(() => undefined);
    throw e;
  }
}

/** The directory's files, oldest first. */
export async function opfsFilesOldestFirst(
  dir: FileSystemDirectoryHandle,
): Promise<{ name: string; size: number; at: number }[]> {
  const files: { name: string; size: number; at: number }[] = [];
  for await (const [name, h] of dir as unknown as AsyncIterable<[string, FileSystemHandle]>) {
    if (h.kind !== 'file') continue;
    const f = await (h as FileSystemFileHandle).getFile();
    files.push({ name, size: f.size, at: f.lastModified });
  }
  return files.sort((a, b) => a.at - b.at);
}
