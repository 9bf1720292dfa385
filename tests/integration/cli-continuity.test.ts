/**
 * The `continuity` command as outside checks call it (docs/architecture.md#command-line-contract): spawned through
 * tsx on the bundled sample, its JSON has exactly the contract's keys; --out writes the index table as CSV and
 * Parquet (one row per firm with a status at T, with contract types); bad input exits 2 with a one-line reason and no
 * stack trace; a dataset with too few years still prints its counts, with model null and a warning.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeEngine } from '../../src/data/engine/engine-native.node.ts';
import { generateDataset } from '../../src/data/generate/write-dataset.node.ts';
import { copySample, removeDir, rewriteTable } from './helpers/dataset-fixtures.ts';
import { runCli, type CliRun } from './helpers/cli-runner.ts';
import type { MonitoringJson } from '../../src/cli/commands/continuity.ts';

const cli = (...args: string[]) => runCli(['continuity', ...args]);

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'cli-continuity-'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe('continuity --json on the sample', () => {
  let run: CliRun;
  let json: Record<string, unknown>;
  beforeAll(async () => {
    run = await cli('--data', 'data-samples/sample', '--json');
    json = JSON.parse(run.stdout) as Record<string, unknown>;
  });

  it('prints exactly the documented keys and nothing else on stdout', () => {
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(Object.keys(json)).toEqual(['year', 'counts', 'model', 'validation', 'monitoring', 'warnings']);
    expect(json.year).toBe(2024);
    expect(json.counts).toEqual({ continuing: 740, stopped: 573, pending: 121, beginner: 171 });
    const model = json.model as Record<string, unknown>;
    expect(Object.keys(model)).toEqual(['n', 'coefficients', 'log_likelihood', 'aic', 'bic', 'mcfadden_r2']);
    const coefficients = model.coefficients as Record<string, unknown>[];
    expect(coefficients[0].name).toBe('const');
    for (const c of coefficients) {
      expect(Object.keys(c)).toEqual(['name', 'estimate', 'std_error', 'z', 'p']);
      expect(typeof c.estimate).toBe('number');
    }
    expect(model.n).toBeGreaterThan(8000);
    const validation = json.validation as Record<string, number>;
    expect(Object.keys(validation)).toEqual(['auc', 'ks', 'brier']);
    expect(validation.auc).toBeGreaterThan(0.96);
    expect(Array.isArray(json.warnings)).toBe(true);
    // Monitoring (docs/continuity-method.md#11-monitoring): the validation model (2016–2022) on 2023 and 2024.
    const m = json.monitoring as MonitoringJson;
    expect(Object.keys(m)).toEqual(['train_from', 'train_to', 'n_reference', 'refit', 'years']);
    expect([m.train_from, m.train_to]).toEqual([2016, 2022]);
    expect(m.years.map((y) => y.year)).toEqual([2023, 2024]);
    expect(m.years[0].calibration?.groups).toHaveLength(10);
    expect(m.years[1].calibration).toBeNull();
    expect(m.years[0].variables.map((v) => v.name)).toEqual(coefficients.slice(1).map((c) => c.name));
  });

  it('takes --year', async () => {
    const r = await cli('--data', 'data-samples/sample', '--year', '2017', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { year: number; counts: Record<string, number> };
    expect(j.year).toBe(2017);
    expect(j.counts).toMatchObject({ continuing: 648, stopped: 120 });
  });
});

describe('continuity --out', () => {
  it('writes the index table as CSV', async () => {
    const file = join(tmp, 'index.csv');
    const r = await cli('--data', 'data-samples/sample', '--out', file);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Export continuity index — 2024/);
    const lines = (await readFile(file, 'utf8')).trimEnd().split('\r\n');
    expect(lines[0]).toBe('exporter_id,year,status,index,risk_group');
    expect(lines).toHaveLength(1 + 740 + 573 + 121 + 171);
    const cells = lines.slice(1).map((l) => l.split(','));
    expect(
      cells.every((c) => c[1] === '2024' && ['continuing', 'stopped', 'pending', 'beginner'].includes(c[2])),
    ).toBe(true);
    const scored = cells.filter((c) => c[3] !== '');
    expect(scored.length).toBeGreaterThan(1500);
    expect(scored.every((c) => (Number(c[3]) < 50 ? 'true' : 'false') === c[4])).toBe(true);
    expect(cells.filter((c) => c[3] === '').every((c) => c[4] === '')).toBe(true);
  });

  it('writes the index table as Parquet with the contract types', async () => {
    const file = join(tmp, 'index.parquet');
    const r = await cli('--data', 'data-samples/sample', '--year', '2023', '--out', file, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).year).toBe(2023);
    const engine = await NodeEngine.create();
    try {
      const types = await engine.query<{ column_name: string; column_type: string }>(
        'SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet(?))',
        [file],
      );
      expect(types.map((t) => [t.column_name, t.column_type])).toEqual([
        ['exporter_id', 'VARCHAR'],
        ['year', 'INTEGER'],
        ['status', 'VARCHAR'],
        ['index', 'DOUBLE'],
        ['risk_group', 'BOOLEAN'],
      ]);
      const [s] = await engine.query<{ n: number; years: number; bad: number }>(
        `SELECT count(*)::INTEGER AS n, count(DISTINCT year)::INTEGER AS years,
           count(*) FILTER (WHERE risk_group IS DISTINCT FROM ("index" < 50))::INTEGER AS bad
         FROM read_parquet(?)`,
        [file],
      );
      expect(s.years).toBe(1);
      expect(s.bad).toBe(0);
      expect(s.n).toBeGreaterThan(1400);
    } finally {
      await engine.close();
    }
  });
});

describe('continuity on a panel where every firm exports to one market and one HS code', () => {
  // The reported failure: n_markets and hs_diversity equal exported_now on every labelled row, and main printed
  // `no model: "n_markets" is a linear combination of "exported_now"` with an empty index for every firm.
  let dir: string;
  beforeAll(async () => {
    dir = join(tmp, 'single-market');
    await generateDataset({
      out: dir,
      seed: 11,
      exporters: 1200,
      buyers: 40,
      startYear: 2014,
      endYear: 2023,
      singleMarket: true,
    });
  });

  it('prints a model, a warning naming each dropped variable, and an index for every firm observed at T', async () => {
    const file = join(tmp, 'single.csv');
    const r = await cli('--data', dir, '--year', '2023', '--out', file, '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as {
      model: { coefficients: { name: string }[] } | null;
      warnings: string[];
    };
    expect(j.model).not.toBeNull();
    const names = j.model?.coefficients.map((c) => c.name) ?? [];
    expect(names).toContain('exported_prev');
    expect(names).not.toContain('n_markets');
    expect(names).not.toContain('hs_diversity');
    for (const v of ['n_markets', 'hs_diversity'])
      expect(j.warnings.some((w) => w.startsWith(`"${v}" was dropped`) && w.includes('"exported_now"'))).toBe(
        true,
      );
    const rows = (await readFile(file, 'utf8'))
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(','));
    const engine = await NodeEngine.create();
    try {
      const observed = new Set(
        (
          await engine.query<{ id: string }>(
            'SELECT DISTINCT exporter_id AS id FROM read_parquet(?) WHERE year = 2023',
            [join(dir, 'firm_years.parquet')],
          )
        ).map((x) => x.id),
      );
      const withRow = rows.filter((c) => observed.has(c[0]));
      expect(withRow.length).toBeGreaterThan(500);
      expect(withRow.every((c) => c[3] !== '' && Number.isFinite(Number(c[3])))).toBe(true);
    } finally {
      await engine.close();
    }
  });
});

describe('continuity bad input', () => {
  const expectBadInput = (r: CliRun, message: RegExp) => {
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  };
  it('missing folder, missing --data, unknown year, bad --out, bad --threshold', async () => {
    expectBadInput(await cli('--data', join(tmp, 'nope'), '--json'), /no such file or folder/);
    expectBadInput(await cli('--json'), /--data is required/);
    expectBadInput(
      await cli('--data', 'data-samples/sample', '--year', '1990', '--json'),
      /no exporter has a status in 1990.*2015–2024/,
    );
    expectBadInput(
      await cli('--data', 'data-samples/sample', '--out', join(tmp, 'x.txt')),
      /--out must end in \.parquet or \.csv/,
    );
    expectBadInput(
      await cli('--data', 'data-samples/sample', '--threshold', '150'),
      /--threshold must be a number from 0 to 100/,
    );
  });

  it('an invalid dataset', async () => {
    const dir = await copySample();
    try {
      await rewriteTable(dir, 'firm_years', 'SELECT * EXCLUDE (employees) FROM t');
      expectBadInput(await cli('--data', dir, '--json'), /does not meet the data contract.*employees/s);
    } finally {
      await removeDir(dir);
    }
  });

  it('too few years: counts printed, model and validation null, warnings say why (exit 0)', async () => {
    const dir = await copySample();
    try {
      for (const t of ['firm_years', 'exports'])
        await rewriteTable(dir, t, 'SELECT * FROM t WHERE year <= 2016');
      const r = await cli('--data', dir, '--json');
      expect(r.code).toBe(0);
      const j = JSON.parse(r.stdout) as {
        year: number;
        counts: Record<string, number>;
        model: unknown;
        validation: unknown;
        warnings: string[];
      };
      expect(j.year).toBe(2016);
      expect(Object.keys(j.counts)).toEqual(['continuing', 'stopped', 'pending', 'beginner']);
      expect(j.model).toBeNull();
      expect(j.validation).toBeNull();
      expect(j.warnings.join(' ')).toMatch(/no labelled firm-years/);
    } finally {
      await removeDir(dir);
    }
  });
});
