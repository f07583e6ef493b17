import fs from 'node:fs';
import path from 'node:path';
import { buildApp } from '../../src/server/app.ts';
import { startContext } from '../../src/server/bootstrap.ts';
import { ROOT_DIR } from '../../src/server/platform/config.ts';
import { freshDatabase, testConfig } from './engines.ts';

/**
 * The OpenAPI document the server serves, and the checked-in copy (docs/openapi.json) that makes API changes
 * visible in review. `npm run openapi` rewrites the copy; test/openapi.test.ts fails when they differ.
 */
export const OPENAPI_FILE = path.join(ROOT_DIR, 'docs', 'openapi.json');

export async function servedOpenApi(): Promise<string> {
  const fresh = await freshDatabase('pglite');
  const started = await startContext(testConfig(fresh), { demoData: false, ...fresh.start });
  try {
    const app = await buildApp(started.ctx, { logger: false });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/docs/json' });
      if (res.statusCode !== 200) throw new Error(`/api/docs/json: ${res.statusCode}`);
      return `${JSON.stringify(res.json(), null, 2)}\n`;
    } finally {
      await app.close();
    }
  } finally {
    await started.database.close();
    await fresh.drop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  fs.writeFileSync(OPENAPI_FILE, await servedOpenApi());
  process.stdout.write(`${path.relative(ROOT_DIR, OPENAPI_FILE)} bijgewerkt\n`);
}
