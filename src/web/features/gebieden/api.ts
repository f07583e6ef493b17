import type { FeatureCollection, Geometry } from 'geojson';
import type { Antwoord } from '../../lib/api.ts';

// The areas page's call, typed by the API contract.
export type GebiedProps = Antwoord<'/api/gebieden'>['features'][number]['properties'];
export type Buurten = FeatureCollection<Geometry, GebiedProps>;

export const pad = { buurten: '/api/gebieden?niveau=buurt' };
