/**
 * All tables, as Kysely sees them. Each module adds its own tables from its `*.tables.ts` by declaration
 * merging (`declare module '../platform/db-schema.ts' { interface DB { … } }`), so the platform names none.
 * Row types stay behind each module's repository and service; the boundary check forbids a module to import
 * another module's tables file.
 */
export interface DB {}
