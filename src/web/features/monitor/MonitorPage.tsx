import { Alert, Button, ButtonGroup, Heading1, Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../lib/session.tsx';
import { Fout } from '../../components/Fout.tsx';
import { SelectField } from '../../components/Form.tsx';
import { useApiGet } from '../../lib/useApi.ts';
import { BLAUW, downloadPng, formatteer, GEEN_GEGEVENS, klassen, klasseVan, ROOD } from '../../components/kaart.ts';
import { Trend } from './Trend.tsx';
import * as monitorApi from './api.ts';
import type { Indicator, Observatie } from './api.ts';
export type { Indicator, Observatie } from './api.ts';

export function MonitorPage() {
  const { config } = useSession();
  const { data: indicatoren, fout: indFout } = useApiGet<Indicator[]>(monitorApi.pad.indicatoren);
  const [code, setCode] = useState('POL_WONINGINBRAAK');
  const [niveau, setNiveau] = useState<'buurt' | 'wijk'>('buurt');
  const { data: perioden } = useApiGet<string[]>(monitorApi.pad.perioden(code));
  const [periode, setPeriode] = useState('');
  // Default: the latest complete year (the current one is still running).
  const gekozenPeriode = periode && perioden?.includes(periode) ? periode : (perioden?.find((p) => p.length === 4 && Number(p) < new Date().getFullYear()) ?? perioden?.[0] ?? '');
  const { data: obs, fout } = useApiGet<Observatie[]>(gekozenPeriode ? monitorApi.pad.observaties(code, niveau, gekozenPeriode) : null);
  const { data: fc } = useApiGet<monitorApi.Gebieden>(monitorApi.pad.gebieden(niveau));
  const [gebied, setGebied] = useState<string | null>(null);
  const ind = indicatoren?.find((i) => i.code === code);
  const mapEl = useRef<HTMLDivElement>(null);
  const lijst = useMemo(() => obs ?? [], [obs]);
  const perCode = useMemo(() => new Map(lijst.map((o) => [o.gebied.code, o])), [lijst]);
  const grenzen = useMemo(() => klassen(lijst.filter((o) => o.waarde !== null).map((o) => o.waarde!)), [lijst]);
  const palet = ind?.richting === 'hoger_beter' ? BLAUW : ROOD;

  useEffect(() => {
    if (!mapEl.current || !fc || !config) return;
    const map = L.map(mapEl.current, { renderer: L.svg(), keyboard: true });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('Bron: CBS/PDOK, politie');
    if (config.kaart.tileUrl) L.tileLayer(config.kaart.tileUrl, { attribution: config.kaart.tileAttributie ?? '' }).addTo(map);
    const laag = L.geoJSON(fc, {
      style: (f) => {
        const o = perCode.get((f?.properties as { code: string }).code);
        const kleur = o && o.waarde !== null ? palet[klasseVan(o.waarde, grenzen)]! : GEEN_GEGEVENS;
        return { color: '#4a4a4a', weight: 1, fillColor: kleur, fillOpacity: 0.85, className: 'bv-choropleet-vlak' };
      },
      onEachFeature: (f, layer) => {
        const p = f.properties as { code: string; naam: string };
        const o = perCode.get(p.code);
        layer.bindTooltip(`${p.naam}: ${o?.geheim ? 'geheim' : formatteer(o?.waarde ?? null, ind?.eenheid)}`, { sticky: true });
        layer.on('click', () => setGebied(p.code));
      },
    }).addTo(map);
    map.fitBounds(laag.getBounds(), { padding: [8, 8] });
    return () => {
      map.remove();
    };
  }, [fc, config, perCode, grenzen, palet, ind]);

  const exportUrl = (formaat: string) => `/api/monitor/observaties/export?indicator=${code}&niveau=${niveau}&periode=${gekozenPeriode}&formaat=${formaat}`;

  return (
    <>
      <Heading1>Monitor</Heading1>
      <Paragraph lead>Cijfers per buurt en wijk: geregistreerde criminaliteit, overlast, eigen meldingen en beleving.</Paragraph>
      <Fout tekst={indFout ?? fout} />
      <div className="bv-form bv-filter" role="group" aria-label="Wat wilt u zien?">
        <SelectField label="Indicator" value={code} onChange={(v) => { setCode(v); setPeriode(''); }} options={(indicatoren ?? []).map((i) => ({ value: i.code, label: i.naam }))} />
        <SelectField label="Niveau" value={niveau} onChange={(v) => setNiveau(v as 'buurt' | 'wijk')} options={[{ value: 'buurt', label: 'Buurten' }, { value: 'wijk', label: 'Wijken' }]} />
        <SelectField label="Periode" value={gekozenPeriode} onChange={setPeriode} options={(perioden ?? []).map((p) => ({ value: p, label: p }))} />
      </div>
      {ind && (
        <Paragraph className="bv-muted">
          {ind.definitie} Eenheid: {ind.eenheid}. Bron: {ind.bron}.
          {ind.doel && ` Doel: ${ind.doel.operator === '<=' ? 'hoogstens' : 'minstens'} ${formatteer(ind.doel.waarde, ind.eenheid)}${ind.doel.jaar ? ` in ${ind.doel.jaar}` : ''}.`}
        </Paragraph>
      )}
      {perioden && perioden.length === 0 && (
        <Alert type="info">
          <Paragraph>Voor deze indicator zijn nog geen cijfers. Lees CBS-cijfers of incidenten in via Monitor → Inlezen.</Paragraph>
        </Alert>
      )}
      <ButtonGroup>
        <a className="utrecht-button utrecht-button--secondary-action" href={exportUrl('csv')} download>CSV</a>
        <a className="utrecht-button utrecht-button--secondary-action" href={exportUrl('xlsx')} download>Excel</a>
        <a className="utrecht-button utrecht-button--secondary-action" href={exportUrl('geojson')} download>GeoJSON</a>
        <Button appearance="secondary-action-button" onClick={() => mapEl.current && void downloadPng(mapEl.current, `${code.toLowerCase()}-${niveau}-${gekozenPeriode}.png`)}>PNG</Button>
        <Link className="utrecht-button utrecht-button--secondary-action" to="/monitor/inlezen">Inlezen</Link>
        <Link className="utrecht-button utrecht-button--secondary-action" to="/monitor/enquete">Enquête</Link>
      </ButtonGroup>
      <div className="bv-map-layout">
        <div ref={mapEl} className="bv-map" data-testid="choropleet" role="region" aria-label={`Kaart: ${ind?.naam ?? ''} per ${niveau} in ${gekozenPeriode}. De tabel hieronder toont dezelfde cijfers.`} />
        <div>
          <Heading2>Legenda</Heading2>
          <ul className="bv-legenda" aria-label="Legenda">
            {grenzen.length === 0 && <li>Geen cijfers</li>}
            {[...grenzen, Infinity].map((g, i, arr) => (
              <li key={i}>
                <svg width="16" height="16" aria-hidden="true"><rect width="16" height="16" fill={palet[i]} stroke="#4a4a4a" /></svg>{' '}
                {i === 0 ? `lager dan ${formatteer(g)}` : g === Infinity ? `${formatteer(arr[i - 1]!)} of meer` : `${formatteer(arr[i - 1]!)} tot ${formatteer(g)}`}
              </li>
            )).slice(0, grenzen.length ? grenzen.length + 1 : 0)}
            <li>
              <svg width="16" height="16" aria-hidden="true"><rect width="16" height="16" fill={GEEN_GEGEVENS} stroke="#4a4a4a" /></svg> geen cijfer of geheim
            </li>
          </ul>
          {gebied && ind && <Trend indicator={ind} gebied={gebied} naam={perCode.get(gebied)?.gebied.naam ?? gebied} />}
        </div>
      </div>
      {lijst.length > 0 && (
        <div className="bv-table-scroll" tabIndex={0} role="group" aria-label="Tabel met de cijfers">
          <Table>
            <TableCaption>{ind?.naam} per {niveau}, {gekozenPeriode}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Gebied</TableHeaderCell>
                <TableHeaderCell scope="col">Waarde</TableHeaderCell>
                <TableHeaderCell scope="col">95 %-interval</TableHeaderCell>
                <TableHeaderCell scope="col">{ind?.soort === 'beleving' ? 'Respondenten' : 'Aantal'}</TableHeaderCell>
                <TableHeaderCell scope="col">Doel</TableHeaderCell>
                <TableHeaderCell scope="col">Bron</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {lijst.map((o) => (
                <TableRow key={o.gebied.code}>
                  <TableCell>
                    <Link className="utrecht-link" to={`/monitor/gebied/${o.gebied.code}`}>{o.gebied.naam}</Link>
                  </TableCell>
                  <TableCell>{o.geheim ? 'geheim' : formatteer(o.waarde, ind?.eenheid)}{o.status === 'voorlopig' ? ' (voorlopig)' : ''}</TableCell>
                  <TableCell>{o.interval ? `${formatteer(o.interval[0])} – ${formatteer(o.interval[1])}` : '—'}</TableCell>
                  <TableCell>{ind?.soort === 'beleving' ? (o.respondenten ?? 0) : o.teller === null ? '—' : formatteer(o.teller)}</TableCell>
                  <TableCell>{o.doelStatus === 'op_koers' ? 'op koers' : o.doelStatus === 'niet_op_koers' ? 'niet op koers' : '—'}</TableCell>
                  <TableCell>
                    {o.bron === 'geen' ? 'geen cijfer' : o.afgeleid ? `${o.bron} (opgeteld)` : o.bron}
                    {o.waarschuwing && <div className="bv-muted">{o.waarschuwing}</div>}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
