/** Korean strings of the matching screens (merged into messages-ko.ts). */
export const matchingKo = {
  'nav.matching': '바이어 매칭',
} as const;
