import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Create a new, empty PostgreSQL database next to the one `adminUrl` points at, and return its URL and a
 * function that drops it again. Used by the test helper (a fresh database per test file) and the benchmarks.
 */
export async function createScratchDatabase(
  adminUrl: string,
  prefix: string,
  opts: { template?: string; name?: string } = {},
): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const name = opts.name ?? `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  if (!/^[a-z0-9_]+$/.test(name) || (opts.template !== undefined && !/^[a-z0-9_]+$/.test(opts.template))) {
    throw new Error('database names are [a-z0-9_] only');
  }
  const run = async (statement: string) => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      await c.query(statement);
    } finally {
      await c.end();
    }
  };
  // Names are checked against [a-z0-9_] above, so interpolating them is safe. A copy of a template fails
  // while another session is connected to the template; its builder disconnects before anyone copies it,
  // but a concurrent copy can still hold it for a moment, so retry briefly.
  const create = opts.template ? `CREATE DATABASE ${name} TEMPLATE ${opts.template}` : `CREATE DATABASE ${name}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await run(create);
      break;
    } catch (e) {
      if (attempt >= 20 || !/being accessed by other users/.test((e as Error).message)) throw e;
      await new Promise((r) => setTimeout(r, 100 + 50 * attempt));
    }
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.href, name, drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
