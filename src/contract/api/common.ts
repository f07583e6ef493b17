import { Type } from 'typebox';

/**
 * The API contract shared by server and web: TypeBox schemas for every request and response, with their
 * `Static<>` types. The server validates and serialises with the schemas; the web imports the types (type-only,
 * so nothing of this reaches the bundle). Nothing here imports server or web code.
 */

/** A body schema: closed to unknown fields. */
export const Body = <T extends Parameters<typeof Type.Object>[0]>(props: T, description?: string) =>
  Type.Object(props, { additionalProperties: false, ...(description ? { description } : {}) });

export const Datum = Type.String({ format: 'date', description: 'JJJJ-MM-DD' });
export const GebiedRef = Type.Object({ code: Type.String(), naam: Type.String() });
export const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

/** A file download (CSV, XLSX, GeoJSON, an image): the body is the file itself. */
export const Bestand = (description: string) => Type.String({ format: 'binary', description });

/** Keyset paging: pass the previous page's `volgende` as `cursor` to get the next page (stable under inserts). */
export const Cursor = Type.Optional(
  Type.String({ maxLength: 1000, pattern: '^[A-Za-z0-9_-]+$', description: 'De "volgende" van de vorige pagina; zonder cursor de eerste pagina' }),
);
export const Volgende = Type.Union([Type.String(), Type.Null()], { description: 'Cursor voor de volgende pagina; null op de laatste pagina' });
