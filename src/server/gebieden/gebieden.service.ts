import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Kysely, Transaction } from 'kysely';
import { logVerwerking, type AuditContext } from '../verwerkingenlog/verwerkingenlog.service.ts';
import type { DB } from '../platform/db-schema.ts';
import { AppError } from '../platform/errors.ts';
import { parseCbsGeoJson } from './cbs-geojson.ts';
import * as repo from './gebieden.repository.ts';
import type { GebiedRow, Niveau } from './gebieden.tables.ts';
import { AreaIndex, isPolygonal, polygonsOf, RD_BOUNDS, rdToWgs84, wgs84ToRd } from './geo.ts';

export interface GebiedRef {
  code: string;
  naam: string;
}

export interface Ligging {
  buurt: GebiedRef;
  wijk: GebiedRef;
  gemeente: GebiedRef | null;
}

export interface ImportResultaat {
  crs: string;
  aantallen: Record<Niveau, number>;
  aangemaakteOuders: number;
}

interface Snapshot {
  rows: GebiedRow[];
  byCode: Map<string, GebiedRow>;
  index: AreaIndex<Ligging>;
  /** Serialised FeatureCollection per level: areas change rarely and are read on every map view. */
  geojson: Map<Niveau, string>;
}

function toFeature(r: GebiedRow, byCode: Map<string, GebiedRow>): Feature<Geometry | null> {
  const ouder = r.ouder_code ? byCode.get(r.ouder_code) : undefined;
  return {
    type: 'Feature',
    id: r.code,
    properties: {
      code: r.code,
      naam: r.naam,
      niveau: r.niveau,
      jaar: r.jaar,
      ouder: ouder ? { code: ouder.code, naam: ouder.naam, niveau: ouder.niveau } : null,
      bron: r.bron,
    },
    geometry: r.geometrie,
  };
}

/**
 * Areas of the gemeente (CBS gemeente → wijk → buurt) with point lookups. The in-memory snapshot is rebuilt
 * after every import through this service; a separate process importing into a shared PostgreSQL database is
 * picked up at the next {@link reload} (server start).
 */
export class GebiedenService {
  private snapshot: Snapshot | undefined;

  constructor(private readonly db: Kysely<DB>) {}

  async reload(): Promise<void> {
    const rows = await repo.listAll(this.db);
    const byCode = new Map(rows.map((r) => [r.code, r]));
    const buurten = rows.filter((r) => r.niveau === 'buurt' && isPolygonal(r.geometrie));
    const ref = (r: GebiedRow | undefined): GebiedRef | null => (r ? { code: r.code, naam: r.naam } : null);
    const index = new AreaIndex(
      buurten.map((b) => {
        const wijk = b.ouder_code ? byCode.get(b.ouder_code) : undefined;
        const gemeente = wijk?.ouder_code ? byCode.get(wijk.ouder_code) : undefined;
        const ligging: Ligging = {
          buurt: { code: b.code, naam: b.naam },
          wijk: ref(wijk) ?? { code: b.ouder_code ?? '', naam: '' },
          gemeente: ref(gemeente),
        };
        return { item: ligging, geometry: b.geometrie as Extract<Geometry, { type: 'Polygon' | 'MultiPolygon' }> };
      }),
    );
    const geojson = new Map<Niveau, string>();
    for (const niveau of ['gemeente', 'wijk', 'buurt'] as const) {
      const fc: FeatureCollection<Geometry | null> = {
        type: 'FeatureCollection',
        features: rows.filter((r) => r.niveau === niveau).map((r) => toFeature(r, byCode)),
      };
      geojson.set(niveau, JSON.stringify(fc));
    }
    this.snapshot = { rows, byCode, index, geojson };
    this.punten = undefined;
  }

  private get current(): Snapshot {
    if (!this.snapshot) throw new AppError('niet_beschikbaar', 'De gebieden zijn nog niet geladen.');
    return this.snapshot;
  }

  /** GeoJSON FeatureCollection (as JSON text) of one level. */
  featureCollectionJson(niveau: Niveau): string {
    return this.current.geojson.get(niveau) ?? '{"type":"FeatureCollection","features":[]}';
  }

  /** The level of an area code in the current division, or null when there is no such area (one map lookup). */
  niveauVan(code: string): Niveau | null {
    return (this.current.byCode.get(code)?.niveau as Niveau | undefined) ?? null;
  }

  feature(code: string): Feature<Geometry | null> {
    const s = this.current;
    const r = s.byCode.get(code);
    if (!r) throw new AppError('niet_gevonden', `Gebied ${code} bestaat niet.`);
    return toFeature(r, s.byCode);
  }

