import type { Static } from 'typebox';
import type {
  AnalyseTaak,
  Concentratie,
  ConcentratieBody,
  Hotspots,
  HotspotsBody,
  NearRepeatBody,
  NearRepeatGestart,
  Wdd,
  WddBody,
} from '../../../contract/api/analyse.ts';
import type { Alert } from '../../../contract/api/alerts.ts';
import { api } from '../../lib/api.ts';

// The analyse and alerts endpoints, typed by the shared API contract (src/contract/api). Fields with a default
// on the server are optional here.
type Invoer<T> = Partial<T> & Omit<T, 'ruimte' | 'tijd' | 'afstand' | 'permutaties' | 'seed' | 'niveau' | 'alpha'>;

export const startNearRepeat = (body: Invoer<Static<typeof NearRepeatBody>>) =>
  api<Static<typeof NearRepeatGestart>>('/api/analyse/near-repeat', { method: 'POST', body });
export const analyseTaak = (id: string) => api<AnalyseTaak>(`/api/analyse/taken/${id}`);
export const hotspots = (body: Invoer<Static<typeof HotspotsBody>>) => api<Hotspots>('/api/analyse/hotspots', { method: 'POST', body });
export const concentratie = (body: Invoer<Static<typeof ConcentratieBody>>) => api<Concentratie>('/api/analyse/concentratie', { method: 'POST', body });
export const wdd = (body: Static<typeof WddBody>) => api<Wdd>('/api/analyse/wdd', { method: 'POST', body });

export const alerts = () => api<Alert[]>('/api/alerts');

/** An analyst's decision on a proposed alert: approve (the message goes out) or reject with a reason. */
export const alertGoedkeuren = (id: string) => api<{ ontvangers: number }>(`/api/alerts/${id}/goedkeuren`, { method: 'POST' });
export const alertAfwijzen = (id: string, reden: string) => api<unknown>(`/api/alerts/${id}/afwijzen`, { method: 'POST', body: { reden } });

/** Buurt boundaries as the map's background layer. */
export const buurtGrenzen = () => api<GeoJSON.FeatureCollection>('/api/gebieden?niveau=buurt');

/** What the analyse pages read. */
export const pad = { alerts: '/api/alerts', soorten: '/api/monitor/soorten', buurten: '/api/gebieden?niveau=buurt' };
