/** Korean strings of the continuity screens (merged into messages-ko.ts). */
export const continuityKo = {
  'nav.continuity': '수출지속지수',
} as const;