  /** Buurt and wijk at a WGS84 position; 404 `buiten_gemeente` when no buurt contains it. */
  zoekWgs84(lon: number, lat: number): Ligging {
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || lon < -180 || lon > 180 || lat < -90 || lat > 90) {
      throw new AppError('ongeldige_coordinaten', 'lon moet tussen -180 en 180 liggen en lat tussen -90 en 90.');
    }
    const hit = this.current.index.findWgs84(lon, lat);
    if (!hit) throw new AppError('buiten_gemeente', `Het punt (${lon}, ${lat}) ligt niet in een bekende buurt.`);
    return hit;
  }

  /** Buurt and wijk at an RD New position (metres). */
  zoekRd(x: number, y: number): Ligging {
    if (!Number.isFinite(x) || !Number.isFinite(y) || x < RD_BOUNDS.minX || x > RD_BOUNDS.maxX || y < RD_BOUNDS.minY || y > RD_BOUNDS.maxY) {
      throw new AppError('ongeldige_coordinaten', 'x en y moeten RD New-coördinaten (EPSG:28992, meters) in Nederland zijn.');
    }
    const hit = this.current.index.findRd(x, y);
    if (!hit) throw new AppError('buiten_gemeente', `Het punt (${x}, ${y}) ligt niet in een bekende buurt.`);
    return hit;
  }

  /**
   * Land area in km², from the geometry projected to RD New (shoelace, holes subtracted); a gemeente without a
   * geometry (or row) of its own is the sum of its wijken. For "per km²" comparisons where no denominator fits.
   */
  oppervlakteKm2(code: string): number | null {
    const s = this.current;
    const r = s.byCode.get(code);
    if (r && isPolygonal(r.geometrie)) {
      let m2 = 0;
      for (const poly of polygonsOf(r.geometrie)) {
        poly.forEach((ring, i) => {
          let a = 0;
          const rd = ring.map((p) => wgs84ToRd(p[0]!, p[1]!));
          for (let k = 0; k < rd.length - 1; k++) a += rd[k]![0] * rd[k + 1]![1] - rd[k + 1]![0] * rd[k]![1];
          m2 += (i === 0 ? 1 : -1) * Math.abs(a / 2);
        });
      }
      return m2 / 1e6;
    }
    const kinderen = s.rows.filter((x) => x.ouder_code === code);
    if (kinderen.length === 0) return null;
    let som = 0;
    for (const k of kinderen) {
      const a = this.oppervlakteKm2(k.code);
      if (a === null) return null;
      som += a;
    }
    return som;
  }

  /** Areas of one level (code, name, parent), from the in-memory snapshot. */
  lijst(niveau: Niveau): { code: string; naam: string; ouder: string | null }[] {
    return this.current.rows.filter((r) => r.niveau === niveau).map((r) => ({ code: r.code, naam: r.naam, ouder: r.ouder_code }));
  }

  private punten: { code: string; naam: string; lon: number; lat: number }[] | undefined;

  /**
   * One point inside each buurt, for "find my neighbourhood" search results: the mean of the outer ring's
   * vertices when it falls inside, otherwise the inside point of a 20 × 20 grid over the bounding box nearest
   * to that mean (concave buurten).
   */
  buurtPunten(): { code: string; naam: string; lon: number; lat: number }[] {
    if (this.punten) return this.punten;
    const out: { code: string; naam: string; lon: number; lat: number }[] = [];
    for (const r of this.current.rows) {
      if (r.niveau !== 'buurt' || !isPolygonal(r.geometrie)) continue;
      const ring = polygonsOf(r.geometrie)[0]?.[0] ?? [];
      if (ring.length === 0) continue;
      const pts = ring.map(([lon, lat]) => wgs84ToRd(lon!, lat!));
      const mx = pts.reduce((s, p) => s + p[0], 0) / pts.length;
      const my = pts.reduce((s, p) => s + p[1], 0) / pts.length;
      const binnen = (x: number, y: number) => this.current.index.findRd(x, y)?.buurt.code === r.code;
      let best: [number, number] | undefined = binnen(mx, my) ? [mx, my] : undefined;
      if (!best) {
        const xs = pts.map((p) => p[0]);
        const ys = pts.map((p) => p[1]);
        const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
        let d = Infinity;
        for (let i = 0; i <= 20; i++) {
          for (let j = 0; j <= 20; j++) {
            const x = x0 + ((x1 - x0) * i) / 20;
            const y = y0 + ((y1 - y0) * j) / 20;
            const dd = Math.hypot(x - mx, y - my);
            if (dd < d && binnen(x, y)) [d, best] = [dd, [x, y]];
          }
        }
      }
      if (!best) continue;
      const [lon, lat] = rdToWgs84(best[0], best[1]);
      out.push({ code: r.code, naam: r.naam, lon: Math.round(lon * 1e6) / 1e6, lat: Math.round(lat * 1e6) / 1e6 });
    }
    this.punten = out.sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
    return this.punten;
  }

  /** The raw index, for bulk work such as assigning imported incidents to buurten. */
  get index(): AreaIndex<Ligging> {
    return this.current.index;
  }

  /**
   * Import a CBS GeoJSON file into the database in one transaction. Missing parents (wijk, gemeente) are
   * created as placeholders without geometry. Reloads the in-memory index afterwards.
   */
  async importGeoJson(ctx: AuditContext, text: string, opts: { bron: string; jaar?: number | undefined }): Promise<ImportResultaat> {
    const parsed = parseCbsGeoJson(text, opts);
    const result = await this.db.transaction().execute(async (trx: Transaction<DB>) => {
      const known = await repo.existingCodes(trx, parsed.ouders.map((o) => o.code));
      const newParents = parsed.ouders.filter((o) => !known.has(o.code));
      const order: Niveau[] = ['gemeente', 'wijk', 'buurt'];
      const all = [...newParents, ...parsed.rows].sort((a, b) => order.indexOf(a.niveau) - order.indexOf(b.niveau));
      await repo.upsert(trx, all);
      const aantallen: Record<Niveau, number> = { gemeente: 0, wijk: 0, buurt: 0 };
      for (const r of parsed.rows) aantallen[r.niveau] += 1;
      await logVerwerking(trx, ctx, {
        actie: 'gebieden.importeren',
        objectType: 'gebied',
        doel: 'gebiedsindeling bijhouden',
        persoonsgegevens: false,
        details: { bron: opts.bron, crs: parsed.crs, ...aantallen, aangemaakteOuders: newParents.length },
      });
      return { crs: parsed.crs, aantallen, aangemaakteOuders: newParents.length };
    });
    await this.reload();
    return result;
  }

  async aantallen(): Promise<Record<Niveau, number>> {
    return repo.countByNiveau(this.db);
  }
}
