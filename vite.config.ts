import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentSecurityPolicy, dataOriginsFromEnv } from './security-policy.ts';

const SAMPLE_DIR = resolve('data-samples/sample');
const SAMPLE_URL = '/data/sample/';
const dataOrigins = dataOriginsFromEnv(process.env.EXPORT_INTEL_DATA_ORIGINS);
const csp = contentSecurityPolicy(dataOrigins);

/** Ships the bundled sample dataset (data-samples/sample) at /data/sample/ in dev and in the build. */
function bundledSample(): Plugin {
  const files = () =>
    readdirSync(SAMPLE_DIR).filter(
      (f) => statSync(join(SAMPLE_DIR, f)).isFile() && /\.(parquet|json)$/.test(f),
    );
  return {
    name: 'export-intel-bundled-sample',
    configureServer(server) {
      server.middlewares.use(SAMPLE_URL, (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').replace(/^\//, '').split('?')[0]);
        if (!files().includes(name)) return next();
        res.setHeader(
          'Content-Type',
          name.endsWith('.json') ? 'application/json' : 'application/vnd.apache.parquet',
        );
        res.end(readFileSync(join(SAMPLE_DIR, name)));
      });
    },
    generateBundle() {
      for (const f of files()) {
        if (f.startsWith('truth')) continue; // the planted truth is for tests, not for users
        this.emitFile({
          type: 'asset',
          fileName: `data/sample/${f}`,
          source: readFileSync(join(SAMPLE_DIR, f)),
        });
      }
    },
  };
}

/** Puts the CSP into the built index.html (the dev server needs inline styles, so not there). */
function cspMeta(): Plugin {
  return {
    name: 'export-intel-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(dataOrigins, true) },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [svelte(), bundledSample(), cspMeta()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    assetsInlineLimit: 0,
  },
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm', 'parquet-wasm'] },
  preview: {
    headers: {
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
});
