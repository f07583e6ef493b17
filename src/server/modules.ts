import { adressenModule } from './adressen/index.ts';
import { alertsModule } from './alerts/index.ts';
import { analyseModule } from './analyse/index.ts';
import { verwerkingenlogModule } from './verwerkingenlog/index.ts';
import { backupModule } from './backup/index.ts';
import { berichtenModule } from './berichten/index.ts';
import { demoModule } from './demo/index.ts';
import { enqueteModule } from './enquete/index.ts';
import { gebiedenModule } from './gebieden/index.ts';
import { incidentenModule } from './incidenten/index.ts';
import { meldingenModule } from './meldingen/index.ts';
import { monitorModule } from './monitor/index.ts';
import type { ModuleManifest } from './platform/module.ts';
import { retentieModule } from './retentie/index.ts';
import { toegangModule } from './toegang/index.ts';
import { werklijstenModule } from './werklijsten/index.ts';
import { casussenModule } from './casussen/index.ts';
import { programmaModule } from './programma/index.ts';
import { publiekModule } from './publiek/index.ts';
import { rapportagesModule } from './rapportages/index.ts';
import { participatieModule } from './participatie/index.ts';
import { ondermijningModule } from './ondermijning/index.ts';

/**
 * The modules of this build, in dependency order: a module's `start` may use the services of modules above it.
 * Adding a module is one folder with an `index.ts` manifest and one line here (docs/ARCHITECTURE.md).
 */
export const MODULES: readonly ModuleManifest[] = [
  toegangModule,
  verwerkingenlogModule,
  gebiedenModule,
  berichtenModule,
  meldingenModule,
  casussenModule,
  werklijstenModule,
  adressenModule,
  enqueteModule,
  alertsModule,
  incidentenModule,
  monitorModule,
  programmaModule,
  participatieModule,
  publiekModule,
  rapportagesModule,
  ondermijningModule,
  retentieModule,
  backupModule,
  analyseModule,
  demoModule,
];
