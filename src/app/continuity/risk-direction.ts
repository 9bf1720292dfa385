/**
 * Which way is worse for each continuity candidate, so the risk-factor chart colours a bar by whether the risk
 * group is worse off on that variable — not by the sign of the difference. Credit grade runs 1 (best) to 10, so
 * a higher grade in the risk group is a risk (red) although the difference is positive. External variables whose
 * effect on an exporter has no fixed sign (exchange-rate, oil and raw-material changes) stay neutral.
 */
import type { RiskTone } from '../../charts/diverging-bars.ts';

const HIGHER_IS_WORSE = new Set([
  'credit_grade',
  'crisis_level',
  'missing_financials',
  'missing_capability',
  'missing_credit',
]);
const NO_DIRECTION = new Set(['fx_change', 'oil_change', 'raw_material_change']);

/** Tone of a standardized difference (risk − continuing) on a variable. */
export function riskTone(variable: string, difference: number): RiskTone {
  if (NO_DIRECTION.has(variable) || difference === 0 || !Number.isFinite(difference)) return 'neutral';
  const riskHigher = difference > 0;
  return riskHigher === HIGHER_IS_WORSE.has(variable) ? 'worse' : 'better';
}
