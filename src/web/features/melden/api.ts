import type { NieuweMelding } from '../../../contract/api/meldingen.ts';
import { api, type Antwoord } from '../../lib/api.ts';

// The public melding form's calls, typed by the API contract (request bodies from src/contract/api, responses
// from the generated OpenAPI types).
export const zoekAdres = (q: string) => api<Antwoord<'/api/adressen/zoek'>>(`/api/adressen/zoek?q=${encodeURIComponent(q)}`);

/** The nearest address (within 40 m) and the buurt of a point; 400 outside the gemeente. */
export const plek = (p: { lon: number; lat: number }) => api<Antwoord<'/api/adressen/plek'>>(`/api/adressen/plek?lon=${p.lon}&lat=${p.lat}`);

export const classificeer = (tekst: string) =>
  api<Antwoord<'/api/meldingen/classificeer', 'post'>>('/api/meldingen/classificeer', { method: 'POST', body: { tekst } });

export const inDeBuurt = (p: { lon: number; lat: number }, categorie: string) =>
  api<Antwoord<'/api/meldingen/in-de-buurt'>>(`/api/meldingen/in-de-buurt?lon=${p.lon}&lat=${p.lat}&categorie=${encodeURIComponent(categorie)}`);

export const meld = (body: NieuweMelding) => api<Antwoord<'/api/meldingen', 'post'>>('/api/meldingen', { method: 'POST', body });

export const reageer = (token: string, body: { tevreden: boolean; heropenen: boolean; toelichting?: string }) =>
  api<unknown>(`/api/meldingen/status/${token}/reactie`, { method: 'POST', body });

/** Buurt boundaries as the map's background layer. */
export const buurtGrenzen = () => api<GeoJSON.FeatureCollection>('/api/gebieden?niveau=buurt');

/** What the public pages read. */
export const pad = {
  categorieen: '/api/meldingen/categorieen',
  status: (token: string) => `/api/meldingen/status/${encodeURIComponent(token)}`,
};
