/** English strings of the continuity screens (merged into messages-en.ts; keys must match continuity.ko.ts). */
export const continuityEn = {
  'nav.continuity': 'Continuity index',
} as const;
