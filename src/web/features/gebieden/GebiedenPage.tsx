import { Button, Heading1, Heading2, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useSession } from '../../lib/session.tsx';
import { Fout } from '../../components/Fout.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import * as gebiedenApi from './api.ts';
import type { Buurten, GebiedProps } from './api.ts';
import { useApiGet } from '../../lib/useApi.ts';


type BuurtFeature = Feature<Geometry, GebiedProps>;

const STYLE: L.PathOptions = { color: '#00527a', weight: 1.5, fillColor: '#6db9d9', fillOpacity: 0.25 };
const SELECTED: L.PathOptions = { color: '#8a2b00', weight: 3, fillColor: '#f0a37a', fillOpacity: 0.55 };

export function GebiedenPage() {
  const { t } = useI18n();
  const { config } = useSession();
  const gemeente = config?.gemeente.naam ?? '';
  const { data: fc, fout } = useApiGet<Buurten>(gebiedenApi.pad.buurten);
  const buurten = (fc?.features as BuurtFeature[] | undefined) ?? null;
  const [gekozen, setGekozen] = useState<string | null>(null);
  const mapEl = useRef<HTMLDivElement>(null);
  const layers = useRef(new Map<string, L.Path>());

  // Leaflet owns the map DOM; React only creates the container and reacts to clicks.
  useEffect(() => {
    if (!buurten || !mapEl.current || !config) return;
    const map = L.map(mapEl.current, {
      preferCanvas: false,
      renderer: L.svg(),
      attributionControl: true,
      keyboard: true,
    });
    map.attributionControl.setPrefix(false);
    if (config.kaart.tileUrl) {
      L.tileLayer(config.kaart.tileUrl, { attribution: config.kaart.tileAttributie ?? '', maxZoom: 19 }).addTo(map);
    }
    const group = L.geoJSON(
      { type: 'FeatureCollection', features: buurten } as FeatureCollection,
      {
        style: () => STYLE,
        onEachFeature: (feature, layer) => {
          const p = feature.properties as GebiedProps;
          layers.current.set(p.code, layer as L.Path);
          layer.on('click', () => setGekozen(p.code));
          (layer as L.Path).bindTooltip(p.naam, { sticky: true });
        },
      },
    ).addTo(map);
    map.attributionControl.addAttribution('Bron: CBS/PDOK');
    map.fitBounds(group.getBounds(), { padding: [8, 8] });
    // Name the SVG shapes for assistive technology; the table below is the keyboard route.
    for (const [code, layer] of layers.current) {
      const el = layer.getElement();
      if (el) {
        el.setAttribute('data-code', code);
        el.setAttribute('aria-hidden', 'true');
      }
    }
    const known = layers.current;
    return () => {
      map.remove();
      known.clear();
    };
  }, [buurten, config]);

  useEffect(() => {
    for (const [code, layer] of layers.current) {
      layer.setStyle(code === gekozen ? SELECTED : STYLE);
      if (code === gekozen) layer.bringToFront();
    }
  }, [gekozen, buurten]);

  const selected = useMemo(() => buurten?.find((b) => b.properties.code === gekozen)?.properties, [buurten, gekozen]);
  const wijken = useMemo(() => new Set(buurten?.map((b) => b.properties.ouder?.code)).size, [buurten]);

  return (
    <>
      <Heading1>{t('gebieden.titel')}</Heading1>
      <Paragraph>{t('gebieden.intro', { gemeente })}</Paragraph>
      <Fout tekst={fout} />
      {!buurten && !fout && <Paragraph>{t('app.laden')}</Paragraph>}
      {buurten && (
        <>
          <Paragraph>{t('gebieden.aantal', { aantal: buurten.length, wijken })}</Paragraph>
          <div className="bv-map-layout">
            <div role="region" aria-label={t('gebieden.kaart', { gemeente })} className="bv-map" ref={mapEl} data-testid="kaart" />
            <section aria-labelledby="gekozen-titel" className="bv-map-panel">
              <Heading2 id="gekozen-titel">{t('gebieden.gekozen')}</Heading2>
              <div aria-live="polite" data-testid="gekozen">
                {selected ? (
                  <dl className="bv-facts">
                    <dt>{t('gebieden.buurt')}</dt>
                    <dd>{selected.naam}</dd>
                    <dt>{t('gebieden.code')}</dt>
                    <dd>{selected.code}</dd>
                    <dt>{t('gebieden.wijk')}</dt>
                    <dd>
                      {selected.ouder?.naam} ({selected.ouder?.code})
                    </dd>
                  </dl>
                ) : (
                  <Paragraph>{t('gebieden.niets')}</Paragraph>
                )}
              </div>
            </section>
          </div>
          <Heading2>{t('gebieden.lijst')}</Heading2>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('gebieden.buurt')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('gebieden.code')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('gebieden.wijk')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {buurten.map((b) => (
                <TableRow key={b.properties.code}>
                  <TableCell>
                    <Button
                      appearance="subtle-button"
                      aria-pressed={gekozen === b.properties.code}
                      onClick={() => setGekozen(b.properties.code)}
                    >
                      {b.properties.naam}
                    </Button>
                  </TableCell>
                  <TableCell>{b.properties.code}</TableCell>
                  <TableCell>{b.properties.ouder?.naam}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </>
  );
}
