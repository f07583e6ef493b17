import { defineModule } from '../platform/module.ts';
import { backupRoutes } from './backup.routes.ts';

const PERMISSIES = { 'backup:maken': 'Een backup van de hele database downloaden' } as const;
declare module '../platform/module.ts' {
  interface PermissieCatalogus extends Record<keyof typeof PERMISSIES, true> {}
}

/** Backup of the running database for the beheerder (the snapshot itself is platform/backup.ts). */
export const backupModule = defineModule({
  naam: 'backup',
  tags: [{ name: 'backup', description: 'Backup van de database' }],
  permissies: PERMISSIES,
  routes: (app, ctx) => backupRoutes(app, ctx),
});
