/**
 * The default selection of the continuity model on hand-made adversarial panels: aliased candidates (constant,
 * exact linear combinations) are dropped before the fit the way R's glm drops aliased terms, near-collinear ones
 * by VIF pruning, separation gets a penalised fit — each with a coded note naming the variable and why — while an
 * explicit selection keeps today's refusals. The case that failed on main: every firm exports to one market and
 * one HS code, so n_markets and hs_diversity equal exported_now and no model came out at all.
 */
import { describe, expect, it } from 'vitest';
import { pruneSelection } from '../../src/core/continuity/default-selection.ts';
import type { FeatureTable } from '../../src/core/continuity/feature-table.ts';
import { runModel } from '../../src/core/continuity/model-run.ts';
import { createRng } from '../../src/core/random.ts';
import { combinationText, findAliased } from '../../src/core/stats/aliasing.ts';
import { pruneByVif } from '../../src/core/stats/vif-pruning.ts';
import { centredCrossProducts, vif } from '../../src/core/stats/vif.ts';

describe('aliasing, checked against R glm on a case worked by hand', () => {
  // In R:  d <- data.frame(a = c(1, 2, 3, 4, 5, 6), b = 3, d = c(2, 1, 4, 3, 6, 5))
  //        d$c <- 2 * d$a - 1;  d$e <- d$a + d$d
  //        coef(glm(y ~ a + b + c + d + e, binomial, d))  →  b, c and e are NA (aliased): b is constant (the
  //        intercept's column), c is 2·a − 1 (intercept and a), e is a + d. The pivoted QR walks the columns in
  //        formula order and moves each column that is a combination of the earlier ones to the end, so the
  //        later column of an aliased set is the one dropped.
  const a = [1, 2, 3, 4, 5, 6];
  const b = [3, 3, 3, 3, 3, 3];
  const c = a.map((x) => 2 * x - 1);
  const d = [2, 1, 4, 3, 6, 5];
  const e = a.map((x, i) => x + d[i]);
  const names = ['a', 'b', 'c', 'd', 'e'];

  it('drops b (constant), c (= 2a − 1) and e (= a + d), keeps a and d', () => {
    const r = findAliased([a, b, c, d, e]);
    expect(r.kept).toEqual([0, 3]);
    expect(r.aliased.map((x) => [names[x.index], x.kind])).toEqual([
      ['b', 'constant'],
      ['c', 'combination'],
      ['e', 'combination'],
    ]);
    expect(combinationText(r.aliased[1], names)).toBe('2 × a − 1');
    expect(combinationText(r.aliased[2], names)).toBe('a + d');
  });

  it('depends on the order, as in R: y ~ c + a keeps c and drops a = 0.5·c + 0.5', () => {
    const r = findAliased([c, a]);
    expect(r.kept).toEqual([0]);
    expect(combinationText(r.aliased[0], ['c', 'a'])).toBe('0.5 × c + 0.5');
  });

  it('keeps columns that are merely correlated', () => {
    expect(findAliased([a, d]).aliased).toEqual([]);
  });
});

describe('VIF pruning', () => {
  it('drops the largest VIF until all are below 10 and names the most correlated partner', () => {
    const rng = createRng(3);
    const n = 400;
    const x1 = Float64Array.from({ length: n }, () => rng.normal());
    const x2 = x1.map((v) => v + 0.05 * rng.normal()); // VIF ≈ 400 with x1
    const x3 = Float64Array.from({ length: n }, () => rng.normal());
    const cols = [x1, x2, x3];
    const before = vif(cols);
    expect(Math.min(before[0], before[1])).toBeGreaterThan(10);
    const { matrix } = centredCrossProducts(cols);
    const r = pruneByVif(matrix, 3, [0, 1, 2]);
    expect(r.drops).toHaveLength(1);
    const gone = r.drops[0].index;
    expect([0, 1]).toContain(gone);
    expect(r.drops[0].partner).toBe(1 - gone);
    expect(r.drops[0].vif).toBe(Math.max(before[0], before[1]));
    expect(r.drops[0].r).toBeGreaterThan(0.99);
    const after = vif(r.kept.map((j) => cols[j]));
    expect(Math.max(...after)).toBeLessThan(10);
  });
});

