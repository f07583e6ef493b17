import { Button, ButtonGroup, FormFieldTextbox, Heading1, Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import L from 'leaflet';
import { achtergrondkaart } from '../../components/achtergrond.ts';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../lib/session.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { Fout } from '../../components/Fout.tsx';
import { SelectField } from '../../components/Form.tsx';
import { downloadCsv } from '../../lib/csv.ts';
import { errorText, useApiGet } from '../../lib/useApi.ts';
import { downloadPng } from '../../components/kaart.ts';
import type { Concentratie, HotspotCel, KnoxResultaat, Wdd } from '../../../contract/api/analyse.ts';
import type { IncidentSoort } from '../../../contract/api/monitor.ts';
import * as analyseApi from './api.ts';


/** Colour for a Knox ratio: white around 1, deeper red the stronger the excess (NRC style). */
function ratioKleur(r: number | null, p: number): string {
  if (r === null) return '#ffffff';
  if (p > 0.05 || r < 1.2) return '#ffffff';
  if (r >= 3) return '#d4532f';
  if (r >= 2) return '#ee8d6d';
  return '#f7c4b2';
}

const getallen = (s: string) => s.split(',').map((v) => Number(v.trim()));

/**
 * The analyst's workbench on the imported incidents: hotspots (Gi* with FDR) on a grid, and the near-repeat
 * test with the NRC's colour scale. Both can be exported.
 */
export function AnalysePage() {
  const { config } = useSession();
  const { t: tekst } = useI18n();
  const jaar = new Date().getFullYear() - 1;
  // The kinds come from the incidents read in (named after the police code list); the alert kinds first.
  const { data: soorten } = useApiGet<IncidentSoort[]>(analyseApi.pad.soorten);
  const [gekozenSoort, setSoort] = useState<string | null>(null);
  const soort = gekozenSoort ?? soorten?.[0]?.code ?? '1.1.1';
  const [van, setVan] = useState(`${jaar}-01-01`);
  const [tot, setTot] = useState(`${jaar}-12-31`);
  const [cel, setCel] = useState('100');
  const [ruimte, setRuimte] = useState('0,1,100,200,300');
  const [tijd, setTijd] = useState('0,2,4');
  const [permutaties, setPermutaties] = useState('999');
  const [cellen, setCellen] = useState<{ cellen: HotspotCel[]; gebeurtenissen: number } | null>(null);
  const [knox, setKnox] = useState<KnoxResultaat | null>(null);
  const [voortgang, setVoortgang] = useState<{ gedaan: number; totaal: number } | null>(null);
  const [fout, setFout] = useState<string | null>(null);
  const mapEl = useRef<HTMLDivElement>(null);
  const { data: buurten } = useApiGet<GeoJSON.FeatureCollection<GeoJSON.Geometry, { code: string; naam: string }>>(analyseApi.pad.buurten);
  const [conc, setConc] = useState<Concentratie | null>(null);
  const [wddDoel, setWddDoel] = useState('');
  const [wddBuffer, setWddBuffer] = useState('');
  const [wddControle, setWddControle] = useState('');
  const [wddGrens, setWddGrens] = useState(`${jaar}-07-01`);
  const [wddUit, setWddUit] = useState<Wdd | null>(null);
  const buurtOpties = [{ value: '', label: tekst('analyse.kiesBuurt') }, ...(buurten?.features ?? []).map((f) => ({ value: f.properties.code, label: f.properties.naam }))];

  const concentratie = async () => {
    setFout(null);
    try {
      setConc(await analyseApi.concentratie({ soorten: [soort], van, tot, niveau: 'buurt' }));
    } catch (e) {
      setFout(errorText(e));
    }
  };
  const effect = async () => {
    setFout(null);
    const dagVoor = new Date(Date.parse(`${wddGrens}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    try {
      setWddUit(
        await analyseApi.wdd({ soorten: [soort], doel: [wddDoel], buffer: [wddBuffer], controle: [wddControle], voor: { van, tot: dagVoor }, na: { van: wddGrens, tot } }),
      );
    } catch (e) {
      setFout(errorText(e));
    }
  };

  const hotspots = async () => {
    setFout(null);
    try {
      const r = await analyseApi.hotspots({ soorten: [soort], van, tot, niveau: 'raster', celMeter: Number(cel) });
      setCellen(r.niveau === 'raster' ? r : { cellen: [], gebeurtenissen: r.gebeurtenissen });
    } catch (e) {
      setFout(errorText(e));
    }
  };

  const nearRepeat = async () => {
    setFout(null);
    setKnox(null);
    try {
      const start = await analyseApi.startNearRepeat({ soorten: [soort], van, tot, ruimte: getallen(ruimte), tijd: getallen(tijd), permutaties: Number(permutaties), seed: 1 });
      for (;;) {
        const t = await analyseApi.analyseTaak(start.taak);
        setVoortgang(t.voortgang);
        if (t.status === 'klaar') {
          setKnox(t.resultaat);
          break;
        }
        if (t.status === 'mislukt') throw new Error(t.fout ?? tekst('analyse.mislukt'));
        await new Promise((r) => setTimeout(r, 300));
      }
    } catch (e) {
      setFout(errorText(e));
    } finally {
      setVoortgang(null);
    }
  };

  useEffect(() => {
    if (!mapEl.current || !cellen || !config) return;
    const map = L.map(mapEl.current, { renderer: L.svg() }).setView([config.kaart.centrum[0]!, config.kaart.centrum[1]!], 13);
    map.attributionControl.setPrefix(false);
    achtergrondkaart(map, config.kaart);
    void analyseApi.buurtGrenzen().then((fc) => L.geoJSON(fc, { style: { color: '#4a4a4a', weight: 1, fillOpacity: 0 }, interactive: false }).addTo(map));
    const laag = L.geoJSON(
      { type: 'FeatureCollection', features: cellen.cellen.map((c) => ({ type: 'Feature', geometry: c.geometrie, properties: c })) } as GeoJSON.FeatureCollection,
      {
        style: (f) => {
          const c = f?.properties as HotspotCel;
          const kleur = c.klasse === 'heet' ? '#d4532f' : c.klasse === 'koud' ? '#3a7fb8' : '#bcbcbc';
          return { color: kleur, weight: 0.5, fillColor: kleur, fillOpacity: c.klasse === 'geen' ? 0.35 : 0.8, className: `bv-cel bv-cel--${c.klasse}` };
        },
        onEachFeature: (f, l) => {
          const c = f.properties as HotspotCel;
          l.bindTooltip(tekst('analyse.celTooltip', { aantal: c.aantal, z: c.z.toFixed(2), q: c.q.toFixed(3) }));
        },
      },
    ).addTo(map);
    if (cellen.cellen.length) map.fitBounds(laag.getBounds(), { padding: [16, 16] });
    return () => {
      map.remove();
    };
    // The tooltip words follow the language; the map is redrawn when it changes.
  }, [cellen, config, tekst]);

  const exporteerKnox = () => {
    if (!knox) return;
    const rijen = knox.ruimteBanden.flatMap((r, a) => knox.tijdBanden.map((t, b) => [r, t, knox.waargenomen[a]![b]!, knox.verwacht[a]![b]!, knox.ratio[a]![b] ?? null, knox.p[a]![b]!]));
    downloadCsv('near-repeat.csv', ['afstand', 'tijd', 'waargenomen', 'verwacht', 'knox_ratio', 'p'], rijen);
  };

  const heet = cellen?.cellen.filter((c) => c.klasse === 'heet').length ?? 0;

  return (
    <>
      <Heading1>{tekst('analyse.titel')}</Heading1>
      <Paragraph lead>
        {tekst('analyse.intro')}{' '}
        <Link className="utrecht-link" to="/analyse/alerts">
          {tekst('analyse.alertsLink')}
        </Link>
        .
      </Paragraph>
      <div className="bv-form bv-filter" role="group" aria-label={tekst('analyse.welke')}>
        <SelectField label={tekst('analyse.soort')} value={soort} onChange={setSoort} options={(soorten ?? []).map((x) => ({ value: x.code, label: `${x.naam} (${x.code})` }))} />
        <FormFieldTextbox label={tekst('analyse.van')} name="van" type="date" value={van} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setVan(e.target.value)} />
        <FormFieldTextbox label={tekst('analyse.tot')} name="tot" type="date" value={tot} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setTot(e.target.value)} />
      </div>
      <Fout tekst={fout} />

      <Heading2>{tekst('analyse.hotspots')}</Heading2>
      <div className="bv-form bv-filter">
        <FormFieldTextbox label={tekst('analyse.cel')} name="cel" value={cel} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setCel(e.target.value)} />
        <ButtonGroup>
          <Button appearance="primary-action-button" onClick={hotspots}>{tekst('analyse.hotspotsKnop')}</Button>
          {cellen && <Button appearance="secondary-action-button" onClick={() => mapEl.current && void downloadPng(mapEl.current, 'hotspots.png')}>{tekst('analyse.png')}</Button>}
        </ButtonGroup>
      </div>
      {cellen && (
        <>
          <Paragraph role="status" data-testid="hotspot-uitslag">
            {tekst('analyse.hotspotUitslag', { aantal: cellen.gebeurtenissen, heet })}
          </Paragraph>
          <div ref={mapEl} className="bv-map" data-testid="hotspotkaart" role="region" aria-label={tekst('analyse.hotspotKaart', { heet })} />
        </>
      )}

      <Heading2>{tekst('analyse.concentratie')}</Heading2>
      <Button appearance="secondary-action-button" onClick={concentratie}>{tekst('analyse.concentratieKnop')}</Button>
      {conc && (
        <Paragraph role="status" data-testid="concentratie">
          {tekst('analyse.concentratieAantal', { aantal: conc.gebeurtenissen })}{' '}
          {conc.top.map((t) => tekst('analyse.concentratieTop', { top: Math.round(t.topAandeel * 100), eenheden: t.eenheden, aandeel: Math.round(t.aandeelGebeurtenissen * 100) })).join('; ')}.{' '}
          {tekst('analyse.gini', { gini: conc.gini.toFixed(2) })}
          {conc.giniGegeneraliseerd !== conc.gini && ` ${tekst('analyse.giniGegeneraliseerd', { gini: conc.giniGegeneraliseerd.toFixed(2) })}`}.
        </Paragraph>
      )}

      <Heading2>{tekst('analyse.wdd')}</Heading2>
      <Paragraph>{tekst('analyse.wddUitleg')}</Paragraph>
      <div className="bv-form bv-filter">
        <SelectField label={tekst('analyse.doelgebied')} value={wddDoel} onChange={setWddDoel} options={buurtOpties} />
        <SelectField label={tekst('analyse.buffer')} value={wddBuffer} onChange={setWddBuffer} options={buurtOpties} />
        <SelectField label={tekst('analyse.controlegebied')} value={wddControle} onChange={setWddControle} options={buurtOpties} />
        <FormFieldTextbox label={tekst('analyse.startAanpak')} name="grens" type="date" value={wddGrens} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setWddGrens(e.target.value)} />
        <Button appearance="secondary-action-button" onClick={effect} disabled={!wddDoel || !wddBuffer || !wddControle}>{tekst('analyse.wddKnop')}</Button>
      </div>
      {wddUit && (
        <Paragraph role="status" data-testid="wdd">
          {tekst('analyse.wddUitslag', { wdd: wddUit.wdd, se: wddUit.se.toFixed(1), z: wddUit.z.toFixed(2), p: wddUit.p.toFixed(3) })}{' '}
          {tekst(wddUit.p <= 0.05 ? (wddUit.wdd < 0 ? 'analyse.wddMinder' : 'analyse.wddMeer') : 'analyse.wddGeen')}
        </Paragraph>
      )}

      <Heading2>{tekst('analyse.nearRepeat')}</Heading2>
      <div className="bv-form bv-filter">
        <FormFieldTextbox label={tekst('analyse.ruimte')} name="ruimte" value={ruimte} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setRuimte(e.target.value)} />
        <FormFieldTextbox label={tekst('analyse.tijd')} name="tijd" value={tijd} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setTijd(e.target.value)} />
        <FormFieldTextbox label={tekst('analyse.permutaties')} name="permutaties" value={permutaties} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setPermutaties(e.target.value)} />
        <ButtonGroup>
          <Button appearance="primary-action-button" onClick={nearRepeat} disabled={!!voortgang}>{tekst('analyse.nearRepeatKnop')}</Button>
          {knox && <Button appearance="secondary-action-button" onClick={exporteerKnox}>{tekst('analyse.exporteren')}</Button>}
        </ButtonGroup>
      </div>
      {voortgang && (
        <Paragraph role="status">
          <progress max={voortgang.totaal} value={voortgang.gedaan} aria-label={tekst('analyse.voortgangLabel')} /> {tekst('analyse.voortgang', { gedaan: voortgang.gedaan, totaal: voortgang.totaal })}
        </Paragraph>
      )}
      {knox && (
        <div className="bv-table-scroll" tabIndex={0} role="group" aria-label={tekst('analyse.knoxTabel')}>
          <Table data-testid="knox-tabel">
            <TableCaption>{tekst('analyse.knoxBijschrift')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{tekst('analyse.afstand')}</TableHeaderCell>
                {knox.tijdBanden.map((t) => (
                  <TableHeaderCell key={t} scope="col">{t}</TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {knox.ruimteBanden.map((r, a) => (
                <TableRow key={r}>
                  <TableHeaderCell scope="row">{r}</TableHeaderCell>
                  {knox.tijdBanden.map((t, b) => (
                    <TableCell key={t} className="bv-knox-cel" style={{ backgroundColor: ratioKleur(knox.ratio[a]![b] ?? null, knox.p[a]![b]!) }}>
                      {knox.ratio[a]![b] === null ? '—' : knox.ratio[a]![b]!.toFixed(2)}
                      <span className="bv-muted"> ({knox.waargenomen[a]![b]}, p = {knox.p[a]![b]!.toFixed(3)})</span>
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
