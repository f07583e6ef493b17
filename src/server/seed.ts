import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { SYSTEEM } from './audit/audit.service.ts';
import type { GebiedenService } from './gebieden/gebieden.service.ts';
import type { DB } from './platform/db-schema.ts';
import type { GemeenteConfig } from './platform/gemeente-config.ts';
import { ensureDemoAccounts, syncToegang } from './toegang/toegang.service.ts';

export interface SeedResult {
  organisaties: number;
  rollen: number;
  gebieden: number;
  demoAccounts: number;
}

/**
 * Apply the gemeente's configuration to the database: roles, permissions and organisations, and the CBS
 * areas shipped in data/. Idempotent (everything is an upsert by code), so it is safe to run again after a
 * config change (`buurtveilig seed`).
 */
export async function seedGemeente(
  db: Kysely<DB>,
  gemeente: GemeenteConfig,
  gebieden: GebiedenService,
  rootDir: string,
  opts: { demo: boolean },
): Promise<SeedResult> {
  await db.transaction().execute((trx) => syncToegang(trx, gemeente.toegang));
  let gebiedenCount = 0;
  for (const file of gemeente.gemeente.gebieden.bestanden) {
    const text = fs.readFileSync(path.resolve(rootDir, file), 'utf8');
    const r = await gebieden.importGeoJson({ actor: SYSTEEM }, text, { bron: `CBS/PDOK ${path.basename(file)}`, jaar: gemeente.gemeente.gebieden.jaar });
    gebiedenCount += r.aantallen.gemeente + r.aantallen.wijk + r.aantallen.buurt;
  }
  const demoAccounts = opts.demo ? await db.transaction().execute((trx) => ensureDemoAccounts(trx, gemeente.toegang)) : 0;
  return {
    organisaties: gemeente.toegang.organisaties.length,
    rollen: gemeente.toegang.rollen.length,
    gebieden: gebiedenCount,
    demoAccounts,
  };
}

/** True when the database has never been seeded (fresh data directory or empty PostgreSQL database). */
export async function isFresh(db: Kysely<DB>): Promise<boolean> {
  const row = await db.selectFrom('rol').select('code').limit(1).executeTakeFirst();
  return row === undefined;
}
