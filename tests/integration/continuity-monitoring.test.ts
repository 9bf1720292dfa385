/**
 * Monitoring on a generated panel with a planted shift (docs/continuity-method.md#11-monitoring): the bundled sample
 * with `certifications` raised by 3 in every firm-year after T = 2022 (exports, hence statuses and labels, are
 * untouched). Fitted on variables that do not drift on the sample, the monitored model (2016–2022) flags
 * `certifications` as shifted in 2023 and 2024 and no other variable, and calls for a refit; on the unchanged
 * sample the same variables are all below the shifted band.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Monitoring } from '../../src/core/continuity/monitoring.ts';
import { runContinuityPipeline } from '../../src/data/continuity/continuity-pipeline.ts';
import { planFromPath } from '../../src/data/dataset/plan-dir.node.ts';
import { nativeInsert } from '../../src/data/dataset/insert-native.node.ts';
import { loadDataset } from '../../src/data/dataset/load-dataset.ts';
import { NodeEngine } from '../../src/data/engine/engine-native.node.ts';
import { copySample, removeDir, rewriteTable, SAMPLE_DIR } from './helpers/dataset-fixtures.ts';

const VARIABLES = [
  'lang_staff',
  'marketing_staff_log',
  'trade_show',
  'certifications',
  'employees_log',
  'net_margin',
  'operating_margin',
  'capital_log',
  'credit_grade',
  'exported_prev',
  'exported_prev2',
  'n_markets',
  'hs_diversity',
  'value_growth',
];

async function monitoring(dir: string): Promise<Monitoring> {
  const engine = await NodeEngine.create();
  try {
    const r = await loadDataset(await planFromPath(dir), { engine, insertFile: nativeInsert(engine) });
    expect(r.activated).toBe(true);
    const result = await runContinuityPipeline(engine, { request: { variables: VARIABLES, l2: 1 } });
    if (!result.run?.monitoring) throw new Error(`no monitoring: ${result.warnings.join('; ')}`);
    return result.run.monitoring;
  } finally {
    await engine.close();
  }
}

const shifted = (m: Monitoring) =>
  m.years.map((y) => ({
    year: y.year,
    shifted: y.variables.filter((v) => v.band === 'shifted').map((v) => v.name),
  }));

describe('monitoring with a planted shift in one variable after 2022', () => {
  let dir: string;
  let planted: Monitoring;
  let original: Monitoring;
  beforeAll(async () => {
    dir = await copySample();
    await rewriteTable(
      dir,
      'firm_years',
      'SELECT * REPLACE (CASE WHEN year > 2022 AND certifications IS NOT NULL THEN certifications + 3 ' +
        'ELSE certifications END AS certifications) FROM t',
    );
    [planted, original] = await Promise.all([monitoring(dir), monitoring(SAMPLE_DIR)]);
  });
  afterAll(() => removeDir(dir));

  it('flags that variable and no other, in every later year, and calls for a refit', () => {
    expect([planted.trainFrom, planted.trainTo]).toEqual([2016, 2022]);
    expect(shifted(planted)).toEqual([
      { year: 2023, shifted: ['certifications'] },
      { year: 2024, shifted: ['certifications'] },
    ]);
    for (const y of planted.years)
      expect(y.alerts.filter((a) => a.kind === 'variable')).toEqual([
        { kind: 'variable', variable: 'certifications', psi: expect.any(Number) },
      ]);
    expect(planted.refit).toBe(true);
  });

  it('flags nothing on the unchanged sample', () => {
    expect(shifted(original)).toEqual([
      { year: 2023, shifted: [] },
      { year: 2024, shifted: [] },
    ]);
    const cert = (m: Monitoring) => m.years[0].variables.find((v) => v.name === 'certifications')?.psi ?? NaN;
    expect(cert(original)).toBeLessThan(0.1);
    expect(cert(planted)).toBeGreaterThan(0.25);
  });
});
