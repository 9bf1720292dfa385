/**
 * Why a firm's list is empty, so that the screen and the CLI can say what to do instead of showing nothing:
 * the firm itself cannot be matched (an exporter without products, a buyer without interests, a bad-credit buyer or
 * one in a crisis country while those rules are on), the event has no counterpart, or the rules and filters remove
 * every counterpart — then the funnel says which step removed the last ones.
 */
import type { Engine } from '../engine/engine.ts';
import { DEFAULT_RULES, type EligibilityRules, type MatchFilters, type PartyType } from './matching-types.ts';
import { eligibleSidesSql, type PairQuerySpec } from './pair-feature-sql.ts';
import { SqlParams } from './sql-builder.ts';

export type FunnelStage = 'all' | 'credit' | 'crisis' | 'country' | 'product';

export type EmptyReason =
  | { readonly code: 'not-in-event'; readonly eventId: string }
  | { readonly code: 'no-products' }
  | { readonly code: 'no-interests' }
  | { readonly code: 'focus-bad-credit' }
  | { readonly code: 'focus-crisis'; readonly level: number }
  | { readonly code: 'event-no-counterparts'; readonly eventId: string }
  | { readonly code: 'filtered'; readonly stage: FunnelStage; readonly funnel: Record<FunnelStage, number> };

async function count(
  engine: Engine,
  spec: PairQuerySpec,
): Promise<{ ex: number; bu: number; matched: number }> {
  const q = new SqlParams();
  const sides = eligibleSidesSql(spec, q);
  const otherCol = spec.focusType === 'exporter' ? 'i.buyer_id' : 'p.exporter_id';
  const join = spec.rules.productMatch
    ? 'FROM prod p, (VALUES (2), (4), (6)) d(n), intr i WHERE i.hs_code = left(p.hs_code, d.n)'
    : 'FROM prod p, intr i';
  const matched =
    spec.rules.productMatch || spec.filters.hsPrefix
      ? `(SELECT count(DISTINCT ${otherCol}) ${join})`
      : `(SELECT count(*) FROM ${spec.focusType === 'exporter' ? 'bu' : 'ex'})`;
  const [r] = await engine.query<{ ex: number; bu: number; matched: number }>(
    `WITH ${sides}
     SELECT (SELECT count(*) FROM ex)::INTEGER AS ex, (SELECT count(*) FROM bu)::INTEGER AS bu,
       ${matched}::INTEGER AS matched`,
    q.values,
  );
  return r;
}

/** Explains an empty list of `focusId` (call it only when the list is empty; the id must exist). */
export async function explainEmptyList(
  engine: Engine,
  focusType: PartyType,
  focusId: string,
  rules: EligibilityRules,
  filters: MatchFilters,
  asOf: PairQuerySpec['asOf'],
): Promise<EmptyReason> {
  const eventId = filters.eventId ?? null;
  if (eventId !== null) {
    const [p] = await engine.query<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM event_participants WHERE event_id = ? AND party_type = ? AND party_id = ?`,
      [eventId, focusType, focusId],
    );
    if (p.n === 0) return { code: 'not-in-event', eventId };
  }
  if (focusType === 'exporter') {
    const [p] = await engine.query<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM exporter_products WHERE exporter_id = ?`,
      [focusId],
    );
    if (p.n === 0 && rules.productMatch) return { code: 'no-products' };
  } else {
    const [b] = await engine.query<{ n: number; bad: boolean | null; crisis: number | null }>(
      `SELECT (SELECT count(*) FROM buyer_interests WHERE buyer_id = ?)::INTEGER AS n, b.bad_credit AS bad,
         (SELECT crisis_level FROM country_macro c WHERE c.country = b.country AND c.year <= ?
          ORDER BY c.year DESC LIMIT 1)::INTEGER AS crisis
       FROM buyers b WHERE b.buyer_id = ?`,
      [focusId, asOf.year, focusId],
    );
    if (b && b.n === 0 && rules.productMatch) return { code: 'no-interests' };
    if (b?.bad === true && rules.badCredit === 'exclude') return { code: 'focus-bad-credit' };
    if (b && b.crisis !== null && rules.excludeCrisis && b.crisis >= rules.crisisThreshold) {
      return { code: 'focus-crisis', level: b.crisis };
    }
  }
  const open: EligibilityRules = {
    ...DEFAULT_RULES,
    productMatch: false,
    badCredit: 'flag',
    excludeCrisis: false,
  };
  const base = { focusType, focusIds: [focusId], asOf };
  const other = focusType === 'exporter' ? 'bu' : 'ex';
  const stages: [FunnelStage, EligibilityRules, MatchFilters][] = [
    ['all', open, { eventId }],
    ['credit', { ...open, badCredit: rules.badCredit }, { eventId }],
    ['crisis', { ...open, badCredit: rules.badCredit, excludeCrisis: rules.excludeCrisis }, { eventId }],
    ['country', { ...rules, productMatch: false }, { eventId, countries: filters.countries }],
    ['product', rules, filters],
  ];
  const funnel = {} as Record<FunnelStage, number>;
  for (const [stage, r, f] of stages) {
    const c = await count(engine, { ...base, rules: r, filters: f });
    funnel[stage] = stage === 'product' ? c.matched : c[other];
  }
  if (funnel.all === 0 && eventId !== null) return { code: 'event-no-counterparts', eventId };
  const order: FunnelStage[] = ['all', 'credit', 'crisis', 'country', 'product'];
  const stage = order.find((s) => funnel[s] === 0) ?? 'product';
  return { code: 'filtered', stage, funnel };
}

/** The reason in plain English (CLI messages; the app translates the code). */
export function emptyReasonText(type: PartyType, id: string, r: EmptyReason): string {
  const other = type === 'exporter' ? 'buyer' : 'exporter';
  switch (r.code) {
    case 'not-in-event':
      return `${type} '${id}' did not take part in event '${r.eventId}': choose another event or no event.`;
    case 'no-products':
      return `exporter '${id}' has no products (exporter_products), so no buyer interest can match: add its HS codes or switch the product-fit rule off.`;
    case 'no-interests':
      return `buyer '${id}' has no interests (buyer_interests), so no exporter product can match: add its HS interests or switch the product-fit rule off.`;
    case 'focus-bad-credit':
      return `buyer '${id}' is flagged bad credit (신용불량) and such buyers are excluded: switch the rule to "flag" to match it anyway.`;
    case 'focus-crisis':
      return `buyer '${id}' is in a country at crisis level ${r.level}, which the crisis rule excludes: switch the rule off to match it anyway.`;
    case 'event-no-counterparts':
      return `event '${r.eventId}' has no ${other} participants: choose another event or no event.`;
    case 'filtered': {
      const f = r.funnel;
      const steps = `${f.all} ${other}s, ${f.credit} after the bad-credit rule, ${f.crisis} after the crisis rule, ${f.country} after the country filter, ${f.product} after the product-fit rule and HS filter`;
      const fix: Record<FunnelStage, string> = {
        all: `there are no ${other}s in the data`,
        credit: 'switch the bad-credit rule to "flag"',
        crisis: 'switch the crisis rule off',
        country: 'add countries to the filter or clear it',
        product: 'clear the HS filter or switch the product-fit rule off',
      };
      return `no eligible ${other} for ${type} '${id}' (${steps}): ${fix[r.stage]}.`;
    }
  }
}
