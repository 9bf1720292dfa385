/**
 * A value taken from the data, ready to go inside a message: JSON-quoted, so control characters and terminal
 * escapes show as `\u001b` instead of acting, and cut to about 80 characters, so a 2 MB cell does not make a
 * 2 MB message.
 */
export const MESSAGE_VALUE_MAX = 80;

export function quoteForMessage(value: string, max = MESSAGE_VALUE_MAX): string {
  const cut = value.length > max ? `${value.slice(0, max)}…` : value;
  return JSON.stringify(cut);
}

/**
 * Text for a terminal: every control character (C0, DEL and the C1 range, where U+009B is a one-character CSI)
 * written as the `\u001b` escape JSON uses, so a name from the data cannot recolour, move or retitle the terminal.
 * `keep` is the newline the CLI's own line breaks use; data fields are escaped with nothing kept, so a name
 * cannot forge a line either.
 */
export function escapeControls(s: string, keep: '' | '\n' = ''): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) =>
    c === keep ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** C0 controls (NUL … U+001F) and DEL: never meaningful in ids, file names or paths from the data. */
export function hasControlCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}
