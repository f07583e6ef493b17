import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { OPENAPI_FILE, servedOpenApi, TYPES_FILE, typesVan } from './helpers/openapi.ts';
import { MODULES } from '../src/server/modules.ts';

test('the served OpenAPI document equals docs/openapi.json (run `npm run openapi` after an API change)', async () => {
  const served = await servedOpenApi();
  const checkedIn = fs.existsSync(OPENAPI_FILE) ? fs.readFileSync(OPENAPI_FILE, 'utf8') : '';
  assert.ok(served === checkedIn, 'docs/openapi.json is out of date: run `npm run openapi` and commit the result');
  // The web's response types are generated from the same document.
  assert.ok((await typesVan(served)) === fs.readFileSync(TYPES_FILE, 'utf8'), 'src/contract/api/openapi-types.ts is out of date: run `npm run openapi`');
  const doc = JSON.parse(served) as { tags: { name: string }[]; paths: Record<string, Record<string, { tags?: string[]; responses: Record<string, { content?: Record<string, { schema?: unknown }> }> }>> };
  const tags = new Set(doc.tags.map((t) => t.name));
  for (const m of MODULES) for (const t of m.tags ?? []) assert.ok(tags.has(t.name), `tag ${t.name} of ${m.naam}`);
  // Every operation is tagged with a declared tag, so every module appears in the document.
  for (const [p, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      assert.ok(op.tags?.length && op.tags.every((t) => tags.has(t)), `${method.toUpperCase()} ${p} has a declared tag`);
    }
  }
});
