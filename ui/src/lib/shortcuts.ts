// The app's keyboard shortcuts, as a pure function of a key event so they can
// be tested without a window.

export type Action =
  | "focus-search"
  | "next"
  | "previous"
  | "open"
  | "copy-citation"
  | "clear"
  | "undo"
  | "extend-next"
  | "extend-previous"
  | "choose-all";

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * What a key press means. `inTextField` is true while the user types into an
 * input, where plain letters (j, k, /) must stay letters.
 */
export function actionFor(e: KeyLike, inTextField: boolean): Action | null {
  const mod = e.ctrlKey || e.metaKey;
  if (mod && e.shiftKey && e.key.toLowerCase() === "c") return "copy-citation";
  if (mod && !e.shiftKey && e.key.toLowerCase() === "k") return "focus-search";
  if (mod && !e.shiftKey && e.key.toLowerCase() === "z" && !inTextField) return "undo";
  if (e.key === "Escape") return "clear";
  if (e.key === "ArrowDown") return e.shiftKey ? "extend-next" : "next";
  if (e.key === "ArrowUp") return e.shiftKey ? "extend-previous" : "previous";
  if (mod && !e.shiftKey && e.key.toLowerCase() === "a" && !inTextField) return "choose-all";
  if (e.key === "Enter" && !mod) return "open";
  if (inTextField || mod || e.altKey) return null;
  switch (e.key) {
    case "/":
      return "focus-search";
    case "j":
      return "next";
    case "k":
      return "previous";
    default:
      return null;
  }
}
