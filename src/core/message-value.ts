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

/** C0 controls (NUL … U+001F) and DEL: never meaningful in ids, file names or paths from the data. */
export function hasControlCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}
