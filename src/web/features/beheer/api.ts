import type { Verwerking } from '../../../contract/api/verwerkingenlog.ts';
import type { GebruikerApi } from '../../../contract/api/toegang.ts';
import { api, type Antwoord } from '../../lib/api.ts';

// The beheer pages' calls (users, verwerkingenlog), typed by the API contract.
export type { Verwerking };
export type Gebruiker = GebruikerApi;
export type Controle = Antwoord<'/api/verwerkingen/controle'>;

export const pad = { gebruikers: '/api/gebruikers' };

/** A page of the verwerkingenlog for the filter (the search itself is logged by the server). */
export const verwerkingen = (q: URLSearchParams) => api<{ totaal: number; items: Verwerking[] }>(`/api/verwerkingen?${q.toString()}`);

/** Verify the hash chain against the last checkpoint. */
export const controleer = () => api<Controle>('/api/verwerkingen/controle');
