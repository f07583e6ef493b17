import { Type } from 'typebox';
import type { App, AppContext } from '../platform/context.ts';
import { auditContext } from '../toegang/sessie.plugin.ts';
import { maakBestand, stuurBestand } from '../platform/export.ts';
import { Bestand } from '../../contract/api/common.ts';
import { GemeentenVergelijkingSchema, ImportRegelSchema, IndicatorSchema, NieuwSignaalSchema, NiveauSchema, ObservatieSchema, PeriodeSchema, ProfielSchema, SignalenSchema, TrendSchema } from '../../contract/api/monitor.ts';
import { Body, responses } from '../platform/http-schemas.ts';
import { requirePermissie } from '../toegang/toegang.service.ts';
import { parseMaten } from './cbs-import.ts';
import type { Niveau } from './monitor.service.ts';

const S = Type.String();
const Periode = PeriodeSchema;
const Maat = Type.Optional(
  Type.Union([Type.Literal('waarde'), Type.Literal('per_inwoners')], {
    description: 'waarde: zoals de indicator is gedefinieerd; per_inwoners: een aantal omgerekend per inwoner (de noemer uit monitor.json), zodat gebieden vergelijkbaar zijn',
  }),
);
/** Provenance in words, for exports (the web shows the same labels). */
const HERKOMST_TEKST = { cbs_politie: 'CBS/politie', eigen_registratie: 'eigen registratie', enquete: 'enquête', demo: 'DEMO (verzonnen)', geen: 'geen cijfer' } as const;

