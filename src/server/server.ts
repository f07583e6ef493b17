import { buildApp } from './app.ts';
import { startContext, stopModules } from './bootstrap.ts';
import type { Config } from './platform/config.ts';

/**
 * Run the server until SIGTERM or SIGINT, then stop accepting requests, finish the ones in flight, close
 * the database (PGlite flushes to disk) and release the data directory.
 */
export async function serve(config: Config): Promise<void> {
  const { ctx, database, migrated, seeded } = await startContext(config);
  const app = await buildApp(ctx);
  ctx.berichten.start(config.outboxIntervalMs, (e) => app.log.error({ errType: (e as Error).name }, 'outbox-fout'));
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'stoppen');
    try {
      await stopModules(ctx);
      await app.close();
    } finally {
      await database.close();
    }
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (e) {
    await database.close();
    throw e;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const lines = [
    '',
    `Buurtveilig (${ctx.gemeente.gemeente.naam}) draait op http://${host}:${port}`,
    `  database: ${ctx.engine === 'pglite' ? `ingebouwd (PGlite) in ${config.dataDir}` : 'PostgreSQL'}`,
    ...(migrated.length ? [`  migraties uitgevoerd: ${migrated.join(', ')}`] : []),
    ...(seeded ? [`  nieuw ingericht: ${Object.entries(seeded).map(([k, v]) => `${v} ${k}`).join(', ')}`] : []),
    `  API-documentatie: http://${host}:${port}/api/docs`,
  ];
  if (config.demo) {
    lines.push('', `Demomodus. Inloggen met een van deze accounts, wachtwoord: ${ctx.gemeente.toegang.demo.wachtwoord}`);
    for (const a of ctx.gemeente.toegang.demo.accounts) lines.push(`  ${a.rol.padEnd(16)} ${a.email}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}
