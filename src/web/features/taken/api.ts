import { api, type Antwoord } from '../../lib/api.ts';

// A partner's tasks (referrals from casussen), typed by the API contract.
export type Taak = Antwoord<'/api/taken'>[number];

/** The steps a partner takes on a task; each is one POST with the body the contract asks for. */
export type TaakStap = { soort: 'accepteren' } | { soort: 'weigeren'; reden: string } | { soort: 'afronden'; uitkomst: string; toelichting: string };

export const taakStap = (id: string, stap: TaakStap) => {
  const { soort, ...body } = stap;
  return api<Antwoord<'/api/taken/{id}/accepteren', 'post'>>(`/api/taken/${id}/${soort}`, { method: 'POST', body });
};

/** What the partner's task page reads. */
export const pad = { taken: '/api/taken', casustypen: '/api/casustypen' };
