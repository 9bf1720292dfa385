/** Colours of the continuity statuses, shared by every chart and legend that shows them. */
import { PALETTE } from './chart-frame.ts';

export const STATUS_COLORS: Record<'continuing' | 'stopped' | 'pending' | 'beginner', string> = {
  continuing: PALETTE.ok,
  stopped: PALETTE.danger,
  // The strong variants: the firm tab writes the status in white on these cells.
  pending: PALETTE.mutedStrong,
  beginner: PALETTE.accentStrong,
};
