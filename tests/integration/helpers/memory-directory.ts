/**
 * An in-memory stand-in for the part of the Origin Private File System API the kept-dataset store uses
 * (directories, whole-file writes through createWritable, entries, recursive removal), so that the store's
 * layout and checks run in Node. The real OPFS is exercised by the e2e suite (tests/e2e/kept-offline.spec.ts).
 */
type Entry = MemoryDirectory | MemoryFile;

class MemoryFile {
  readonly kind = 'file';
  data: Blob = new Blob([]);
  constructor(readonly name: string) {}
  async getFile(): Promise<File> {
    return new File([this.data], this.name);
  }
  async createWritable() {
    const parts: BlobPart[] = [];
    return {
      write: async (d: BlobPart) => void parts.push(d),
      close: async () => void (this.data = new Blob(parts)),
      abort: async () => undefined,
    };
  }
}

export class MemoryDirectory {
  readonly kind = 'directory';
  readonly children = new Map<string, Entry>();
  constructor(readonly name = '') {}

  async getDirectoryHandle(name: string, opts: { create?: boolean } = {}): Promise<MemoryDirectory> {
    const e = this.children.get(name);
    if (e instanceof MemoryDirectory) return e;
    if (e || !opts.create) throw new DOMException(`${name} not found`, 'NotFoundError');
    const d = new MemoryDirectory(name);
    this.children.set(name, d);
    return d;
  }

  async getFileHandle(name: string, opts: { create?: boolean } = {}): Promise<MemoryFile> {
    const e = this.children.get(name);
    if (e instanceof MemoryFile) return e;
    if (e || !opts.create) throw new DOMException(`${name} not found`, 'NotFoundError');
    const f = new MemoryFile(name);
    this.children.set(name, f);
    return f;
  }

  async removeEntry(name: string): Promise<void> {
    if (!this.children.delete(name)) throw new DOMException(`${name} not found`, 'NotFoundError');
  }

  async *entries(): AsyncGenerator<[string, Entry]> {
    for (const e of [...this.children.entries()]) yield e;
  }

  /** Every file path below this folder, for assertions. */
  paths(prefix = ''): string[] {
    return [...this.children.values()].flatMap((e) =>
      e instanceof MemoryDirectory ? e.paths(`${prefix}${e.name}/`) : [`${prefix}${e.name}`],
    );
  }
}

/** The directory as the store's root type: the store only calls what MemoryDirectory implements. */
export function memoryRoot(dir: MemoryDirectory): () => Promise<FileSystemDirectoryHandle> {
  return async () => dir as unknown as FileSystemDirectoryHandle;
}
