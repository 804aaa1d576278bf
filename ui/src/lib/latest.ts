// One request at a time, the newest winning: a request sent while another
// runs waits for it, and several sent meanwhile fold into one run with the
// newest of them. A result is shown only when no newer request came while it
// was fetched, so an answer to an old keystroke never replaces a newer one and
// keystrokes typed faster than the searches run cost one search, not one each,
// without a debounce delay on any of them.

export interface LatestHandlers<R, T, K> {
  /** Shows a result. `tickets` are those of every request it answers: the
   * request itself and the older ones folded into it. */
  apply: (result: T, request: R, tickets: K[]) => Promise<void> | void;
  fail: (error: unknown, tickets: K[]) => void;
}

export class Latest<R, T, K> {
  #next: R | null = null;
  /** Tickets of the requests not answered yet, oldest first. */
  #tickets: K[] = [];
  #running: Promise<void> | null = null;

  constructor(
    private readonly fetch: (request: R) => Promise<T>,
    private readonly handlers: LatestHandlers<R, T, K>,
  ) {}

  /** Sends `request` (with `ticket`, if any, to hand back with its answer);
   * resolves once the newest request sent so far is answered. */
  send(request: R, ticket?: K): Promise<void> {
    this.#next = request;
    if (ticket !== undefined) this.#tickets.push(ticket);
    this.#running ??= this.#run();
    return this.#running;
  }

  async #run(): Promise<void> {
    try {
      // Never finish within `send`: `#running` must be set before it is cleared.
      await null;
      while (this.#next !== null) {
        const request = this.#next;
        this.#next = null;
        const covered = this.#tickets.length;
        let result: T;
        try {
          result = await this.fetch(request);
        } catch (e) {
          // A newer request will answer these tickets, or fail them itself.
          if (this.#next === null) this.handlers.fail(e, this.#tickets.splice(0, covered));
          continue;
        }
        if (this.#next !== null) continue; // stale: the newer request runs next
        const tickets = this.#tickets.splice(0, covered);
        try {
          await this.handlers.apply(result, request, tickets);
        } catch (e) {
          this.handlers.fail(e, tickets);
        }
      }
    } finally {
      this.#running = null;
    }
  }
}
