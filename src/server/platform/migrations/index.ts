import type { Migration } from 'kysely';
import * as m20261202_0900 from './2026_12_02_0900_module_seed.ts';
import * as m20261202_1000 from './2026_12_02_1000_schaal.ts';
import * as m20261205_1000 from './2026_12_05_1000_import_status.ts';

/** The platform's own migrations (tables no module owns). Modules bring theirs in their manifest. */
export const platformMigraties: Record<string, Migration> = {
  '2026_12_02_0900_module_seed': m20261202_0900,
  '2026_12_02_1000_schaal': m20261202_1000,
  '2026_12_05_1000_import_status': m20261205_1000,
};
