/**
 * The yearly panel of each exporter: firm_years (capability and stability variables), exports (value by
 * destination and HS code) and the planted continuation process (continuation.ts) that decides whether
 * the firm exports the next year. Also plants the data defects the continuity work must handle:
 * unobserved years (→ 'pending'), late first exports (→ 'beginner'), firms that never export (no status),
 * years with customs data but no financial report, and NULLs in nullable columns.
 */
import { continuationEta, historyEta, type ContinuationInputs } from './continuation.ts';
import { marketPicker, type Exporter } from './firms.ts';
import type { Macro } from './macro.ts';
import type { GenerateArgs } from './options.ts';
import { bernoulli, clamp, poisson, roundStep, roundTo, sigmoid, stream, type Rng } from './rng.ts';
import type { Cell, RowSink } from './sink.ts';

/** What later stages (events, matches, web log) need to know about a firm's years. */
export interface FirmHistory {
  /** Latent: the firm exported in year startYear + k (whether or not the data shows it). */
  exported: Uint8Array;
  /** The year has a firm_years or an exports row. */
  observed: Uint8Array;
  certifications: Uint8Array;
  tradeShow: Uint8Array;
}

export interface PanelSinks {
  firm_years: RowSink;
  exports: RowSink;
  'truth-continuation': RowSink;
}

interface FirmYearRow {
  employees: number | null;
  sales: number | null;
  netIncome: number | null;
  operatingProfit: number | null;
  capital: number | null;
  salesGrowth: number | null;
  lang: boolean | null;
  marketingStaff: number | null;
  tradeShow: boolean | null;
  certifications: number | null;
  credit: number | null;
}

interface Cellv {
  country: string;
  hs: string;
  value: number;
}

const LN_MIN_SALES = Math.log(0.5e9);
const LN_MAX_SALES = Math.log(200e9);
const LN_TYPICAL_SALES = Math.log(5.5e9);

function orNull<T>(rng: Rng, pNull: number, v: T): T | null {
  return rng.next() < pNull ? null : v;
}

/** The planted model's inputs, computed from published values exactly as CONTINUATION_VARIABLES says. */
function continuationInputs(
  row: FirmYearRow,
  prevRow: FirmYearRow | null,
  cells: readonly Cellv[],
  exported: boolean,
  year: number,
  founded: number,
  macro: Macro,
): ContinuationInputs {
  let margin = 0;
  if (row.operatingProfit !== null && row.sales !== null && row.sales > 0) {
    margin = clamp(row.operatingProfit / row.sales, -1, 1);
  }
  let growth = 0;
  if (row.salesGrowth !== null) growth = row.salesGrowth;
  else if (prevRow && prevRow.sales !== null && row.sales !== null && prevRow.sales > 0) {
    growth = row.sales / prevRow.sales - 1;
  }
  growth = clamp(growth, -1, 3);
  let crisis = 0;
  let imports = 0;
  let fx = 0;
  if (exported && cells.length > 0) {
    let total = 0;
    for (const c of cells) total += c.value;
    for (const c of cells) {
      const w = c.value / total;
      const now = macro.country(c.country, year);
      const before = macro.country(c.country, year - 1);
      crisis += w * now.crisis;
      imports += w * (now.importGrowth ?? 0);
      fx += w * (now.fx / before.fx - 1);
    }
  }
  return {
    exported_t: exported ? 1 : 0,
    lang_staff: row.lang ? 1 : 0,
    log1p_marketing_staff: Math.log1p(row.marketingStaff ?? 0),
    trade_show: row.tradeShow ? 1 : 0,
    certifications: row.certifications ?? 0,
    firm_age: year - founded,
    operating_margin: margin,
    sales_growth: growth,
    credit_grade: row.credit ?? 5,
    crisis_exposure: crisis,
    import_growth_exposure: imports,
    fx_change_exposure: fx,
    oil_change: macro.oil(year) / macro.oil(year - 1) - 1,
  };
}

