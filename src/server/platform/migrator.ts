import { Migrator, type Migration } from 'kysely';
import type { Executor } from './database.ts';
import { platformMigraties } from './migrations/index.ts';
import type { ModuleManifest } from './module.ts';

export interface MigrationOutcome {
  applied: string[];
}

/**
 * Every migration of the platform and the given modules, bundled in code (no directory scanning, which breaks
 * under bundlers). Kysely orders them by name, so the timestamped names interleave modules correctly; a name
 * must be unique across modules and never change once released.
 */
export function alleMigraties(modules: readonly ModuleManifest[]): Record<string, Migration> {
  const all: Record<string, Migration> = { ...platformMigraties };
  for (const m of modules) {
    for (const [naam, migratie] of Object.entries(m.migraties ?? {})) {
      if (all[naam]) throw new Error(`Migratie ${naam} komt twee keer voor (module ${m.naam})`);
      all[naam] = migratie;
    }
  }
  return all;
}

/**
 * Bring the schema to the latest version. Throws (and so makes the CLI exit non-zero) when any migration
 * fails; Kysely runs the batch in one transaction on PostgreSQL-compatible engines, so nothing is half-applied.
 */
export async function migrateToLatest(db: Executor, modules: readonly ModuleManifest[]): Promise<MigrationOutcome> {
  const migraties = alleMigraties(modules);
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migraties },
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
