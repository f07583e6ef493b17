import fs from 'node:fs';
import readline from 'node:readline';
import { Command, Option } from 'commander';
import type { Started, startContext } from '../server/bootstrap.ts';
import { ConfigError, ENV, loadConfig, type Config } from '../server/platform/config.ts';
import { isAppError } from '../server/platform/errors.ts';
import type { Afstand } from '../server/analyse/near-repeat.ts';

// Only commander and the config reader are loaded up front: each command imports what it needs when it runs,
// so `buurtveilig --help` or `analyse near-repeat` does not load the server, the database driver or PGlite.
const SYSTEEM = { id: null, omschrijving: 'systeem', organisatieId: null } as const;
const lazy = {
  bootstrap: () => import('../server/bootstrap.ts'),
  database: () => import('../server/platform/database.ts'),
  migrator: () => import('../server/platform/migrator.ts'),
  modules: () => import('../server/modules.ts'),
};

interface CommonOptions {
  databaseUrl?: string;
  dataDir?: string;
  gemeente?: string;
  logLevel?: string;
}

/** Options every command that opens the database understands; each is also read from its variable. */
function withDatabaseOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--database-url <url>', 'PostgreSQL-verbinding; zonder deze optie de ingebouwde database').env(ENV.databaseUrl))
    .addOption(new Option('--data-dir <map>', 'map van de ingebouwde database (standaard ./var/db)').env(ENV.dataDir))
    .addOption(new Option('--gemeente <naam>', 'gemeenteprofiel in config/gemeenten/ (standaard maastricht)').env(ENV.gemeente))
    .addOption(new Option('--log-level <niveau>', 'logniveau: fatal, error, warn, info, debug, trace, silent').env(ENV.logLevel));
}

function configFrom(o: CommonOptions, extra: Parameters<typeof loadConfig>[0] = {}): Config {
  return loadConfig({
    ...(o.databaseUrl !== undefined ? { databaseUrl: o.databaseUrl } : {}),
    ...(o.dataDir !== undefined ? { dataDir: o.dataDir } : {}),
    ...(o.gemeente !== undefined ? { gemeente: o.gemeente } : {}),
    ...(o.logLevel !== undefined ? { logLevel: o.logLevel } : {}),
    ...extra,
  });
}