export function simulateFirm(e: Exporter, args: GenerateArgs, macro: Macro, sinks: PanelSinks): FirmHistory {
  const { startYear, endYear } = args;
  const K = endYear - startYear + 1;
  const rng = stream(args.seed, `panel:${e.id}`);
  const history: FirmHistory = {
    exported: new Uint8Array(K),
    observed: new Uint8Array(K),
    certifications: new Uint8Array(K),
    tradeShow: new Uint8Array(K),
  };
  const k0 = Math.max(0, e.founded - startYear);

  // Observation pattern, fixed up front and independent of exporting (so 'pending' is not informative).
  const customsOnly = new Uint8Array(K);
  for (let k = k0; k < K; k++) {
    const year = startYear + k;
    const gone = e.dropoutYear !== null && year >= e.dropoutYear;
    const gap = bernoulli(rng, e.gappy ? 0.12 : 0.01);
    history.observed[k] = gone || gap ? 0 : 1;
    customsOnly[k] = bernoulli(rng, 0.015) ? 1 : 0;
  }

  // Firm state.
  let logSales = e.logSales0;
  let capital = roundStep(
    Math.max(5e7, Math.exp(logSales) * Math.exp(Math.log(0.1) + 0.5 * rng.normal())),
    1e7,
  );
  let certs = Math.min(12, poisson(rng, Math.exp(0.4 + 0.45 * e.capability)));
  let lang = bernoulli(rng, sigmoid(-0.3 + 1.1 * e.capability));
  const markets = args.singleMarket ? e.markets.slice(0, 1) : [...e.markets];
  const marketWeight = new Map<string, number>(markets.map((m) => [m, Math.exp(0.8 * rng.normal())]));
  const productWeight = e.products.map(() => Math.exp(0.5 * rng.normal()));
  if (e.entry === 'established') history.exported[k0] = bernoulli(rng, 0.7) ? 1 : 0;

  let prevRow: FirmYearRow | null = null;
  let firstVisibleExport = -1;
  for (let k = k0; k < K; k++) {
    const year = startYear + k;
    const exported = history.exported[k] === 1;

    // Stability variables.
    let growth = 0.02 + 0.12 * rng.normal();
    if (k > k0) {
      growth =
        0.02 +
        0.03 * e.stability +
        0.35 * (macro.worldGrowth(year) - 0.03) +
        (history.exported[k - 1] ? 0.015 : -0.01) +
        0.12 * rng.normal();
      logSales = clamp(logSales + growth, LN_MIN_SALES, LN_MAX_SALES);
    }
    const sales = roundStep(Math.exp(logSales), 1e6);
    const margin = clamp(
      0.035 + 0.025 * e.stability + 0.25 * (growth - 0.02) + 0.045 * rng.normal(),
      -0.35,
      0.3,
    );
    const operatingProfit = roundStep(margin * sales, 1e6);
    const netIncome = roundStep(
      operatingProfit * (0.55 + 0.3 * rng.next()) + 0.012 * rng.normal() * sales,
      1e6,
    );
    if (k > k0 && bernoulli(rng, 0.06)) capital = roundStep(capital * (1.2 + 0.8 * rng.next()), 1e7);
    const employees = Math.max(2, Math.round((sales / e.productivity) * Math.exp(0.05 * rng.normal())));

    // Capability variables.
    if (k > k0 && bernoulli(rng, 0.1)) lang = bernoulli(rng, sigmoid(-0.3 + 1.1 * e.capability));
    const staffRate = Math.exp(
      -0.2 + 0.55 * e.capability + 0.35 * (logSales - LN_TYPICAL_SALES) + (exported ? 0.2 : 0),
    );
    const marketingStaff = Math.min(40, poisson(rng, staffRate));
    const tradeShow = bernoulli(rng, sigmoid(-1.0 + 0.9 * e.capability + (exported ? 0.7 : 0)));
    if (k > k0) {
      if (bernoulli(rng, 0.12)) certs = Math.min(15, certs + 1);
      if (bernoulli(rng, 0.04) && certs > 0) certs--;
    }
    const credit = clamp(
      Math.round(5.2 - 1.2 * e.stability - 12 * (margin - 0.035) + rng.normal() + (exported ? -0.3 : 0.3)),
      1,
      10,
    );
    history.certifications[k] = certs;
    history.tradeShow[k] = tradeShow ? 1 : 0;

    // Destinations evolve: crisis markets are often left, new ones are sometimes opened.
    if (k > k0) {
      for (let m = markets.length - 1; m >= 0 && markets.length > 1; m--) {
        if (macro.country(markets[m], year).crisis >= 3 && bernoulli(rng, 0.35)) markets.splice(m, 1);
      }
      if (!args.singleMarket && markets.length < 6 && bernoulli(rng, 0.08)) {
        const m = marketPicker(e.industry).pick(rng);
        if (!marketWeight.has(m)) {
          markets.push(m);
          marketWeight.set(m, Math.exp(0.8 * rng.normal()));
        }
      }
    }
    const cells = exported
      ? exportCells(
          rng,
          e,
          markets,
          marketWeight,
          productWeight,
          Math.exp(logSales),
          macro,
          year,
          args.singleMarket,
        )
      : [];

    // The row as it would be published, NULLs included.
    const row: FirmYearRow = {
      employees: orNull(rng, 0.015, employees),
      sales: orNull(rng, 0.005, sales),
      netIncome: orNull(rng, 0.03, netIncome),
      operatingProfit: orNull(rng, 0.01, operatingProfit),
      capital: orNull(rng, 0.02, capital),
      salesGrowth: null,
      lang: orNull(rng, 0.01, lang),
      marketingStaff: orNull(rng, 0.01, marketingStaff),
      tradeShow: orNull(rng, 0.01, tradeShow),
      certifications: orNull(rng, 0.01, certs),
      credit: orNull(rng, 0.04, credit),
    };
    const observed = history.observed[k] === 1;
    const firmYearPublished = observed && !(exported && customsOnly[k] === 1);
    const reportGrowth = bernoulli(rng, 0.92);
    if (
      firmYearPublished &&
      prevRow &&
      prevRow.sales !== null &&
      row.sales !== null &&
      prevRow.sales > 0 &&
      reportGrowth
    ) {
      row.salesGrowth = roundTo(row.sales / prevRow.sales - 1, 4);
    }
    if (firmYearPublished) sinks.firm_years.add(firmYearCells(e.id, year, row));
    if (observed && exported) {
      for (const c of cells) sinks.exports.add([e.id, year, c.country, c.hs, c.value]);
      if (firstVisibleExport < 0) firstVisibleExport = k;
    }

    // The planted process decides next year's exporting.
    const x = continuationInputs(row, prevRow, cells, exported, year, e.founded, macro);
    const exportedPrev = k > k0 && history.exported[k - 1] === 1 && history.observed[k - 1] === 1 ? 1 : 0;
    const eta = args.continuation === 'history' ? historyEta(x, exportedPrev) : continuationEta(x);
    const p = sigmoid(eta);
    const active = e.entry === 'established' || (e.entry === 'late' && year >= (e.entryYear as number));
    const draw = rng.next();
    if (k + 1 < K) {
      if (active) history.exported[k + 1] = draw < p ? 1 : 0;
      else history.exported[k + 1] = e.entry === 'late' && year + 1 === e.entryYear ? 1 : 0;
    }
    if (firmYearPublished && active) {
      sinks['truth-continuation'].add([
        e.id,
        year,
        roundTo(eta, 6),
        roundTo(p, 6),
        pContinuingNext(history, k, firstVisibleExport, p),
      ]);
    }
    prevRow = firmYearPublished ? row : null;
  }
  return history;
}

