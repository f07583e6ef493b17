import { api, type Antwoord } from '../../lib/api.ts';

// The public buurtberichten calls (subscribe with double opt-in, confirm, unsubscribe), typed by the contract.
export const buurten = () =>
  api<{ features: { properties: { code: string; naam: string } }[] }>('/api/gebieden?niveau=buurt').then((fc) =>
    fc.features.map((f) => f.properties).sort((a, b) => a.naam.localeCompare(b.naam, 'nl')),
  );

export const aanmelden = (body: { buurt: string; email: string; toestemming: true }) =>
  api<{ bevestigenBinnenDagen: number }>('/api/buurtberichten/aanmelden', { method: 'POST', body });

export const bevestigen = (token: string) =>
  api<Antwoord<'/api/buurtberichten/bevestigen/{token}', 'post'>>(`/api/buurtberichten/bevestigen/${encodeURIComponent(token)}`, { method: 'POST' });

export const afmelden = (token: string) => api<unknown>(`/api/buurtberichten/afmelden/${encodeURIComponent(token)}`, { method: 'POST' });
