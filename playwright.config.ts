import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.ts';

// Port and build folder can be changed so that several builds can be tested side by side.
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 90_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'ko-KR',
    timezoneId: 'Asia/Seoul',
    viewport: { width: 1280, height: 900 },
    launchOptions: {
      // The shared launcher's browser and flags (scripts/chromium.ts), plus no QUIC and no sync for the e2e runs.
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, '--disable-quic', '--disable-sync'],
    },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1 --outDir ${outDir}`,
    url: `http://127.0.0.1:${port}`,
    // The preview sends the CSP as a header too: it must allow the s3rver bucket the e2e suite starts.
    env: { EXPORT_INTEL_DATA_ORIGINS: process.env.EXPORT_INTEL_DATA_ORIGINS ?? 'http://127.0.0.1:4570' },
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
