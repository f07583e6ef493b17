import Flatbush from 'flatbush';
import pointInPolygon from 'point-in-polygon-hao';
import proj4 from 'proj4';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * RD New (EPSG:28992), the Dutch national grid, in metres. The +towgs84 parameters are the standard
 * 7-parameter Helmert transformation to WGS84 (accurate to about a metre, ample for buurt lookups).
 */
proj4.defs(
  'EPSG:28992',
  '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 ' +
    '+ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs',
);

const toRd = proj4('EPSG:4326', 'EPSG:28992');

/** WGS84 lon/lat (degrees) → RD New x/y (metres). */
export function wgs84ToRd(lon: number, lat: number): [number, number] {
  const [x, y] = toRd.forward([lon, lat]) as [number, number];
  return [x, y];
}

/** RD New x/y (metres) → WGS84 lon/lat (degrees). */
export function rdToWgs84(x: number, y: number): [number, number] {
  const [lon, lat] = toRd.inverse([x, y]) as [number, number];
  return [lon, lat];
}

/** The RD New grid's valid extent (EPSG:28992 area of use, with a margin). */
export const RD_BOUNDS = { minX: -7000, maxX: 300000, minY: 289000, maxY: 629000 } as const;

export function isPolygonal(g: Geometry | null | undefined): g is Polygon | MultiPolygon {
  return !!g && (g.type === 'Polygon' || g.type === 'MultiPolygon');
}

/** Polygons of a (multi)polygon geometry as arrays of rings. */
export function polygonsOf(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

export function mapPositions(g: Polygon | MultiPolygon, f: (p: Position) => Position): Polygon | MultiPolygon {
  const ring = (r: Position[]) => r.map(f);
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(ring)) };
}

/** Why a polygon geometry is unusable, or undefined when it is fine. */
export function polygonProblem(g: Geometry | null | undefined): string | undefined {
  if (!g) return 'geometrie ontbreekt';
  if (!isPolygonal(g)) return `geometrie is een ${g.type}, verwacht Polygon of MultiPolygon`;
  if (!Array.isArray(g.coordinates) || g.coordinates.length === 0) return 'geometrie heeft geen coördinaten';
  for (const poly of polygonsOf(g)) {
    if (!Array.isArray(poly) || poly.length === 0) return 'polygoon zonder ringen';
    for (const ring of poly) {
      if (!Array.isArray(ring) || ring.length < 4) return 'ring met minder dan 4 punten';
      for (const p of ring) {
        if (!Array.isArray(p) || p.length < 2 || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return 'ongeldig coördinaat';
      }
      const a = ring[0]!;
      const b = ring[ring.length - 1]!;
      if (a[0] !== b[0] || a[1] !== b[1]) return 'ring is niet gesloten';
    }
  }
  return undefined;
}

export interface IndexedArea<T> {
  item: T;
  /** Polygons in RD New, each as rings of [x, y]. */
  rd: Position[][][];
}

/**
 * Point-in-polygon lookups over a set of areas: a Flatbush R-tree over the bounding boxes narrows the
 * candidates, then an exact ring test (point-in-polygon-hao, robust on edges) decides. Works in RD New metres
 * so that later distance work (near-repeat, buffers) shares the same coordinates.
 */
export class AreaIndex<T> {
  private readonly tree: Flatbush | undefined;
  private readonly areas: IndexedArea<T>[];
  /** Bounding box of all areas in RD New (the grid for hotspots is laid over it). */
  readonly grenzen = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };

  constructor(areas: { item: T; geometry: Polygon | MultiPolygon }[]) {
    this.areas = areas.map(({ item, geometry }) => ({
      item,
      rd: polygonsOf(geometry).map((poly) => poly.map((ring) => ring.map(([lon, lat]) => wgs84ToRd(lon!, lat!)))),
    }));
    if (this.areas.length === 0) {
      this.tree = undefined;
      return;
    }
    this.tree = new Flatbush(this.areas.length);
    for (const a of this.areas) {
      let minX = Infinity;
      let minY = Infinity;
      let maxX = -Infinity;
      let maxY = -Infinity;
      for (const poly of a.rd) {
        for (const [x, y] of poly[0]!) {
          if (x! < minX) minX = x!;
          if (y! < minY) minY = y!;
          if (x! > maxX) maxX = x!;
          if (y! > maxY) maxY = y!;
        }
      }
      this.tree.add(minX, minY, maxX, maxY);
      this.grenzen.minX = Math.min(this.grenzen.minX, minX);
      this.grenzen.minY = Math.min(this.grenzen.minY, minY);
      this.grenzen.maxX = Math.max(this.grenzen.maxX, maxX);
      this.grenzen.maxY = Math.max(this.grenzen.maxY, maxY);
    }
    this.tree.finish();
  }

  get size(): number {
    return this.areas.length;
  }

  /** The area containing RD point (x, y); a point exactly on a shared edge goes to the first candidate. */
  findRd(x: number, y: number): T | undefined {
    if (!this.tree) return undefined;
    const candidates = this.tree.search(x, y, x, y);
    for (const i of candidates) {
      const area = this.areas[i]!;
      for (const poly of area.rd) {
        if (pointInPolygon([x, y], poly) !== false) return area.item;
      }
    }
    return undefined;
  }

  findWgs84(lon: number, lat: number): T | undefined {
    const [x, y] = wgs84ToRd(lon, lat);
    return this.findRd(x, y);
  }
}
