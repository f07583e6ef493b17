import type { PubliekeEnquete } from '../../../contract/api/enquete.ts';
import { api, downloadPost, type Antwoord } from '../../lib/api.ts';

// The survey's calls, typed by the API contract: rounds and letters for analysts, the public questionnaire.
export type Ronde = Antwoord<'/api/enquete/rondes'>[number];
export type { PubliekeEnquete };

export const RONDES = '/api/enquete/rondes';

/** The questionnaire behind an open link (token) or a personal code. */
export const vragenPad = (bron: { token: string } | { code: string }) =>
  'token' in bron ? `/api/enquete/${encodeURIComponent(bron.token)}` : `/api/enquete/code/${encodeURIComponent(bron.code)}`;

export const rondeMaken = (body: { naam: string; jaar: number; openLink: boolean }) => api<Antwoord<'/api/enquete/rondes', 'post'>>(RONDES, { method: 'POST', body });

export const brievenDownloaden = (rondeId: string, body: { buurt: string; aantal: number; formaat: 'pdf' | 'csv' }) =>
  downloadPost(`${RONDES}/${rondeId}/uitnodigingen`, body);

export const invullen = (pad: string, body: { leeftijd?: string; geslacht?: string; antwoorden: Record<string, string | number> }) =>
  api<{ ok: boolean }>(pad, { method: 'POST', body });
