/** Names of the contract's tables in the UI language ("firm_years" → 기업 연도별 현황); unknown tables as named. */
import { i18n } from './i18n.svelte.ts';
import { ko, type MessageKey } from './messages-ko.ts';

export function tableName(table: string): string {
  const key = `table.${table}`;
  return key in ko ? i18n.t(key as MessageKey) : table;
}
