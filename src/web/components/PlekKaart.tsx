import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';
import { useSession } from '../lib/session.tsx';
import { api } from '../lib/api.ts';
import { achtergrondkaart } from './achtergrond.ts';

/**
 * A small map of one place: the point (if any) on the PDOK background, with the outline of its buurt, so a
 * detail page shows where something is without reading coordinates. The text next to it names the place;
 * the map is an addition, not the only way to know it.
 */
export function PlekKaart({ punt, buurtCode, label }: { punt: { lon: number; lat: number } | null; buurtCode: string | null; label: string }) {
  const { config } = useSession();
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!el.current || !config || (!punt && !buurtCode)) return;
    const map = L.map(el.current, { renderer: L.svg(), keyboard: true, scrollWheelZoom: false });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('Buurtgrenzen: CBS/PDOK');
    achtergrondkaart(map, config.kaart);
    if (punt) {
      L.circleMarker([punt.lat, punt.lon], { radius: 8, color: '#8a2b00', fillColor: '#f0a37a', fillOpacity: 0.9, className: 'bv-plek-punt' }).addTo(map);
      map.setView([punt.lat, punt.lon], 16);
    } else map.setView([config.kaart.centrum[0]!, config.kaart.centrum[1]!], 13);
    let weg = false;
    if (buurtCode) {
      void api<GeoJSON.Feature>(`/api/gebieden/${buurtCode}`)
        .then((f) => {
          if (weg) return;
          const laag = L.geoJSON(f, { style: { color: '#00527a', weight: 2, fillOpacity: 0.05 }, interactive: false }).addTo(map);
          if (!punt) map.fitBounds(laag.getBounds(), { padding: [8, 8] });
        })
        .catch(() => undefined);
    }
    return () => {
      weg = true;
      map.remove();
    };
  }, [config, punt?.lon, punt?.lat, buurtCode]);
  if (!punt && !buurtCode) return null;
  return <div ref={el} className="bv-map bv-map--klein" role="region" aria-label={label} data-testid="plekkaart" />;
}