/** A panel of firm-years whose continuation depends on capability, with the given extra columns. */
function panel(
  n: number,
  seed: number,
  extra: (i: number, base: { exported: number; capability: number; label: number }) => number[],
  extraNames: string[],
): FeatureTable {
  const rng = createRng(seed);
  const exported: number[] = [];
  const capability: number[] = [];
  const label: number[] = [];
  for (let i = 0; i < n; i++) {
    const e = rng.next() < 0.6 ? 1 : 0;
    const cap = rng.normal();
    const eta = -0.5 + 1.5 * e + 0.8 * cap;
    exported.push(e);
    capability.push(cap);
    label.push(rng.next() < 1 / (1 + Math.exp(-eta)) ? 1 : 0);
  }
  const rows = label.map((y, i) => [
    exported[i],
    capability[i],
    ...extra(i, { exported: exported[i], capability: capability[i], label: y }),
  ]);
  const names = ['exported_now', 'trade_show', ...extraNames];
  return {
    n,
    exporterId: rows.map((_, i) => `E${String(i).padStart(5, '0')}`),
    year: Int32Array.from(rows.map((_, i) => 2016 + (i % 4))),
    status: rows.map(() => 'continuing'),
    label: Float64Array.from(label),
    names,
    columns: names.map((_, j) => Float64Array.from(rows.map((r) => r[j]))),
  };
}

describe('the default selection on adversarial panels', () => {
  it('every firm one market and one HS code: a model, with n_markets and hs_diversity dropped as aliases of exported_now', () => {
    const t = panel(2000, 1, (_, b) => [b.exported, b.exported], ['n_markets', 'hs_diversity']);
    const run = runModel(t, { variables: null });
    expect(run.variables).toEqual(['exported_now', 'trade_show']);
    expect(run.dropped.map((d) => [d.name, d.reason, d.note.code, d.note.params.other])).toEqual([
      ['n_markets', 'aliased', 'dropped-equal', 'exported_now'],
      ['hs_diversity', 'aliased', 'dropped-equal', 'exported_now'],
    ]);
    expect(run.warnings[0]).toMatch(/"n_markets".*equals "exported_now" on every labelled row/);
    expect(Number.isFinite(run.index[0])).toBe(true);
    // An explicit selection that cannot be fitted keeps the clear refusal.
    expect(() => runModel(t, { variables: ['exported_now', 'n_markets'] })).toThrow(
      /"n_markets" is a linear combination of "exported_now"/,
    );
  });

  it('an exact linear combination of two others is dropped with its formula', () => {
    const t = panel(2000, 2, (_, b) => [b.exported + 2 * b.capability], ['mix']);
    const run = runModel(t, { variables: null });
    expect(run.variables).toEqual(['exported_now', 'trade_show']);
    expect(run.dropped[0].note.code).toBe('dropped-aliased');
    expect(run.dropped[0].note.params.formula).toBe('mix = exported_now + 2 × trade_show');
  });

  it('a constant column is screened out ("no variation") and the model is fitted without it', () => {
    const t = panel(1000, 3, () => [7], ['constant']);
    const run = runModel(t, { variables: null });
    expect(run.screening.find((s) => s.name === 'constant')?.reason).toMatch(/constant/);
    expect(run.variables).not.toContain('constant');
    // The aliasing step names a constant on its own as well (e.g. when the rule is loosened to keep everything).
    const pruned = pruneSelection(
      t,
      ['exported_now', 'constant'],
      Uint32Array.from({ length: t.n }, (_, i) => i),
    );
    expect(pruned.dropped.map((d) => d.note.code)).toEqual(['dropped-constant']);
    expect(() => runModel(t, { variables: ['exported_now', 'constant'] })).toThrow(/constant/);
  });

  it('a near-duplicate (VIF ≥ 10) is dropped with its VIF and partner', () => {
    const rng = createRng(9);
    const t = panel(2000, 4, (_, b) => [b.capability + 0.05 * rng.normal()], ['trade_show_copy']);
    const run = runModel(t, { variables: null });
    expect(run.dropped).toHaveLength(1);
    const d = run.dropped[0];
    expect(d.reason).toBe('vif');
    expect(Number(d.note.params.vif)).toBeGreaterThan(10);
    expect(d.note.message).toMatch(/VIF \d+ with "(trade_show|trade_show_copy)"/);
  });

  it('perfect separation: the default selection gets a penalised fit and says so; an explicit one is refused', () => {
    // "leak" is the label itself, shifted: it separates the outcome completely.
    const t = panel(1000, 5, (_, b) => [b.label * 2 + 1], ['leak']);
    const run = runModel(t, { variables: null });
    expect(run.variables).toContain('leak');
    expect(run.model.l2).toBeGreaterThan(0);
    const note = run.notes.find((n) => n.code === 'separation-penalised');
    expect(note?.params.variables).toContain('leak');
    expect(Number.isFinite(run.index[0])).toBe(true);
    expect(() => runModel(t, { variables: ['exported_now', 'leak'] })).toThrow(/separation/);
  });
});