export async function monitorRoutes(app: App, ctx: AppContext): Promise<void> {
  const svc = ctx.monitor;

  app.get(
    '/api/monitor/indicatoren',
    {
      schema: {
        tags: ['monitor'],
        summary: 'De indicatorcatalogus van de gemeente (definitie, eenheid, bron, richting, noemer, doel)',
        response: responses(
          {
            200: Type.Array(IndicatorSchema),
          },
          [401, 403],
        ),
      },
    },
    async (request) => {
      requirePermissie(request.gebruiker, 'monitor:lezen');
      return svc.indicatoren().map((i) => ({
        code: i.code,
        naam: i.naam,
        naamEn: i.naamEn,
        definitie: i.definitie,
        eenheid: i.eenheid,
        bron: i.bron,
        richting: i.richting,
        noemer: i.noemer ?? null,
        doel: svc.doelVoor(i),
        soort: i.teller.enquete ? ('beleving' as const) : ('objectief' as const),
        // A count can be shown as a rate (maat=per_inwoners); its unit comes from the gemeente's config.
        eenheidPerInwoners: i.eenheid === 'aantal' && !i.teller.enquete ? svc.vergelijkingsNoemer().eenheid : null,
      }));
    },
  );

  app.get(
    '/api/monitor/indicatoren/:code/perioden',
    {
      schema: {
        tags: ['monitor'],
        summary: 'Perioden waarvoor de indicator cijfers heeft (nieuwste eerst)',
        params: Type.Object({ code: Type.String({ maxLength: 60 }) }),
        response: responses({ 200: Type.Array(S) }, [401, 403, 404]),
      },
    },
    async (request) => {
      requirePermissie(request.gebruiker, 'monitor:lezen');
      return svc.perioden(request.params.code);
    },
  );

  app.get(
    '/api/monitor/observaties',
    {
      schema: {
        tags: ['monitor'],
        summary: 'Een indicator voor alle gebieden van een niveau in één periode (de kaart en de tabel)',
        querystring: Type.Object({ indicator: Type.String({ maxLength: 60 }), niveau: NiveauSchema, periode: Periode, maat: Maat }, { additionalProperties: false }),
        response: responses({ 200: Type.Array(ObservatieSchema) }, [400, 401, 403, 404]),
      },
    },
    async (request) => {
      requirePermissie(request.gebruiker, 'monitor:lezen');
      const { indicator, niveau, periode, maat } = request.query;
      return maat === 'per_inwoners' ? svc.observatiesPerInwoner(indicator, niveau as Niveau, periode) : svc.observaties(indicator, niveau as Niveau, periode);
    },
  );

  app.get(
    '/api/monitor/observaties/export',
    {
      schema: {
        tags: ['monitor'],
        summary: 'De observaties als CSV, XLSX of GeoJSON (met de gebiedsgrenzen)',
        querystring: Type.Object(
          {
            indicator: Type.String({ maxLength: 60 }),
            niveau: NiveauSchema,
            periode: Periode,
            formaat: Type.Union([Type.Literal('csv'), Type.Literal('xlsx'), Type.Literal('geojson')], { default: 'csv' }),
            maat: Maat,
          },
          { additionalProperties: false },
        ),
        response: responses({ 200: Bestand('CSV, XLSX of GeoJSON') }, [400, 401, 403, 404]),
      },
    },
    async (request, reply) => {
      requirePermissie(request.gebruiker, 'monitor:lezen');
      const { indicator, niveau, periode, formaat, maat } = request.query;
      const ind = svc.indicator(indicator);
      const perInwoner = maat === 'per_inwoners';
      const obs = perInwoner ? await svc.observatiesPerInwoner(indicator, niveau as Niveau, periode) : await svc.observaties(indicator, niveau as Niveau, periode);
      const eenheid = perInwoner ? svc.vergelijkingsNoemer().eenheid : ind.eenheid;
      const demo = obs.some((o) => o.herkomst === 'demo');
      const naam = `${indicator.toLowerCase()}-${niveau}-${periode}${perInwoner ? '-per-inwoners' : ''}${demo ? '-DEMO' : ''}`;
      if (formaat === 'geojson') {
        const features = obs.map((o) => {
          let geometry = null;
          try {
            geometry = ctx.gebieden.feature(o.gebied.code).geometry;
          } catch {
            geometry = null;
          }
          return { type: 'Feature', id: o.gebied.code, geometry, properties: { code: o.gebied.code, naam: o.gebied.naam, indicator, periode, eenheid, waarde: o.waarde, teller: o.teller, noemer: o.noemer, status: o.status, geheim: o.geheim, herkomst: HERKOMST_TEKST[o.herkomst] } };
        });
        return stuurBestand(reply, {
          mediatype: 'application/geo+json',
          bestandsnaam: `${naam}.geojson`,
          inhoud: Buffer.from(JSON.stringify({ type: 'FeatureCollection', name: `${ind.naam} (${eenheid}) ${periode}${demo ? ' — DEMO: verzonnen gegevens' : ''}`, bron: ind.bron, demo, features })),
        });
      }
      return stuurBestand(
        reply,
        await maakBestand(
          formaat,
          naam,
          ['Gebiedscode', 'Gebied', 'Periode', `${ind.naam} (${eenheid})`, 'Teller', 'Noemer', 'Interval laag', 'Interval hoog', 'Status', 'Geheim', 'Afgeleid', 'Bron', 'Herkomst', 'Doel'],
          obs.map((o) => [o.gebied.code, o.gebied.naam, o.periode, o.waarde, o.teller, o.noemer, o.interval?.[0] ?? null, o.interval?.[1] ?? null, o.status, o.geheim, o.afgeleid, o.bron, HERKOMST_TEKST[o.herkomst], o.doelStatus]),
        ),
      );
    },
  );

  app.get(
    '/api/monitor/trend',
    {
      schema: {
        tags: ['monitor'],
        summary: 'Een indicator voor één gebied door de jaren, met doel, vergelijking met vier jaar eerder en het meerjarig gemiddelde',
        querystring: Type.Object({ indicator: Type.String({ maxLength: 60 }), gebied: Type.String({ maxLength: 12 }) }, { additionalProperties: false }),
        response: responses({ 200: TrendSchema }, [400, 401, 403, 404]),
      },
    },
    async (request) => {
      requirePermissie(request.gebruiker, 'monitor:lezen');
      return svc.trend(request.query.indicator, request.query.gebied);
    },
  );

  app.get(
    '/api/monitor/signalen',
    {
      schema: {
        tags: ['monitor'],
        summary: 'Maandcijfers van een jaar, gemarkeerd als ze onwaarschijnlijk zijn gezien dezelfde maand in eerdere jaren (Poisson met trend)',
        querystring: Type.Object({ indicator: Type.String({ maxLength: 60 }), gebied: Type.String({ maxLength: 12 }), jaar: Type.Integer({ minimum: 1990, maximum: 2100 }) }, { additionalProperties: false }),
        response: responses({ 200: SignalenSchema }, [400, 401, 403, 404]),
      },
    },
    async (request) => {
      requirePermissie(request.gebruiker, 'monitor:lezen');
      return svc.maandSignalen(request.query.indicator, request.query.gebied, request.query.jaar);
    },
  );

  app.get(
    '/api/monitor/signalen/nieuw',
    {
      schema: {
        tags: ['monitor'],
        summary: 'Nieuwe signalen voor de gemeente: de laatste drie maanden met cijfers die onwaarschijnlijk hoog of laag zijn',
        response: responses({ 200: Type.Array(NieuwSignaalSchema) }, [401, 403]),
      },
    },
    async (request) => {
      requirePermissie(request.gebruiker, 'analyse:uitvoeren');
      return svc.nieuweSignalen();
    },
  );

  app.get(
    '/api/monitor/imports',
    {
      schema: {
        tags: ['monitor'],
        summary: 'De laatste keren inlezen van cijfers en incidenten, ook de geweigerde (met de reden)',
        querystring: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })) }, { additionalProperties: false }),
        response: responses({ 200: Type.Array(ImportRegelSchema) }, [400, 401, 403]),
      },
    },
    async (request) => {
      requirePermissie(request.gebruiker, 'monitor:importeren');
      return svc.importlog(request.query.limit ?? 20);
    },
  );

  app.get(
    '/api/monitor/profiel/:gebied',
    {
      schema: {
        tags: ['monitor'],
        summary: 'Buurtprofiel: objectieve cijfers en beleving naast elkaar, met de duiding van analisten',
        params: Type.Object({ gebied: Type.String({ maxLength: 12 }) }),
        querystring: Type.Object({ jaar: Type.String({ pattern: '^[0-9]{4}$' }) }, { additionalProperties: false }),
        response: responses({ 200: ProfielSchema }, [400, 401, 403, 404]),
      },
    },
    async (request) => {
      requirePermissie(request.gebruiker, 'monitor:lezen');
      return svc.profiel(request.params.gebied, request.query.jaar);
    },
  );

  app.get(
    '/api/monitor/vergelijking/gemeenten',
    {
      schema: {
        tags: ['monitor'],
        summary: 'De gemeente naast andere gemeenten: geregistreerde misdrijven per 1.000 inwoners (CBS), per vergelijkingsgroep',
        querystring: Type.Object(
          { jaar: Type.Optional(Type.String({ pattern: '^[0-9]{4}$' })), groep: Type.Optional(Type.String({ maxLength: 40 })) },
          { additionalProperties: false },
        ),
        response: responses({ 200: GemeentenVergelijkingSchema }, [400, 401, 403]),
      },
    },
    async (request) => {
      requirePermissie(request.gebruiker, 'monitor:lezen');
      return svc.gemeentenVergelijken(request.query.jaar, request.query.groep);
    },
  );

  app.post(
    '/api/monitor/duiding',
    {
      schema: {
        tags: ['monitor'],
        summary: 'Duiding (kwalitatieve toelichting) bij een gebied vastleggen, gedateerd en met auteur',
        body: Body({ gebied: Type.String({ maxLength: 12 }), tekst: Type.String({ minLength: 1, maxLength: 5000 }) }),
        response: responses({ 201: Type.Object({ id: S }) }, [400, 401, 403]),
      },
    },
    async (request, reply) => {
      requirePermissie(request.gebruiker, 'analyse:uitvoeren');
      const id = await svc.duidingToevoegen(auditContext(request), request.gebruiker!.id, request.body.gebied, request.body.tekst);
      return reply.code(201).send({ id });
    },
  );

  app.post(
    '/api/monitor/import/cbs',
    {
      schema: {
        tags: ['monitor'],
        summary: 'CBS/politie-bestand inlezen (OData v3/v4 JSON of CSV); alles of niets',
        body: Body({
          bestandsnaam: Type.String({ minLength: 1, maxLength: 200 }),
          inhoud: Type.String({ minLength: 1, maxLength: 40_000_000 }),
          maten: Type.Optional(Type.String({ maxLength: 2_000_000, description: 'OData v4: de MeasureCodes van de tabel (JSON)' })),
        }),
        response: responses({ 201: Type.Object({ importId: Type.Integer(), formaat: S, rijen: Type.Integer(), overgeslagen: Type.Integer(), geheim: Type.Integer(), onbekendeGebieden: Type.Array(S) }) }, [400, 401, 403]),
      },
      bodyLimit: 50 * 1024 * 1024,
    },
    async (request, reply) => {
      requirePermissie(request.gebruiker, 'monitor:importeren');
      const maten = request.body.maten ? parseMaten(request.body.maten) : undefined;
      const r = await svc.importCbs(auditContext(request), request.body.inhoud, request.body.bestandsnaam, undefined, maten);
      return reply.code(201).send({ importId: r.importId, formaat: r.formaat, rijen: r.rijen.length, overgeslagen: r.overgeslagen, geheim: r.geheim, onbekendeGebieden: r.onbekendeGebieden });
    },
  );

}
