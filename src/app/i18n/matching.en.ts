/** English strings of the matching screens (merged into messages-en.ts; keys must match matching.ko.ts). */
export const matchingEn = {
  'nav.matching': 'Matching',
} as const;
