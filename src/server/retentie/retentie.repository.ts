import type { Executor } from '../platform/database.ts';

export const legGrafsteen = (db: Executor, g: { object_type: string; object_id: string; identificatie: string; grondslag: string; details: string }) =>
  db.insertInto('grafsteen').values(g).execute();
