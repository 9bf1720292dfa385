/**
 * One way to get a compiled kernel module for every wasm kernel (logit, ALS): the bytes are a base64 module that
 * scripts/build-wasm.mjs writes into wasm/build/ (run by postinstall on `npm ci`). A plain import works the same in
 * Node, Vitest and the Vite browser bundle: no fetch, no file path, no MIME type to get right, and the bytes are
 * cached offline with the JS chunk. The import is dynamic (and passed in by the caller, so the bundler sees a
 * literal path) so that a missing build gives a clear error here, not a failed import of every caller.
 */

function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * A compile-once loader: the first call compiles, later calls share the module; a failure is not cached, so a
 * later call retries. `what` names the kernel in the error ("logit", "ALS").
 */
export function kernelModule(
  what: string,
  importBytes: () => Promise<{ wasmBase64: string }>,
): () => Promise<WebAssembly.Module> {
  let compiled: Promise<WebAssembly.Module> | undefined;
  const compile = async (): Promise<WebAssembly.Module> => {
    let wasmBase64: string;
    try {
      ({ wasmBase64 } = await importBytes());
    } catch {
      throw new Error(
        `the WebAssembly ${what} kernel is not built: run \`npm run build:wasm\` (npm ci does it)`,
      );
    }
    return WebAssembly.compile(decodeBase64(wasmBase64));
  };
  return () =>
    (compiled ??= compile().catch((e: unknown) => {
      compiled = undefined;
      throw e;
    }));
}
