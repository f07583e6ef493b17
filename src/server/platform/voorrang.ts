import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Fairness on the embedded engine. PGlite is one connection on the main thread, and a heavy query blocks the
 * whole process while it runs: under mixed load residents waited seconds for a melding that was long saved,
 * and filed it again. Two rules, applied by VoorrangPool (database.ts):
 *
 * - Heavy reads (work lists, exports, profiles, analyses) run inside `zwaar()`; everything else goes first
 *   when both wait for the connection.
 * - While an urgent request is in flight (`spoedBegin`/`spoedEinde`, the public intake), no heavy read starts
 *   at all: an intake passes the event loop a dozen times, and each time a heavy query could otherwise run
 *   for tens of milliseconds in between. Heavy reads take turns (one at a time), and each waits at most
 *   {@link MAX_WACHT_MS} for this, so work lists still move under a steady stream of meldingen.
 *
 * On PostgreSQL the pool has many connections and the queries run elsewhere; this changes nothing there.
 */
const context = new AsyncLocalStorage<'laag'>();

export const MAX_WACHT_MS = 250;

/** Run a heavy read (work list, export, profile, analysis) behind normal work. */
export const zwaar = <T>(fn: () => Promise<T>): Promise<T> => context.run('laag', fn);

export const isZwaar = (): boolean => context.getStore() === 'laag';

let spoed = 0;
const wachters = new Set<() => void>();

/** An urgent request starts (the intake); heavy reads hold back until it ends. */
export function spoedBegin(): void {
  spoed += 1;
}

export function spoedEinde(): void {
  spoed = Math.max(0, spoed - 1);
  if (spoed === 0) for (const w of [...wachters]) w();
}

/** Resolves when no urgent request is in flight, or after `maxMs`. */
export function geenSpoed(maxMs = MAX_WACHT_MS): Promise<void> {
  if (spoed === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const klaar = () => {
      clearTimeout(t);
      wachters.delete(klaar);
      resolve();
    };
    const t = setTimeout(klaar, maxMs);
    wachters.add(klaar);
  });
}
