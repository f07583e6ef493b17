import Fastify from 'fastify';
import { sql } from 'kysely';
import { openDatabase } from '../src/server/platform/database.ts';

/**
 * The baseline for the intake benchmark: a bare Fastify route on the same engine (PGlite in a data directory,
 * or PostgreSQL with DATABASE_URL) that inserts one row per request — no validation, no classification, no
 * verwerkingenlog. Started as a child process by bench/meldingen-http.ts, like the real server.
 */
const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir: process.env.BUURTVEILIG_DATA_DIR! });
await sql`CREATE TABLE IF NOT EXISTS kaal (id bigserial PRIMARY KEY, omschrijving text NOT NULL, lon float8, lat float8)`.execute(database.db);
const app = Fastify();
app.post('/api/meldingen', async (request, reply) => {
  const b = request.body as { omschrijving: string; locatie: { lon: number; lat: number } };
  await sql`INSERT INTO kaal (omschrijving, lon, lat) VALUES (${b.omschrijving}, ${b.locatie.lon}, ${b.locatie.lat})`.execute(database.db);
  return reply.code(201).send({ ok: true });
});
await app.listen({ port: 0, host: '127.0.0.1' });
const a = app.server.address();
process.stdout.write(`kaal draait op http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}\n`);
process.once('SIGTERM', async () => {
  await app.close();
  await database.close();
  process.exit(0);
});
