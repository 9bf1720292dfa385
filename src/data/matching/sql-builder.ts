/**
 * Builds SQL text with `?` placeholders and collects the bound values in the same order, so that every value
 * coming from a user (an id, an event, a country, an HS prefix, a cutoff) enters SQL only as a parameter.
 */
import type { SqlValue } from '../engine/engine.ts';

export class SqlParams {
  readonly values: SqlValue[] = [];

  /** Returns '?' and remembers the value. */
  p(value: SqlValue): string {
    this.values.push(value);
    return '?';
  }
}

/** Separator for id lists passed as one string parameter (string_split); ids containing it are refused. */
export const ID_SEPARATOR = '\u001f';
