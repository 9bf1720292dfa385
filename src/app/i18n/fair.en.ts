/** English strings of the fair-booth screens (merged into messages-en.ts; keys must match fair.ko.ts). */
export const fairEn = {
  'nav.fair': 'Fair booth',
} as const;
