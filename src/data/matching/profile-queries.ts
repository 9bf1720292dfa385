/**
 * The company profile (기업 프로필) behind a card: every known fact of the firm, its export history by year (an
 * exporter) and its past matches with their outcomes (both sides). Plain SQL over the contract tables; numbers are
 * cast to DOUBLE so no BigInt reaches a chart.
 */
import { InputError } from '../../core/errors.ts';
import type { Engine, Row } from '../engine/engine.ts';
import type { PartyType } from './matching-types.ts';

export interface PastMatch {
  readonly matchId: string;
  readonly counterpartId: string;
  readonly counterpartName: string;
  readonly eventName: string | null;
  readonly requestedBy: string;
  readonly requestedAt: string;
  readonly status: string;
  readonly contractValueUsd: number | null;
}

export interface OutcomesByYear {
  readonly year: number;
  readonly declined: number;
  readonly accepted: number;
  readonly met: number;
  readonly contracted: number;
  readonly requested: number;
}

export interface CompanyProfile {
  readonly type: PartyType;
  readonly id: string;
  readonly name: string;
  /** Facts of the firm's own row (exporters / buyers), and for an exporter its latest firm_years row. */
  readonly facts: Row;
  readonly latestYear: Row | null;
  /** Exporter products or buyer interests. */
  readonly products: Row[];
  /** Exporter target markets / buyer preferences. */
  readonly wishes: Row[];
  /** Export value per year (exporters; empty for buyers). */
  readonly exportsByYear: { year: number; value: number; markets: number }[];
  readonly outcomesByYear: OutcomesByYear[];
  readonly matches: PastMatch[];
  readonly events: { id: string; name: string; startDate: string }[];
}

export async function loadCompanyProfile(
  engine: Engine,
  type: PartyType,
  id: string,
): Promise<CompanyProfile> {
  const exp = type === 'exporter';
  const [facts] = await engine.query<Row>(
    exp ? `SELECT * FROM exporters WHERE exporter_id = ?` : `SELECT * FROM buyers WHERE buyer_id = ?`,
    [id],
  );
  if (!facts) throw new InputError(`Unknown ${type} id '${id}'.`, 'unknown-id');
  const latestYear = exp
    ? ((
        await engine.query<Row>(`SELECT * FROM firm_years WHERE exporter_id = ? ORDER BY year DESC LIMIT 1`, [
          id,
        ])
      )[0] ?? null)
    : null;
  const products = exp
    ? await engine.query<Row>(
        `SELECT hs_code, product_name, unit_price_usd::DOUBLE AS unit_price_usd, min_order_qty::DOUBLE AS min_order_qty,
           capacity_qty::DOUBLE AS capacity_qty FROM exporter_products WHERE exporter_id = ? ORDER BY hs_code`,
        [id],
      )
    : await engine.query<Row>(
        `SELECT hs_code, target_price_usd::DOUBLE AS target_price_usd, quantity::DOUBLE AS quantity
         FROM buyer_interests WHERE buyer_id = ? ORDER BY hs_code`,
        [id],
      );
  const wishes = exp
    ? await engine.query<Row>(`SELECT country FROM exporter_targets WHERE exporter_id = ? ORDER BY country`, [
        id,
      ])
    : await engine.query<Row>(
        `SELECT origin_country, min_founded_years, needs_certification FROM buyer_prefs WHERE buyer_id = ?`,
        [id],
      );
  const exportsByYear = exp
    ? await engine.query<{ year: number; value: number; markets: number }>(
        `SELECT year::INTEGER AS year, sum(value_usd)::DOUBLE AS value, count(DISTINCT country)::INTEGER AS markets
         FROM exports WHERE exporter_id = ? GROUP BY year ORDER BY year`,
        [id],
      )
    : [];
  const col = exp ? 'exporter_id' : 'buyer_id';
  const matches = await engine.query<{
    match_id: string;
    counterpart_id: string;
    counterpart_name: string | null;
    event_name: string | null;
    requested_by: string;
    requested_at: string;
    status: string;
    contract_value_usd: number | null;
  }>(
    `SELECT m.match_id, ${exp ? 'm.buyer_id' : 'm.exporter_id'} AS counterpart_id, c.name AS counterpart_name,
       e.name AS event_name, m.requested_by, strftime(m.requested_at, '%Y-%m-%d') AS requested_at, m.status,
       m.contract_value_usd::DOUBLE AS contract_value_usd
     FROM matches m
     LEFT JOIN ${exp ? 'buyers c ON c.buyer_id = m.buyer_id' : 'exporters c ON c.exporter_id = m.exporter_id'}
     LEFT JOIN events e ON e.event_id = m.event_id
     WHERE m.${col} = ? ORDER BY m.requested_at DESC, m.match_id`,
    [id],
  );
  const outcomesByYear = await engine.query<OutcomesByYear>(
    `SELECT year(requested_at)::INTEGER AS year,
       count(*) FILTER (WHERE status = 'declined')::INTEGER AS declined,
       count(*) FILTER (WHERE status = 'accepted')::INTEGER AS accepted,
       count(*) FILTER (WHERE status = 'met')::INTEGER AS met,
       count(*) FILTER (WHERE status = 'contracted')::INTEGER AS contracted,
       count(*) FILTER (WHERE status = 'requested')::INTEGER AS requested
     FROM matches WHERE ${col} = ? GROUP BY 1 ORDER BY 1`,
    [id],
  );
  const events = await engine.query<{ id: string; name: string; startDate: string }>(
    `SELECT e.event_id AS id, e.name, strftime(e.start_date, '%Y-%m-%d') AS "startDate"
     FROM event_participants p JOIN events e USING (event_id)
     WHERE p.party_type = ? AND p.party_id = ? ORDER BY e.start_date`,
    [type, id],
  );
  return {
    type,
    id,
    name: String(facts.name ?? id),
    facts,
    latestYear,
    products,
    wishes,
    exportsByYear,
    outcomesByYear,
    matches: matches.map((m) => ({
      matchId: m.match_id,
      counterpartId: m.counterpart_id,
      counterpartName: m.counterpart_name ?? m.counterpart_id,
      eventName: m.event_name,
      requestedBy: m.requested_by,
      requestedAt: m.requested_at,
      status: m.status,
      contractValueUsd: m.contract_value_usd,
    })),
    events,
  };
}
