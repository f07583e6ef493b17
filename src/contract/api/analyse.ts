import { Type, type Static } from 'typebox';
import { Body, Datum, Nullable } from './common.ts';

const Soorten = Type.Optional(
  Type.Array(Type.String({ minLength: 1, maxLength: 20 }), { minItems: 1, maxItems: 30, description: 'soortcodes; standaard: woninginbraak (1.1.1)' }),
);
const Buurten = Type.Array(Type.String({ pattern: '^BU[0-9]{8}$' }), { minItems: 1, maxItems: 200 });
const Niveau = (standaard: 'raster' | 'buurt') => Type.Union([Type.Literal('raster'), Type.Literal('buurt')], { default: standaard });
const Klasse = Type.Union([Type.Literal('heet'), Type.Literal('koud'), Type.Literal('geen')]);

export const NearRepeatBody = Body({
  soorten: Soorten,
  van: Datum,
  tot: Datum,
  ruimte: Type.Array(Type.Number({ minimum: 0 }), { minItems: 1, maxItems: 20, default: [0, 1, 100, 200, 300] }),
  tijd: Type.Array(Type.Integer({ minimum: 0 }), { minItems: 1, maxItems: 20, default: [0, 2, 4] }),
  afstand: Type.Union([Type.Literal('euclidisch'), Type.Literal('manhattan')], { default: 'euclidisch' }),
  permutaties: Type.Integer({ minimum: 1, maximum: 9999, default: 999 }),
  seed: Type.Integer({ default: 1 }),
});
export const NearRepeatGestart = Type.Object({ taak: Type.String(), gebeurtenissen: Type.Integer() });

export const KnoxResultaatSchema = Type.Object({
  ruimteBanden: Type.Array(Type.String()),
  tijdBanden: Type.Array(Type.String()),
  waargenomen: Type.Array(Type.Array(Type.Integer()), { description: 'rijen: afstandsbanden (de laatste open); kolommen: tijdsbanden' }),
  verwacht: Type.Array(Type.Array(Type.Number())),
  ratio: Type.Array(Type.Array(Nullable(Type.Number())), { description: 'waargenomen / verwacht; null waar niets verwacht werd' }),
  p: Type.Array(Type.Array(Type.Number())),
  aantalGebeurtenissen: Type.Integer(),
  aantalParen: Type.Integer(),
  permutaties: Type.Integer(),
  seed: Type.Integer(),
});
export type KnoxResultaat = Static<typeof KnoxResultaatSchema>;

export const AnalyseTaakSchema = Type.Object({
  id: Type.String(),
  soort: Type.String(),
  status: Type.Union([Type.Literal('bezig'), Type.Literal('klaar'), Type.Literal('mislukt')]),
  voortgang: Type.Object({ gedaan: Type.Integer(), totaal: Type.Integer() }),
  resultaat: Nullable(KnoxResultaatSchema),
  fout: Nullable(Type.String()),
});
export type AnalyseTaak = Static<typeof AnalyseTaakSchema>;

export const HotspotsBody = Body({
  soorten: Soorten,
  van: Datum,
  tot: Datum,
  niveau: Niveau('raster'),
  celMeter: Type.Optional(Type.Number({ minimum: 10, maximum: 5000 })),
  alpha: Type.Number({ exclusiveMinimum: 0, maximum: 0.2, default: 0.05 }),
});
const Gi = { aantal: Type.Integer(), z: Type.Number(), q: Type.Number({ description: 'FDR-gecorrigeerde p (Benjamini-Hochberg)' }), klasse: Klasse };
export const HotspotCelSchema = Type.Object({
  cel: Type.Integer(),
  ...Gi,
  geometrie: Type.Object({ type: Type.Literal('Polygon'), coordinates: Type.Array(Type.Array(Type.Array(Type.Number()))) }, { description: 'de cel in WGS84' }),
});
export type HotspotCel = Static<typeof HotspotCelSchema>;
export const HotspotsSchema = Type.Union([
  Type.Object({
    niveau: Type.Literal('buurt'),
    gebeurtenissen: Type.Integer(),
    eenheden: Type.Array(Type.Object({ code: Type.String(), naam: Type.String(), ...Gi })),
  }),
  Type.Object({
    niveau: Type.Literal('raster'),
    celMeter: Type.Number(),
    gebeurtenissen: Type.Integer(),
    buitenRaster: Type.Integer({ description: 'incidenten in randcellen waarvan het midden buiten de gemeente ligt' }),
    cellenTotaal: Type.Integer(),
    cellen: Type.Array(HotspotCelSchema, { description: 'alleen cellen met incidenten of een significante uitkomst' }),
  }),
]);
export type Hotspots = Static<typeof HotspotsSchema>;

export const ConcentratieBody = Body({ soorten: Soorten, van: Datum, tot: Datum, niveau: Niveau('buurt'), celMeter: Type.Optional(Type.Number({ minimum: 10, maximum: 5000 })) });
export const ConcentratieSchema = Type.Object({
  niveau: Type.Union([Type.Literal('raster'), Type.Literal('buurt')]),
  eenheden: Type.Integer(),
  gebeurtenissen: Type.Integer(),
  top: Type.Array(Type.Object({ topAandeel: Type.Number(), eenheden: Type.Integer(), aandeelGebeurtenissen: Type.Number() })),
  gini: Type.Number(),
  giniGegeneraliseerd: Type.Number(),
  giniGegeneraliseerdZuiver: Type.Number(),
  lorenz: Type.Array(Type.Tuple([Type.Number(), Type.Number()])),
});
export type Concentratie = Static<typeof ConcentratieSchema>;

export const WddBody = Body({
  soorten: Soorten,
  doel: Buurten,
  buffer: Buurten,
  controle: Buurten,
  voor: Type.Object({ van: Datum, tot: Datum }, { additionalProperties: false }),
  na: Type.Object({ van: Datum, tot: Datum }, { additionalProperties: false }),
});
const VoorNa = Type.Object({ voor: Type.Integer(), na: Type.Integer() });
export const WddSchema = Type.Object({
  aantallen: Type.Object({ doel: VoorNa, buffer: VoorNa, controle: VoorNa }),
  wdd: Type.Number(),
  se: Type.Number(),
  z: Type.Number(),
  p: Type.Number(),
});
export type Wdd = Static<typeof WddSchema>;
