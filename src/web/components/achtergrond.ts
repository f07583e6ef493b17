import L from 'leaflet';

/**
 * The base map (by default PDOK's BRT-Achtergrondkaart) under a Leaflet map. When the tiles cannot be reached
 * (offline, PDOK down, blocked by a proxy) the layer is taken away after a few failures and `onOnbereikbaar`
 * is called once, so the page can say so: the buurt outlines drawn on top keep the map usable.
 */
export function achtergrondkaart(map: L.Map, kaart: { tileUrl: string | null; tileAttributie: string | null }, onOnbereikbaar?: () => void): L.TileLayer | null {
  if (!kaart.tileUrl) return null;
  const laag = L.tileLayer(kaart.tileUrl, { attribution: kaart.tileAttributie ?? '', maxZoom: 19 });
  let fouten = 0;
  let geladen = 0;
  laag.on('tileload', () => geladen++);
  laag.on('tileerror', () => {
    fouten++;
    if (fouten === 3 && geladen === 0) {
      laag.remove();
      onOnbereikbaar?.();
    }
  });
  laag.addTo(map);
  return laag;
}
