import type { Verwerking } from '../../../contract/api/verwerkingenlog.ts';
import type { GebruikerApi } from '../../../contract/api/toegang.ts';
import { api, type Antwoord } from '../../lib/api.ts';

// The beheer pages' calls (users, verwerkingenlog), typed by the API contract.
export type { Verwerking };
export type Gebruiker = GebruikerApi;
export type Controle = Antwoord<'/api/verwerkingen/controle'>;

export const pad = { gebruikers: '/api/gebruikers', rollen: '/api/rollen', organisaties: '/api/organisaties', berichten: (status: string) => `/api/berichten?limit=100${status ? `&status=${status}` : ''}`, sjablonen: '/api/sjablonen' };
export type Rollen = Antwoord<'/api/rollen'>;
export type Organisaties = Antwoord<'/api/organisaties'>;
export type Berichten = Antwoord<'/api/berichten'>;
export type Sjablonen = Antwoord<'/api/sjablonen'>;

export const maakGebruiker = (body: { email: string; naam: string; wachtwoord: string; rollen: string[]; organisatie: string }) =>
  api<Gebruiker>('/api/gebruikers', { method: 'POST', body });
export const wijzigGebruiker = (id: string, body: { actief?: boolean; rollen?: string[] }) => api<Gebruiker>(`/api/gebruikers/${id}`, { method: 'PATCH', body });
export const opnieuwVersturen = (id: string) => api<unknown>(`/api/berichten/${id}/opnieuw`, { method: 'POST' });
export const sjabloonOpslaan = (code: string, body: { onderwerp: string; tekst: string }) => api<unknown>(`/api/sjablonen/${code}`, { method: 'PUT', body });
export const sjabloonVoorbeeld = (code: string, body: { onderwerp: string; tekst: string }) =>
  api<Antwoord<'/api/sjablonen/{code}/voorbeeld', 'post'>>(`/api/sjablonen/${code}/voorbeeld`, { method: 'POST', body });

/** A page of the verwerkingenlog for the filter (the search itself is logged by the server). */
export const verwerkingen = (q: URLSearchParams) => api<{ totaal: number; items: Verwerking[] }>(`/api/verwerkingen?${q.toString()}`);

/** Verify the hash chain against the last checkpoint. */
export const controleer = () => api<Controle>('/api/verwerkingen/controle');
