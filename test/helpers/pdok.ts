import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';

/**
 * A local stand-in for PDOK's public services, speaking their protocols, so tests run offline: the
 * Locatieserver v3.1 (`/bzk/locatieserver/search/v3_1/free` and `/reverse`, Solr-style JSON with `fq`
 * filters and `fl` fields) and the BRT-Achtergrondkaart WMTS tiles (`/brt/achtergrondkaart/wmts/v2_0/
 * standaard/EPSG:3857/{z}/{x}/{y}.png`). Its addresses are a handful of real Maastricht places and one
 * outside the gemeente.
 */
export interface PdokAdres {
  weergavenaam: string;
  gemeentecode: string;
  lon: number;
  lat: number;
}

export const PDOK_ADRESSEN: PdokAdres[] = [
  { weergavenaam: 'Markt 78, 6211CN Maastricht', gemeentecode: '0935', lon: 5.69097, lat: 50.85135 },
  { weergavenaam: 'Wycker Brugstraat 2, 6221EC Maastricht', gemeentecode: '0935', lon: 5.69863, lat: 50.84951 },
  { weergavenaam: 'Vrijthof 1, 6211LC Maastricht', gemeentecode: '0935', lon: 5.68751, lat: 50.84869 },
  { weergavenaam: 'Dam 1, 1012JS Amsterdam', gemeentecode: '0363', lon: 4.89279, lat: 52.37312 },
];

const metres = (a: { lon: number; lat: number }, b: { lon: number; lat: number }) => {
  const r = 6_371_000;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * r * Math.asin(Math.sqrt(h));
};

export interface PdokStandIn {
  /** For BUURTVEILIG_LOCATIESERVER_URL. */
  locatieserverUrl: string;
  /** For BUURTVEILIG_TILE_URL. */
  tileUrl: string;
  /** Every request it received. */
  verzoeken: URL[];
  /** While true every request answers 503 (PDOK down). */
  storing: boolean;
  close(): Promise<void>;
}

export async function startPdok(): Promise<PdokStandIn> {
  // One light tile with a darker "street" across it: enough for a screenshot to show a background map.
  const tegel = await sharp({ create: { width: 256, height: 256, channels: 3, background: '#f2efe9' } })
    .composite([{ input: await sharp({ create: { width: 256, height: 14, channels: 3, background: '#ffffff' } }).png().toBuffer(), top: 120, left: 0 }])
    .png()
    .toBuffer();
  const state: PdokStandIn = { locatieserverUrl: '', tileUrl: '', verzoeken: [], storing: false, close: async () => undefined };
  const doc = (a: PdokAdres, extra: Record<string, unknown> = {}) => ({
    type: 'adres',
    weergavenaam: a.weergavenaam,
    gemeentecode: a.gemeentecode,
    centroide_ll: `POINT(${a.lon} ${a.lat})`,
    ...extra,
  });
  const velden = (d: Record<string, unknown>, fl: string | null) =>
    fl && fl !== '*' ? Object.fromEntries(fl.split(',').map((k) => k.trim()).filter((k) => k in d).map((k) => [k, d[k]])) : d;
  const server = http.createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://standin');
    state.verzoeken.push(u);
    if (state.storing) return void res.writeHead(503).end();
    if (/^\/brt\/achtergrondkaart\/wmts\/v2_0\/standaard\/EPSG:3857\/\d+\/\d+\/\d+\.png$/.test(u.pathname)) {
      return void res.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*' }).end(tegel);
    }
    const json = (docs: Record<string, unknown>[]) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ response: { numFound: docs.length, start: 0, maxScore: 1, docs } }));
    const rows = Number(u.searchParams.get('rows') ?? 10);
    if (u.pathname === '/bzk/locatieserver/search/v3_1/free') {
      const tokens = (u.searchParams.get('q') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const fq = u.searchParams.getAll('fq').map((f) => f.split(':') as [string, string]);
      const docs = PDOK_ADRESSEN.map((a) => doc(a))
        .filter((d) => fq.every(([k, v]) => String((d as Record<string, unknown>)[k]) === v))
        .filter((d) => tokens.every((t) => d.weergavenaam.toLowerCase().includes(t)))
        .slice(0, rows)
        .map((d) => velden(d, u.searchParams.get('fl')));
      return void json(docs);
    }
    if (u.pathname === '/bzk/locatieserver/search/v3_1/reverse') {
      const p = { lon: Number(u.searchParams.get('lon')), lat: Number(u.searchParams.get('lat')) };
      const max = Number(u.searchParams.get('distance') ?? Infinity);
      const docs = PDOK_ADRESSEN.map((a) => ({ a, afstand: Math.round(metres(a, p) * 10) / 10 }))
        .filter((x) => x.afstand <= max)
        .sort((x, y) => x.afstand - y.afstand)
        .slice(0, rows)
        .map((x) => velden(doc(x.a, { afstand: x.afstand }), u.searchParams.get('fl')));
      return void json(docs);
    }
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.locatieserverUrl = `${base}/bzk/locatieserver/search/v3_1`;
  state.tileUrl = `${base}/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png`;
  state.close = () => new Promise<void>((r) => server.close(() => r()));
  return state;
}
