import { defineConfig } from '@playwright/test';

// Debian's chromium (apt), driven by Playwright; Playwright's own browser download is not reachable here.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
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
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
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
