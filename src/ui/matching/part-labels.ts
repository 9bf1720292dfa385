/** The order and i18n keys of the bars on a match card (every variable, then the collaborative signal). */
import type { MessageKey } from '../../app/i18n/messages-ko.ts';
import { VARIABLE_IDS, type VariableId } from '../../core/matching/index.ts';

export type PartId = VariableId | 'collaborative';

export const PART_ORDER: readonly PartId[] = [...VARIABLE_IDS, 'collaborative'];

export function partLabelKey(id: PartId): MessageKey {
  return `matching.var.${id}` as MessageKey;
}

export function partHelpKey(id: PartId): MessageKey {
  return `matching.varHelp.${id}` as MessageKey;
}
