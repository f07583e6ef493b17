import { Type } from 'typebox';

// gebieden: request and response schemas (the API contract shared with the web).

export const GebiedRef = Type.Object({ code: Type.String(), naam: Type.String() });

export const FeatureSchema = Type.Object({
  type: Type.Literal('Feature'),
  id: Type.String(),
  properties: Type.Object({
    code: Type.String({ description: 'CBS-code, bijv. BU09350000' }),
    naam: Type.String(),
    niveau: Type.String(),
    jaar: Type.Integer(),
    ouder: Type.Union([Type.Object({ code: Type.String(), naam: Type.String(), niveau: Type.String() }), Type.Null()]),
    bron: Type.String(),
  }),
  geometry: Type.Union(
    [
      Type.Object({ type: Type.Literal('Polygon'), coordinates: Type.Array(Type.Array(Type.Array(Type.Number()))) }),
      Type.Object({ type: Type.Literal('MultiPolygon'), coordinates: Type.Array(Type.Array(Type.Array(Type.Array(Type.Number())))) }),
      Type.Null(),
    ],
    { description: 'GeoJSON Polygon of MultiPolygon in WGS84, of null' },
  ),
});

export const FeatureCollectionSchema = Type.Object({
  type: Type.Literal('FeatureCollection'),
  features: Type.Array(FeatureSchema),
});

