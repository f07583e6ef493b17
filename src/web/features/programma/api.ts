import type { paths } from '../../../contract/api/openapi-types.ts';
import { api, type Antwoord, type Verzoek } from '../../lib/api.ts';

// The programme pages' calls, typed by the API contract (the OpenAPI document the server serves).
export type Boom = Antwoord<'/api/programma'>;
export type Catalogus = Antwoord<'/api/programma/catalogus'>;
export type Programmas = Antwoord<'/api/programma/programmas'>;
export type Lijst = Antwoord<'/api/programma/maatregelen'>;
export type Maatregel = Antwoord<'/api/programma/maatregelen/{id}'>;
export type Dashboard = Antwoord<'/api/programma/programmas/{code}/themas/{thema}'>;
export type MaatregelKort = Lijst['items'][number];

export const pad = {
  boom: (code: string | null) => (code ? `/api/programma/programmas/${encodeURIComponent(code)}` : '/api/programma'),
  catalogus: '/api/programma/catalogus',
  programmas: '/api/programma/programmas',
  lijst: (f: Record<string, string | boolean | undefined>) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(f)) if (v !== undefined && v !== '' && v !== false) q.set(k, String(v));
    return `/api/programma/maatregelen${q.size ? `?${q}` : ''}`;
  },
  maatregel: (id: string) => `/api/programma/maatregelen/${encodeURIComponent(id)}`,
  dashboard: (programma: string, thema: string) => `/api/programma/programmas/${encodeURIComponent(programma)}/themas/${encodeURIComponent(thema)}`,
  export: (agenda: string) => `/api/programma/agendas/${encodeURIComponent(agenda)}/export`,
  buurten: '/api/gebieden/buurten',
};

const post = <P extends keyof paths>(url: string, body: Verzoek<P>) => api<unknown>(url, { method: 'POST', body });

export const voortgangMelden = (id: number, body: Verzoek<'/api/programma/maatregelen/{id}/voortgang'>) =>
  post<'/api/programma/maatregelen/{id}/voortgang'>(`/api/programma/maatregelen/${id}/voortgang`, body);
export const bewijsToevoegen = (id: number, body: Verzoek<'/api/programma/maatregelen/{id}/bewijs'>) =>
  post<'/api/programma/maatregelen/{id}/bewijs'>(`/api/programma/maatregelen/${id}/bewijs`, body);
export const wijzigMaatregel = (id: number, body: Verzoek<'/api/programma/maatregelen/{id}', 'patch'>) => api<unknown>(`/api/programma/maatregelen/${id}`, { method: 'PATCH', body });
export const nieuweAgenda = (programma: string, body: Verzoek<'/api/programma/programmas/{code}/agendas'>) =>
  post<'/api/programma/programmas/{code}/agendas'>(`/api/programma/programmas/${encodeURIComponent(programma)}/agendas`, body);
export const programmaStatus = (programma: string, body: Verzoek<'/api/programma/programmas/{code}/status'>) =>
  post<'/api/programma/programmas/{code}/status'>(`/api/programma/programmas/${encodeURIComponent(programma)}/status`, body);
export const agendaStatus = (agenda: string, body: Verzoek<'/api/programma/agendas/{code}/status'>) =>
  post<'/api/programma/agendas/{code}/status'>(`/api/programma/agendas/${encodeURIComponent(agenda)}/status`, body);
export const agendaInlezen = (agenda: string, body: Verzoek<'/api/programma/agendas/{code}/import'>) =>
  api<Antwoord<'/api/programma/agendas/{code}/import', 'post'>>(`/api/programma/agendas/${encodeURIComponent(agenda)}/import`, { method: 'POST', body });
export const buurtagendaToevoegen = (body: Verzoek<'/api/programma/buurtagenda'>) => post<'/api/programma/buurtagenda'>('/api/programma/buurtagenda', body);
export const buurtagendaWijzigen = (id: number, body: Verzoek<'/api/programma/buurtagenda/{id}', 'patch'>) => api<unknown>(`/api/programma/buurtagenda/${id}`, { method: 'PATCH', body });
