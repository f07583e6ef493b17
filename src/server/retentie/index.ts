import { defineModule } from '../platform/module.ts';
import * as m1700 from './migrations/2026_11_22_1700_retentie.ts';
import './retentie.tables.ts';

/** Retention: destroy casussen past their archive date (with a tombstone), anonymise old meldingen, erase contacts of inactive buurtpreventie groups (CLI). */
export const retentieModule = defineModule({
  naam: 'retentie',
  migraties: { '2026_11_22_1700_retentie': m1700 },
  afhankelijk: ['meldingen', 'casussen', 'alerts', 'participatie', 'ondermijning'],
});
