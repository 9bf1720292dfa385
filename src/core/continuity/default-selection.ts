/**
 * The default selection of the continuity model (the screening rule's choice) made fittable, visibly: before
 * the fit, a kept candidate that is constant or an exact linear combination of earlier ones on the labelled
 * rows is dropped (as R's glm drops aliased terms), then while any VIF among the chosen variables is ≥ 10 the
 * one with the largest VIF is dropped; after the fit, a variable that separates the outcome is dropped and the
 * model refitted. Every drop is a coded note that names the variable and why. An analyst's explicit selection
 * never goes through here: it is fitted as given or refused with the fit's own error.
 */
import { combinationText, equalsOther, findAliased } from '../stats/aliasing.ts';
import { fitNote, type FitNote } from '../stats/fit-notes.ts';
import type { SeparationFinding } from '../stats/separation.ts';
import { pruneByVif, VIF_LIMIT } from '../stats/vif-pruning.ts';
import { centredCrossProducts } from '../stats/vif.ts';
import { checkFinite, columnOf, gather, type FeatureTable } from './feature-table.ts';

export type DropReason = 'constant' | 'aliased' | 'vif';

export interface DroppedVariable {
  name: string;
  reason: DropReason;
  note: FitNote;
}

const BACK_ON = 'switch it back on in the screening table to fit it anyway';

function fmt(x: number, digits = 3): string {
  return String(Number(x.toPrecision(digits)));
}

/** Aliasing and VIF pruning of `variables` on `rows` (the labelled rows). Order of `variables` is kept. */
export function pruneSelection(
  table: FeatureTable,
  variables: readonly string[],
  rows: Uint32Array,
): { variables: string[]; dropped: DroppedVariable[] } {
  checkFinite(table, variables, rows);
  const columns = variables.map((v) => gather(columnOf(table, v), rows));
  const dropped: DroppedVariable[] = [];
  const alias = findAliased(columns);
  for (const a of alias.aliased) {
    const name = variables[a.index];
    if (a.kind === 'constant') {
      const value = fmt(a.intercept, 6);
      dropped.push({
        name,
        reason: 'constant',
        note: fitNote(
          'dropped-constant',
          { variable: name, value },
          `"${name}" was dropped from the default selection: it is constant (${value}) on every labelled row; ${BACK_ON}`,
        ),
      });
    } else if (equalsOther(a)) {
      const other = variables[a.basis[0]];
      dropped.push({
        name,
        reason: 'aliased',
        note: fitNote(
          'dropped-equal',
          { variable: name, other },
          `"${name}" was dropped from the default selection: it equals "${other}" on every labelled row, so the ` +
            `two effects cannot be told apart (aliased); ${BACK_ON}`,
        ),
      });
    } else {
      const basis = a.basis.map((j) => variables[j]);
      const formula = `${name} = ${combinationText(a, variables)}`;
      dropped.push({
        name,
        reason: 'aliased',
        note: fitNote(
          'dropped-aliased',
          { variable: name, basis: basis.join(', '), formula },
          `"${name}" was dropped from the default selection: on every labelled row it is an exact linear ` +
            `combination of ${basis.map((b) => `"${b}"`).join(', ')} (${formula}), so its effect cannot be ` +
            `estimated separately (aliased); ${BACK_ON}`,
        ),
      });
    }
  }
  const { matrix } = centredCrossProducts(columns);
  const vif = pruneByVif(matrix, columns.length, alias.kept);
  for (const d of vif.drops) {
    const name = variables[d.index];
    const other = variables[d.partner];
    const v = fmt(d.vif);
    const r = fmt(d.r);
    dropped.push({
      name,
      reason: 'vif',
      note: fitNote(
        'dropped-vif',
        { variable: name, vif: v, other, r, limit: VIF_LIMIT },
        `"${name}" was dropped from the default selection: VIF ${v} with "${other}" (r = ${r}) among the ` +
          `selected variables, at or above ${VIF_LIMIT}; ${BACK_ON}`,
      ),
    });
  }
  const kept = new Set(vif.kept.map((j) => variables[j]));
  return { variables: variables.filter((v) => kept.has(v)), dropped };
}

/** L2 penalty (on the standardised slopes) the default selection refits with when the data separate the outcome. */
export const SEPARATION_L2 = 1;

/**
 * The note for a default selection refitted with an L2 penalty because `finding` separates the outcome. The
 * penalty is used instead of dropping the variables because export history separates by construction: a firm
 * that exported in t−1 and t is continuing at t+1 whatever happens, so "exported at t" and "exported at t−1"
 * together quasi-separate the label, yet their difference is what ranks the firms the history cannot decide.
 */
export function separationNote(finding: SeparationFinding, l2: number): FitNote {
  // Name the variables that dominate the runaway direction (at most five), not every one that moved.
  const largest = Math.max(...finding.strength);
  const main = finding.variables
    .map((name, m) => ({ name, s: finding.strength[m] }))
    .filter((x) => x.s >= 0.1 * largest)
    .sort((a, b) => b.s - a.s)
    .slice(0, 5)
    .map((x) => x.name);
  const variables = main.join(', ');
  return fitNote(
    'separation-penalised',
    { variables, kind: finding.kind, rows: finding.perfectlyPredicted, l2 },
    `${main.map((v) => `"${v}"`).join(', ')} separate the outcome (${finding.kind} separation, ` +
      `${finding.perfectlyPredicted} rows predicted with certainty), so the plain maximum-likelihood estimates do ` +
      `not exist; the default selection was refitted with an L2 penalty of ${l2} on the standardised slopes so that ` +
      'an index exists (standard errors are approximate); switch a variable off to fit without the penalty',
  );
}
