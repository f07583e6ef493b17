import { Migrator } from 'kysely';
import type { Executor } from './database.ts';
import { migrationProvider } from './migrations/index.ts';

export interface MigrationOutcome {
  applied: string[];
}

/**
 * Bring the schema to the latest version. Throws (and so makes the CLI exit non-zero) when any migration
 * fails; Kysely runs the batch in one transaction on PostgreSQL-compatible engines, so nothing is half-applied.
 */
export async function migrateToLatest(db: Executor): Promise<MigrationOutcome> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    migrationTableName: 'schema_migratie',
    migrationLockTableName: 'schema_migratie_slot',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`Migratie ${failed ?? ''} mislukt: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
