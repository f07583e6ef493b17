import { MODULES } from './modules.ts';
import type { Config } from './platform/config.ts';
import type { AppContext } from './platform/context.ts';
import { maakBackup } from './platform/backup.ts';
import { openDatabase, type Database } from './platform/database.ts';
import { loadGemeenteConfig } from './platform/gemeente-config.ts';
import { geseedeModules, markeerGeseed } from './platform/platform.repository.ts';
import { migrateToLatest } from './platform/migrator.ts';
import type { ModuleManifest } from './platform/module.ts';

/** Counts from the seed steps that ran on this start (for the start-up message), or undefined when none ran. */
export type SeedResult = Record<string, number>;

export interface Started {
  ctx: AppContext;
  database: Database;
  migrated: string[];
  seeded: SeedResult | undefined;
}

/** Check the module list once: unique names, and every dependency listed before the module that needs it. */
export function controleerModules(modules: readonly ModuleManifest[]): void {
  const gezien = new Set<string>();
  for (const m of modules) {
    if (gezien.has(m.naam)) throw new Error(`Module ${m.naam} staat twee keer in de lijst`);
    for (const a of m.afhankelijk ?? []) {
      if (!gezien.has(a)) throw new Error(`Module ${m.naam} heeft ${a} nodig, maar ${a} staat er niet vóór in src/server/modules.ts`);
    }
    gezien.add(m.naam);
  }
}

/**
 * Open the database, migrate it, start every module's services, seed each module that has not been seeded on
 * this database (and add demo data in demo mode on a new one), then run each module's `gereed` step. Used by
 * `serve`, by the CLI commands and by the tests, so all start the same way.
 */
export async function startContext(
  config: Config,
  opts: { migrate?: boolean; seed?: 'auto' | 'never'; demoData?: boolean; loadDataDir?: Blob; modules?: readonly ModuleManifest[] } = {},
): Promise<Started> {
  const modules = opts.modules ?? MODULES;
  controleerModules(modules);
  const gemeente = loadGemeenteConfig(config.rootDir, config.gemeente, modules);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, leesUrl: config.databaseUrlLezen, dataDir: config.dataDir, loadDataDir: opts.loadDataDir, duurzaam: config.duurzaam, voorrang: config.voorrang });
  try {
    const migrated = opts.migrate === false ? [] : (await migrateToLatest(database.db, modules)).applied;
    // Built up module by module: each `start` sees the services of the modules before it.
    const backup = () => maakBackup(database, config.databaseUrl);
    const ctx = { config, db: database.db, dbLezen: database.dbLezen, engine: database.engine, gemeente, modules, backup } as AppContext;
    for (const m of modules) if (m.start) Object.assign(ctx, await m.start(ctx));

    let seeded: SeedResult | undefined;
    if (opts.seed !== 'never') {
      const klaar = await geseedeModules(database.db);
      for (const m of modules) {
        if (klaar.has(m.naam)) continue;
        const r = await m.seed?.(ctx);
        seeded = { ...seeded, ...(r ?? {}) };
        // Demo data only on a database this start has just set up, unless a caller (tests) opts out.
        if (m.demo && config.demo && opts.demoData !== false) await m.demo(ctx);
        await markeerGeseed(database.db, m.naam);
      }
    }
    for (const m of modules) await m.gereed?.(ctx);
    return { ctx, database, migrated, seeded };
  } catch (e) {
    await database.close();
    throw e;
  }
}

/** Apply every module's seed step again (`buurtveilig seed`: after a config change). */
export async function seedAll(ctx: AppContext): Promise<SeedResult> {
  let result: SeedResult = {};
  for (const m of ctx.modules) result = { ...result, ...((await m.seed?.(ctx)) ?? {}) };
  return result;
}

/** Stop every module's background work, in reverse order. */
export async function stopModules(ctx: AppContext): Promise<void> {
  for (const m of [...ctx.modules].reverse()) await m.stop?.(ctx);
}
