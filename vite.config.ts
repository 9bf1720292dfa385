import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
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

/**
 * Writes dist/_headers (the format Netlify and Cloudflare Pages read) with the same policy as the
 * preview server, so a static host sends the CSP as a header too — a <meta> policy does not cover
 * workers. docs/hosting.md shows the S3/CloudFront and nginx equivalents.
 */
function headersFile(): Plugin {
  return {
    name: 'export-intel-headers-file',
    apply: 'build',
    generateBundle() {
      const lines = [
        '/*',
        `  Content-Security-Policy: ${csp}`,
        '  X-Content-Type-Options: nosniff',
        '  Referrer-Policy: no-referrer',
        '',
      ];
      this.emitFile({ type: 'asset', fileName: '_headers', source: lines.join('\n') });
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
  plugins: [
    svelte(),
    bundledSample(),
    cspMeta(),
    headersFile(),
    // Booth mode: the service worker precaches the app, DuckDB-WASM (the eh bundle only), the Parquet
    // decoder, the fonts and the bundled sample, so every screen works with no network at all.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      manifest: {
        name: '수출 인텔리전스 · Export Intelligence',
        short_name: '수출 인텔리전스',
        description: '수출기업·바이어 매칭과 수출지속지수 분석 (오프라인 지원)',
        lang: 'ko',
        theme_color: '#0f3b7a',
        background_color: '#f5f7fa',
        display: 'standalone',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,wasm,woff2,svg,json,parquet,webmanifest}'],
        globIgnores: ['**/duckdb-mvp*', '**/duckdb-coi*', '**/*browser-mvp*', '**/*browser-coi*'],
        maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
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
