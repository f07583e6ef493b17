import { randomBytes } from 'node:crypto';
import type { Executor } from './database.ts';
import { leesInstelling, voegInstellingToe } from './platform.repository.ts';
import './platform.tables.ts';

/**
 * An installation secret (table instelling), created once on first use and the same on every start and in
 * every process afterwards: links sent to residents (status, unsubscribe, survey) are HMACs derived from it.
 */
export async function installatieGeheim(db: Executor, sleutel: string): Promise<string> {
  const bestaand = await leesInstelling(db, sleutel);
  if (bestaand) return bestaand.waarde;
  await voegInstellingToe(db, sleutel, randomBytes(32).toString('base64url'));
  return (await leesInstelling(db, sleutel))!.waarde;
}
