import { Type, type TSchema } from 'typebox';
import { ERROR_CODES } from './errors.ts';

/** RFC 9457 problem document, as every error response of the API. */
export const ProblemSchema = Type.Object(
  {
    type: Type.String({ description: 'URI die het soort probleem aanduidt' }),
    title: Type.String({ description: 'Korte samenvatting in het Nederlands' }),
    status: Type.Integer({ description: 'HTTP-statuscode' }),
    detail: Type.Optional(Type.String({ description: 'Uitleg voor dit geval' })),
    instance: Type.Optional(Type.String({ description: 'Pad van het verzoek' })),
    code: Type.Union(
      Object.keys(ERROR_CODES).map((c) => Type.Literal(c)),
      { description: 'Stabiele foutcode' },
    ),
    requestId: Type.Optional(Type.String({ description: 'Id van het verzoek, ook in de logs' })),
    fouten: Type.Optional(
      Type.Array(Type.Object({ veld: Type.String(), melding: Type.String() }), { description: 'Fouten per veld' }),
    ),
  },
  { $id: 'Problem', title: 'Probleem (RFC 9457)' },
);

const PROBLEM_REF = Type.Ref('Problem');

/**
 * The response map of a route: its success schemas plus a problem document for each error status it can
 * return, so OpenAPI documents the failures too.
 */
export function responses<T extends Record<number, TSchema>>(ok: T, errors: number[] = []): T & Record<number, TSchema> {
  const out: Record<number, TSchema> = { ...ok };
  for (const status of [400, 429, ...errors]) out[status] = PROBLEM_REF;
  return out as T & Record<number, TSchema>;
}

/** A body schema: closed to unknown fields (defined with the shared API contract). */
export { Body } from '../../contract/api/common.ts';
