import { defineConfig } from 'vitest/config';

// One time zone for every test, whatever the machine's (the chart snapshots and date formats depend on it);
// the workers inherit it. Locales are pinned per test (makeFmt('ko') → ko-KR, makeFmt('en') → en-US).
process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
    ],
  },
});
