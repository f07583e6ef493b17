import type { CasusDetail } from '../../../contract/api/casussen.ts';
import type { paths } from '../../../contract/api/openapi-types.ts';
import { api, type Antwoord, type Verzoek } from '../../lib/api.ts';

// The casus pages' calls, typed by the API contract: request bodies and responses both come from the
// OpenAPI document the server serves (no hand-written copies).
export type { CasusDetail };
export type Lijst = Antwoord<'/api/casussen'>;
export type Casustypen = Antwoord<'/api/casustypen'>;
export type Organisaties = Antwoord<'/api/organisaties'>;

export const pad = {
  lijst: '/api/casussen?limit=200',
  detail: (id: string) => `/api/casussen/${id}`,
  casustypen: '/api/casustypen',
  organisaties: '/api/organisaties',
  collegas: '/api/meldingen/behandelaars',
};
export type Collegas = Antwoord<'/api/meldingen/behandelaars'>;

export const lidToevoegen = (id: string, body: Verzoek<'/api/casussen/{id}/leden'>) => post<'/api/casussen/{id}/leden'>(`/api/casussen/${id}/leden`, body);

export const betrokkeneToevoegen = (id: string, body: Verzoek<'/api/casussen/{id}/betrokkenen'>) =>
  post<'/api/casussen/{id}/betrokkenen'>(`/api/casussen/${id}/betrokkenen`, body);

const post = <P extends keyof paths>(url: string, body: Verzoek<P>) => api<unknown>(url, { method: 'POST', body });

/** Break-glass read with a mandatory reason (logged and listed for the FG). */
export const doorbreken = (id: string, reden: string) => api<CasusDetail>(`/api/casussen/${id}/doorbreken`, { method: 'POST', body: { reden } });

export const lidmaatschapBeeindigen = (id: string, lidId: string, reden: string) =>
  post<'/api/casussen/{id}/leden/{lidId}/beeindigen'>(`/api/casussen/${id}/leden/${lidId}/beeindigen`, { reden });

export const stapZetten = (id: string, naar: string) => post<'/api/casussen/{id}/status'>(`/api/casussen/${id}/status`, { naar });

export const dossierToevoegen = (id: string, body: Verzoek<'/api/casussen/{id}/dossier'>) => post<'/api/casussen/{id}/dossier'>(`/api/casussen/${id}/dossier`, body);

export const taakDoorzetten = (id: string, body: Verzoek<'/api/casussen/{id}/taken'>) => post<'/api/casussen/{id}/taken'>(`/api/casussen/${id}/taken`, body);

export const besluitVastleggen = (id: string, body: Verzoek<'/api/casussen/{id}/besluiten'>) => post<'/api/casussen/{id}/besluiten'>(`/api/casussen/${id}/besluiten`, body);

export const afsluiten = (id: string, body: Verzoek<'/api/casussen/{id}/afsluiten'>) => post<'/api/casussen/{id}/afsluiten'>(`/api/casussen/${id}/afsluiten`, body);