/** Print an error the way a user can act on it, and choose the exit code. */
function fail(e: unknown): never {
  if (e instanceof ConfigError) {
    process.stderr.write(`${e.message}\n`);
    process.exit(2);
  }
  if (isAppError(e)) {
    process.stderr.write(`Fout (${e.code}): ${e.message}\n`);
    for (const f of e.fouten ?? []) process.stderr.write(`  - ${f.veld}: ${f.melding}\n`);
    process.exit(1);
  }
  process.stderr.write(`Fout: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}

/** Start the full context (migrated, seeded if new), run `fn`, and always close the database. */
async function withContext(config: Config, fn: (ctx: Started['ctx']) => Promise<void>, opts?: Parameters<typeof startContext>[1]): Promise<void> {
  const { startContext } = await lazy.bootstrap();
  const { ctx, database } = await startContext(config, opts);
  try {
    await fn(ctx);
  } finally {
    await database.close();
  }
}

const action =
  <A extends unknown[]>(f: (...args: A) => Promise<void>) =>
  async (...args: A) => {
    try {
      await f(...args);
    } catch (e) {
      fail(e);
    }
  };

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) {
    // Interactive: prompt without echoing what is typed.
    const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput.bind(rl);
    process.stderr.write('Wachtwoord: ');
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
      if (s.includes('\n')) write('\n');
    };
    const answer = await new Promise<string>((resolve) => rl.question('', resolve));
    rl.close();
    return answer;
  }
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  // One trailing newline is part of `echo`, not of the password.
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

function progressBar(label: string) {
  const tty = process.stderr.isTTY;
  let last = -1;
  return (done: number, total: number) => {
    const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
    if (pct === last) return;
    last = pct;
    const width = 30;
    const filled = Math.round((pct / 100) * width);
    const line = `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct}% (${done}/${total})`;
    if (tty) process.stderr.write(`\r${line}${pct === 100 ? '\n' : ''}`);
    else if (pct === 100 || pct % 25 === 0) process.stderr.write(`${line}\n`);
  };
}

export function buildCli(): Command {
  const program = new Command('buurtveilig')
    .description('Buurtveilig: integrale veiligheid per buurt, volgens het Meerjarenprogramma Veiligheid')
    .showHelpAfterError()
    .configureOutput({ outputError: (s, write) => write(s) });

  withDatabaseOptions(
    program
      .command('serve')
      .description('Start de server (API en webapp); migreert en vult een nieuwe database eerst')
      .addOption(new Option('-p, --port <poort>', 'poort (standaard 8080)').env(ENV.port))
      .addOption(new Option('--host <host>', 'adres om op te luisteren (standaard localhost)').env(ENV.host))
      // No commander .env() here: for flags it treats BUURTVEILIG_DEMO=false as "set". loadConfig reads it.
      .addOption(new Option('--demo', `demomodus: demo-accounts, één per rol (of ${ENV.demo}=true)`)),
  ).action(
    action(async (o: CommonOptions & { port?: string; host?: string; demo?: boolean }) => {
      const config = configFrom(o, {
        ...(o.port !== undefined ? { port: o.port } : {}),
        ...(o.host !== undefined ? { host: o.host } : {}),
        ...(o.demo ? { demo: true } : {}),
      });
      const { serve } = await import('../server/server.ts');
      await serve(config);
    }),
  );

  withDatabaseOptions(program.command('migrate').description('Breng het databaseschema naar de laatste versie')).action(
    action(async (o: CommonOptions) => {
      const config = configFrom(o);
      const [{ openDatabase }, { migrateToLatest }, { MODULES }] = await Promise.all([lazy.database(), lazy.migrator(), lazy.modules()]);
      const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        const { applied } = await migrateToLatest(database.db, MODULES);
        process.stdout.write(applied.length ? `Uitgevoerd: ${applied.join(', ')}\n` : 'Het schema is al bij.\n');
      } finally {
        await database.close();
      }
    }),
  );

  withDatabaseOptions(
    program
      .command('seed')
      .description('Vul de database met de gemeenteconfiguratie (rollen, organisaties, gebieden); veilig om te herhalen')
      .addOption(new Option('--demo', `ook de demo-accounts aanmaken (of ${ENV.demo}=true)`)),
  ).action(
    action(async (o: CommonOptions & { demo?: boolean }) => {
      const config = configFrom(o, o.demo ? { demo: true } : {});
      await withContext(
        config,
        async (ctx) => {
          const { seedAll } = await lazy.bootstrap();
          const r = await seedAll(ctx);
          process.stdout.write(`Ingericht: ${Object.entries(r).map(([k, v]) => `${v} ${k}`).join(', ')}.\n`);
        },
        { seed: 'never' },
      );
    }),
  );

  const users = program.command('users').description('Gebruikers beheren');
  withDatabaseOptions(
    users
      .command('add')
      .description('Voeg een gebruiker toe; het wachtwoord komt van stdin (minstens 12 tekens)')
      .addOption(new Option('--email <adres>', 'e-mailadres (inlognaam)').env('BUURTVEILIG_EMAIL').makeOptionMandatory())
      .addOption(new Option('--name <naam>', 'volledige naam (standaard het deel voor de @)').env('BUURTVEILIG_NAAM'))
      .addOption(new Option('--role <rol>', 'rolcode, bijv. casushouder; meerdere met komma\'s').env('BUURTVEILIG_ROL').makeOptionMandatory())
      .addOption(
        new Option('--organisation <code>', 'organisatiecode, bijv. gemeente-oov').env('BUURTVEILIG_ORGANISATIE').makeOptionMandatory(),
      ),
  ).action(
    action(async (o: CommonOptions & { email: string; name?: string; role: string; organisation: string }) => {
      const wachtwoord = await readPassword();
      const config = configFrom(o);
      const { createGebruiker } = await import('../server/toegang/toegang.service.ts');
      await withContext(config, async (ctx) => {
        const g = await ctx.db.transaction().execute((trx) =>
          createGebruiker(trx, { actor: { ...SYSTEEM, omschrijving: 'cli' } }, {
            email: o.email,
            naam: o.name ?? o.email.split('@')[0] ?? o.email,
            wachtwoord,
            rollen: o.role.split(',').map((r) => r.trim()).filter(Boolean),
            organisatie: o.organisation,
          }),
        );
        process.stdout.write(`Gebruiker ${g.email} aangemaakt (rollen: ${g.rollen.join(', ')}; organisatie: ${g.organisatie.naam}).\n`);
      });
    }),
  );

  // `audit` and `retention` are the old names (glossary: verwerkingenlog, retentie), kept as aliases for scripts.
  const audit = program.command('verwerkingenlog').alias('audit').description('Verwerkingenlog');
  withDatabaseOptions(audit.command('verify').description('Controleer de hashketen; exit 1 bij de eerste foute regel')).action(
    action(async (o: CommonOptions) => {
      const config = configFrom(o);
      const [{ openDatabase }, { migrateToLatest }, { MODULES }, { controleer }] = await Promise.all([
        lazy.database(),
        lazy.migrator(),
        lazy.modules(),
        import('../server/verwerkingenlog/verwerkingenlog.service.ts'),
      ]);
      const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        await migrateToLatest(database.db, MODULES);
        const r = await controleer(database.db, config.sleutelDir, progressBar('Controleren'));
        if (r.intact) {
          const ankers = r.ankers?.laatste ? `; ${r.ankers.aantal} ankers, laatste #${r.ankers.laatste.volgnummer} van ${r.ankers.laatste.tijdstip}` : '; nog geen ankers buiten de database';
          process.stdout.write(`Verwerkingenlog intact: ${r.aantal} regels. Kop: #${r.kop.volgnummer} ${r.kop.hash}${ankers}\n`);
        } else {
          process.stderr.write(`Verwerkingenlog NIET intact: eerste foute regel #${r.fout!.volgnummer}: ${r.fout!.reden}\n`);
          process.exitCode = 1;
        }
      } finally {
        await database.close();
      }
    }),
  );

  withDatabaseOptions(
    audit.command('anker').description('Controleer de keten en schrijf de kop als ondertekend anker buiten de database (voor cron)'),
  ).action(
    action(async (o: CommonOptions) => {
      const config = configFrom(o);
      const [{ openDatabase }, { migrateToLatest }, { MODULES }, log] = await Promise.all([
        lazy.database(),
        lazy.migrator(),
        lazy.modules(),
        import('../server/verwerkingenlog/verwerkingenlog.service.ts'),
      ]);
      const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        await migrateToLatest(database.db, MODULES);
        const r = await log.controleer(database.db, config.sleutelDir);
        // Never anchor a broken chain: that would bless the tampering.
        if (!r.intact) {
          process.stderr.write(`Verwerkingenlog NIET intact (#${r.fout!.volgnummer}: ${r.fout!.reden}); geen anker geschreven.\n`);
          process.exitCode = 1;
          return;
        }
        const a = await log.schrijfAnker(database.db, config.sleutelDir, log.gebruikSleutel(config.sleutelDir));
        process.stdout.write(a ? `Anker geschreven: #${a.volgnummer} ${a.hash} (${a.tijdstip})\n` : 'Geen nieuwe regels sinds het laatste anker.\n');
      } finally {
        await database.close();
      }
    }),
  );

  withDatabaseOptions(
    program
      .command('backup')
      .description('Maak een consistente backup (ingebouwde database: archief van de datamap; PostgreSQL: pg_dump)')
      .requiredOption('--output <bestand>', 'waar de backup komt (bestaat het al, dan wordt het niet overschreven)'),
  ).action(
    action(async (o: CommonOptions & { output: string }) => {
      const config = configFrom(o);
      if (fs.existsSync(o.output)) throw new Error(`${o.output} bestaat al; kies een nieuwe bestandsnaam.`);
      const [{ openDatabase }, { schrijfBackup }] = await Promise.all([lazy.database(), import('../server/platform/backup.ts')]);
      // On the embedded engine the data directory is owned by one process: while a server runs, download the
      // backup from the beheer screen instead (GET /api/backup), which is the same snapshot.
      const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        const r = await schrijfBackup(database, config.databaseUrl, o.output);
        process.stdout.write(`Backup geschreven: ${o.output} (${r.soort}, ${(r.bytes / 1_048_576).toFixed(1)} MB). Bewaar de sleutelmap (${config.sleutelDir}) apart.\n`);
      } finally {
        await database.close();
      }
    }),
  );

  program
    .command('restore')
    .description('Zet een backup terug in een nieuwe, lege datamap of een lege PostgreSQL-database')
    .argument('<bestand>', 'een backup van buurtveilig backup')
    .addOption(new Option('--data-dir <map>', 'nieuwe, lege map voor de ingebouwde database'))
    .addOption(new Option('--database-url <url>', 'lege PostgreSQL-database'))
    .action(
      action(async (bestand: string, o: { dataDir?: string; databaseUrl?: string }) => {
        if (!!o.dataDir === !!o.databaseUrl) throw new Error('Geef precies één doel: --data-dir <map> of --database-url <url>.');
        const { herstelBackup } = await import('../server/platform/backup.ts');
        const r = await herstelBackup(bestand, o.dataDir ? { dataDir: o.dataDir } : { databaseUrl: o.databaseUrl! });
        process.stdout.write(`Hersteld (${r.soort}) naar ${o.dataDir ?? 'de PostgreSQL-database'}. Controleer met: buurtveilig verwerkingenlog verify\n`);
      }),
    );

  const gebieden = program.command('gebieden').description('Gebiedsindelingen (CBS wijken en buurten)');
  withDatabaseOptions(
    gebieden
      .command('import')
      .description('Lees een CBS-GeoJSON-bestand (gemeenten, wijken of buurten; WGS84 of RD New) in; alles of niets')
      .argument('<bestand>', 'GeoJSON FeatureCollection')
      .addOption(new Option('--jaar <jaar>', 'jaar van de gebiedsindeling, als het bestand het niet noemt').env('BUURTVEILIG_GEBIEDEN_JAAR')),
  ).action(
    action(async (file: string, o: CommonOptions & { jaar?: string }) => {
      const jaar = o.jaar !== undefined ? Number(o.jaar) : undefined;
      if (jaar !== undefined && !Number.isInteger(jaar)) throw new Error('--jaar moet een jaartal zijn');
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch (e) {
        throw new Error(`Kan ${file} niet lezen: ${(e as Error).message}`);
      }
      const config = configFrom(o);
      await withContext(config, async (ctx) => {
        const r = await ctx.gebieden.importGeoJson({ actor: { ...SYSTEEM, omschrijving: 'cli' } }, text, { bron: file.split('/').pop() ?? file, jaar });
        process.stdout.write(
          `Ingelezen (${r.crs}): ${r.aantallen.gemeente} gemeenten, ${r.aantallen.wijk} wijken, ${r.aantallen.buurt} buurten` +
            (r.aangemaakteOuders ? `; ${r.aangemaakteOuders} ontbrekende bovenliggende gebieden aangemaakt` : '') +
            '.\n',
        );
      });
    }),
  );

  const adressen = program.command('adressen').description('Adressen voor het zoeken op het meldformulier');
  withDatabaseOptions(
    adressen
      .command('import')
      .description('Lees een BAG-adresextract (CSV: straat, huisnummer, huisletter/toevoeging, postcode, woonplaats, x/y of lon/lat) in; vervangt de adreslijst, alles of niets')
      .argument('<bestand>', 'CSV-bestand met kopregel; ; of , als scheidingsteken')
      .addOption(new Option('--bron <tekst>', 'herkomst, bijv. "BAG 2026-11"')),
  ).action(
    action(async (file: string, o: CommonOptions & { bron?: string }) => {
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch (e) {
        throw new Error(`Kan ${file} niet lezen: ${(e as Error).message}`);
      }
      await withContext(configFrom(o), async (ctx) => {
        const r = await ctx.adressen.importCsv({ actor: { ...SYSTEEM, omschrijving: 'cli' } }, text, o.bron ?? file.split('/').pop() ?? file, (n, totaal) =>
          process.stderr.write(`\r  ${n} van ${totaal} adressen opgeslagen`),
        );
        process.stderr.write('\n');
        process.stdout.write(`Ingelezen: ${r.aantal} adressen.\n`);
      });
    }),
  );

  const imp = program.command('import').description('Cijfers en incidenten inlezen voor de monitor');
  const leesBestand = (file: string) => {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch (e) {
      throw new Error(`Kan ${file} niet lezen: ${(e as Error).message}`);
    }
  };
  /** A one-line progress bar on stderr (only when it is a terminal; otherwise a line per 10 %). */
  const voortgang = (label: string) => {
    let laatst = -1;
    return (n: number, totaal: number) => {
      const pct = totaal ? Math.floor((n / totaal) * 100) : 100;
      if (process.stderr.isTTY) {
        const balk = '#'.repeat(Math.round(pct / 4)).padEnd(25, '.');
        process.stderr.write(`\r  ${label} [${balk}] ${pct} % (${n} van ${totaal})`);
        if (n >= totaal) process.stderr.write('\n');
      } else if (Math.floor(pct / 10) !== laatst) {
        laatst = Math.floor(pct / 10);
        process.stderr.write(`  ${label}: ${pct} % (${n} van ${totaal})\n`);
      }
    };
  };
  withDatabaseOptions(
    imp
      .command('cbs')
      .description('Lees een CBS/politie-bestand in (47018NED, 47022NED, 47024NED, kerncijfers; OData v3/v4 JSON of CSV); alles of niets')
      .argument('<bestand>', 'JSON (OData) of CSV')
      .option('--maten <bestand>', 'OData v4: de MeasureCodes van de tabel (JSON)'),
  ).action(
    action(async (file: string, o: CommonOptions & { maten?: string }) => {
      const tekst = leesBestand(file);
      const { parseMaten } = await import('../server/monitor/cbs-import.ts');
      const maten = o.maten ? parseMaten(leesBestand(o.maten)) : undefined;
      await withContext(configFrom(o), async (ctx) => {
        const r = await ctx.monitor.importCbs({ actor: { ...SYSTEEM, omschrijving: 'cli' } }, tekst, file.split('/').pop() ?? file, voortgang('opslaan'), maten);
        process.stdout.write(
          `Ingelezen (${r.formaat}): ${r.rijen.length} cijfers` +
            (r.geheim ? `, waarvan ${r.geheim} geheim` : '') +
            (r.overgeslagen ? `; ${r.overgeslagen} rijen van andere gebieden overgeslagen` : '') +
            (r.omgezet ? `; ${r.omgezet} oude gebiedscodes omgezet` : '') +
            '.\n',
        );
        if (r.onbekendeGebieden.length) process.stdout.write(`Let op: deze gebiedscodes staan niet in de huidige indeling: ${r.onbekendeGebieden.join(', ')}.\n`);
      });
    }),
  );
  withDatabaseOptions(
    imp
      .command('incidenten')
      .description('Lees incidenten in (politie- of gemeente-export, CSV); elk incident krijgt zijn buurt; alles of niets')
      .argument('<bestand>', 'CSV met kopregel')
      .option('--soort <kolom>', 'kolom met de soortcode (bijv. 1.1.1)', 'soort')
      .option('--datum <kolom>', 'kolom met datum of bereik ("tussen 01-03-2024 en 05-03-2024")')
      .option('--datum-van <kolom>', 'kolom met begindatum (met --datum-tot)')
      .option('--datum-tot <kolom>', 'kolom met einddatum')
      .option('--x <kolom>', 'kolom met x (RD New, meter)')
      .option('--y <kolom>', 'kolom met y (RD New, meter)')
      .option('--lon <kolom>', 'kolom met lengtegraad (WGS84)')
      .option('--lat <kolom>', 'kolom met breedtegraad (WGS84)'),
  ).action(
    action(async (file: string, o: CommonOptions & { soort: string; datum?: string; datumVan?: string; datumTot?: string; x?: string; y?: string; lon?: string; lat?: string }) => {
      if (!o.datum && !o.datumVan) o.datum = 'datum';
      if (!o.x && !o.lon) [o.x, o.y] = ['x', 'y'];
      const tekst = leesBestand(file);
      await withContext(configFrom(o), async (ctx) => {
        const lezen = voortgang('lezen');
        const opslaan = voortgang('opslaan');
        const r = await ctx.incidenten.importIncidenten({ actor: { ...SYSTEEM, omschrijving: 'cli' } }, tekst, file.split('/').pop() ?? file, o, {
          onProgress: (fase, n, t) => (fase === 'lezen' ? lezen(n, t) : opslaan(n, t)),
        });
        process.stdout.write(`Ingelezen: ${r.aantal} incidenten (${Object.entries(r.perSoort).map(([k, v]) => `${k}: ${v}`).join(', ')}).\n`);
      });
    }),
  );

  const analyse = program.command('analyse').description('Analyses op gebeurtenissen (zonder database)');
  analyse
    .command('near-repeat')
    .description('Knox-toets op near-repeat-patronen: paren per afstands- en tijdsband, met Monte-Carlo-permutaties van de datums')
    .requiredOption('--input <bestand>', 'CSV met kopregel')
    .option('--x <kolom>', 'kolom met x (meter, RD New)', 'x')
    .option('--y <kolom>', 'kolom met y (meter, RD New)', 'y')
    .option('--datum <kolom>', 'kolom met de datum (JJJJ-MM-DD of DD-MM-JJJJ)', 'datum')
    .option('--ruimte <grenzen>', 'afstandsgrenzen in meter, oplopend; banden [a,b) en een laatste open band', '0,1,100,200,300')
    .option('--tijd <grenzen>', 'tijdsgrenzen in dagen, oplopend; banden [a,b) en een laatste open band', '0,2,4')
    .addOption(new Option('--afstand <soort>', 'afstandsmaat').choices(['euclidisch', 'manhattan']).default('euclidisch'))
    .option('--permutaties <n>', 'aantal Monte-Carlo-permutaties', '999')
    .option('--seed <n>', 'startwaarde van de toevalsgenerator (zelfde seed, zelfde uitkomst)', '1')
    .option('--json', 'uitvoer als JSON')
    .option(
      '--nrc <banden>',
      'rekenen als de Near Repeat Calculator (Ratcliffe): enkele precisie, "same location" = afstand precies 0, zijn banden en labels; ' +
        'banden als "meter×aantal,dagen×aantal", bijv. 100x3,2x2 (vervangt --ruimte en --tijd)',
    )
    .action(
      action(async (o: { input: string; x: string; y: string; datum: string; ruimte: string; tijd: string; afstand: Afstand; permutaties: string; seed: string; json?: boolean; nrc?: string }) => {
        const getallen = (naam: string, s: string) =>
          s.split(',').map((v) => {
            const n = Number(v.trim());
            if (v.trim() === '' || !Number.isFinite(n)) throw new Error(`--${naam}: "${v}" is geen getal`);
            return n;
          });
        const [{ controleerBanden, knox, nrcBanden }, { leesGebeurtenissen }] = await Promise.all([
          import('../server/analyse/near-repeat.ts'),
          import('../server/analyse/gebeurtenissen-csv.ts'),
        ]);
        let ruimte: number[];
        let tijd: number[];
        if (o.nrc !== undefined) {
          const m = /^(\d+)x(\d+),(\d+)x(\d+)$/.exec(o.nrc.replace(/\s/g, ''));
          if (!m) throw new Error(`--nrc: "${o.nrc}" is niet van de vorm meter×aantal,dagen×aantal (bijv. 100x3,2x2)`);
          ({ ruimte, tijd } = nrcBanden(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])));
        } else {
          ruimte = getallen('ruimte', o.ruimte);
          tijd = getallen('tijd', o.tijd);
        }
        const permutaties = Number(o.permutaties);
        const seed = Number(o.seed);
        if (!Number.isInteger(permutaties) || permutaties < 1) throw new Error('--permutaties moet een geheel getal van 1 of meer zijn');
        if (!Number.isInteger(seed)) throw new Error('--seed moet een geheel getal zijn');
        controleerBanden('--ruimte', ruimte, false);
        controleerBanden('--tijd', tijd, true);
        let text: string;
        try {
          text = fs.readFileSync(o.input, 'utf8');
        } catch (e) {
          throw new Error(`Kan ${o.input} niet lezen: ${(e as Error).message}`);
        }
        const ev = leesGebeurtenissen(text, { x: o.x, y: o.y, datum: o.datum });
        const r = knox(ev.x, ev.y, ev.dag, {
          ruimte,
          tijd,
          afstand: o.afstand,
          permutaties,
          seed,
          nrc: o.nrc !== undefined,
          voortgang: (k, n) => process.stderr.isTTY && process.stderr.write(`\r  permutaties: ${k} van ${n}`),
        });
        if (process.stderr.isTTY) process.stderr.write('\n');
        if (o.json) {
          const { ruimteBanden, tijdBanden, waargenomen, verwacht, ratio, p } = r;
          process.stdout.write(`${JSON.stringify({ ruimteBanden, tijdBanden, waargenomen, verwacht, ratio, p })}\n`);
          return;
        }
        process.stdout.write(`${r.aantalGebeurtenissen} gebeurtenissen, ${r.aantalParen} paren dichterbij dan ${ruimte.at(-1)} m, ${permutaties} permutaties (seed ${seed}).\n`);
        process.stdout.write(`Knox-ratio (waargenomen / verwacht), * = p ≤ 0,05 en ratio ≥ 1,2:\n`);
        process.stdout.write(`${''.padEnd(22)}${r.tijdBanden.map((t) => t.padStart(18)).join('')}\n`);
        r.ruimteBanden.forEach((band, a) => {
          const cellen = r.tijdBanden.map((_, b) => {
            const kr = r.ratio[a]![b];
            const teken = kr !== null && kr !== undefined && r.p[a]![b]! <= 0.05 && kr >= 1.2 ? '*' : ' ';
            return `${kr === null || kr === undefined ? '—' : kr.toFixed(2)}${teken} (${r.waargenomen[a]![b]})`.padStart(18);
          });
          process.stdout.write(`${band.padEnd(22)}${cellen.join('')}\n`);
        });
      }),
    );

  withDatabaseOptions(
    program
      .command('rapport')
      .description('Maak een rapport als PDF of HTML (raadsrapportage, veiligheidsanalyse of voortgang); zonder browser')
      .argument('<soort>', 'raadsrapportage | veiligheidsanalyse | voortgang')
      .requiredOption('--periode <periode>', 'jaar (2026) of kwartaal (2026-Q3)')
      .requiredOption('--output <bestand>', 'waar het rapport komt: .pdf of .html (bestaat het al, dan wordt het niet overschreven)'),
  ).action(
    action(async (soort: string, o: CommonOptions & { periode: string; output: string }) => {
      if (!['raadsrapportage', 'veiligheidsanalyse', 'voortgang'].includes(soort)) throw new Error(`Onbekende soort "${soort}": kies raadsrapportage, veiligheidsanalyse of voortgang.`);
      const html = o.output.endsWith('.html');
      if (!html && !o.output.endsWith('.pdf')) throw new Error('--output moet op .pdf of .html eindigen.');
      if (fs.existsSync(o.output)) throw new Error(`${o.output} bestaat al; kies een nieuwe bestandsnaam.`);
      await withContext(configFrom(o), async (ctx) => {
        const [{ rapportPdf }, { rapportHtml }] = await Promise.all([import('../server/rapportages/rapport-pdf.ts'), import('../server/rapportages/rapport-html.ts')]);
        // The CLI reads as the programme's reader: aggregates only, no personal data, nothing stored.
        const lezer = { id: '00000000-0000-0000-0000-000000000000', email: '', naam: 'cli', actief: true, organisatie: { id: '', code: '', naam: 'cli' }, rollen: [], permissies: ['programma:lezen' as const, 'rapportages:lezen' as const], laatstIngelogdOp: null, demo: false };
        const doc = await ctx.rapportages.bouw(lezer, soort as 'raadsrapportage', o.periode);
        fs.writeFileSync(o.output, html ? rapportHtml(doc) : await rapportPdf(doc), { flag: 'wx' });
        process.stdout.write(`Rapport geschreven: ${o.output} (${doc.hoofdstukken.length} hoofdstukken, ${doc.bewijs.length} verwijzingen${doc.demo ? ', DEMO' : ''}${doc.bevatVoorlopig ? ', met voorlopige cijfers' : ''}).\n`);
      });
    }),
  );

  const meldingen = program.command('meldingen').description('Meldingen');
  withDatabaseOptions(
    meldingen
      .command('train')
      .description('Train de categoriesuggestie opnieuw (corpus, trefwoorden en correcties van medewerkers) en toon de nauwkeurigheid'),
  ).action(
    action(async (o: CommonOptions) => {
      await withContext(configFrom(o), async (ctx) => {
        const r = await ctx.meldingen.retrain();
        process.stdout.write(
          `Model getraind op ${r.voorbeelden} corpusvoorbeelden en ${r.correcties} correcties. ` +
            `Top-1-nauwkeurigheid op ${r.getest} achtergehouden voorbeelden: ${(r.nauwkeurigheid * 100).toFixed(1)} %.\n`,
        );
      });
    }),
  );

  const retention = program.command('retentie').alias('retention').description('Bewaartermijnen');
  withDatabaseOptions(
    retention
      .command('run')
      .description('Vernietig casussen waarvan de archiefactiedatum is verstreken (met grafsteen) en anonimiseer oude meldingen')
      .option('--dry-run', 'alleen tellen, niets wijzigen'),
  ).action(
    action(async (o: CommonOptions & { dryRun?: boolean }) => {
      const { runRetentie } = await import('../server/retentie/retentie.service.ts');
      await withContext(configFrom(o), async (ctx) => {
        const r = await runRetentie(ctx, { dryRun: o.dryRun });
        process.stdout.write(
          `${o.dryRun ? 'Zou doen' : 'Gedaan'}: ${r.zakenVernietigd} casussen vernietigd, ${r.meldingenGeanonimiseerd} meldingen geanonimiseerd, ` +
            `contactgegevens van ${r.contactgegevensVerwijderd} meldingen verwijderd, ${r.onbevestigdeAanmeldingenVerwijderd} onbevestigde aanmeldingen voor buurtberichten gewist, contact van ${r.buurtpreventieContactenVerwijderd} inactieve buurtpreventiegroepen gewist, ${r.ondermijningSignalenVerwijderd} verlopen ondermijningssignalen verwijderd.\n`,
        );
      });
    }),
  );

  const partners = program.command('partners').description('Partnerorganisaties');
  withDatabaseOptions(
    partners
      .command('sleutel')
      .description('Maak een API-sleutel waarmee een partner meldingen kan insturen; de sleutel wordt één keer getoond')
      .addOption(new Option('--organisation <code>', 'organisatiecode, bijv. politie-limburg').env('BUURTVEILIG_ORGANISATIE').makeOptionMandatory())
      .addOption(new Option('--naam <naam>', 'omschrijving van de koppeling').default('API-koppeling')),
  ).action(
    action(async (o: CommonOptions & { organisation: string; naam: string }) => {
      await withContext(configFrom(o), async (ctx) => {
        const { maakPartnerSleutel } = await import('../server/toegang/toegang.service.ts');
        const key = await ctx.db.transaction().execute((trx) => maakPartnerSleutel(trx, { actor: { ...SYSTEEM, omschrijving: 'cli' } }, o.organisation, o.naam));
        process.stdout.write(`${key}\n`);
      });
    }),
  );

  return program;
}

await buildCli().parseAsync(process.argv);
