/**
 * The `logit` command as outside checks call it (docs/architecture.md#command-line-contract): spawned through tsx on
 * the fixture CSVs, its JSON has exactly the contract's keys and statsmodels' numbers; bad input exits 2 with a
 * message naming the file / column / row and no stack trace; separation exits 0 with converged false and the variable
 * named.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from './helpers/cli-runner.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'logit');
// LOGIT_CLI_ENTRY lets the suite run against another entry point (e.g. before the command is registered).
const ENTRY = process.env.LOGIT_CLI_ENTRY ?? 'src/cli/main.ts';

const cli = (...args: string[]) => runCli(['logit', ...args], { entry: ENTRY });

interface RefFit {
  n: number;
  coefficients: { name: string; estimate: number; std_error: number; z: number; p: number }[];
  log_likelihood: number;
  ll_null: number;
  aic: number;
  bic: number;
  mcfadden_r2: number;
}

async function reference(name: string): Promise<{ statsmodels: RefFit; metrics: { auc: number } }> {
  return JSON.parse(await readFile(join(FIXTURES, `${name}.json`), 'utf8'));
}

const rel = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);
const KEYS = [
  'n',
  'coefficients',
  'log_likelihood',
  'll_null',
  'aic',
  'bic',
  'mcfadden_r2',
  'auc',
  'converged',
  'warnings',
];

function expectNoStack(run: CliRun): void {
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stderr).not.toMatch(/internal error/);
}

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'cli-logit-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function csv(name: string, text: string): Promise<string> {
  const path = join(tmp, name);
  await writeFile(path, text);
  return path;
}

describe('logit --json', () => {
  for (const [name, y, x] of [
    ['spector', 'GRADE', 'GPA,TUCE,PSI'],
    ['correlated', 'continued', 'sales_krw,employees,firm_age,operating_margin,trade_show,certifications'],
  ] as const) {
    it(`${name}: exact keys and statsmodels' numbers`, async () => {
      const run = await cli('--csv', join(FIXTURES, `${name}.csv`), '--y', y, '--x', x, '--json');
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout.trim().split('\n')).toHaveLength(1);
      const out = JSON.parse(run.stdout);
      expect(Object.keys(out).sort()).toEqual([...KEYS].sort());
      const ref = await reference(name);
      const sm = ref.statsmodels;
      expect(out.n).toBe(sm.n);
      expect(out.converged).toBe(true);
      expect(out.coefficients).toHaveLength(sm.coefficients.length);
      out.coefficients.forEach((c: Record<string, unknown>, j: number) => {
        const r = sm.coefficients[j];
        expect(Object.keys(c).sort()).toEqual(['estimate', 'name', 'p', 'std_error', 'z']);
        expect(c.name).toBe(r.name);
        expect(rel(c.estimate as number, r.estimate)).toBeLessThan(1e-6);
        expect(rel(c.std_error as number, r.std_error)).toBeLessThan(1e-5);
        expect(rel(c.z as number, r.z)).toBeLessThan(1e-5);
        expect(rel(c.p as number, r.p)).toBeLessThan(1e-4);
      });
      expect(rel(out.log_likelihood, sm.log_likelihood)).toBeLessThan(1e-9);
      expect(rel(out.ll_null, sm.ll_null)).toBeLessThan(1e-9);
      expect(rel(out.aic, sm.aic)).toBeLessThan(1e-9);
      expect(rel(out.bic, sm.bic)).toBeLessThan(1e-9);
      expect(rel(out.mcfadden_r2, sm.mcfadden_r2)).toBeLessThan(1e-8);
      expect(out.auc).toBeCloseTo(ref.metrics.auc, 12);
      expect(Array.isArray(out.warnings)).toBe(true);
    });
  }

  it('the TypeScript kernel gives the same answer', async () => {
    const args = ['--csv', join(FIXTURES, 'spector.csv'), '--y', 'GRADE', '--x', 'GPA,TUCE,PSI', '--json'];
    const [wasm, ts] = await Promise.all([cli(...args), cli(...args, '--kernel', 'ts')]);
    const a = JSON.parse(wasm.stdout);
    const b = JSON.parse(ts.stdout);
    a.coefficients.forEach((c: { estimate: number }, j: number) =>
      expect(rel(c.estimate, b.coefficients[j].estimate)).toBeLessThan(1e-12),
    );
  });

  it('reads quoted headers and fields, CRLF line ends and a BOM', async () => {
    const rows = (await readFile(join(FIXTURES, 'spector.csv'), 'utf8')).trim().split('\n').slice(1);
    const quoted = rows.map((l) => l.replace(/^([^,]+)/, '"$1"')).join('\r\n');
    const path = await csv('quoted.csv', `\ufeff"GPA","TUCE",PSI,"GRADE"\r\n${quoted}\r\n\r\n`);
    const run = await cli('--csv', path, '--y', 'GRADE', '--x', 'GPA,TUCE,PSI', '--json');
    expect(run.code, run.stderr).toBe(0);
    const sm = (await reference('spector')).statsmodels;
    expect(rel(JSON.parse(run.stdout).coefficients[1].estimate, sm.coefficients[1].estimate)).toBeLessThan(
      1e-6,
    );
  });
});

describe('logit: readable table', () => {
  it('prints estimates and fit statistics to stdout', async () => {
    const run = await cli('--csv', join(FIXTURES, 'spector.csv'), '--y', 'GRADE', '--x', 'GPA,TUCE,PSI');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^GPA\s+2\.8261\s+1\.2629\s+2\.238\s+0\.0252/m);
    expect(run.stdout).toMatch(/McFadden R² 0\.3740/);
    expect(run.stdout).toMatch(/converged: yes/);
  });
});

describe('logit: separation is reported, exit 0', () => {
  it('quasi-complete separation: converged false, null estimate, variable named', async () => {
    const run = await cli(
      '--csv',
      join(FIXTURES, 'quasi_separation.csv'),
      '--y',
      'y',
      '--x',
      'flag,x2',
      '--json',
    );
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.converged).toBe(false);
    expect(out.coefficients[1]).toEqual({ name: 'flag', estimate: null, std_error: null, z: null, p: null });
    expect(out.coefficients[2].estimate).toBeCloseTo(0.7380074674131681, 6);
    expect(out.warnings[0]).toMatch(/quasi-complete separation: "flag" predicts y perfectly/);
  });

  it('complete separation: every estimate null, both variables named', async () => {
    const run = await cli(
      '--csv',
      join(FIXTURES, 'complete_separation.csv'),
      '--y',
      'y',
      '--x',
      'x1,x2',
      '--json',
    );
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.converged).toBe(false);
    expect(out.coefficients.every((c: { estimate: null }) => c.estimate === null)).toBe(true);
    expect(out.log_likelihood).toBeNull();
    expect(out.warnings[0]).toMatch(/"x1" and "x2" together/);
  });
});

describe('logit: bad input exits 2 with a clear message', () => {
  const cases: [string, () => Promise<string[]>, RegExp][] = [
    [
      'missing file',
      async () => ['--csv', join(tmp, 'nope.csv'), '--y', 'y', '--x', 'a'],
      /file not found: .*nope\.csv/,
    ],
    [
      'unknown column',
      async () => ['--csv', join(FIXTURES, 'spector.csv'), '--y', 'GRADE', '--x', 'GPA,SAT'],
      /no column "SAT"; the columns are "GPA", "TUCE", "PSI", "GRADE"/,
    ],
    [
      'non-numeric value',
      async () => ['--csv', await csv('text.csv', 'y,a,b\n0,1,2\n1,2,x7\n0,3,1\n'), '--y', 'y', '--x', 'a,b'],
      /"x7" in column "b" at row 2 \(line 3\) is not a number/,
    ],
    [
      'empty value',
      async () => ['--csv', await csv('empty.csv', 'y,a\n0,1\n1,\n0,3\n'), '--y', 'y', '--x', 'a'],
      /empty value in column "a" at row 2 \(line 3\)/,
    ],
    [
      'outcome not 0/1',
      async () => ['--csv', await csv('y2.csv', 'y,a\n0,1\n2,2\n1,3\n0,4\n'), '--y', 'y', '--x', 'a'],
      /the outcome "y" is 2 at row 2 \(line 3\); it must be 0 or 1/,
    ],
    [
      'wrong number of fields',
      async () => ['--csv', await csv('ragged.csv', 'y,a,b\n0,1,2\n1,2\n'), '--y', 'y', '--x', 'a'],
      /row 2 \(line 3\) has 2 fields but the header has 3/,
    ],
    [
      'constant column',
      async () => [
        '--csv',
        await csv('const.csv', 'y,a,b\n0,1,5\n1,2,5\n0,3,5\n1,5,5\n0,2,5\n'),
        '--y',
        'y',
        '--x',
        'a,b',
      ],
      /"b" \(always 5\) is constant/,
    ],
    [
      'perfect collinearity',
      async () => ['--csv', join(FIXTURES, 'collinear.csv'), '--y', 'y', '--x', 'x1,x2,x3'],
      /"x3" is a linear combination of "x1" and "x2"/,
    ],
    [
      'missing option',
      async () => ['--csv', join(FIXTURES, 'spector.csv'), '--y', 'GRADE'],
      /--x is required/,
    ],
  ];
  for (const [what, args, message] of cases) {
    it(what, async () => {
      const run = await cli(...(await args()));
      expect(run.code, run.stderr).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
      expectNoStack(run);
    });
  }
});
