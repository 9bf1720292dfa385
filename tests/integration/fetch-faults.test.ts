/**
 * Downloads from misbehaving servers end, with a message, on a real HTTP server on 127.0.0.1 (no mocked fetch):
 * headers and then silence stop after the stall time (and cancel still works while waiting); a gzip bomb is cut
 * off at the size limit while streaming and its connection closed, not read to the end.
 */
import { createGzip } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { CancelledError, InputError } from '../../src/core/errors.ts';
import { fetchBytes } from '../../src/data/dataset/fetch-bytes.ts';
import { startServer, type TestServer } from './helpers/http-fixture.ts';

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function refusal(p: Promise<unknown>): Promise<InputError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(InputError);
  return e as InputError;
}

describe('fetchBytes against a misbehaving server', () => {
  it('headers and then nothing: stops after the stall time and says the server stopped sending', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': '1000' });
      res.write(new Uint8Array(10)); // 10 bytes of 1000, then silence
    });
    const started = Date.now();
    const e = await refusal(
      fetchBytes(`${server.origin}/d/exporters.parquet`, { expect: 'parquet', stallMs: 400 }),
    );
    expect(e.code).toBe('stalled');
    expect(e.message).toMatch(/exporters\.parquet: nothing arrived .* for 0\.4 s after 10 bytes/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('a server that never answers the request stalls the same way', async () => {
    server = await startServer(() => undefined);
    const e = await refusal(fetchBytes(`${server.origin}/manifest.json`, { expect: 'json', stallMs: 300 }));
    expect(e.code).toBe('stalled');
    expect(e.message).toContain('while waiting for the server');
  });

  it('cancel still ends a stalled download at once, as a cancel', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.write(new Uint8Array(10));
    });
    const ctl = new AbortController();
    setTimeout(() => ctl.abort(), 200);
    const e = await fetchBytes(`${server.origin}/x.parquet`, {
      expect: 'parquet',
      signal: ctl.signal,
      stallMs: 60_000,
    }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(CancelledError);
  });

  it('a gzip bomb is refused at the limit while streaming and its connection is closed', async () => {
    let sent = 0;
    let closed = false;
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-encoding': 'gzip' });
      const gz = createGzip();
      gz.pipe(res);
      const zeros = new Uint8Array(1 << 20);
      // Endless zeros, compressed ~1000:1; written only as fast as the client reads.
      const pump = (): void => {
        while (!closed && sent < 4096 && gz.write(zeros)) sent++;
        if (!closed && sent < 4096) gz.once('drain', pump);
      };
      res.on('close', () => {
        closed = true;
        gz.destroy();
      });
      pump();
    });
    const e = await refusal(
      fetchBytes(`${server.origin}/bomb.parquet`, { expect: 'parquet', maxBytes: 8 << 20 }),
    );
    expect(e.code).toBe('too-large');
    expect(e.message).toContain('8.0 MiB limit');
    await expect.poll(() => closed, { timeout: 3_000 }).toBe(true);
    expect(sent).toBeLessThan(200); // MiB of zeros produced, of the 4 GiB the server would send
  });
});
