import type { Kysely } from 'kysely';
import { zwaar } from '../platform/voorrang.ts';
import type { Static } from 'typebox';
import type { ConcentratieBody, Hotspots, HotspotsBody, NearRepeatBody, Wdd, WddBody } from '../../contract/api/analyse.ts';
import { logVerwerking, type AuditContext } from '../verwerkingenlog/verwerkingenlog.service.ts';
import type { GebiedenService } from '../gebieden/gebieden.service.ts';
import { isPolygonal, polygonsOf, rdToWgs84, wgs84ToRd } from '../gebieden/geo.ts';
import type { IncidentenService } from '../incidenten/incidenten.service.ts';
import type { MonitorInstellingen } from '../monitor/monitor.config.ts';
import type { DB } from '../platform/db-schema.ts';
import { AppError } from '../platform/errors.ts';
import { concentratie, giStar, queenBuren, rasterTelling, wdd } from './hotspots.ts';
import { controleerBanden } from './near-repeat.ts';
import type { AnalyseTaken } from './taken.ts';

function periode(van: string, tot: string): void {
  if (tot < van) throw new AppError('validatie', 'De einddatum ligt voor de begindatum.', [{ veld: 'tot', melding: 'voor de begindatum' }]);
}

/**
 * The analyses on stored incidents: near-repeat (started as a background task), Gi* hotspots on a grid or on
 * buurten, concentration and WDD. Every run is written to the verwerkingenlog (no personal data: incidents
 * are counted, never shown individually).
 */
export class AnalyseService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly incidenten: IncidentenService,
    private readonly gebieden: GebiedenService,
    private readonly taken: AnalyseTaken,
    private readonly cfg: Pick<MonitorInstellingen, 'nearRepeat' | 'hotspots'>,
  ) {}

  private log(ctx: AuditContext, soort: string, details: Record<string, unknown>) {
    return this.db.transaction().execute((trx) => logVerwerking(trx, ctx, { actie: `analyse.${soort}`, objectType: 'incident', doel: 'veiligheidsbeeld', persoonsgegevens: false, details }));
  }

  async nearRepeat(ctx: AuditContext, eigenaar: string, b: Static<typeof NearRepeatBody>): Promise<{ taak: string; gebeurtenissen: number }> {
    periode(b.van, b.tot);
    controleerBanden('ruimte', b.ruimte, false);
    controleerBanden('tijd', b.tijd, true);
    const soorten = b.soorten ?? this.cfg.nearRepeat.soorten;
    const ev = await this.incidenten.incidenten(soorten, b.van, b.tot);
    if (ev.x.length < 2) throw new AppError('validatie', `Er zijn ${ev.x.length} incidenten van deze soort in deze periode; er zijn er minstens twee nodig.`);
    const taak = await this.taken.start(eigenaar, { x: ev.x, y: ev.y, dag: ev.dag, opties: { ruimte: b.ruimte, tijd: b.tijd, afstand: b.afstand, permutaties: b.permutaties, seed: b.seed } });
    await this.log(ctx, 'near_repeat', { soorten, van: b.van, tot: b.tot, gebeurtenissen: ev.x.length, permutaties: b.permutaties, seed: b.seed });
    return { taak, gebeurtenissen: ev.x.length };
  }

  taak(id: string, eigenaar: string) {
    return this.taken.get(id, eigenaar);
  }

  async hotspots(ctx: AuditContext, b: Static<typeof HotspotsBody>): Promise<Hotspots> {
    return zwaar(async () => {
      periode(b.van, b.tot);
      const soorten = b.soorten ?? this.cfg.nearRepeat.soorten;
      const ev = await this.incidenten.incidenten(soorten, b.van, b.tot);
      await this.log(ctx, 'hotspots', { soorten, van: b.van, tot: b.tot, niveau: b.niveau, gebeurtenissen: ev.x.length });
      if (b.niveau === 'buurt') {
        const buurten = this.gebieden.lijst('buurt');
        const pos = new Map(buurten.map((g, i) => [g.code, i]));
        const x = new Array<number>(buurten.length).fill(0);
        for (const code of ev.buurt) x[pos.get(code)!]! += 1;
        const ringen = buurten.map((g) => {
          const geo = this.gebieden.feature(g.code).geometry;
          // In RD New metres: a contiguity tolerance means the same on every latitude (degrees did not).
          return isPolygonal(geo) ? polygonsOf(geo).flatMap((p) => p.flatMap((ring) => ring.map(([a, c]) => wgs84ToRd(a!, c!)))) : [];
        });
        const gi = giStar(x, queenBuren(ringen), b.alpha);
        return {
          niveau: 'buurt',
          gebeurtenissen: ev.x.length,
          eenheden: buurten.map((g, i) => ({ code: g.code, naam: g.naam, aantal: x[i]!, z: gi.z[i]!, q: gi.q[i]!, klasse: gi.klasse[i]! })),
        };
      }
      const cel = b.celMeter ?? this.cfg.hotspots.celMeter;
      const index = this.gebieden.index;
      const raster = rasterTelling(ev.x, ev.y, index.grenzen, cel, (cx, cy) => index.findRd(cx, cy) !== undefined);
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
      return { niveau: 'raster', celMeter: cel, gebeurtenissen: ev.x.length, buitenRaster: ev.x.length - geteld, cellenTotaal: raster.cellen.length, cellen };
    });
  }

  async concentratie(b: Static<typeof ConcentratieBody>) {
    periode(b.van, b.tot);
    const ev = await this.incidenten.incidenten(b.soorten ?? this.cfg.nearRepeat.soorten, b.van, b.tot);
    let aantallen: number[];
    if (b.niveau === 'buurt') {
      const per = new Map(this.gebieden.lijst('buurt').map((g) => [g.code, 0]));
      for (const c of ev.buurt) per.set(c, (per.get(c) ?? 0) + 1);
      aantallen = [...per.values()];
    } else {
      const index = this.gebieden.index;
      aantallen = rasterTelling(ev.x, ev.y, index.grenzen, b.celMeter ?? this.cfg.hotspots.celMeter, (cx, cy) => index.findRd(cx, cy) !== undefined).aantallen;
    }
    return { niveau: b.niveau, ...concentratie(aantallen) };
  }

  async wdd(b: Static<typeof WddBody>): Promise<Wdd> {
    periode(b.voor.van, b.voor.tot);
    periode(b.na.van, b.na.tot);
    const sets = [b.doel, b.buffer, b.controle].map((s) => new Set(s));
    if (b.doel.some((c) => sets[1]!.has(c) || sets[2]!.has(c)) || b.buffer.some((c) => sets[2]!.has(c))) {
      throw new AppError('validatie', 'Doelgebied, buffer en controlegebied mogen elkaar niet overlappen.');
    }
    const soorten = b.soorten ?? this.cfg.nearRepeat.soorten;
    const tel = async (p: { van: string; tot: string }) => {
      const ev = await this.incidenten.incidenten(soorten, p.van, p.tot);
      return sets.map((s) => ev.buurt.filter((c) => s.has(c)).length);
    };
    const [voor, na] = [await tel(b.voor), await tel(b.na)];
    const r = wdd({ doel: [voor[0]!, na[0]!], buffer: [voor[1]!, na[1]!], controle: [voor[2]!, na[2]!] });
    return { aantallen: { doel: { voor: voor[0]!, na: na[0]! }, buffer: { voor: voor[1]!, na: na[1]! }, controle: { voor: voor[2]!, na: na[2]! } }, ...r };
  }
}
