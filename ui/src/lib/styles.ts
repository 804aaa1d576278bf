// The citation styles the app offers, with their labels. The setting is kept
// as text (see Settings.citation_style in Rust), so a style saved by a later
// version that this one does not know falls back to AP here without being
// lost from the file until the user saves.
import type { Style } from "./bindings";

export const STYLES: { value: Style; label: string }[] = [
  { value: "ap", label: "AP sentence" },
  { value: "line", label: "Compact line" },
  { value: "apa", label: "APA" },
  { value: "mla", label: "MLA" },
  { value: "chicago-note", label: "Chicago note" },
  { value: "chicago-bibliography", label: "Chicago bibliography" },
];

export function styleOf(name: string): Style {
  return STYLES.find((s) => s.value === name)?.value ?? "ap";
}
