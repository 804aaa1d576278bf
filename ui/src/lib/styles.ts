// How the settings' style picker reads the saved citation style. The setting
// is text (see Settings.citation_style in Rust): our own "ap" or "line", a
// bundled CSL style's name, or the path of a house style's .csl file, which
// Rust resolves the same way `quotebook cite --style` does.
import type { StyleOption } from "./bindings";

/** The picker's entry that stands for "a CSL file of my own". */
export const HOUSE = "house";

/** Whether Rust takes the style as a file's path (a slash, or a .csl name). */
export function isStylePath(style: string): boolean {
  return /[/\\]/.test(style) || style.trim().toLowerCase().endsWith(".csl");
}

/** What the picker shows for a saved style: the listed entry it names, or
 * HOUSE with the file's path. A name no longer listed (or one kept from an
 * earlier version, such as "chicago-note") stays selected as it is. */
export function pickerValue(style: string, options: readonly StyleOption[]): { choice: string; path: string } {
  if (isStylePath(style)) return { choice: HOUSE, path: style };
  const name = style.trim().toLowerCase();
  const listed = options.find((o) => o.value === name);
  return { choice: listed ? listed.value : style, path: "" };
}

/** Whether a path is whole ("/home/ed/house.csl", "C:\\styles\\ours.csl"):
 * the app's working folder is nothing the user chose, so a house style is
 * never looked up relative to it. */
export function isAbsolutePath(path: string): boolean {
  return /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path.trim());
}

/** The setting a picker state saves. */
export function settingOf(choice: string, path: string): string {
  return choice === HOUSE ? path.trim() : choice;
}

/** The picker's groups, in order, with their headings. */
export function grouped(options: readonly StyleOption[]): { heading: string; options: StyleOption[] }[] {
  return [
    { heading: "Attribution (Quotebook)", options: options.filter((o) => o.origin === "quotebook") },
    { heading: "References (CSL styles)", options: options.filter((o) => o.origin === "csl") },
  ].filter((g) => g.options.length > 0);
}
