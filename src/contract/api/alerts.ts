import { Type, type Static } from 'typebox';
import { GebiedRef, Nullable } from './common.ts';

export const AlertSchema = Type.Object({
  id: Type.String(),
  soort: Type.String({ description: 'soortcode van het incident, bijv. 1.1.1 (woninginbraak)' }),
  incidentDatum: Type.String({ format: 'date' }),
  plek: Type.Object({ lon: Type.Number(), lat: Type.Number(), rasterMeter: Type.Number({ description: 'precisie: het midden van een rastercel, nooit het adres' }) }),
  straalMeter: Type.Number(),
  geldigTot: Type.String({ format: 'date' }),
  buurten: Type.Array(GebiedRef),
  status: Type.Union([Type.Literal('voorgesteld'), Type.Literal('verstuurd'), Type.Literal('afgewezen'), Type.Literal('verlopen')]),
  abonnees: Type.Integer(),
  ontvangers: Nullable(Type.Integer()),
  reden: Nullable(Type.String()),
  aangemaaktOp: Type.String({ format: 'date-time' }),
});
export type Alert = Static<typeof AlertSchema>;
