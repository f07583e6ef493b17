import type { Migration, MigrationProvider } from 'kysely';
import * as m20261122_1200 from './2026_11_22_1200_fundament.ts';
import * as m20261122_1400 from './2026_11_22_1400_meldingen.ts';
import * as m20261122_1500 from './2026_11_22_1500_zaken.ts';
import * as m20261122_1600 from './2026_11_22_1600_berichten.ts';
import * as m20261122_1700 from './2026_11_22_1700_retentie.ts';
import * as m20261122_1800 from './2026_11_22_1800_fotos.ts';
import * as m20261201_1000 from './2026_12_01_1000_werklijsten.ts';
import * as m20261201_1200 from './2026_12_01_1200_monitor.ts';
import * as m20261201_1400 from './2026_12_01_1400_alerts.ts';
import * as m20261201_1500 from './2026_12_01_1500_enquete.ts';
import * as m20261201_1600 from './2026_12_01_1600_incident_telling.ts';

/**
 * Every migration, bundled in code so the server, the CLI and the tests run exactly the same list on PGlite
 * and on PostgreSQL (no directory scanning, which breaks under bundlers). Add new files here in time order;
 * the name is the file name and must never change once released.
 */
export const migrations: Record<string, Migration> = {
  '2026_11_22_1200_fundament': m20261122_1200,
  '2026_11_22_1400_meldingen': m20261122_1400,
  '2026_11_22_1500_zaken': m20261122_1500,
  '2026_11_22_1600_berichten': m20261122_1600,
  '2026_11_22_1700_retentie': m20261122_1700,
  '2026_11_22_1800_fotos': m20261122_1800,
  '2026_12_01_1000_werklijsten': m20261201_1000,
  '2026_12_01_1200_monitor': m20261201_1200,
  '2026_12_01_1400_alerts': m20261201_1400,
  '2026_12_01_1500_enquete': m20261201_1500,
  '2026_12_01_1600_incident_telling': m20261201_1600,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
