import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEngines, loginAs } from './helpers/engines.ts';

const ROLLEN = ['beheerder', 'beleidsadviseur', 'analist', 'casushouder', 'teamleider', 'partner', 'bestuur', 'fg', 'ondermijningsteam', 'riec-contact'] as const;

/**
 * Role × endpoint: every protected endpoint answers 401 without a session, 403 for roles without the
 * permission (read from the roles as configured), and something other than 401/403 for roles with it.
 */
describeEngines('toegangsmatrix: rol × endpoint', (h) => {
  test('every role gets exactly the access its permissions give', async () => {
    const cas = await loginAs(h.app, 'casushouder');
    const melding = (await h.app.inject({ method: 'POST', url: '/api/meldingen', payload: { omschrijving: 'Afval op straat bij de school.' } })).json().id;
    const zaak = (await h.app.inject({ method: 'POST', url: '/api/casussen', headers: cas, payload: { zaaktype: 'overlastcasus', omschrijving: 'Matrix' } })).json().id;
    const rollen = (await h.app.inject({ url: '/api/rollen', headers: cas })).json() as { code: string; permissies: string[] }[];
    const perms = (rol: string) => rollen.find((r) => r.code === rol)!.permissies;

    const endpoints: { method: 'GET' | 'POST' | 'PUT'; url: string; payload?: object; toegestaan: (rol: string) => boolean }[] = [
      { method: 'GET', url: '/api/meldingen', toegestaan: (r) => perms(r).includes('meldingen:lezen') },
      { method: 'GET', url: `/api/meldingen/${melding}`, toegestaan: (r) => perms(r).includes('meldingen:lezen') },
      { method: 'POST', url: `/api/meldingen/${melding}/status`, payload: { naar: 'in_beoordeling' }, toegestaan: (r) => perms(r).includes('meldingen:beoordelen') },
      { method: 'PUT', url: `/api/meldingen/${melding}/categorie`, payload: { categorie: 'openbare_ruimte' }, toegestaan: (r) => perms(r).includes('meldingen:beoordelen') },
      { method: 'POST', url: '/api/casussen', payload: { zaaktype: 'overlastcasus', omschrijving: 'Matrix test' }, toegestaan: (r) => perms(r).includes('casussen:behandelen') },
      // Only the casushouder who made it is a member: need-to-know beats role.
      { method: 'GET', url: `/api/casussen/${zaak}`, toegestaan: (r) => r === 'casushouder' },
      // Break-glass: a named role reads a casus it is not a member of (with a reason, logged for the FG).
      { method: 'POST', url: `/api/casussen/${zaak}/doorbreken`, payload: { reden: 'Casushouder afwezig, dringende vraag' }, toegestaan: (r) => perms(r).includes('casussen:doorbreken') },
      { method: 'GET', url: '/api/backup', toegestaan: (r) => perms(r).includes('backup:maken') },
      { method: 'GET', url: '/api/taken', toegestaan: (r) => perms(r).includes('taken:behandelen') },
      { method: 'GET', url: '/api/berichten', toegestaan: (r) => perms(r).includes('berichten:beheren') },
      { method: 'GET', url: '/api/sjablonen', toegestaan: (r) => perms(r).includes('berichten:beheren') },
      { method: 'GET', url: '/api/verwerkingen', toegestaan: (r) => perms(r).includes('verwerkingenlog:lezen') },
      { method: 'GET', url: '/api/gebruikers', toegestaan: (r) => perms(r).includes('gebruikers:beheren') },
      { method: 'GET', url: '/api/meldingen/export?formaat=xlsx', toegestaan: (r) => perms(r).includes('meldingen:lezen') },
      { method: 'GET', url: '/api/meldingen/behandelaars', toegestaan: (r) => perms(r).includes('meldingen:lezen') },
      { method: 'POST', url: '/api/meldingen/toewijzen', payload: { ids: [melding], team: 'oov-intake' }, toegestaan: (r) => perms(r).includes('meldingen:beoordelen') },
      { method: 'GET', url: '/api/casussen/export?formaat=csv', toegestaan: (r) => perms(r).includes('casussen:lezen') || perms(r).includes('taken:behandelen') },
      { method: 'GET', url: '/api/monitor/indicatoren', toegestaan: (r) => perms(r).includes('monitor:lezen') },
      { method: 'GET', url: '/api/monitor/soorten', toegestaan: (r) => perms(r).includes('monitor:lezen') },
      { method: 'GET', url: '/api/meldingen/statussen', toegestaan: (r) => perms(r).includes('meldingen:lezen') },
      { method: 'GET', url: '/api/monitor/observaties?indicator=POL_MISDR_PER1000&niveau=gemeente&periode=2015', toegestaan: (r) => perms(r).includes('monitor:lezen') },
      { method: 'GET', url: '/api/monitor/profiel/BU09350000?jaar=2015', toegestaan: (r) => perms(r).includes('monitor:lezen') },
      { method: 'POST', url: '/api/monitor/import/cbs', payload: { bestandsnaam: 'x.csv', inhoud: 'ID;Iets\n1;2' }, toegestaan: (r) => perms(r).includes('monitor:importeren') },
      { method: 'POST', url: '/api/monitor/duiding', payload: { gebied: 'BU09350000', tekst: 'Toelichting bij de cijfers' }, toegestaan: (r) => perms(r).includes('analyse:uitvoeren') },
      { method: 'POST', url: '/api/analyse/hotspots', payload: { van: '2024-01-01', tot: '2024-12-31' }, toegestaan: (r) => perms(r).includes('analyse:uitvoeren') },
      { method: 'GET', url: '/api/alerts', toegestaan: (r) => perms(r).includes('analyse:uitvoeren') },
      { method: 'GET', url: '/api/enquete/rondes', toegestaan: (r) => perms(r).includes('monitor:importeren') },
      { method: 'GET', url: '/api/monitor/imports', toegestaan: (r) => perms(r).includes('monitor:importeren') },
      { method: 'GET', url: '/api/monitor/signalen/nieuw', toegestaan: (r) => perms(r).includes('analyse:uitvoeren') },
      { method: 'GET', url: '/api/programma', toegestaan: (r) => perms(r).includes('programma:lezen') },
      { method: 'GET', url: '/api/programma/maatregelen?mijn=true', toegestaan: (r) => perms(r).includes('programma:lezen') },
      { method: 'POST', url: '/api/programma/programmas/mjp-2023-2026/agendas', payload: { code: 'ua-matrix', titel: 'Matrix-agenda', van: '2025-01-01', tot: '2025-12-31' }, toegestaan: (r) => perms(r).includes('programma:beheren') },
      { method: 'POST', url: '/api/programma/buurtagenda', payload: { buurt: 'BU09350000', titel: 'Matrixpunt', eigenaarOrganisatie: 'gemeente-oov' }, toegestaan: (r) => perms(r).includes('programma:beheren') },
      { method: 'GET', url: '/api/participatie/buurtpreventie', toegestaan: (r) => perms(r).includes('programma:lezen') },
      { method: 'POST', url: '/api/participatie/schouwen', payload: { buurt: 'BU09350000', datum: '2026-11-01', thema: 'Matrix' }, toegestaan: (r) => perms(r).includes('programma:beheren') },
      { method: 'GET', url: '/api/rapportages', toegestaan: (r) => perms(r).includes('rapportages:lezen') },
      { method: 'POST', url: '/api/rapportages', payload: { soort: 'voortgang', periode: '2026' }, toegestaan: (r) => perms(r).includes('rapportages:maken') },
      // The ondermijning compartment: nobody outside it, beheerder and analist included (ADR 0010).
      { method: 'GET', url: '/api/ondermijning/signalen', toegestaan: (r) => perms(r).includes('ondermijning:lezen') },
      { method: 'GET', url: '/api/ondermijning/catalogus', toegestaan: (r) => perms(r).includes('ondermijning:lezen') },
      { method: 'GET', url: '/api/ondermijning/overleggen', toegestaan: (r) => perms(r).includes('ondermijning:lezen') },
      { method: 'POST', url: '/api/ondermijning/overleggen', payload: { datum: '2026-12-10' }, toegestaan: (r) => perms(r).includes('ondermijning:behandelen') },
      { method: 'POST', url: '/api/meldingen/routering/simulatie', payload: { regels: [{ naam: 'x', categorie: '*', team: 'oov-intake' }] }, toegestaan: (r) => perms(r).includes('meldingen:beoordelen') },
    ];
    const sessions = new Map<string, Awaited<ReturnType<typeof loginAs>>>();
    for (const rol of ROLLEN) sessions.set(rol, await loginAs(h.app, rol));
    const fouten: string[] = [];
    for (const e of endpoints) {
      const anon = await h.app.inject({ method: e.method, url: e.url, ...(e.payload ? { payload: e.payload } : {}) });
      if (anon.statusCode !== 401) fouten.push(`anoniem ${e.method} ${e.url} → ${anon.statusCode}`);
      for (const rol of ROLLEN) {
        const res = await h.app.inject({ method: e.method, url: e.url, headers: sessions.get(rol)!, ...(e.payload ? { payload: e.payload } : {}) });
        const mag = e.toegestaan(rol);
        const ok = mag ? res.statusCode !== 401 && res.statusCode !== 403 && res.statusCode < 500 : res.statusCode === 403;
        if (!ok) fouten.push(`${rol} ${e.method} ${e.url} → ${res.statusCode} (verwacht ${mag ? 'toegang' : '403'})`);
      }
    }
    assert.deepEqual(fouten, []);
  });
});
