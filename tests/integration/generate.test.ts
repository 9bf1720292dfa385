/**
 * The sample generator and `generate` command against real DuckDB: byte-identical output for the same
 * arguments, every contract table and column with the contract's SQL type, keys and references intact,
 * a manifest that tells the truth, the planted signals present (recomputed from the published columns),
 * the committed sample in step with the generator, and bad CLI input answered with exit 2.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT, CONTRACT_ID, TABLE_NAMES, type Manifest } from '../../src/data/contract.ts';
import { NodeEngine } from '../../src/data/engine/engine-native.node.ts';
import {
  CONTINUATION_COEFFICIENTS,
  CONTINUATION_INTERCEPT,
  HISTORY_COEFFICIENTS,
  HISTORY_INTERCEPT,
} from '../../src/data/generate/continuation.ts';
import { DEFAULT_ARGS, type GenerateArgs } from '../../src/data/generate/options.ts';
import { generateDataset } from '../../src/data/generate/write-dataset.node.ts';
import { runCli } from './helpers/cli-runner.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLE_DIR = join(ROOT, 'data-samples', 'sample');
const SMALL: GenerateArgs = { seed: 7, exporters: 300, buyers: 240, startYear: 2015, endYear: 2024 };

const cli = (...args: string[]) => runCli([...args]);

async function hashes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of (await readdir(dir)).sort()) {
    out[f] = createHash('sha256')
      .update(await readFile(join(dir, f)))
      .digest('hex');
  }
  return out;
}

const q = (s: string) => `'${s.replaceAll("'", "''")}'`;

let tmp: string;
let dirA: string;
let engine: NodeEngine;

async function rows<T extends object>(sql: string): Promise<T[]> {
  return engine.query<T>(sql);
}
async function one<T extends object>(sql: string): Promise<T> {
  return (await rows<T>(sql))[0];
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'export-intel-gen-'));
  dirA = join(tmp, 'a');
  await generateDataset({ ...SMALL, out: dirA });
  engine = await NodeEngine.create();
  for (const t of [...TABLE_NAMES, 'truth-continuation', 'truth-matches']) {
    const view = t.replace('-', '_');
    await engine.exec(`CREATE VIEW ${view} AS SELECT * FROM read_parquet(${q(join(dirA, `${t}.parquet`))})`);
  }
});

afterAll(async () => {
  await engine?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('determinism', () => {
  it('gives byte-identical files for the same arguments (CLI in another process) and different ones for another seed', async () => {
    const dirB = join(tmp, 'b');
    const run = await cli(
      'generate',
      '--out',
      dirB,
      '--seed',
      String(SMALL.seed),
      '--exporters',
      String(SMALL.exporters),
      '--buyers',
      String(SMALL.buyers),
      '--years',
      `${SMALL.startYear}-${SMALL.endYear}`,
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    const a = await hashes(dirA);
    expect(await hashes(dirB)).toEqual(a);

    const dirC = join(tmp, 'c');
    await generateDataset({ ...SMALL, seed: SMALL.seed + 1, out: dirC });
    const c = await hashes(dirC);
    for (const t of [
      'exporters.parquet',
      'firm_years.parquet',
      'exports.parquet',
      'matches.parquet',
      'weblog.parquet',
    ]) {
      expect(c[t], t).not.toBe(a[t]);
    }
  });
});

describe('contract', () => {
  it('writes every table and column of the contract with its SQL type, in contract order', async () => {
    for (const spec of CONTRACT) {
      const cols = await rows<{ column_name: string; column_type: string }>(
        `DESCRIBE SELECT * FROM read_parquet(${q(join(dirA, `${spec.name}.parquet`))})`,
      );
      expect(
        cols.map((c) => [c.column_name, c.column_type]),
        spec.name,
      ).toEqual(spec.columns.map((c) => [c.name, c.type]));
    }
  });

  it('keeps primary keys unique and every reference resolvable', async () => {
    for (const spec of CONTRACT) {
      if (!spec.primaryKey) continue;
      const key = spec.primaryKey.join(', ');
      const dup = await one<{ n: number }>(
        `SELECT count(*) AS n FROM (SELECT ${key} FROM ${spec.name} GROUP BY ${key} HAVING count(*) > 1)`,
      );
      expect(dup.n, `${spec.name} (${key})`).toBe(0);
      const nulls = await one<{ n: number }>(
        `SELECT count(*) AS n FROM ${spec.name} WHERE ${spec.primaryKey.map((k) => `${k} IS NULL`).join(' OR ')}`,
      );
      expect(nulls.n).toBe(0);
    }
    for (const spec of CONTRACT) {
      for (const col of spec.columns) {
        if (!col.references) continue;
        const { table, column } = col.references;
        const dangling = await one<{ n: number }>(
          `SELECT count(*) AS n FROM ${spec.name} x WHERE x.${col.name} IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM ${table} r WHERE r.${column} = x.${col.name})`,
        );
        expect(dangling.n, `${spec.name}.${col.name} → ${table}.${column}`).toBe(0);
      }
    }
    // Polymorphic references the contract cannot declare.
    const party = await one<{ n: number }>(`SELECT count(*) AS n FROM event_participants p WHERE
      (party_type = 'exporter' AND party_id NOT IN (SELECT exporter_id FROM exporters)) OR
      (party_type = 'buyer' AND party_id NOT IN (SELECT buyer_id FROM buyers))`);
    expect(party.n).toBe(0);
    const targets = await one<{ n: number }>(`SELECT count(*) AS n FROM weblog WHERE
      (target_type = 'exporter' AND target_id NOT IN (SELECT exporter_id FROM exporters)) OR
      (target_type = 'buyer' AND target_id NOT IN (SELECT buyer_id FROM buyers)) OR
      (user_type = 'exporter' AND user_id NOT IN (SELECT exporter_id FROM exporters)) OR
      (user_type = 'buyer' AND user_id NOT IN (SELECT buyer_id FROM buyers))`);
    expect(targets.n).toBe(0);
  });

  it('respects value rules: HS codes as digit strings, ranges, enums, dates', async () => {
    const r = await one<Record<string, number>>(`SELECT
      (SELECT count(*) FROM exports WHERE NOT regexp_full_match(hs_code, '[0-9]{6}')) AS bad_hs6,
      (SELECT count(*) FROM buyer_interests WHERE length(hs_code) NOT IN (2, 4, 6)) AS bad_prefix,
      (SELECT count(*) FROM exports WHERE value_usd < 10000 OR value_usd > 20000000) AS bad_value,
      (SELECT count(*) FROM firm_years WHERE credit_grade NOT BETWEEN 1 AND 10) AS bad_grade,
      (SELECT count(*) FROM exporters WHERE founded_year NOT BETWEEN 1975 AND 2023) AS bad_founded,
      (SELECT count(*) FROM country_macro WHERE crisis_level NOT BETWEEN 0 AND 4 OR fx_per_usd <= 0) AS bad_macro,
      (SELECT count(*) FROM matches WHERE updated_at < requested_at) AS bad_times,
      (SELECT count(*) FROM matches WHERE (status = 'contracted') <> (contract_value_usd IS NOT NULL)) AS bad_contract,
      (SELECT count(*) FROM events WHERE end_date < start_date) AS bad_dates,
      (SELECT count(*) FILTER (WHERE kind = 'consumer_goods_fair') FROM events) AS fairs`);
    expect(r).toEqual({
      bad_hs6: 0,
      bad_prefix: 0,
      bad_value: 0,
      bad_grade: 0,
      bad_founded: 0,
      bad_macro: 0,
      bad_times: 0,
      bad_contract: 0,
      bad_dates: 0,
      fairs: 2,
    });
  });

  it('writes a manifest whose row counts and sha256 match the files, with a created date fixed by the arguments', async () => {
    const m = JSON.parse(await readFile(join(dirA, 'manifest.json'), 'utf8')) as Manifest;
    expect(m.contract).toBe(CONTRACT_ID);
    expect(m.created).toBe('2025-01-01T00:00:00Z');
    expect(Object.keys(m.tables)).toEqual([...TABLE_NAMES]);
    const files = await hashes(dirA);
    for (const [table, t] of Object.entries(m.tables)) {
      expect(t.path).toBe(`${table}.parquet`);
      expect(t.sha256, table).toBe(files[t.path]);
      const n = await one<{ n: number }>(`SELECT count(*) AS n FROM ${table}`);
      expect(t.rows, table).toBe(n.n);
      expect(n.n, table).toBeGreaterThan(0);
    }
    const truth = JSON.parse(await readFile(join(dirA, 'truth.json'), 'utf8')) as {
      truth: Record<string, { path: string; rows: number; sha256: string }>;
    };
    expect(Object.keys(truth.truth).sort()).toEqual(['truth-continuation', 'truth-matches']);
    for (const t of Object.values(truth.truth)) expect(t.sha256).toBe(files[t.path]);
  });

  it('passes the contract validator (validate command)', async () => {
    const run = await cli('validate', dirA, '--json');
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { ok: boolean }).ok).toBe(true);
  });
});

describe('planted continuation process', () => {
  it('is recomputable exactly from the published columns by the rules in truth.json', async () => {
    await engine.exec(`
      CREATE OR REPLACE TEMP TABLE ex AS SELECT exporter_id, year, sum(value_usd) AS v FROM exports GROUP BY ALL;
      CREATE OR REPLACE TEMP TABLE mix AS SELECT e.exporter_id, e.year,
        sum(e.value_usd * c.crisis_level) / sum(e.value_usd) AS crisis,
        sum(e.value_usd * coalesce(c.import_growth, 0)) / sum(e.value_usd) AS imp,
        sum(e.value_usd * (c.fx_per_usd / p.fx_per_usd - 1)) / sum(e.value_usd) AS fx
        FROM exports e JOIN country_macro c ON c.country = e.country AND c.year = e.year
        JOIN country_macro p ON p.country = e.country AND p.year = e.year - 1 GROUP BY ALL;
      CREATE OR REPLACE TEMP TABLE feat AS SELECT f.exporter_id, f.year,
        CASE WHEN ex.v > 0 THEN 1 ELSE 0 END AS exported_t,
        CASE WHEN f.lang_staff THEN 1 ELSE 0 END AS lang_staff,
        ln(1 + coalesce(f.overseas_marketing_staff, 0)) AS log1p_marketing_staff,
        CASE WHEN f.trade_show THEN 1 ELSE 0 END AS trade_show,
        coalesce(f.certifications, 0) AS certifications,
        f.year - x.founded_year AS firm_age,
        CASE WHEN f.operating_profit_krw IS NULL OR f.sales_krw IS NULL OR f.sales_krw <= 0 THEN 0
             ELSE greatest(-1, least(1, f.operating_profit_krw / f.sales_krw)) END AS operating_margin,
        greatest(-1, least(3, coalesce(f.sales_growth,
          CASE WHEN p.sales_krw > 0 AND f.sales_krw IS NOT NULL THEN f.sales_krw / p.sales_krw - 1 END, 0))) AS sales_growth,
        coalesce(f.credit_grade, 5) AS credit_grade,
        coalesce(mix.crisis, 0) AS crisis_exposure,
        coalesce(mix.imp, 0) AS import_growth_exposure,
        coalesce(mix.fx, 0) AS fx_change_exposure,
        w.oil_usd_bbl / wp.oil_usd_bbl - 1 AS oil_change
      FROM firm_years f JOIN exporters x USING (exporter_id)
      LEFT JOIN ex ON ex.exporter_id = f.exporter_id AND ex.year = f.year
      LEFT JOIN firm_years p ON p.exporter_id = f.exporter_id AND p.year = f.year - 1
      LEFT JOIN mix ON mix.exporter_id = f.exporter_id AND mix.year = f.year
      JOIN world_macro w ON w.year = f.year JOIN world_macro wp ON wp.year = f.year - 1;`);
    const eta =
      `${CONTINUATION_INTERCEPT} + ` +
      Object.entries(CONTINUATION_COEFFICIENTS)
        .map(([k, v]) => `${v} * ${k}`)
        .join(' + ');
    const r = await one<{ n: number; matched: number; maxdiff: number; p_ok: number }>(`
      SELECT count(*) AS n, count(feat.exporter_id) AS matched, max(abs(t.eta - (${eta}))) AS maxdiff,
             count(*) FILTER (WHERE abs(t.p_export_next - 1 / (1 + exp(-t.eta))) < 1e-5) AS p_ok
      FROM truth_continuation t LEFT JOIN feat USING (exporter_id, year)`);
    expect(r.n).toBeGreaterThan(1000);
    expect(r.matched).toBe(r.n);
    expect(r.maxdiff).toBeLessThan(1e-5);
    expect(r.p_ok).toBe(r.n);
  });

  it('makes capability matter: firms at an overseas trade show export the next year more often', async () => {
    const r = await rows<{ trade_show: boolean; rate: number; n: number }>(`
      SELECT f.trade_show, avg(CASE WHEN coalesce(n.v, 0) > 0 THEN 1 ELSE 0 END) AS rate, count(*) AS n
      FROM firm_years f JOIN ex c ON c.exporter_id = f.exporter_id AND c.year = f.year AND c.v > 0
      JOIN firm_years o ON o.exporter_id = f.exporter_id AND o.year = f.year + 1
      LEFT JOIN ex n ON n.exporter_id = f.exporter_id AND n.year = f.year + 1
      WHERE f.trade_show IS NOT NULL GROUP BY ALL ORDER BY 1`);
    const [no, yes] = r;
    expect(no.n).toBeGreaterThan(100);
    expect(yes.n).toBeGreaterThan(100);
    expect(yes.rate).toBeGreaterThan(no.rate + 0.05);
  });

  it('leaves realistic noise: the planted probability separates next-year exporting well but not perfectly', async () => {
    const r = await one<{ auc: number }>(`
      WITH d AS (SELECT t.p_export_next AS s, CASE WHEN coalesce(n.v, 0) > 0 THEN 1 ELSE 0 END AS l
                 FROM truth_continuation t JOIN firm_years o ON o.exporter_id = t.exporter_id AND o.year = t.year + 1
                 LEFT JOIN ex n ON n.exporter_id = t.exporter_id AND n.year = t.year + 1),
           r AS (SELECT l, rank() OVER (ORDER BY s) AS rk FROM d)
      SELECT (sum(rk) FILTER (WHERE l = 1) - count(*) FILTER (WHERE l = 1) * (count(*) FILTER (WHERE l = 1) + 1) / 2.0)
             / (count(*) FILTER (WHERE l = 1) * count(*) FILTER (WHERE l = 0)) AS auc FROM r`);
    expect(r.auc).toBeGreaterThan(0.75);
    expect(r.auc).toBeLessThan(0.92);
  });

  it('plants the data situations of the status rule: gaps, late first exports and firms that never export', async () => {
    const r = await one<{ gaps: number; late: number; never: number; customs_only: number }>(`SELECT
      (SELECT count(DISTINCT exporter_id) FROM (SELECT exporter_id, year, lag(year) OVER (PARTITION BY exporter_id ORDER BY year) AS prev
         FROM (SELECT exporter_id, year FROM firm_years UNION SELECT exporter_id, year FROM exports)) WHERE year - prev > 1) AS gaps,
      (SELECT count(*) FROM (SELECT exporter_id, min(year) AS fy FROM exports GROUP BY ALL) WHERE fy >= 2018) AS late,
      (SELECT count(*) FROM exporters WHERE exporter_id NOT IN (SELECT exporter_id FROM exports)) AS never,
      (SELECT count(*) FROM (SELECT DISTINCT exporter_id, year FROM exports) e
         WHERE NOT EXISTS (SELECT 1 FROM firm_years f WHERE f.exporter_id = e.exporter_id AND f.year = e.year)) AS customs_only`);
    expect(r.gaps).toBeGreaterThan(10);
    expect(r.late).toBeGreaterThan(10);
    expect(r.never).toBeGreaterThan(5);
    expect(r.customs_only).toBeGreaterThan(0);
  });
});

describe('planted history continuation (--continuation history)', () => {
  it('plants exported at t and at t−1 with their own weights, recomputable from the published columns', async () => {
    const dir = join(tmp, 'history');
    const run = await cli(
      'generate',
      '--out',
      dir,
      '--seed',
      '3',
      '--exporters',
      '300',
      '--buyers',
      '40',
      '--years',
      '2015-2022',
      '--continuation',
      'history',
    );
    expect(run.code, run.stderr).toBe(0);
    const truth = JSON.parse(await readFile(join(dir, 'truth.json'), 'utf8')) as {
      continuation: { process?: string; intercept: number; coefficients: Record<string, number> };
    };
    expect(truth.continuation.process).toBe('history');
    expect(truth.continuation.intercept).toBe(HISTORY_INTERCEPT);
    expect(truth.continuation.coefficients).toEqual(HISTORY_COEFFICIENTS);
    const h = await NodeEngine.create();
    try {
      for (const t of ['firm_years', 'exports', 'country_macro', 'truth-continuation'])
        await h.exec(
          `CREATE VIEW ${t.replace('-', '_')} AS SELECT * FROM read_parquet(${q(join(dir, `${t}.parquet`))})`,
        );
      const eta =
        `${HISTORY_INTERCEPT} + ` +
        Object.entries(HISTORY_COEFFICIENTS)
          .map(([k, v]) => `${v} * ${k}`)
          .join(' + ');
      // exported at t−1 counts only when t−1 was reported (a firm_years or exports row), as the status rule sees it.
      const r = await h.query<{ n: number; maxdiff: number; with_prev: number }>(`
        WITH ex AS (SELECT exporter_id, year, sum(value_usd) AS v FROM exports GROUP BY ALL),
        mix AS (SELECT e.exporter_id, e.year, sum(e.value_usd * c.crisis_level) / sum(e.value_usd) AS crisis
          FROM exports e JOIN country_macro c ON c.country = e.country AND c.year = e.year GROUP BY ALL),
        feat AS (SELECT f.exporter_id, f.year,
          CASE WHEN ex.v > 0 THEN 1 ELSE 0 END AS exported_t,
          CASE WHEN pe.v > 0 THEN 1 ELSE 0 END AS exported_t1,
          CASE WHEN f.lang_staff THEN 1 ELSE 0 END AS lang_staff,
          ln(1 + coalesce(f.overseas_marketing_staff, 0)) AS log1p_marketing_staff,
          CASE WHEN f.trade_show THEN 1 ELSE 0 END AS trade_show,
          coalesce(f.certifications, 0) AS certifications,
          coalesce(mix.crisis, 0) AS crisis_exposure
          FROM firm_years f
          LEFT JOIN ex ON ex.exporter_id = f.exporter_id AND ex.year = f.year
          LEFT JOIN ex pe ON pe.exporter_id = f.exporter_id AND pe.year = f.year - 1
          LEFT JOIN mix ON mix.exporter_id = f.exporter_id AND mix.year = f.year)
        SELECT count(*)::INTEGER AS n, max(abs(t.eta - (${eta}))) AS maxdiff,
               count(*) FILTER (WHERE feat.exported_t1 = 1)::INTEGER AS with_prev
        FROM truth_continuation t JOIN feat USING (exporter_id, year)`);
      expect(r[0].n).toBeGreaterThan(1000);
      expect(r[0].with_prev).toBeGreaterThan(300);
      expect(r[0].maxdiff).toBeLessThan(1e-5);
    } finally {
      await h.close();
    }
  });

  it('refuses an unknown process with exit 2', async () => {
    const run = await cli('generate', '--out', join(tmp, 'bad-process'), '--continuation', 'lagged');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--continuation');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('planted matching affinity', () => {
  it('accepts high-affinity requests far more often than low-affinity ones', async () => {
    const r = await rows<{ tercile: number; acc: number; n: number }>(`
      SELECT tercile, avg(CASE WHEN status IN ('accepted', 'met', 'contracted') THEN 1 ELSE 0 END) AS acc, count(*) AS n
      FROM (SELECT m.status, ntile(3) OVER (ORDER BY t.affinity) AS tercile FROM matches m JOIN truth_matches t USING (match_id))
      GROUP BY ALL ORDER BY 1`);
    expect(r).toHaveLength(3);
    expect(r[2].acc).toBeGreaterThan(r[0].acc + 0.25);
  });

  it('accepts deeper HS fits more often (a content signal recoverable from the published tables)', async () => {
    const r = await rows<{ depth: number; acc: number }>(`
      WITH fit AS (SELECT m.match_id, max(length(i.hs_code)) AS depth FROM matches m
        JOIN buyer_interests i ON i.buyer_id = m.buyer_id
        JOIN exporter_products p ON p.exporter_id = m.exporter_id AND starts_with(p.hs_code, i.hs_code) GROUP BY ALL)
      SELECT coalesce(depth, 0) AS depth, avg(CASE WHEN status IN ('accepted', 'met', 'contracted') THEN 1 ELSE 0 END) AS acc
      FROM matches LEFT JOIN fit USING (match_id) WHERE status <> 'requested' GROUP BY ALL ORDER BY 1`);
    const acc = Object.fromEntries(r.map((x) => [x.depth, x.acc]));
    expect(acc[6]).toBeGreaterThan(acc[2]);
  });

  it('has three events with participants, matches at each, and cold-start exporters with no earlier activity', async () => {
    const ev = await rows<{ event_id: string; exporters: number; buyers: number; matches: number }>(`
      SELECT e.event_id,
        (SELECT count(*) FROM event_participants p WHERE p.event_id = e.event_id AND party_type = 'exporter') AS exporters,
        (SELECT count(*) FROM event_participants p WHERE p.event_id = e.event_id AND party_type = 'buyer') AS buyers,
        (SELECT count(*) FROM matches m WHERE m.event_id = e.event_id) AS matches
      FROM events e ORDER BY start_date`);
    expect(ev).toHaveLength(3);
    for (const e of ev) {
      expect(e.exporters).toBeGreaterThan(20);
      expect(e.buyers).toBeGreaterThan(20);
      expect(e.matches).toBeGreaterThan(50);
    }
    const truth = JSON.parse(await readFile(join(dirA, 'truth.json'), 'utf8')) as {
      matching: { cold_start: { event_id: string; exporter_ids: string[] } };
    };
    const cold = truth.matching.cold_start;
    expect(cold.event_id).toBe(ev[2].event_id);
    expect(cold.exporter_ids.length).toBeGreaterThan(5);
    const list = cold.exporter_ids.map(q).join(', ');
    const earlier = await one<{ m: number; w: number; p: number }>(`SELECT
      (SELECT count(*) FROM matches WHERE exporter_id IN (${list}) AND coalesce(event_id, '') <> ${q(cold.event_id)}) AS m,
      (SELECT count(*) FROM weblog WHERE (user_id IN (${list}) OR target_id IN (${list}))
         AND ts < (SELECT start_date FROM events WHERE event_id = ${q(cold.event_id)})) AS w,
      (SELECT count(*) FROM event_participants WHERE party_id IN (${list}) AND event_id <> ${q(cold.event_id)}) AS p`);
    expect(earlier).toEqual({ m: 0, w: 0, p: 0 });
  });

  it("logs every web-log 'request' as a real match request (same pair, same time)", async () => {
    const r = await one<{ n: number; linked: number }>(`
      SELECT count(*) AS n, count(m.match_id) AS linked FROM weblog w LEFT JOIN matches m ON m.requested_at = w.ts AND (
        (w.user_type = 'exporter' AND m.exporter_id = w.user_id AND m.buyer_id = w.target_id) OR
        (w.user_type = 'buyer' AND m.buyer_id = w.user_id AND m.exporter_id = w.target_id))
      WHERE w.event_type = 'request'`);
    expect(r.n).toBeGreaterThan(50);
    expect(r.linked).toBe(r.n);
  });
});

describe('committed sample', () => {
  it('data-samples/sample is exactly what the generator makes with the default arguments', async () => {
    const fresh = join(tmp, 'default');
    await generateDataset({ ...DEFAULT_ARGS, out: fresh });
    const committed = await hashes(SAMPLE_DIR);
    const expected = await hashes(fresh);
    expect(committed, 'regenerate with: npm run --silent cli -- generate --out data-samples/sample').toEqual(
      expected,
    );
    let bytes = 0;
    for (const f of await readdir(SAMPLE_DIR)) bytes += (await readFile(join(SAMPLE_DIR, f))).byteLength;
    expect(bytes).toBeLessThan(10 * 1024 * 1024);
  });
});

describe('generate command input', () => {
  it.each([
    [['--years', '2024-2015'], '--years'],
    [['--exporters', 'abc'], '--exporters'],
  ])('exits 2 with a one-line message for %j', async (args, mentions) => {
    const run = await cli('generate', '--out', join(tmp, 'bad'), ...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(mentions);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 without --out', async () => {
    const run = await cli('generate');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--out');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
