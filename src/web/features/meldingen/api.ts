import type { MeldingDetail, MeldingStatus } from '../../../contract/api/meldingen.ts';
import { api, type Antwoord } from '../../lib/api.ts';

// The work list's and the melding page's calls, typed by the API contract (request bodies as the routes
// declare them, responses from the generated OpenAPI types).
export type { MeldingDetail, MeldingStatus };
export type Lijst = Antwoord<'/api/meldingen'>;
export type Categorieen = Antwoord<'/api/meldingen/categorieen'>;
export type Teams = Antwoord<'/api/meldingen/teams'>;
export type Behandelaars = Antwoord<'/api/meldingen/behandelaars'>;
export type Casustypen = Antwoord<'/api/casustypen'>;

/** A saved or current work-list filter, as the list's query parameters. */
export interface Filter {
  status?: string;
  categorie?: string;
  team?: string;
  behandelaar?: string;
  achterstallig?: boolean;
  open?: boolean;
  zoek?: string;
}

/** The default work list: open work of my teams (new ones on top, then by deadline). */
export const STANDAARD_FILTER: Filter = { open: true, team: 'mijn' };

export const pad = {
  lijst: (q: URLSearchParams, cursor?: string) => `/api/meldingen?${q.toString()}&limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
  detail: (id: string) => `/api/meldingen/${id}`,
  categorieen: '/api/meldingen/categorieen',
  statussen: '/api/meldingen/statussen',
  teams: '/api/meldingen/teams',
  behandelaars: '/api/meldingen/behandelaars',
  casustypen: '/api/casustypen',
  buurten: '/api/gebieden?niveau=buurt',
  filters: '/api/filters?lijst=meldingen',
};

export const statusZetten = (id: string, body: { naar: string; reden?: string }) => api<unknown>(`/api/meldingen/${id}/status`, { method: 'POST', body });

export const casusMaken = (body: { zaaktype: string; omschrijving: string; meldingIds: string[] }) =>
  api<Antwoord<'/api/casussen', 'post'>>('/api/casussen', { method: 'POST', body });

/** The reporter's contact details, for the handling team, with a stated purpose (logged). */
export const contactInzien = (id: string, doel: string) =>
  api<Antwoord<'/api/meldingen/{id}/contact', 'post'>>(`/api/meldingen/${id}/contact`, { method: 'POST', body: { doel } });

export const categorieWijzigen = (id: string, categorie: string) => api<unknown>(`/api/meldingen/${id}/categorie`, { method: 'PUT', body: { categorie } });

export const toewijzen = (body: { ids: string[]; team?: string; behandelaarId?: string | null }) =>
  api<Antwoord<'/api/meldingen/toewijzen', 'post'>>('/api/meldingen/toewijzen', { method: 'POST', body });

export const filterBewaren = (naam: string, filter: Filter) => api<unknown>('/api/filters', { method: 'POST', body: { lijst: 'meldingen', naam, filter } });

export const filterVerwijderen = (id: string) => api<unknown>(`/api/filters/${id}`, { method: 'DELETE' });
