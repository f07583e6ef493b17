import {
  Button,
  ButtonGroup,
  FormFieldCheckbox,
  FormFieldTextbox,
  Heading1,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import L from 'leaflet';
import { achtergrondkaart } from '../../components/achtergrond.ts';
import 'leaflet/dist/leaflet.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { MeldingOverzicht } from '../../../contract/api/meldingen.ts';
import * as meldingenApi from './api.ts';
import type { Behandelaars, Categorieen, Lijst, MeldingStatus, Teams } from './api.ts';
import { useSession } from '../../lib/session.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { Fout } from '../../components/Fout.tsx';
import { SelectField } from '../../components/Form.tsx';
import { errorText, useApiGet } from '../../lib/useApi.ts';

export type { MeldingOverzicht } from '../../../contract/api/meldingen.ts';

type Filter = meldingenApi.Filter;


function query(f: Filter): URLSearchParams {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v !== undefined && v !== '' && v !== false) q.set(k, String(v));
  return q;
}

/**
 * Work list of meldingen: per team or per person, overdue first, saved filters (on the server, per user),
 * list or map, bulk assignment and CSV/XLSX export of exactly the filtered list.
 */
export function MeldingenPage() {
  const { gebruiker } = useSession();
  const { t } = useI18n();
  const magToewijzen = gebruiker?.permissies.includes('meldingen:beoordelen') ?? false;
  const [filter, setFilter] = useState<Filter>(meldingenApi.STANDAARD_FILTER);
  // Keyset paging: the cursors of the pages seen so far, so "vorige" goes back exactly.
  const [cursors, setCursors] = useState<string[]>([]);
  const [zoekTekst, setZoekTekst] = useState('');
  const [weergave, setWeergave] = useState<'lijst' | 'kaart'>('lijst');
  const [gekozen, setGekozen] = useState<Set<string>>(new Set());
  const [melding, setMelding] = useState<string | null>(null);
  const [fout, setFout] = useState<string | null>(null);
  const [filterNaam, setFilterNaam] = useState('');
  const [doelTeam, setDoelTeam] = useState('');
  const [doelPersoon, setDoelPersoon] = useState('');

  const q = query(filter);
  const lijst = useApiGet<Lijst>(meldingenApi.pad.lijst(q, cursors.at(-1)));
  const { data: categorieen } = useApiGet<Categorieen>(meldingenApi.pad.categorieen);
  const { data: statussen } = useApiGet<MeldingStatus[]>(meldingenApi.pad.statussen);
  const { data: teams } = useApiGet<Teams>(meldingenApi.pad.teams);
  const { data: behandelaars } = useApiGet<Behandelaars>(meldingenApi.pad.behandelaars);
  const filters = useApiGet<{ id: string; naam: string; filter: Filter }[]>(meldingenApi.pad.filters);
  const items = lijst.data?.items ?? [];
  // Memoised: the map view redraws when it changes.
  const categorieNaam = useMemo(() => new Map((categorieen ?? []).map((c) => [c.code, c.naam])), [categorieen]);
  const teamNaam = new Map((teams ?? []).map((t) => [t.code, t.naam]));
  const statusNaam = new Map((statussen ?? []).map((s) => [s.code, s.naam]));
  const zet = (k: keyof Filter, v: string | boolean) => {
    setFilter((f) => ({ ...f, [k]: v }));
    setGekozen(new Set());
    setCursors([]);
  };
  const paginaStart = cursors.length * 50;

  const bewaar = async () => {
    setFout(null);
    setMelding(null);
    try {
      await meldingenApi.filterBewaren(filterNaam, filter);
      setMelding(t('meldingen.filterBewaard', { naam: filterNaam }));
      setFilterNaam('');
      filters.opnieuw();
    } catch (e) {
      setFout(errorText(e));
    }
  };
  const verwijderFilter = async (id: string) => {
    await meldingenApi.filterVerwijderen(id).catch((e: unknown) => setFout(errorText(e)));
    filters.opnieuw();
  };
  const toewijzen = async () => {
    setFout(null);
    setMelding(null);
    const body: { ids: string[]; team?: string; behandelaarId?: string | null } = { ids: [...gekozen] };
    if (doelTeam) body.team = doelTeam;
    if (doelPersoon) body.behandelaarId = doelPersoon === 'niemand' ? null : doelPersoon;
    try {
      const r = await meldingenApi.toewijzen(body);
      setMelding(t('meldingen.toegewezen', { aantal: r.gewijzigd }));
      setGekozen(new Set());
      lijst.opnieuw();
    } catch (e) {
      setFout(errorText(e));
    }
  };
  const wissel = (id: string) =>
    setGekozen((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  const allesGekozen = items.length > 0 && items.every((m) => gekozen.has(m.id));

  return (
    <>
      <Heading1>{t('meldingen.titel')}</Heading1>
      <div className="bv-form bv-filter" role="search" aria-label={t('meldingen.filteren')}>
        <form
          className="bv-zoek"
          onSubmit={(e) => {
            e.preventDefault();
            zet('zoek', zoekTekst.trim());
          }}
        >
          <FormFieldTextbox label={t('meldingen.zoek')} name="zoek" value={zoekTekst} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setZoekTekst(e.target.value)} />
          <Button type="submit" appearance="secondary-action-button">{t('meldingen.zoeken')}</Button>
        </form>
        <FormFieldCheckbox label={t('meldingen.alleenOpen')} name="open" checked={filter.open ?? false} onChange={(e: React.ChangeEvent<HTMLInputElement>) => zet('open', e.target.checked)} />
        <SelectField label={t('meldingen.status')} value={filter.status ?? ''} onChange={(v) => zet('status', v)} options={[{ value: '', label: t('meldingen.alle') }, ...(statussen ?? []).map((s) => ({ value: s.code, label: s.naam }))]} />
        <SelectField label={t('meldingen.onderwerp')} value={filter.categorie ?? ''} onChange={(v) => zet('categorie', v)} options={[{ value: '', label: t('meldingen.alle') }, ...(categorieen ?? []).map((c) => ({ value: c.code, label: c.naam }))]} />
        <SelectField label={t('meldingen.team')} value={filter.team ?? ''} onChange={(v) => zet('team', v)} options={[{ value: 'mijn', label: t('meldingen.mijnTeams') }, { value: '', label: t('meldingen.alleTeams') }, ...(teams ?? []).map((x) => ({ value: x.code, label: x.naam }))]} />
        <SelectField
          label={t('meldingen.behandelaar')}
          value={filter.behandelaar ?? ''}
          onChange={(v) => zet('behandelaar', v)}
          options={[{ value: '', label: t('meldingen.iedereen') }, { value: 'ik', label: t('meldingen.aanMij') }, { value: 'niemand', label: t('meldingen.niemandToegewezen') }, ...(behandelaars ?? []).map((b) => ({ value: b.id, label: b.naam }))]}
        />
        <FormFieldCheckbox label={t('meldingen.alleenTeLaat')} name="achterstallig" checked={filter.achterstallig ?? false} onChange={(e: React.ChangeEvent<HTMLInputElement>) => zet('achterstallig', e.target.checked)} />
      </div>

      <div className="bv-form bv-filter" aria-label={t('meldingen.bewaardeFilters')} role="group">
        {(filters.data ?? []).length > 0 && (
          <SelectField
            label={t('meldingen.bewaardeFilters')}
            value=""
            onChange={(id) => {
              const f = filters.data?.find((x) => x.id === id);
              if (f) {
                setFilter(f.filter);
                setCursors([]);
              }
            }}
            options={[{ value: '', label: t('meldingen.kiesFilter') }, ...(filters.data ?? []).map((f) => ({ value: f.id, label: f.naam }))]}
          />
        )}
        <FormFieldTextbox label={t('meldingen.filterNaam')} name="filternaam" value={filterNaam} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setFilterNaam(e.target.value)} />
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={bewaar} disabled={!filterNaam.trim()}>
            {t('meldingen.filterBewaren')}
          </Button>
          <a className="utrecht-button utrecht-button--secondary-action" href={`/api/meldingen/export?${q.toString()}&formaat=csv`} download>
            {t('meldingen.exportCsv')}
          </a>
          <a className="utrecht-button utrecht-button--secondary-action" href={`/api/meldingen/export?${q.toString()}&formaat=xlsx`} download>
            {t('meldingen.exportExcel')}
          </a>
        </ButtonGroup>
        {(filters.data ?? []).length > 0 && (
          <ul className="bv-chips" aria-label={t('meldingen.filtersVerwijderen')}>
            {filters.data!.map((f) => (
              <li key={f.id}>
                {f.naam}{' '}
                <Button appearance="subtle-button" onClick={() => verwijderFilter(f.id)} aria-label={t('meldingen.filterVerwijderen', { naam: f.naam })}>
                  ×
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>

      <ButtonGroup aria-label={t('meldingen.weergave')}>
        <Button appearance={weergave === 'lijst' ? 'primary-action-button' : 'secondary-action-button'} aria-pressed={weergave === 'lijst'} onClick={() => setWeergave('lijst')}>
          {t('meldingen.lijst')}
        </Button>
        <Button appearance={weergave === 'kaart' ? 'primary-action-button' : 'secondary-action-button'} aria-pressed={weergave === 'kaart'} onClick={() => setWeergave('kaart')}>
          {t('meldingen.kaart')}
        </Button>
      </ButtonGroup>

      <Fout tekst={lijst.fout ?? fout} />
      {melding && (
        <Paragraph role="status" className="bv-ok">
          {melding}
        </Paragraph>
      )}

      {magToewijzen && gekozen.size > 0 && (
        <section className="bv-form bv-filter" aria-label={t('meldingen.toewijzenGroep')}>
          <Heading2>{t('meldingen.gekozenToewijzen', { aantal: gekozen.size })}</Heading2>
          <SelectField label={t('meldingen.naarTeam')} value={doelTeam} onChange={setDoelTeam} options={[{ value: '', label: t('meldingen.teamNietWijzigen') }, ...(teams ?? []).map((x) => ({ value: x.code, label: x.naam }))]} />
          <SelectField
            label={t('meldingen.aanBehandelaar')}
            value={doelPersoon}
            onChange={setDoelPersoon}
            options={[{ value: '', label: t('meldingen.behandelaarNietWijzigen') }, { value: 'niemand', label: t('meldingen.niemand') }, ...(behandelaars ?? []).map((b) => ({ value: b.id, label: b.naam }))]}
          />
          <Button appearance="primary-action-button" onClick={toewijzen} disabled={!doelTeam && !doelPersoon}>
            {t('meldingen.toewijzen')}
          </Button>
        </section>
      )}

      {lijst.data && (
        <ul className="bv-chips" aria-label={t('meldingen.perStatus')} data-testid="per-status">
          {Object.entries(lijst.data.perStatus).map(([s, n]) => (
            <li key={s}>
              <Button appearance={filter.status === s ? 'primary-action-button' : 'subtle-button'} aria-pressed={filter.status === s} onClick={() => zet('status', filter.status === s ? '' : s)}>
                {statusNaam.get(s) ?? s}: {n}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {lijst.data && weergave === 'kaart' && <MeldingenKaart items={items} categorieNaam={categorieNaam} />}
      {lijst.data && weergave === 'lijst' && (
        <div className="bv-table-scroll" tabIndex={0} role="group" aria-label={t('meldingen.lijstLabel')}>
          <Table>
            <TableCaption>
              {t('meldingen.aantal', { totaal: lijst.data.totaal })}
              {items.length > 0 ? t('meldingen.getoond', { van: paginaStart + 1, tot: paginaStart + items.length }) : ''}
              {t('meldingen.volgorde')}
            </TableCaption>
            <TableHeader>
              <TableRow>
                {magToewijzen && (
                  <TableHeaderCell scope="col">
                    <input type="checkbox" aria-label={t('meldingen.alleKiezen')} checked={allesGekozen} onChange={() => setGekozen(allesGekozen ? new Set() : new Set(items.map((m) => m.id)))} />
                  </TableHeaderCell>
                )}
                <TableHeaderCell scope="col">{t('meldingen.nummer')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('meldingen.onderwerp')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('meldingen.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('meldingen.buurt')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('meldingen.team')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('meldingen.behandelaar')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('meldingen.uiterlijk')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((m) => (
                <TableRow key={m.id}>
                  {magToewijzen && (
                    <TableCell>
                      <input type="checkbox" aria-label={t('meldingen.kiezen', { referentie: m.referentie })} checked={gekozen.has(m.id)} onChange={() => wissel(m.id)} />
                    </TableCell>
                  )}
                  <TableCell>
                    <Link className="utrecht-link" to={`/meldingen/${m.id}`}>
                      {m.referentie}
                    </Link>
                    {m.hoofdmeldingId && <div className="bv-muted">{m.koppeling === 'suggestie' ? t('meldingen.mogelijkDubbel') : t('meldingen.gekoppeld')}</div>}
                  </TableCell>
                  <TableCell>{categorieNaam.get(m.categorie) ?? m.categorie}</TableCell>
                  <TableCell>{m.statusNaam}</TableCell>
                  <TableCell>{m.buurt?.naam ?? t('meldingen.geenLocatie')}</TableCell>
                  <TableCell>{teamNaam.get(m.team) ?? m.team}</TableCell>
                  <TableCell>{m.behandelaar?.naam ?? '—'}</TableCell>
                  <TableCell>
                    {m.deadline}
                    {m.achterstallig && <strong className="bv-te-laat"> {t('meldingen.teLaat')}</strong>}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {lijst.data && (cursors.length > 0 || lijst.data.volgende) && (
        <ButtonGroup aria-label={t('meldingen.paginas')}>
          <Button appearance="secondary-action-button" disabled={cursors.length === 0} onClick={() => setCursors((c) => c.slice(0, -1))}>
            {t('meldingen.vorige')}
          </Button>
          <Button appearance="secondary-action-button" disabled={!lijst.data.volgende} onClick={() => lijst.data?.volgende && setCursors((c) => [...c, lijst.data!.volgende!])}>
            {t('meldingen.volgende')}
          </Button>
        </ButtonGroup>
      )}
      {lijst.data && items.length === 0 && <Paragraph>{t('meldingen.geen')}</Paragraph>}
    </>
  );
}

/** Text for a Leaflet popup, which takes HTML. */
const html = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The same list on a map: one dot per melding with a location; overdue ones in a warning colour. */
function MeldingenKaart({ items, categorieNaam }: { items: MeldingOverzicht[]; categorieNaam: Map<string, string> }) {
  const { config } = useSession();
  const { t } = useI18n();
  const el = useRef<HTMLDivElement>(null);
  const metPlek = useMemo(() => items.filter((m) => m.locatie), [items]);
  const { data: buurten } = useApiGet<GeoJSON.FeatureCollection>(meldingenApi.pad.buurten);
  useEffect(() => {
    if (!el.current || !config) return;
    const map = L.map(el.current, { renderer: L.svg(), keyboard: true });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution(t('meldingen.grenzenBron'));
    achtergrondkaart(map, config.kaart);
    // Buurt outlines, so a dot can be read as "in Wyck" without a background map.
    if (buurten) {
      L.geoJSON(buurten, {
        style: { color: '#6b6b6b', weight: 1, fill: false },
        onEachFeature: (f, layer) => layer.bindTooltip((f.properties as { naam: string }).naam, { sticky: true }),
        interactive: true,
      }).addTo(map);
    }
    const punten = metPlek.map((m) =>
      L.circleMarker([m.locatie!.lat, m.locatie!.lon], {
        radius: 6,
        color: m.achterstallig ? '#8a2b00' : '#00527a',
        fillColor: m.achterstallig ? '#f0a37a' : '#6db9d9',
        fillOpacity: 0.8,
        weight: 2,
        className: 'bv-melding-punt',
      }).bindPopup(
        `<a href="/meldingen/${encodeURIComponent(m.id)}">${html(m.referentie)}</a><br>${html(categorieNaam.get(m.categorie) ?? m.categorie)} · ${html(m.statusNaam)}${m.achterstallig ? ` · ${t('meldingen.teLaatKort')}` : ''}`,
      ),
    );
    const groep = L.featureGroup(punten).addTo(map);
    if (punten.length) map.fitBounds(groep.getBounds(), { padding: [16, 16], maxZoom: 16 });
    else map.setView([config.kaart.centrum[0]!, config.kaart.centrum[1]!], config.kaart.zoom);
    return () => {
      map.remove();
    };
  }, [metPlek, config, buurten, categorieNaam, t]);
  return (
    <>
      <div ref={el} className="bv-map" role="region" aria-label={t('meldingen.kaartLabel', { aantal: metPlek.length })} />
      <ul className="bv-legenda" aria-label={t('meldingen.legenda')}>
        <li>
          <svg width="16" height="16" aria-hidden="true"><circle cx="8" cy="8" r="6" fill="#6db9d9" stroke="#00527a" strokeWidth="2" /></svg> {t('meldingen.opTijd')}
        </li>
        <li>
          <svg width="16" height="16" aria-hidden="true"><circle cx="8" cy="8" r="6" fill="#f0a37a" stroke="#8a2b00" strokeWidth="2" /></svg> {t('meldingen.teLaatKort')}
        </li>
        <li>
          <svg width="16" height="16" aria-hidden="true"><rect x="1" y="1" width="14" height="14" fill="none" stroke="#6b6b6b" /></svg> {t('meldingen.buurtgrens')}
        </li>
      </ul>
      <Paragraph className="bv-muted">
        {t('meldingen.opKaart', { metPlek: metPlek.length, aantal: items.length })}
      </Paragraph>
    </>
  );
}
