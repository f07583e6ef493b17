import { defineModule } from '../platform/module.ts';
import { seedDemoData } from './demo.service.ts';

/** Synthetic Maastricht demo data (meldingen, casussen, incidents, a survey round), marked as demo everywhere. */
export const demoModule = defineModule({
  naam: 'demo',
  afhankelijk: ['meldingen', 'casussen', 'incidenten', 'monitor', 'enquete'],
  demo: async (ctx) => {
    await seedDemoData(ctx);
  },
});
