import { randomBytes } from 'node:crypto';
import type { Executor } from './database.ts';

/**
 * An installation secret (table instelling), created once on first use and the same on every start and in
 * every process afterwards: links sent to residents (status, unsubscribe, survey) are HMACs derived from it.
 */
export async function installatieGeheim(db: Executor, sleutel: string): Promise<string> {
  const lees = () => db.selectFrom('instelling').select('waarde').where('sleutel', '=', sleutel).executeTakeFirst();
  const bestaand = await lees();
  if (bestaand) return bestaand.waarde;
  // Two processes may start at once: the first insert wins and both read the winner.
  await db.insertInto('instelling').values({ sleutel, waarde: randomBytes(32).toString('base64url') }).onConflict((oc) => oc.doNothing()).execute();
  return (await lees())!.waarde;
}
