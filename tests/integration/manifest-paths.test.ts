/**
 * Manifest table paths against a real HTTP server: a path that a URL parser turns into "outside the prefix"
 * (encoded dots, tabs that hide a protocol-relative address) is refused before any table is fetched, so no file
 * from another folder or origin can become part of the dataset. The CLI applies the same rule to folders.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { planFromUrl } from '../../src/data/dataset/plan-url.ts';
import { copySample, editManifest, removeDir } from './helpers/dataset-fixtures.ts';
import { sendJson, startServer, type TestServer } from './helpers/http-fixture.ts';
import { runCliSync } from './helpers/cli-runner.ts';

const servers: TestServer[] = [];
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await Promise.all(dirs.map(removeDir));
});

function manifestWith(path: string) {
  return { contract: 'export-intel/1', name: 'hostile', created: '', tables: { exporters: { path } } };
}

async function datasetServer(path: string): Promise<TestServer> {
  const s = await startServer((req, res) => {
    if (req.url === '/ds/manifest.json') sendJson(res, manifestWith(path));
    else {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end('PAR1');
    }
  });
  servers.push(s);
  return s;
}

async function readAll(prefix: string): Promise<void> {
  const plan = await planFromUrl(prefix);
  for (const f of plan.files) await f.read(undefined, () => undefined);
}

describe('manifest paths over HTTP', () => {
  it('refuses %2e%2e segments and fetches nothing outside the prefix', async () => {
    for (const path of ['%2e%2e/other/exporters.parquet', '%2e%2e/%2e%2e/%2e%2e/index.html']) {
      const s = await datasetServer(path);
      await expect(readAll(`${s.origin}/ds/`)).rejects.toThrow(/encoded dot/);
      expect(s.requests).toEqual(['/ds/manifest.json']);
    }
  });

  it('refuses a tab-hidden address on another origin, which is never contacted', async () => {
    const other = await startServer((_req, res) => {
      res.writeHead(200);
      res.end('PAR1');
    });
    servers.push(other);
    const s = await datasetServer(`\t/\t/${other.origin.slice('http://'.length)}/ok/good/exporters.parquet`);
    await expect(readAll(`${s.origin}/ds/`)).rejects.toThrow(/control character/);
    expect(other.requests).toEqual([]);
  });
});

function validate(path: string) {
  return runCliSync(['validate', path]);
}

describe('manifest paths in the CLI', () => {
  it('applies the same rule to a folder: encoded dots and a NUL byte are refused with a plain message', async () => {
    const dir = await copySample();
    dirs.push(dir);
    for (const [path, why] of [
      ['%2e%2e/exporters.parquet', /encoded dot/],
      ['exporters\u0000.parquet', /control character/],
    ] as const) {
      await editManifest(dir, (m) => {
        m.tables.exporters.path = path;
      });
      const r = validate(dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(why);
      expect(r.stderr).not.toMatch(/ERR_INVALID_ARG|\n\s+at /);
    }
  });
});
