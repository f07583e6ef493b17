import { BerichtenService } from './berichten/berichten.service.ts';
import { GebiedenService } from './gebieden/gebieden.service.ts';
import { AdressenService } from './adressen/adressen.service.ts';
import { MeldingenService } from './meldingen/meldingen.service.ts';
import { MonitorService } from './monitor/monitor.service.ts';
import { seedMonitor } from './monitor/monitor.seed.ts';
import { AlertsService } from './monitor/alerts.service.ts';
import { EnqueteService } from './monitor/enquete.service.ts';
import { ZakenService } from './zaken/zaken.service.ts';
import type { Config } from './platform/config.ts';
import type { AppContext } from './platform/context.ts';
import { openDatabase, type Database } from './platform/database.ts';
import { loadGemeenteConfig } from './platform/gemeente-config.ts';
import { migrateToLatest } from './platform/migrator.ts';
import { seedDemoData } from './demo.ts';
import { isFresh, seedGemeente, type SeedResult } from './seed.ts';
import { ensureDemoAccounts } from './toegang/toegang.service.ts';

export interface Started {
  ctx: AppContext;
  database: Database;
  migrated: string[];
  seeded: SeedResult | undefined;
}

/**
 * Open the database, migrate it, seed it on first start (and add demo accounts in demo mode), and load the
 * in-memory area index. Used by `serve`, by the CLI commands and by the tests, so all start the same way.
 */
export async function startContext(
  config: Config,
  opts: { migrate?: boolean; seed?: 'auto' | 'never'; demoData?: boolean; loadDataDir?: Blob } = {},
): Promise<Started> {
  const gemeente = loadGemeenteConfig(config.rootDir, config.gemeente);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, loadDataDir: opts.loadDataDir });
  try {
    const migrated = opts.migrate === false ? [] : (await migrateToLatest(database.db)).applied;
    const gebieden = new GebiedenService(database.db);
    let seeded: SeedResult | undefined;
    if (opts.seed !== 'never') {
      if (await isFresh(database.db)) {
        seeded = await seedGemeente(database.db, gemeente, gebieden, config.rootDir, { demo: config.demo });
      } else if (config.demo) {
        await database.db.transaction().execute((trx) => ensureDemoAccounts(trx, gemeente.toegang));
      }
    }
    await gebieden.reload();
    const berichten = new BerichtenService(database.db, gemeente.sjablonen, config);
    const meldingen = new MeldingenService(database.db, gemeente.meldingen, gebieden, berichten, {
      rootDir: config.rootDir,
      demo: config.demo,
      publiekeUrl: config.publiekeUrl,
      gemeente: gemeente.gemeente.naam,
    });
    await meldingen.init();
    const zaken = new ZakenService(database.db, gemeente.zaaktypen, meldingen, berichten, {
      demo: config.demo,
      publiekeUrl: config.publiekeUrl,
      gemeente: gemeente.gemeente.naam,
    });
    const adressen = new AdressenService(database.db, gebieden, { locatieserverUrl: config.locatieserverUrl, gemeenteCode: gemeente.gemeente.code });
    const alerts = new AlertsService(database.db, gemeente.monitor.nearRepeat, gebieden, berichten, { publiekeUrl: config.publiekeUrl, gemeente: gemeente.gemeente.naam });
    await alerts.init();
    const enquete = new EnqueteService(database.db, gemeente.enquete, gebieden, { publiekeUrl: config.publiekeUrl });
    await enquete.init();
    const monitor = new MonitorService(database.db, gemeente.monitor, gemeente.meldingen, gebieden, alerts, enquete, {
      rootDir: config.rootDir,
      gemeenteCode: gemeente.gemeente.code,
      gemeenteNaam: gemeente.gemeente.naam,
    });
    const ctx: AppContext = { config, db: database.db, engine: database.engine, gemeente, gebieden, meldingen, adressen, monitor, alerts, enquete, zaken, berichten };
    // The real CBS figures shipped in data/monitor/ on a fresh database (demo or not).
    if (seeded) await seedMonitor(ctx);
    // Demo data with the demo accounts on a fresh database (npm start), unless a caller (tests) opts out.
    if (seeded && config.demo && opts.demoData !== false) await seedDemoData(ctx);
    return { ctx, database, migrated, seeded };
  } catch (e) {
    await database.close();
    throw e;
  }
}
