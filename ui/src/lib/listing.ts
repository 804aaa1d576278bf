// The list for an empty search box (the newest quotes, under whatever filters
// are chosen), kept until the library changes. Clearing the box is the most
// common way back to it, and its answer is the same every time until a write:
// shown from memory, it costs no call into Rust. Only the empty box is kept: a
// query's answer is asked for afresh on every keystroke.

import type { SearchRequest } from "./bindings";

/** The key a request's answer is kept under, or null when it is not kept
 * (the box holds text). Every field counts: filters, limit, show terms. */
export function listingKey(request: SearchRequest): string | null {
  if (request.query !== "") return null;
  return JSON.stringify([request.speaker, request.outlet, request.from, request.to, request.limit, request.show_terms]);
}

export class ListingCache<T> {
  #generation = 0;
  #key: string | null = null;
  #value: T | null = null;

  /** Counts the changes to the library: an answer asked for before a change
   * may predate it and is not kept (see `put`). */
  get generation(): number {
    return this.#generation;
  }

  /** The answer kept under `key`, if any. */
  get(key: string): T | null {
    return key === this.#key ? this.#value : null;
  }

  /** Keeps `value` under `key` (replacing what was kept), unless the
   * library changed since the answer was asked for, at `generation`. */
  put(key: string, value: T, generation: number) {
    if (generation !== this.#generation) return;
    this.#key = key;
    this.#value = value;
  }

  /** The library changed: forget what was kept, and any answer on its way. */
  invalidate() {
    this.#generation++;
    this.#key = null;
    this.#value = null;
  }
}
