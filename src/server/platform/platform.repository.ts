import { sql } from 'kysely';
import type { Executor } from './database.ts';

export const leesInstelling = (db: Executor, sleutel: string) =>
  db.selectFrom('instelling').select('waarde').where('sleutel', '=', sleutel).executeTakeFirst();

/** Insert unless present: two processes starting at once both end up reading the first one's value. */
export const voegInstellingToe = (db: Executor, sleutel: string, waarde: string) =>
  db.insertInto('instelling').values({ sleutel, waarde }).onConflict((oc) => oc.doNothing()).execute();

export const geseedeModules = async (db: Executor): Promise<Set<string>> =>
  new Set((await db.selectFrom('module_seed').select('module').execute()).map((r) => r.module));

export const markeerGeseed = (db: Executor, module: string) =>
  db.insertInto('module_seed').values({ module }).onConflict((oc) => oc.doNothing()).execute();

/** A round trip to the database (health check). */
export const ping = (db: Executor) => sql`select 1`.execute(db);
