import type { Executor } from './database.ts';
import { leesVerzoeken, ruimTellersOp, telVerzoek } from './platform.repository.ts';

type Callback = (err: Error | null, res?: { current: number; ttl: number }) => void;

/**
 * A store for @fastify/rate-limit that keeps the counters in the database (table rate_limit_teller), so every
 * server process behind a load balancer counts the same requests. Used on PostgreSQL; the embedded engine has
 * one process, which keeps the plugin's in-memory store. Each route limit gets its own key space (`child`).
 * When the database does not answer, the request is let through rather than refused: a rate limit must not
 * take the service down.
 */
export function databaseRateLimitStore(db: Executor) {
  let teller = 0;
  return class DatabaseRateLimitStore {
    private readonly ruimte: string;
    // The plugin constructs the store with its options; children get the route's name.
    constructor(ruimte?: unknown) {
      this.ruimte = typeof ruimte === 'string' ? ruimte : 'globaal';
    }

    incr(key: string, cb: Callback, timeWindow: number): void {
      // Expired rows are removed now and then, not on every request.
      if (++teller % 1000 === 0) void ruimTellersOp(db).catch(() => undefined);
      telVerzoek(db, `${this.ruimte}|${key}`, timeWindow)
        .then((r) => cb(null, { current: r.teller, ttl: Math.max(0, r.tot.getTime() - Date.now()) }))
        .catch(() => cb(null, { current: 0, ttl: timeWindow }));
    }

    read(key: string, cb: Callback): void {
      leesVerzoeken(db, `${this.ruimte}|${key}`)
        .then((r) => cb(null, r ? { current: r.teller, ttl: Math.max(0, r.tot.getTime() - Date.now()) } : { current: 0, ttl: 0 }))
        .catch(() => cb(null, { current: 0, ttl: 0 }));
    }

    // The plugin passes its merged route parameters, with the route under routeInfo (typed as RouteOptions).
    child(routeOptions: object): DatabaseRateLimitStore {
      const r = (routeOptions as { routeInfo?: { method?: string | string[]; url?: string } }).routeInfo;
      const naam = r?.url ? `${Array.isArray(r.method) ? r.method.join(',') : (r.method ?? '')} ${r.url}` : 'niet-gevonden';
      return new DatabaseRateLimitStore(naam);
    }
  };
}

/**
 * A counter shared by all processes, for limits that are not per route (failed logins per account):
 * `tel` counts one event, `lees` returns the events in the current window without counting.
 */
export const gedeeldeTeller = {
  tel: (db: Executor, sleutel: string, vensterMs: number): Promise<number> => telVerzoek(db, sleutel, vensterMs).then((r) => r.teller),
  lees: async (db: Executor, sleutel: string): Promise<number> => (await leesVerzoeken(db, sleutel))?.teller ?? 0,
};