/**
 * P(status(t+1) = continuing) under the data's status rule, given what the data shows at t−1 and t:
 * exported in both → 1, in neither → 0, in one → p. NULL when status(t+1) cannot be continuing/stopped
 * (t−1 or t unobserved, or the first export is at t or later → beginner / no status).
 */
function pContinuingNext(h: FirmHistory, k: number, firstVisibleExport: number, p: number): Cell {
  if (k < 1 || !h.observed[k - 1] || !h.observed[k]) return null;
  if (firstVisibleExport < 0 || firstVisibleExport > k - 1) return null;
  const n = h.exported[k - 1] + h.exported[k];
  return n === 2 ? 1 : n === 0 ? 0 : roundTo(p, 6);
}

function firmYearCells(id: string, year: number, r: FirmYearRow): Cell[] {
  return [
    id,
    year,
    r.employees,
    r.sales,
    r.netIncome,
    r.operatingProfit,
    r.capital,
    r.salesGrowth,
    r.lang,
    r.marketingStaff,
    r.tradeShow,
    r.certifications,
    r.credit,
  ];
}

function exportCells(
  rng: Rng,
  e: Exporter,
  markets: readonly string[],
  marketWeight: ReadonlyMap<string, number>,
  productWeight: readonly number[],
  salesKrw: number,
  macro: Macro,
  year: number,
  single = false,
): Cellv[] {
  let active = markets.filter(() => bernoulli(rng, 0.78));
  if (active.length === 0) active = [markets[rng.int(markets.length)]];
  active.sort();
  let prods = e.products.map((_, i) => i).filter(() => bernoulli(rng, 0.8));
  if (prods.length === 0) prods = [rng.int(e.products.length)];
  if (single) prods = [0];
  const raw: { country: string; hs: string; w: number }[] = [];
  for (const m of active) {
    // Crisis destinations get smaller shipments.
    const crisisDamp = macro.country(m, year).crisis >= 3 ? 0.4 : 1;
    for (const i of prods) {
      raw.push({
        country: m,
        hs: e.products[i].hs.code,
        w: (marketWeight.get(m) as number) * productWeight[i] * crisisDamp * Math.exp(0.35 * rng.normal()),
      });
    }
  }
  const totalUsd = Math.max(
    15_000 * raw.length,
    (salesKrw / macro.krwPerUsd(year)) * e.exportShare * Math.exp(0.3 * rng.normal()),
  );
  let sum = 0;
  for (const c of raw) sum += c.w;
  return raw.map((c) => ({
    country: c.country,
    hs: c.hs,
    value: clamp(Math.round((totalUsd * c.w) / sum), 10_000, 20_000_000),
  }));
}
