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
export const TYPES_FILE = path.join(ROOT_DIR, 'src', 'contract', 'api', 'openapi-types.ts');

/** TypeScript types of every path's requests and responses (openapi-typescript), for the web app. */
export async function typesVan(document: string): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const kop = '// Generated from docs/openapi.json by `npm run openapi` (openapi-typescript). Do not edit.\n\n';
  return kop + astToString(await openapiTS(JSON.parse(document) as Parameters<typeof openapiTS>[0]));
}

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
  const doc = await servedOpenApi();
  fs.writeFileSync(OPENAPI_FILE, doc);
  fs.writeFileSync(TYPES_FILE, await typesVan(doc));
  process.stdout.write(`${path.relative(ROOT_DIR, OPENAPI_FILE)} en ${path.relative(ROOT_DIR, TYPES_FILE)} bijgewerkt\n`);
}
