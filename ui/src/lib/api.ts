// Typed calls to the Rust commands. The argument and result types come from
// ./bindings, which Rust generates (see src-tauri/tests/bindings.rs); only the
// command names are written here.
import { invoke } from "@tauri-apps/api/core";
import type { CommandError, LibraryStatus } from "./bindings";

/** Turns whatever a command rejected with into a readable message. */
export function errorMessage(e: unknown): string {
  if (e && typeof e === "object" && "message" in e) {
    return String((e as CommandError).message);
  }
  return String(e);
}

export const api = {
  libraryStatus: () => invoke<LibraryStatus>("library_status"),
};
