import { Type } from 'typebox';
import { logVerwerking } from '../audit/audit.service.ts';
import { isPolygonal, polygonsOf, rdToWgs84 } from '../gebieden/geo.ts';
import type { App, AppContext } from '../platform/context.ts';
import { auditContext } from '../toegang/sessie.plugin.ts';
import { AppError } from '../platform/errors.ts';
import { responses } from '../platform/http-schemas.ts';
import {
  AnalyseTaakSchema,
  ConcentratieBody,
  ConcentratieSchema,
  HotspotsBody,
  HotspotsSchema,
  NearRepeatBody,
  NearRepeatGestart,
  WddBody,
  WddSchema,
} from '../../shared/api/analyse.ts';
import { requirePermissie } from '../toegang/toegang.service.ts';
import { concentratie, giStar, queenBuren, rasterTelling, wdd } from './hotspots.ts';
import { controleerBanden } from './near-repeat.ts';


/** Analyses on the stored incidents: near-repeat (in a worker, with progress), hotspots, concentration, WDD. */
export async function analyseRoutes(app: App, ctx: AppContext): Promise<void> {
  const taken = ctx.analyseTaken;
  const cfg = ctx.gemeente.monitor;
  const periode = (van: string, tot: string) => {
    if (tot < van) throw new AppError('validatie', 'De einddatum ligt voor de begindatum.', [{ veld: 'tot', melding: 'voor de begindatum' }]);
  };
  const log = (request: Parameters<typeof auditContext>[0], soort: string, details: Record<string, unknown>) =>
    ctx.db.transaction().execute((trx) => logVerwerking(trx, auditContext(request), { actie: `analyse.${soort}`, objectType: 'incident', doel: 'veiligheidsbeeld', persoonsgegevens: false, details }));

  app.post(
    '/api/analyse/near-repeat',
    {
      schema: {
        tags: ['analyse'],
        summary: 'Near-repeat (Knox-toets) op de ingelezen incidenten; start een taak en geeft 202 met de taak',
        body: NearRepeatBody,
        response: responses({ 202: NearRepeatGestart }, [400, 401, 403, 409]),
      },
    },
    async (request, reply) => {
      requirePermissie(request.gebruiker, 'analyse:uitvoeren');
      const b = request.body;
      periode(b.van, b.tot);
      controleerBanden('ruimte', b.ruimte, false);
      controleerBanden('tijd', b.tijd, true);
      const soorten = b.soorten ?? cfg.nearRepeat.soorten;
      const ev = await ctx.incidenten.incidenten(soorten, b.van, b.tot);
      if (ev.x.length < 2) throw new AppError('validatie', `Er zijn ${ev.x.length} incidenten van deze soort in deze periode; er zijn er minstens twee nodig.`);
      const taakId = await taken.start(request.gebruiker!.id, { x: ev.x, y: ev.y, dag: ev.dag, opties: { ruimte: b.ruimte, tijd: b.tijd, afstand: b.afstand, permutaties: b.permutaties, seed: b.seed } });
      await log(request, 'near_repeat', { soorten, van: b.van, tot: b.tot, gebeurtenissen: ev.x.length, permutaties: b.permutaties, seed: b.seed });
      return reply.code(202).send({ taak: taakId, gebeurtenissen: ev.x.length });
    },
  );

  app.get(
    '/api/analyse/taken/:id',
    {
      schema: {
        tags: ['analyse'],
        summary: 'Voortgang en uitkomst van een analysetaak (alleen voor wie hem startte)',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: responses({ 200: AnalyseTaakSchema }, [401, 403, 404]),
      },
    },
    async (request) => {
      requirePermissie(request.gebruiker, 'analyse:uitvoeren');
      return taken.get(request.params.id, request.gebruiker!.id);
    },
  );

  app.post(
    '/api/analyse/hotspots',
    {
      schema: {
        tags: ['analyse'],
        summary: 'Hotspots (Getis-Ord Gi*, FDR) op een RD-raster of op buurten',
        body: HotspotsBody,
        response: responses({ 200: HotspotsSchema }, [400, 401, 403]),
      },
    },
    async (request) => {
      requirePermissie(request.gebruiker, 'analyse:uitvoeren');
      const b = request.body;
      periode(b.van, b.tot);
      const soorten = b.soorten ?? cfg.nearRepeat.soorten;
      const ev = await ctx.incidenten.incidenten(soorten, b.van, b.tot);
      await log(request, 'hotspots', { soorten, van: b.van, tot: b.tot, niveau: b.niveau, gebeurtenissen: ev.x.length });
      if (b.niveau === 'buurt') {
        const buurten = ctx.gebieden.lijst('buurt');
        const pos = new Map(buurten.map((g, i) => [g.code, i]));
        const x = new Array<number>(buurten.length).fill(0);
        for (const code of ev.buurt) x[pos.get(code)!]! += 1;
        const ringen = buurten.map((g) => {
          const geo = ctx.gebieden.feature(g.code).geometry;
          return isPolygonal(geo) ? polygonsOf(geo).flatMap((p) => p.flatMap((ring) => ring.map(([a, c]) => [a!, c!] as [number, number]))) : [];
        });
        const gi = giStar(x, queenBuren(ringen));
        return {
          niveau: 'buurt' as const,
          gebeurtenissen: ev.x.length,
          eenheden: buurten.map((g, i) => ({ code: g.code, naam: g.naam, aantal: x[i]!, z: gi.z[i]!, q: gi.q[i]!, klasse: gi.klasse[i]! })),
        };
      }
      const cel = b.celMeter ?? cfg.hotspots.celMeter;
      const index = ctx.gebieden.index;
      const bbox = ctx.gebieden.index.grenzen;
      const raster = rasterTelling(ev.x, ev.y, bbox, cel, (cx, cy) => index.findRd(cx, cy) !== undefined);
      const gi = giStar(raster.aantallen, raster.buren, b.alpha);
      // Only cells with events or a significant result are returned (the rest is the uniform background).
      const cellen = raster.cellen.flatMap((c, i) => {
        if (raster.aantallen[i] === 0 && gi.klasse[i] === 'geen') return [];
        const x0 = raster.x0 + (c % raster.kolommen) * cel;
        const y0 = raster.y0 + Math.floor(c / raster.kolommen) * cel;
        const hoek = [[x0, y0], [x0 + cel, y0], [x0 + cel, y0 + cel], [x0, y0 + cel], [x0, y0]].map(([a, d]) => rdToWgs84(a!, d!).map((v) => Math.round(v * 1e6) / 1e6));
        return [{ cel: c, aantal: raster.aantallen[i]!, z: gi.z[i]!, q: gi.q[i]!, klasse: gi.klasse[i]!, geometrie: { type: 'Polygon' as const, coordinates: [hoek] } }];
      });
      const geteld = raster.aantallen.reduce((a, v) => a + v, 0);
      // Events in cells whose centre lies outside the gemeente (edge cells) are not counted.
      return { niveau: 'raster' as const, celMeter: cel, gebeurtenissen: ev.x.length, buitenRaster: ev.x.length - geteld, cellenTotaal: raster.cellen.length, cellen };
    },
  );

  app.post(
    '/api/analyse/concentratie',
    {
      schema: {
        tags: ['analyse'],
        summary: 'Concentratie: aandeel incidenten in de top x % van buurten of rastercellen, Gini, Lorenz-curve',
        body: ConcentratieBody,
        response: responses({ 200: ConcentratieSchema }, [400, 401, 403]),
      },
    },
    async (request) => {
      requirePermissie(request.gebruiker, 'analyse:uitvoeren');
      const b = request.body;
      periode(b.van, b.tot);
      const ev = await ctx.incidenten.incidenten(b.soorten ?? cfg.nearRepeat.soorten, b.van, b.tot);
      let aantallen: number[];
      if (b.niveau === 'buurt') {
        const per = new Map(ctx.gebieden.lijst('buurt').map((g) => [g.code, 0]));
        for (const c of ev.buurt) per.set(c, (per.get(c) ?? 0) + 1);
        aantallen = [...per.values()];
      } else {
        const index = ctx.gebieden.index;
        aantallen = rasterTelling(ev.x, ev.y, ctx.gebieden.index.grenzen, b.celMeter ?? cfg.hotspots.celMeter, (cx, cy) => index.findRd(cx, cy) !== undefined).aantallen;
      }
      return { niveau: b.niveau, ...concentratie(aantallen) };
    },
  );

  app.post(
    '/api/analyse/wdd',
    {
      schema: {
        tags: ['analyse'],
        summary: 'Effect van een interventie: weighted displacement difference voor doelgebied, buffer en controlegebied',
        body: WddBody,
        response: responses({ 200: WddSchema }, [400, 401, 403]),
      },
    },
    async (request) => {
      requirePermissie(request.gebruiker, 'analyse:uitvoeren');
      const b = request.body;
      periode(b.voor.van, b.voor.tot);
      periode(b.na.van, b.na.tot);
      const sets = [b.doel, b.buffer, b.controle].map((s) => new Set(s));
      if (b.doel.some((c) => sets[1]!.has(c) || sets[2]!.has(c)) || b.buffer.some((c) => sets[2]!.has(c))) {
        throw new AppError('validatie', 'Doelgebied, buffer en controlegebied mogen elkaar niet overlappen.');
      }
      const soorten = b.soorten ?? cfg.nearRepeat.soorten;
      const tel = async (p: { van: string; tot: string }) => {
        const ev = await ctx.incidenten.incidenten(soorten, p.van, p.tot);
        return sets.map((s) => ev.buurt.filter((c) => s.has(c)).length);
      };
      const [voor, na] = [await tel(b.voor), await tel(b.na)];
      const r = wdd({ doel: [voor[0]!, na[0]!], buffer: [voor[1]!, na[1]!], controle: [voor[2]!, na[2]!] });
      return { aantallen: { doel: { voor: voor[0], na: na[0] }, buffer: { voor: voor[1], na: na[1] }, controle: { voor: voor[2], na: na[2] } }, ...r };
    },
  );
}
