/**
 * Fit warnings and refusals of the continuity model in the reader's language: each carries a message code with
 * the values it names; every code that the model steps emit on adversarial panels (aliased, near-collinear,
 * separated, constant, one outcome class, no labels, too few years, a non-finite value) has a Korean and an
 * English text with the same placeholders; the app fills them in with the variables' labels (Korean without
 * English words, English without Hangul), while the CLI keeps the English sentence.
 */
import { describe, expect, it } from 'vitest';
import { describeNote } from '../../src/app/continuity/note-text.ts';
import { en } from '../../src/app/i18n/messages-en.ts';
import { ko } from '../../src/app/i18n/messages-ko.ts';
import type { FeatureTable } from '../../src/core/continuity/feature-table.ts';
import { runModel } from '../../src/core/continuity/model-run.ts';
import { createRng } from '../../src/core/random.ts';
import { fitNote, noteOfError, type FitNote } from '../../src/core/stats/fit-notes.ts';

function panel(
  n: number,
  years: number,
  extra: Record<string, (i: number, y: number) => number>,
): FeatureTable {
  const rng = createRng(5);
  const label: number[] = [];
  const cap: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = rng.normal();
    cap.push(c);
    label.push(rng.next() < 1 / (1 + Math.exp(-0.8 * c)) ? 1 : 0);
  }
  const names = ['trade_show', ...Object.keys(extra)];
  return {
    n,
    exporterId: label.map((_, i) => `E${i}`),
    year: Int32Array.from(label.map((_, i) => 2016 + (i % years))),
    status: label.map(() => 'continuing'),
    label: Float64Array.from(label),
    names,
    columns: [
      Float64Array.from(cap),
      ...Object.values(extra).map((f) => Float64Array.from(label, (y, i) => f(i, y))),
    ],
  };
}

/** Notes of a run, or the refusal as a note. */
function notesOf(t: FeatureTable, variables: string[] | null): FitNote[] {
  try {
    return runModel(t, { variables }).notes;
  } catch (e) {
    return [noteOfError(e)];
  }
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('coded fit notes', () => {
  const rng = createRng(8);
  const t = panel(1500, 4, {
    n_markets: (i, y) => (i % 3 === 0 ? 1 : 0) + 0.3 * y,
    hs_diversity: (i, y) => (i % 3 === 0 ? 1 : 0) + 0.3 * y, // equals n_markets
    employees_log: () => 0,
  });
  // A near-duplicate of trade_show (VIF ≫ 10).
  t.columns[3] = t.columns[0].map((v) => v + 0.01 * rng.normal());
  const leak = panel(600, 4, { exported_now: (_, y) => y });
  const oneYear = panel(400, 1, { n_markets: (i) => i % 2 });
  const noLabels = { ...panel(50, 2, {}), label: new Float64Array(50).fill(NaN) };
  const oneClass = { ...panel(50, 2, {}), label: new Float64Array(50).fill(1) };
  const broken = panel(200, 3, { certifications: (i) => (i === 7 ? NaN : i % 5) });

  const notes = [
    ...notesOf(t, null), // dropped-equal, dropped-vif
    ...notesOf(leak, null), // separation-penalised, l2-penalty
    ...notesOf(leak, ['trade_show', 'exported_now']), // separation (refused)
    ...notesOf(t, ['n_markets', 'hs_diversity']), // collinear
    ...notesOf(oneYear, null), // no-validation (too-few-years)
    ...notesOf(noLabels, null), // no-labels
    ...notesOf(oneClass, ['trade_show']), // single-class
    ...notesOf(broken, ['trade_show', 'certifications']), // non-finite-value
    ...notesOf(t, []), // no-variables
    ...notesOf(t, ['nope']), // unknown-variable
    fitNote('year-gap', { years: '2019' }, 'no exporter is observed in 2019'),
  ];
  const codes = new Set(notes.map((n) => n.code));

  it('covers the warnings and refusals the issue names', () => {
    for (const c of [
      'dropped-equal',
      'dropped-vif',
      'separation-penalised',
      'separation',
      'collinear',
      'no-validation',
      'no-labels',
      'single-class',
      'non-finite-value',
      'no-variables',
      'unknown-variable',
    ])
      expect(codes, c).toContain(c);
  });

  it('every code has a Korean and an English text with the same placeholders', () => {
    for (const n of notes) {
      const key = `cnote.${n.code}`;
      expect(ko, key).toHaveProperty([key]);
      expect(en, key).toHaveProperty([key]);
      const k = ko[key as keyof typeof ko];
      const e = en[key as keyof typeof en];
      expect(placeholders(k), key).toEqual(placeholders(e));
      for (const p of placeholders(k)) {
        if (p !== 'text') expect(n.params, `${key} {${p}}`).toHaveProperty([p]);
      }
    }
  });

  it('the app says them in Korean or English with the variables’ labels; the CLI keeps English', () => {
    for (const n of notes) {
      const k = describeNote(n, 'ko');
      expect(k, n.code).toMatch(/[가-힣]/);
      expect(k, n.code).not.toMatch(/\{\w+\}/);
      // English words only inside quoted technical formulae, table/column names or Latin abbreviations.
      expect(
        k.replace(
          /\([^)]*=[^)]*\)|[a-z_]+\.[a-z_]+|firm_years|exports|country_macro|VIF|AUC|KS|L2|HS|r =/g,
          '',
        ),
        n.code,
      ).not.toMatch(/\b(was|the|and|with|dropped|variable)\b/i);
      const e = describeNote(n, 'en');
      expect(e, n.code).not.toMatch(/[가-힣]/);
      expect(e, n.code).not.toMatch(/\{\w+\}/);
      expect(n.message).not.toMatch(/[가-힣]/);
    }
    const equal = notes.find((n) => n.code === 'dropped-equal') as FitNote;
    expect(describeNote(equal, 'ko')).toContain(`“${ko['cvar.hs_diversity']}”`);
    expect(describeNote(equal, 'ko')).toContain(`“${ko['cvar.n_markets']}”`);
    expect(describeNote(equal, 'en')).toContain(`“${en['cvar.hs_diversity']}”`);
  });
});
