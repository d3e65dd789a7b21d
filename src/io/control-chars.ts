// Control characters in text that came from a file or an argument. A terminal obeys them: ESC
// starts a sequence that can clear the screen, set the window title or write the clipboard
// (OSC 52), and C1 bytes (0x9B is a one-byte CSI) do the same on some terminals. This is the one
// definition of what counts as a control character, used by content validation (which refuses
// them, with a position) and by the doors to the terminal (which show them escaped).

/** C0 controls but tab and line feed, DEL, and C1 controls. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const CONTROL_ALL = new RegExp(CONTROL.source, "g");
/** The same with line feed and the Unicode line separators: for text that must stay on one line (a tab is harmless there). */
const CONTROL_OR_BREAK = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;
/** A colour code exactly as chalk writes it (SGR: ESC [ digits ; digits m). */
const SGR = /\u001b\[[0-9;]*m/y;

/** The first control character of `text` (tab and line feed allowed), or undefined. */
export function firstControl(text: string): { index: number; name: string } | undefined {
  const match = CONTROL.exec(text);
  return match ? { index: match.index, name: controlName(match[0]) } : undefined;
}

/** "ESC (U+001B)", "BEL (U+0007)", "U+009B": how a message names a control character. */
export function controlName(char: string): string {
  const code = char.charCodeAt(0);
  const names: Record<number, string> = { 0x07: "BEL", 0x08: "BS", 0x0d: "CR", 0x1b: "ESC", 0x7f: "DEL" };
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  return names[code] ? `${names[code]} (${hex})` : hex;
}

const escaped = (char: string) => (char === "\n" ? "\\n" : char === "\r" ? "\\r" : char === "\t" ? "\\t" : `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);

/**
 * Text made harmless for a terminal: every control character shown as a JSON-style escape
 * ("\u001b[2J" appears as those six visible characters). `oneLine` escapes line feeds
 * too, for messages that must stay one line; otherwise they are kept.
 */
export function visible(text: string, { oneLine = false } = {}): string {
  return text.replace(oneLine ? CONTROL_OR_BREAK : CONTROL_ALL, escaped);
}

/**
 * Text we are about to write to the terminal, made of our own colour codes around pieces that
 * may have come from files: the colour codes chalk writes pass, every other control character
 * is shown escaped. So a title with "\e]0;PWNED\a" in a history or note file cannot set the
 * window title, whichever message quotes it.
 */
export function terminalSafe(text: string): string {
  if (!CONTROL.test(text)) return text;
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (!CONTROL.test(char)) continue;
    out += text.slice(from, i);
    SGR.lastIndex = i;
    const colour = char === "\u001b" ? SGR.exec(text) : null;
    if (colour) {
      out += colour[0];
      i += colour[0].length - 1;
    } else {
      out += escaped(char);
    }
    from = i + 1;
  }
  return out + text.slice(from);
}
