import type { FeatureCollection, Geometry } from 'geojson';
import { api, type Antwoord, type Verzoek } from '../../lib/api.ts';

// The monitor pages' calls, typed by the API contract.
export type { GemeentenVergelijking, Herkomst, Indicator, Observatie, Profiel, ProfielIndicator, Signalen, Trend } from '../../../contract/api/monitor.ts';
import type { Herkomst } from '../../../contract/api/monitor.ts';

/** Where a figure comes from, in words (the exports use the same). */
export const HERKOMST: Record<Herkomst, string> = { cbs_politie: 'CBS/politie', eigen_registratie: 'eigen registratie', enquete: 'enquête', demo: 'DEMO (verzonnen)', geen: 'geen cijfer' };
export type Gebieden = FeatureCollection<Geometry, { code: string; naam: string }>;

const q = (o: Record<string, string | number>) => new URLSearchParams(Object.entries(o).map(([k, v]) => [k, String(v)])).toString();

export const pad = {
  indicatoren: '/api/monitor/indicatoren',
  perioden: (indicator: string) => `/api/monitor/indicatoren/${encodeURIComponent(indicator)}/perioden`,
  observaties: (indicator: string, niveau: string, periode: string, maat: 'waarde' | 'per_inwoners' = 'waarde') => `/api/monitor/observaties?${q({ indicator, niveau, periode, maat })}`,
  gemeenten: (jaar: string, groep: string) => `/api/monitor/vergelijking/gemeenten?${q({ ...(jaar ? { jaar } : {}), ...(groep ? { groep } : {}) })}`,
  gebieden: (niveau: string) => `/api/gebieden?${q({ niveau })}`,
  profiel: (gebied: string, jaar: number | string) => `/api/monitor/profiel/${encodeURIComponent(gebied)}?${q({ jaar })}`,
  trend: (indicator: string, gebied: string) => `/api/monitor/trend?${q({ indicator, gebied })}`,
  signalen: (indicator: string, gebied: string, jaar: string) => `/api/monitor/signalen?${q({ indicator, gebied, jaar })}`,
};

/** A note (duiding) with a buurt's figures, by the analyst. */
export const duidingToevoegen = (gebied: string, tekst: string) => api<unknown>('/api/monitor/duiding', { method: 'POST', body: { gebied, tekst } });

export const importCbs = (body: Verzoek<'/api/monitor/import/cbs'>) => api<Antwoord<'/api/monitor/import/cbs', 'post'>>('/api/monitor/import/cbs', { method: 'POST', body });

export const importIncidenten = (body: Verzoek<'/api/monitor/import/incidenten'>) =>
  api<Antwoord<'/api/monitor/import/incidenten', 'post'>>('/api/monitor/import/incidenten', { method: 'POST', body });
