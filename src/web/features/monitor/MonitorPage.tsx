import { Alert, Button, ButtonGroup, Heading1, Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../lib/session.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { Fout } from '../../components/Fout.tsx';
import { SelectField } from '../../components/Form.tsx';
import { useApiGet } from '../../lib/useApi.ts';
import { BLAUW, downloadPdf, downloadPng, formatteer, GEEN_GEGEVENS, klassen, klasseVan, ROOD } from '../../components/kaart.ts';
import { Trend } from './Trend.tsx';
import { doelTekst } from './doel.ts';
import * as monitorApi from './api.ts';
import type { Indicator, Observatie } from './api.ts';
export type { Indicator, Observatie } from './api.ts';

export function MonitorPage() {
  const { config, can } = useSession();
  const { t, taal } = useI18n();
  const { data: indicatoren, fout: indFout } = useApiGet<Indicator[]>(monitorApi.pad.indicatoren);
  const [code, setCode] = useState('POL_WONINGINBRAAK');
  const [niveau, setNiveau] = useState<'buurt' | 'wijk' | 'gemeente'>('buurt');
  const [alsAantal, setAlsAantal] = useState(false);
  const { data: perioden } = useApiGet<string[]>(monitorApi.pad.perioden(code));
  const [periode, setPeriode] = useState('');
  // Default: the latest complete year (the current one is still running).
  const gekozenPeriode = periode && perioden?.includes(periode) ? periode : (perioden?.find((p) => p.length === 4 && Number(p) < new Date().getFullYear()) ?? perioden?.[0] ?? '');
  const ind = indicatoren?.find((i) => i.code === code);
  // A map of counts mostly shows where many people live: counts are shown per inhabitant unless asked otherwise.
  const isTelling = !!ind && ind.soort === 'objectief' && !ind.noemer && ind.eenheid === 'aantal' && ind.richting !== 'neutraal';
  const maat = isTelling && !alsAantal && niveau !== 'gemeente' ? 'per_inwoners' : 'waarde';
  const eenheid = maat === 'per_inwoners' ? (ind?.eenheidPerInwoners ?? undefined) : ind?.eenheid;
  const { data: obs, fout } = useApiGet<Observatie[]>(gekozenPeriode && ind ? monitorApi.pad.observaties(code, niveau, gekozenPeriode, maat) : null);
  const { data: fc } = useApiGet<monitorApi.Gebieden>(niveau === 'gemeente' ? null : monitorApi.pad.gebieden(niveau));
  const [gekozenGebied, setGebied] = useState<string | null>(null);
  // The gemeente level has one area (no map to click): its trend is shown straight away.
  const gebied = niveau === 'gemeente' ? (config?.gemeente.code ?? null) : gekozenGebied;
  const mapEl = useRef<HTMLDivElement>(null);
  const lijst = useMemo(() => obs ?? [], [obs]);
  const perCode = useMemo(() => new Map(lijst.map((o) => [o.gebied.code, o])), [lijst]);
  const grenzen = useMemo(() => klassen(lijst.filter((o) => o.waarde !== null).map((o) => o.waarde!)), [lijst]);
  const palet = ind?.richting === 'hoger_beter' ? BLAUW : ROOD;
  const demo = lijst.some((o) => o.herkomst === 'demo');
  const legenda = [
    ...[...grenzen, Infinity]
      .map((g, i, arr) => ({ kleur: palet[i]!, label: i === 0 ? `lager dan ${formatteer(g)}` : g === Infinity ? `${formatteer(arr[i - 1]!)} of meer` : `${formatteer(arr[i - 1]!)} tot ${formatteer(g)}` }))
      .slice(0, grenzen.length ? grenzen.length + 1 : 0),
    { kleur: GEEN_GEGEVENS, label: 'geen cijfer of geheim' },
  ];
  const herkomsten = [...new Set(lijst.filter((o) => o.herkomst !== 'geen').map((o) => monitorApi.HERKOMST[o.herkomst]))];

  useEffect(() => {
    if (!mapEl.current || !fc || !config) return;
    const map = L.map(mapEl.current, { renderer: L.svg(), keyboard: true });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution(`Bron: CBS/PDOK, politie${demo ? ' — DEMO: verzonnen gegevens' : ''}`);
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
  }, [fc, config, perCode, grenzen, palet, ind, demo]);

  const exportUrl = (formaat: string) => `/api/monitor/observaties/export?indicator=${code}&niveau=${niveau}&periode=${gekozenPeriode}&maat=${maat}&formaat=${formaat}`;
  const pngKop = () => ({
    titel: `${ind?.naam ?? code} (${eenheid ?? ''}) per ${niveau}, ${gekozenPeriode}`,
    regels: [`Bron: ${ind?.bron ?? ''} · herkomst: ${herkomsten.join(', ') || 'geen cijfers'} · ${config?.gemeente.naam ?? ''}`, ...(demo ? ['DEMO: deze cijfers zijn verzonnen en niet echt.'] : [])],
    legenda,
    demo,
  });

  const niveauNaam = t(niveau === 'buurt' ? 'monitor.niveauBuurt' : niveau === 'wijk' ? 'monitor.niveauWijk' : 'monitor.niveauGemeente');
  return (
    <>
      <Heading1>{t('monitor.titel')}</Heading1>
      <Paragraph lead>{t('monitor.intro')}</Paragraph>
      <Fout tekst={indFout ?? fout} />
      <div className="bv-form bv-filter" role="group" aria-label={t('monitor.watZien')}>
        <SelectField label={t('monitor.indicator')} value={code} onChange={(v) => { setCode(v); setPeriode(''); }} options={(indicatoren ?? []).map((i) => ({ value: i.code, label: taal === 'en' ? i.naamEn : i.naam }))} />
        <SelectField label={t('monitor.niveau')} value={niveau} onChange={(v) => setNiveau(v as 'buurt' | 'wijk' | 'gemeente')} options={[{ value: 'buurt', label: t('monitor.buurten') }, { value: 'wijk', label: t('monitor.wijken') }, { value: 'gemeente', label: t('monitor.heleGemeente') }]} />
        {isTelling && niveau !== 'gemeente' && (
          <SelectField label={t('monitor.maat')} value={alsAantal ? 'aantal' : 'per_inwoners'} onChange={(v) => setAlsAantal(v === 'aantal')} options={[{ value: 'per_inwoners', label: t('monitor.vergelijkbaar', { eenheid: ind?.eenheidPerInwoners ?? '' }) }, { value: 'aantal', label: t('monitor.aantal') }]} />
        )}
        <SelectField label={t('monitor.periode')} value={gekozenPeriode} onChange={setPeriode} options={(perioden ?? []).map((p) => ({ value: p, label: p }))} />
      </div>
      {ind && (
        <Paragraph className="bv-muted">
          {t('monitor.uitleg', { definitie: ind.definitie, eenheid: eenheid ?? '', bron: ind.bron })}
          {herkomsten.length > 0 && t('monitor.herkomst', { herkomst: herkomsten.join(', ') })}
          {maat === 'per_inwoners' && t('monitor.omgerekend', { eenheid: ind.eenheidPerInwoners ?? '' })}
          {ind.doel && ` ${doelTekst(ind.doel, ind.eenheid)}`}
        </Paragraph>
      )}
      {demo && (
        <Alert type="warning">
          <Paragraph>
            <strong>Demo:</strong> {t('monitor.demo')}
          </Paragraph>
        </Alert>
      )}
      {perioden && perioden.length === 0 && (
        <Alert type="info">
          <Paragraph>
            {t('monitor.geenCijfers')}
            {can('monitor:importeren') ? t('monitor.geenCijfersInlezen') : ''}
          </Paragraph>
        </Alert>
      )}
      <ButtonGroup>
        <a className="utrecht-button utrecht-button--secondary-action" href={exportUrl('csv')} download>CSV</a>
        <a className="utrecht-button utrecht-button--secondary-action" href={exportUrl('xlsx')} download>Excel</a>
        <a className="utrecht-button utrecht-button--secondary-action" href={exportUrl('geojson')} download>GeoJSON</a>
        <Button appearance="secondary-action-button" onClick={() => mapEl.current && void downloadPng(mapEl.current, `${code.toLowerCase()}-${niveau}-${gekozenPeriode}${demo ? '-DEMO' : ''}.png`, pngKop())}>PNG</Button>
        <Button appearance="secondary-action-button" onClick={() => mapEl.current && void downloadPdf(mapEl.current, `${code.toLowerCase()}-${niveau}-${gekozenPeriode}${demo ? '-DEMO' : ''}.pdf`, pngKop())}>PDF</Button>
        {can('monitor:importeren') && (
          <>
            <Link className="utrecht-button utrecht-button--secondary-action" to="/monitor/inlezen">{t('monitor.inlezen')}</Link>
            <Link className="utrecht-button utrecht-button--secondary-action" to="/monitor/enquete">{t('monitor.enquete')}</Link>
          </>
        )}
        <Link className="utrecht-button utrecht-button--secondary-action" to="/monitor/gemeenten">{t('monitor.andereGemeenten')}</Link>
      </ButtonGroup>
      <div className="bv-map-layout">
        {niveau === 'gemeente' ? (
          <Paragraph>{t('monitor.gemeenteEen')}</Paragraph>
        ) : (
          <div ref={mapEl} className="bv-map" data-testid="choropleet" role="region" aria-label={t('monitor.kaart', { naam: ind?.naam ?? '', eenheid: eenheid ?? '', niveau: niveauNaam, periode: gekozenPeriode })} />
        )}
        <div>
          <Heading2>{t('monitor.legenda')}</Heading2>
          <ul className="bv-legenda" aria-label={t('monitor.legenda')}>
            {grenzen.length === 0 && <li>{t('monitor.geenLegenda')}</li>}
            {legenda.map((l) => (
              <li key={l.label}>
                <svg width="16" height="16" aria-hidden="true"><rect width="16" height="16" fill={l.kleur} stroke="#4a4a4a" /></svg> {l.label}
              </li>
            ))}
          </ul>
          {gebied && ind && <Trend indicator={ind} gebied={gebied} naam={perCode.get(gebied)?.gebied.naam ?? gebied} />}
        </div>
      </div>
      {lijst.length > 0 && (
        <div className="bv-table-scroll" tabIndex={0} role="group" aria-label={t('monitor.tabel')}>
          <Table>
            <TableCaption>
              {t('monitor.tabelTitel', { naam: ind?.naam ?? '', maat: maat === 'per_inwoners' ? ` (${ind?.eenheidPerInwoners ?? ''})` : ind?.eenheid === 'aantal' ? ` (${t('monitor.aantal').toLowerCase()})` : '', niveau: niveauNaam, periode: gekozenPeriode })}
              {demo ? t('monitor.demoTabel') : ''}
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('monitor.gebied')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('monitor.waarde')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('monitor.interval')}</TableHeaderCell>
                <TableHeaderCell scope="col">{ind?.soort === 'beleving' ? t('monitor.respondenten') : t('monitor.aantal')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('monitor.doel')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('monitor.bron')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {lijst.map((o) => (
                <TableRow key={o.gebied.code}>
                  <TableCell>
                    <Link className="utrecht-link" to={`/monitor/gebied/${o.gebied.code}`}>{o.gebied.naam}</Link>
                  </TableCell>
                  <TableCell>{o.geheim ? t('monitor.geheim') : formatteer(o.waarde, eenheid)}{o.status === 'voorlopig' ? t('monitor.voorlopig') : ''}</TableCell>
                  <TableCell>{o.interval ? `${formatteer(o.interval[0])} – ${formatteer(o.interval[1])}` : '—'}</TableCell>
                  <TableCell>{ind?.soort === 'beleving' ? (o.respondenten ?? 0) : o.teller === null ? '—' : formatteer(o.teller)}</TableCell>
                  <TableCell>{o.doelStatus === 'op_koers' ? t('monitor.opKoers') : o.doelStatus === 'niet_op_koers' ? t('monitor.nietOpKoers') : '—'}</TableCell>
                  <TableCell>
                    {monitorApi.HERKOMST[o.herkomst]}{o.afgeleid ? t('monitor.opgeteld') : ''}
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
