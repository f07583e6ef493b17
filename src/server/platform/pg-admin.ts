import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Create a new, empty PostgreSQL database next to the one `adminUrl` points at, and return its URL and a
 * function that drops it again. Used by the test helper (a fresh database per test file) and the benchmarks.
 */
export async function createScratchDatabase(adminUrl: string, prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const run = async (statement: string) => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      await c.query(statement);
    } finally {
      await c.end();
    }
  };
  // The name is generated here from [a-z0-9_] only, so interpolating it is safe.
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.href, drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
