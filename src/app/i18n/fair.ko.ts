/** Korean strings of the fair-booth screens (merged into messages-ko.ts). */
export const fairKo = {
  'nav.fair': '전시회 현장',
} as const;
