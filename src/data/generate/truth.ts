/**
 * truth.json: what the generator planted, for the continuity and matching work to recover and to be
 * tested against. Written beside the dataset; the truth Parquet files it lists are not tables of the
 * contract and are not in the manifest.
 */
import {
  ACCEPTANCE,
  AFFINITY_NOISE_SD,
  AFFINITY_WEIGHTS,
  HS_FIT_BY_DEPTH,
  PRICE_FIT_SCALE,
} from './affinity.ts';
import {
  CONTINUATION_COEFFICIENTS,
  CONTINUATION_INTERCEPT,
  CONTINUATION_VARIABLES,
  HISTORY_COEFFICIENTS,
  HISTORY_INTERCEPT,
  HISTORY_VARIABLES,
  NULL_CANDIDATES,
} from './continuation.ts';
import { TASTE_CENTRE_NORM, TASTE_DIM, TASTE_SCALE, TASTE_SEGMENTS, TASTE_SPREAD } from './taste.ts';
import type { GeneratedWorld } from './generate-tables.ts';
import { TRUTH_TABLES, type TruthTableName } from './sink.ts';

export const TRUTH_FORMAT = 'export-intel/truth-1';

export interface TruthFileInfo {
  path: string;
  rows: number;
  sha256: string;
}

export function buildTruth(
  world: GeneratedWorld,
  files: Record<string, { path: string; rows: number; sha256: string }>,
  truthFiles: Record<TruthTableName, TruthFileInfo>,
) {
  const { args, plan, matches } = world;
  const last = plan.events[plan.events.length - 1];
  const coldIds = [...plan.coldStart].sort((a, b) => a - b).map((i) => world.exporters[i].id);
  return {
    format: TRUTH_FORMAT,
    seed: args.seed,
    args: {
      exporters: args.exporters,
      buyers: args.buyers,
      years: `${args.startYear}-${args.endYear}`,
    },
    continuation: {
      description:
        'For a firm with an export history, exporting in year t+1 (sum of exports.value_usd > 0) is ' +
        'Bernoulli(sigmoid(eta)), eta = intercept + sum_j coefficient_j * variable_j(t), every variable computed ' +
        'from the contract columns at t as defined below. Established firms (exporting before the window) follow ' +
        'the process from the first year; late starters from their first export year; some firms never export ' +
        '(about 15% of the default sample show no exports at all). Unobserved years (no firm_years and no exports rows) are planted independently of exporting. ' +
        'Only the yearly statuses computed from the data (docs/continuity-method.md, section 1) are meant as labels: ' +
        'y = status(t+1) = continuing.',
      link: 'logit',
      ...(args.continuation === 'history'
        ? {
            process: 'history',
            intercept: HISTORY_INTERCEPT,
            coefficients: { ...HISTORY_COEFFICIENTS },
            variables: { ...HISTORY_VARIABLES },
          }
        : {
            intercept: CONTINUATION_INTERCEPT,
            coefficients: { ...CONTINUATION_COEFFICIENTS },
            variables: { ...CONTINUATION_VARIABLES },
            null_candidates: NULL_CANDIDATES,
          }),
      per_row: {
        file: 'truth-continuation.parquet',
        columns: {
          exporter_id: 'firm',
          year: 't: the year the variables describe (rows only where firm_years has a row at t)',
          eta: 'the planted linear predictor at t',
          p_export_next: 'sigmoid(eta) = P(the firm exports in t+1)',
          p_continuing_next:
            'P(status(t+1) = continuing | data at t−1, t): 1 if exported in t−1 and t, 0 if in neither, ' +
            'p_export_next if in one; NULL where status(t+1) cannot be continuing/stopped (t−1 or t unobserved, ' +
            'first export at t or later)',
        },
      },
    },
    matching: {
      description:
        'A meeting request is accepted (status accepted, met or contracted) with probability ' +
        'sigmoid(acceptance.intercept + acceptance.slope * affinity), affinity = sum of weights * parts + noise; ' +
        'at events also only while both sides have meetings left (event_participants.max_meetings, NULL = 12). ' +
        "About 4% of requests are never answered (status 'requested'). Who is asked is biased by HS fit, wishes, " +
        'taste and, for buyers, a hidden popularity that does NOT raise acceptance, so popularity is a weak ' +
        'recommender. Latent factors are fixed over time, so earlier events and matches predict later ones.',
      weights: { ...AFFINITY_WEIGHTS },
      noise_sd: AFFINITY_NOISE_SD,
      acceptance: { link: 'logit', ...ACCEPTANCE },
      parts: {
        hs_fit:
          'max over (buyer_interests.hs_code prefix, exporter_products.hs_code it starts): ' +
          JSON.stringify(HS_FIT_BY_DEPTH) +
          ' by prefix length; 0 when no product fits',
        price_fit: `exp(−|ln(unit price / target price)| / ${PRICE_FIT_SCALE}) for the best-fitting (interest, product), from the true prices (published values may be NULL)`,
        wishes:
          "0.5 × exporter side (1 if the buyer's country is in exporter_targets, 0 if not, 0.5 if the firm has no targets) + " +
          '0.5 × buyer side (mean of: origin_country KR or NULL; firm age ≥ min_founded_years or NULL; ' +
          'certifications > 0 in the event year or needs_certification not true; 1 without a buyer_prefs row)',
        taste:
          `u_e · v_b, latent factors of dimension ${TASTE_DIM}: u = ${TASTE_SCALE} × (centre of one of ${TASTE_SEGMENTS} style ` +
          `segments shared by both sides, |centre| = ${TASTE_CENTRE_NORM}, + ${TASTE_SPREAD} × N(0, I)); not published`,
        noise: `N(0, ${AFFINITY_NOISE_SD}²), fixed per (exporter, buyer) pair`,
      },
      per_row: {
        file: 'truth-matches.parquet',
        columns: {
          match_id: 'matches.match_id',
          hs_fit: 'the parts above, for the pair in the request year',
          price_fit: 'see parts',
          wishes: 'see parts',
          taste: 'see parts',
          noise: 'see parts',
          affinity: 'sum of weights × parts + noise',
          p_accept: 'sigmoid(acceptance.intercept + acceptance.slope × affinity), before the capacity limit',
        } satisfies Record<(typeof TRUTH_TABLES)['truth-matches'][number]['name'], string>,
      },
      events: plan.events.map((ev) => ({
        event_id: ev.id,
        exporters: ev.exporters.length,
        buyers: ev.buyers.length,
        matches: matches.filter((m) => m.eventId === ev.id).length,
      })),
      matches_outside_events: matches.filter((m) => m.eventId === null).length,
      cold_start: {
        event_id: last.id,
        description: 'exporters at the last event with no earlier event, match or web-log activity',
        exporter_ids: coldIds,
      },
    },
    weblog: {
      sessions: world.sessions,
      description:
        "Browsing is biased by the same affinity (clicks ∝ exp(1.5·affinity without noise), saves more likely for high affinity); every 'request' row is a real matches row (same pair, ts = requested_at).",
    },
    files,
    truth: truthFiles,
  };
}
