import { Button, FormFieldTextbox } from '@utrecht/component-library-react';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef, useState } from 'react';
import { api } from '../lib/api.ts';
import { useSession } from '../lib/session.tsx';
import { achtergrondkaart } from './achtergrond.ts';

type Plek = { lon: number; lat: number };
type Zoek = { resultaten: { weergave: string; lon: number; lat: number }[] };

/**
 * Choose a place: click the map, or (keyboard, WCAG 2.1.1) search an address or buurt and pick a result.
 * The chosen place is shown as a dot; the caller gets WGS84 coordinates.
 */
export function KiesPlek({ plek, onKies, buurtCode, labels }: { plek: Plek | null; onKies: (p: Plek) => void; buurtCode: string | null; labels: { kaart: string; zoek: string; zoekKnop: string; kies: (naam: string) => string } }) {
  const { config } = useSession();
  const el = useRef<HTMLDivElement>(null);
  const kaart = useRef<L.Map | null>(null);
  const stip = useRef<L.CircleMarker | null>(null);
  const [q, setQ] = useState('');
  const [gevonden, setGevonden] = useState<Zoek['resultaten']>([]);

  useEffect(() => {
    if (!el.current || !config) return;
    const map = L.map(el.current, { renderer: L.svg(), keyboard: true }).setView([config.kaart.centrum[0]!, config.kaart.centrum[1]!], 14);
    map.attributionControl.setPrefix(false);
    achtergrondkaart(map, config.kaart);
    map.on('click', (e: L.LeafletMouseEvent) => onKies({ lon: Math.round(e.latlng.lng * 1e6) / 1e6, lat: Math.round(e.latlng.lat * 1e6) / 1e6 }));
    kaart.current = map;
    let weg = false;
    if (buurtCode) {
      void api<GeoJSON.Feature>(`/api/gebieden/${buurtCode}`)
        .then((f) => {
          if (weg) return;
          const laag = L.geoJSON(f, { style: { color: '#00527a', weight: 2, fillOpacity: 0.05 }, interactive: false }).addTo(map);
          map.fitBounds(laag.getBounds(), { padding: [8, 8] });
        })
        .catch(() => undefined);
    }
    return () => {
      weg = true;
      map.remove();
      kaart.current = null;
      stip.current = null;
    };
    // onKies is the caller's setter; the map is built once per buurt.
  }, [config, buurtCode]);

  useEffect(() => {
    const map = kaart.current;
    if (!map) return;
    stip.current?.remove();
    stip.current = plek ? L.circleMarker([plek.lat, plek.lon], { radius: 8, color: '#8a2b00', fillColor: '#f0a37a', fillOpacity: 0.9 }).addTo(map) : null;
  }, [plek?.lon, plek?.lat]);

  return (
    <div>
      <div ref={el} className="bv-map bv-map--klein" role="region" aria-label={labels.kaart} />
      <div className="bv-form bv-filter">
        <FormFieldTextbox label={labels.zoek} name="plek-zoek" value={q} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setQ(e.target.value)} />
        <Button appearance="secondary-action-button" type="button" disabled={q.trim().length < 2} onClick={() => void api<Zoek>(`/api/adressen/zoek?q=${encodeURIComponent(q)}`).then((r) => setGevonden(r.resultaten.slice(0, 5)), () => setGevonden([]))}>
          {labels.zoekKnop}
        </Button>
      </div>
      {gevonden.length > 0 && (
        <ul>
          {gevonden.map((r) => (
            <li key={`${r.weergave}-${r.lon}`}>
              <Button appearance="subtle-button" type="button" onClick={() => (onKies({ lon: r.lon, lat: r.lat }), setGevonden([]))}>
                {labels.kies(r.weergave)}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
