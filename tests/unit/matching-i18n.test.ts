/**
 * The matching screens build some message keys from data (variable ids, statuses, metrics, funnel steps, contract
 * columns): every such key must exist in both catalogues, or the screen would show a raw key.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/app/i18n/messages-en.ts';
import { ko } from '../../src/app/i18n/messages-ko.ts';
import { VARIABLE_IDS } from '../../src/core/matching/index.ts';
import { CONTRACT } from '../../src/data/contract.ts';

const dynamic = [
  ...[...VARIABLE_IDS, 'collaborative'].flatMap((v) => [`matching.var.${v}`, `matching.varHelp.${v}`]),
  ...['requested', 'accepted', 'declined', 'met', 'contracted'].map((s) => `matching.status.${s}`),
  ...['hybrid', 'content', 'cf', 'popularity', 'random', 'sampled', 'als', 'knn'].map(
    (m) => `matching.model.${m}`,
  ),
  ...['ndcg', 'precision', 'recall', 'map', 'hit_rate', 'coverage', 'exposure_gini'].map(
    (m) => `matching.metric.${m}`,
  ),
  ...['all', 'credit', 'crisis', 'country', 'product'].flatMap((s) => [
    `matching.funnel.${s}`,
    `matching.fix.${s}`,
  ]),
];

describe('matching message keys built from data', () => {
  it('exist in Korean and English', () => {
    for (const key of dynamic) {
      expect(ko, key).toHaveProperty([key]);
      expect(en, key).toHaveProperty([key]);
    }
  });
  it('cover every column of the firm tables shown on the profile', () => {
    const tables = ['exporters', 'buyers', 'firm_years', 'exporter_products', 'buyer_interests'];
    for (const t of CONTRACT.filter((c) => tables.includes(c.name))) {
      for (const c of t.columns) {
        if (c.name === 'name') continue;
        expect(ko, `${t.name}.${c.name}`).toHaveProperty([`matching.fact.${c.name}`]);
      }
    }
  });
});
