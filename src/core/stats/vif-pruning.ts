/**
 * VIF pruning of a selection: while the largest variance inflation factor among the chosen columns is at or
 * above the threshold (10, the usual rule of thumb), drop the column with the largest VIF, then recompute.
 * Each drop records the VIF and the remaining column it is most correlated with, so that the warning can say
 * "VIF 37 with net_margin". Works on the centred cross-product matrix, so the rows are read once.
 */
import { vifFromCrossProducts } from './vif.ts';

export const VIF_LIMIT = 10;

export interface VifDrop {
  index: number;
  vif: number;
  /** The remaining column with the largest |r| with it, and that r. */
  partner: number;
  r: number;
}

export function pruneByVif(
  matrix: ArrayLike<number>,
  k: number,
  subset: readonly number[],
  limit = VIF_LIMIT,
): { kept: number[]; drops: VifDrop[] } {
  let kept = [...subset];
  const drops: VifDrop[] = [];
  while (kept.length > 1) {
    const v = vifFromCrossProducts(matrix, k, kept);
    let worst = -1;
    for (let m = 0; m < kept.length; m++) if (v[m] >= limit && (worst < 0 || v[m] > v[worst])) worst = m;
    if (worst < 0) break;
    const index = kept[worst];
    kept = kept.filter((j) => j !== index);
    let partner = kept[0];
    let best = -1;
    for (const j of kept) {
      const r = matrix[index * k + j] / Math.sqrt(matrix[index * k + index] * matrix[j * k + j]);
      if (Math.abs(r) > best) {
        best = Math.abs(r);
        partner = j;
      }
    }
    const r =
      matrix[index * k + partner] / Math.sqrt(matrix[index * k + index] * matrix[partner * k + partner]);
    drops.push({ index, vif: v[worst], partner, r });
  }
  return { kept, drops };
}
