import type { namesKo } from './names.ko.ts';

export const namesEn = {
  'table.exporters': 'Exporters',
  'table.firm_years': 'Firm-years',
  'table.exports': 'Exports',
  'table.buyers': 'Buyers',
  'table.exporter_products': 'Exporter products',
  'table.buyer_interests': 'Buyer interests',
  'table.exporter_targets': 'Exporter target markets',
  'table.buyer_prefs': 'Buyer preferences',
  'table.events': 'Events',
  'table.event_participants': 'Event participants',
  'table.matches': 'Matches',
  'table.weblog': 'Web log',
  'table.country_macro': 'Country indicators',
  'table.world_macro': 'World indicators',
  'overview.mapNoData': 'No exports',
  'overview.mapLegend': 'Export value (log scale)',
  'chart.tone.worse': 'Risk group worse off',
  'chart.tone.better': 'Risk group better off',
  'chart.tone.neutral': 'No fixed direction',
} as const satisfies Record<keyof typeof namesKo, string>;
