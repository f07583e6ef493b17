import { sql } from 'kysely';
import type { Executor } from '../platform/database.ts';

// Demo data is written in bulk, bypassing the intake path for speed (two years of meldingen in seconds). These
// statements touch the meldingen and zaken modules' tables directly: a known exception to module ownership,
// to be replaced by bulk operations on those services (see docs/ARCHITECTURE.md, "Known exceptions").

export const heeftMeldingen = async (db: Executor): Promise<boolean> => !!(await db.selectFrom('melding').select('id').limit(1).executeTakeFirst());

export async function voegMeldingenToe(db: Executor, rows: Record<string, unknown>[], events: Record<string, unknown>[], laatsteNummer: number): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('melding').values(rows.slice(i, i + 500) as never).execute();
  for (let i = 0; i < events.length; i += 1000) await db.insertInto('melding_gebeurtenis').values(events.slice(i, i + 1000) as never).execute();
  await sql`SELECT setval('melding_nummer', ${laatsteNummer})`.execute(db);
}

export const zaakStatus = async (db: Executor, id: string): Promise<string> =>
  (await db.selectFrom('zaak').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

export const markeerZakenDemo = (db: Executor) => db.updateTable('zaak').set({ demo: true }).execute();
