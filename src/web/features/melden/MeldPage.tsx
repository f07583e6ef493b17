import { Alert, Button, FormFieldCheckbox, FormFieldTextarea, FormFieldTextbox, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import { useSession } from '../../lib/session.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { achtergrondkaart } from '../../components/achtergrond.ts';
import { Fout } from '../../components/Fout.tsx';
import { SelectField, veldFouten } from '../../components/Form.tsx';
import { ApiError, type Antwoord } from '../../lib/api.ts';
import { errorText, useApiGet } from '../../lib/useApi.ts';
import * as meldenApi from './api.ts';

type AdresResultaat = Antwoord<'/api/adressen/zoek'>['resultaten'][number];
type InDeBuurt = Antwoord<'/api/meldingen/in-de-buurt'>;
type PlekNaam = Antwoord<'/api/adressen/plek'>;

const rond = (v: number) => Math.round(v * 1e6) / 1e6;

/**
 * The public form: no login, plain Dutch (English on request), a place found by address, by "gebruik mijn
 * locatie", by a click on the PDOK map or, with the keyboard, by the centre of the map; or "geen locatie".
 * The chosen place is shown as an address and buurt, never as coordinates.
 */
export function MeldPage() {
  const { config } = useSession();
  const { t } = useI18n();
  const { data: categorieen } = useApiGet<Antwoord<'/api/meldingen/categorieen'>>(meldenApi.pad.categorieen);
  const [omschrijving, setOmschrijving] = useState('');
  const [categorie, setCategorie] = useState('');
  const [suggestie, setSuggestie] = useState<string | null>(null);
  const [pin, setPin] = useState<{ lon: number; lat: number } | null>(null);
  const [plekNaam, setPlekNaam] = useState<PlekNaam | null>(null);
  const [plekFout, setPlekFout] = useState<string | null>(null);
  const [geenLocatie, setGeenLocatie] = useState(false);
  const [adres, setAdres] = useState('');
  // The address field is filled from the chosen place until the resident types in it herself.
  const adresZelf = useRef(false);
  const [naam, setNaam] = useState('');
  const [email, setEmail] = useState('');
  const [telefoon, setTelefoon] = useState('');
  const [toestemming, setToestemming] = useState(false);
  const [buurt, setBuurt] = useState<InDeBuurt | null>(null);
  const [fout, setFout] = useState<string | null>(null);
  const [velden, setVelden] = useState<Record<string, string>>({});
  const [bezig, setBezig] = useState(false);
  const [klaar, setKlaar] = useState<{ referentie: string; statusUrl: string } | null>(null);
  const [fotos, setFotos] = useState<{ naam: string; data: string }[]>([]);
  const [fotoFout, setFotoFout] = useState<string | null>(null);
  const [zoekterm, setZoekterm] = useState('');
  const [gevonden, setGevonden] = useState<{ resultaten: AdresResultaat[]; waarschuwing: string | null } | null>(null);
  const [geoBezig, setGeoBezig] = useState(false);
  const [geoFout, setGeoFout] = useState<string | null>(null);
  const [zonderAchtergrond, setZonderAchtergrond] = useState(false);
  const kaart = useRef<L.Map | null>(null);
  const mapEl = useRef<HTMLDivElement>(null);
  const marker = useRef<L.CircleMarker | null>(null);
  const plekVraag = useRef(0);

  // Address search (PDOK Locatieserver, the local BAG extract, buurt names) while typing.
  useEffect(() => {
    if (zoekterm.trim().length < 2) {
      setGevonden(null);
      return;
    }
    const tm = setTimeout(() => {
      meldenApi.zoekAdres(zoekterm.trim())
        .then(setGevonden)
        .catch(() => setGevonden(null));
    }, 300);
    return () => clearTimeout(tm);
  }, [zoekterm]);

  /** Put the pin on a point and name it (address within 40 m and buurt); a known name skips the lookup. */
  const zetPin = (p: { lon: number; lat: number }, bekend?: { adres: string | null }) => {
    setPin(p);
    setGeenLocatie(false);
    setPlekFout(null);
    marker.current?.remove();
    if (kaart.current) marker.current = L.circleMarker([p.lat, p.lon], { radius: 9, color: '#8a2b00', fillColor: '#f0a37a', fillOpacity: 0.9 }).addTo(kaart.current);
    const vraag = ++plekVraag.current;
    setPlekNaam(null);
    meldenApi
      .plek(p)
      .then((r) => {
        if (vraag !== plekVraag.current) return; // a newer point was chosen meanwhile
        const naamVanPlek = bekend?.adres ?? r.adres;
        setPlekNaam({ ...r, adres: naamVanPlek });
        if (naamVanPlek && !adresZelf.current) setAdres(naamVanPlek);
        if (!naamVanPlek && !adresZelf.current) setAdres('');
      })
      .catch((err: unknown) => {
        if (vraag !== plekVraag.current) return;
        if (err instanceof ApiError && err.problem.status === 400) {
          // Outside the gemeente: no melding can be taken there, so the pin goes.
          setPin(null);
          marker.current?.remove();
          setPlekFout(err.problem.detail ?? err.problem.title);
        } else setPlekNaam({ adres: bekend?.adres ?? null, buurt: null, bron: null, waarschuwing: null });
      });
  };
  const kiesAdres = (r: AdresResultaat) => {
    zetPin({ lon: r.lon, lat: r.lat }, { adres: r.soort === 'adres' ? r.weergave : null });
    kaart.current?.setView([r.lat, r.lon], r.soort === 'adres' ? 18 : 15);
    setZoekterm('');
    setGevonden(null);
  };

  const mijnLocatie = () => {
    setGeoFout(null);
    if (!('geolocation' in navigator)) {
      setGeoFout(t('melden.locatieNietOndersteund'));
      return;
    }
    setGeoBezig(true);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setGeoBezig(false);
        const p = { lon: rond(pos.coords.longitude), lat: rond(pos.coords.latitude) };
        zetPin(p);
        kaart.current?.setView([p.lat, p.lon], 17);
      },
      (e) => {
        setGeoBezig(false);
        setGeoFout(e.code === e.PERMISSION_DENIED ? t('melden.locatieGeweigerd') : t('melden.locatieOnbekend'));
      },
      { enableHighAccuracy: true, timeout: 10_000, maximumAge: 60_000 },
    );
  };

  const middenKiezen = () => {
    const c = kaart.current?.getCenter();
    if (c) zetPin({ lon: rond(c.lng), lat: rond(c.lat) });
  };

  const kiesFotos = async (files: FileList | null) => {
    setFotoFout(null);
    const gekozen = [...(files ?? [])].slice(0, 3);
    if ((files?.length ?? 0) > 3) setFotoFout(t('melden.fotosMax'));
    const te = gekozen.find((f) => f.size > 5 * 1024 * 1024);
    if (te) {
      setFotoFout(t('melden.fotoTeGroot', { naam: te.name }));
      return;
    }
    const gelezen = await Promise.all(
      gekozen.map(
        (f) =>
          new Promise<{ naam: string; data: string }>((resolve, reject) => {
            const r = new FileReader();
            r.onload = () => resolve({ naam: f.name, data: String(r.result) });
            r.onerror = () => reject(r.error);
            r.readAsDataURL(f);
          }),
      ),
    );
    setFotos(gelezen);
  };

  // Suggest a category while the resident types (debounced). It stays a suggestion: only her own choice,
  // or her click on "Ja, kies …", fills the answer, so the two are stored apart.
  useEffect(() => {
    if (omschrijving.trim().length < 15) return;
    const tm = setTimeout(() => {
      meldenApi.classificeer(omschrijving)
        .then((r) => {
          const top = r.suggesties[0];
          setSuggestie(top && top.score >= 0.4 ? top.categorie : null);
        })
        .catch(() => undefined);
    }, 400);
    return () => clearTimeout(tm);
  }, [omschrijving]);

  useEffect(() => {
    if (!mapEl.current || !config || klaar) return;
    const map = L.map(mapEl.current, { renderer: L.svg(), keyboard: true }).setView([config.kaart.centrum[0]!, config.kaart.centrum[1]!], 14);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('Buurtgrenzen: CBS/PDOK');
    achtergrondkaart(map, config.kaart, () => setZonderAchtergrond(true));
    void meldenApi.buurtGrenzen().then((fc) => {
      L.geoJSON(fc, { style: { color: '#00527a', weight: 1, fillOpacity: 0.05 }, interactive: false }).addTo(map);
    });
    kaart.current = map;
    map.on('click', (e: L.LeafletMouseEvent) => zetPin({ lon: rond(e.latlng.lng), lat: rond(e.latlng.lat) }));
    return () => {
      map.remove();
      kaart.current = null;
      marker.current = null;
    };
  }, [config, klaar]);

  // Warn before submitting when the same kind of problem was reported nearby.
  useEffect(() => {
    if (!pin || !categorie) {
      setBuurt(null);
      return;
    }
    meldenApi.inDeBuurt(pin, categorie)
      .then(setBuurt)
      .catch(() => setBuurt(null));
  }, [pin, categorie]);

  const naamVan = (code: string) => categorieen?.find((c) => c.code === code)?.naam ?? code;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBezig(true);
    setFout(null);
    setVelden({});
    const contact = naam || email || telefoon || toestemming ? { ...(naam ? { naam } : {}), ...(email ? { email } : {}), ...(telefoon ? { telefoon } : {}), toestemming } : undefined;
    try {
      const r = await meldenApi.meld({
        omschrijving,
        ...(categorie ? { categorie } : {}),
        locatie: geenLocatie ? null : pin,
        ...(adres ? { adres } : {}),
        ...(contact ? { contact } : {}),
        ...(fotos.length ? { fotos: fotos.map((f) => f.data) } : {}),
      });
      setKlaar(r);
    } catch (err) {
      setFout(errorText(err));
      if (err instanceof ApiError) setVelden(veldFouten(err.problem.fouten));
    } finally {
      setBezig(false);
    }
  };

  if (klaar) {
    return (
      <>
        <Heading1>{t('melden.bedankt')}</Heading1>
        <Alert type="ok">
          <Paragraph>
            {t('melden.ontvangen')} <strong data-testid="referentie">{klaar.referentie}</strong>.
          </Paragraph>
        </Alert>
        <Paragraph>
          {t('melden.bewaarLink')}{' '}
          <RouterLink className="utrecht-link" to={klaar.statusUrl} data-testid="statuslink">
            {t('melden.voortgang')}
          </RouterLink>
          .
        </Paragraph>
      </>
    );
  }

  const plekTekst = pin
    ? plekNaam
      ? plekNaam.adres && plekNaam.buurt
        ? t('melden.plekAdres', { adres: plekNaam.adres, buurt: plekNaam.buurt.naam })
        : plekNaam.buurt
          ? t('melden.plekBuurt', { buurt: plekNaam.buurt.naam })
          : t('melden.plekGekozen')
      : t('melden.plekZoeken')
    : geenLocatie
      ? t('melden.geenLocatieGekozen')
      : t('melden.geenPlekGekozen');
  const locatieOk = !!pin || geenLocatie;
  const klaarOmTeVersturen = omschrijving.trim().length >= 10 && locatieOk;
  return (
    <div className="bv-melden">
      <Heading1>{t('melden.titel')}</Heading1>
      <Paragraph lead>{t('melden.intro')}</Paragraph>
      <Fout tekst={fout} />
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="bv-form bv-form--breed">
        <Heading2>{t('melden.stap1')}</Heading2>
        <FormFieldTextarea
          label={t('melden.omschrijving')}
          description={t('melden.omschrijvingUitleg')}
          name="omschrijving"
          required
          rows={5}
          maxLength={5000}
          value={omschrijving}
          invalid={!!velden.omschrijving}
          errorMessage={velden.omschrijving}
          onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setOmschrijving(e.target.value)}
        />
        {categorieen && (
          <>
            <SelectField
              label={t('melden.onderwerp')}
              description={t('melden.onderwerpUitleg')}
              name="categorie"
              value={categorie}
              onChange={setCategorie}
              options={[{ value: '', label: t('melden.weetNiet') }, ...categorieen.map((c) => ({ value: c.code, label: c.naam }))]}
            />
            {suggestie && suggestie !== categorie && (
              <div className="bv-suggestie" aria-live="polite" data-testid="suggestie">
                <Paragraph>
                  {t('melden.suggestie', { naam: naamVan(suggestie) })} {categorie && t('melden.suggestieGekozen')}
                </Paragraph>
                {!categorie && (
                  <Button appearance="secondary-action-button" type="button" onClick={() => setCategorie(suggestie)}>
                    {t('melden.suggestieKiezen', { naam: naamVan(suggestie) })}
                  </Button>
                )}
              </div>
            )}
          </>
        )}
        <div className="utrecht-form-field">
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor="fotos">
              {t('melden.fotos')}
            </label>
          </div>
          <div className="utrecht-form-field__description" id="fotos-uitleg">
            {t('melden.fotosUitleg')}
          </div>
          <input
            id="fotos"
            name="fotos"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            multiple
            aria-describedby="fotos-uitleg"
            onChange={(e) => void kiesFotos(e.target.files)}
          />
          {fotos.length > 0 && <Paragraph>{t('melden.fotosGekozen', { namen: fotos.map((f) => f.naam).join(', ') })}</Paragraph>}
          {(fotoFout || velden.fotos || Object.keys(velden).some((k) => k.startsWith('fotos/'))) && (
            <Fout tekst={fotoFout ?? velden.fotos ?? Object.entries(velden).find(([k]) => k.startsWith('fotos/'))?.[1] ?? null} />
          )}
        </div>
        <Heading2>{t('melden.stap2')}</Heading2>
        <Paragraph id="kaart-uitleg">{t('melden.waarUitleg')}</Paragraph>
        <FormFieldTextbox
          label={t('melden.zoek')}
          description={t('melden.zoekUitleg')}
          name="adreszoeken"
          value={zoekterm}
          maxLength={100}
          autoComplete="off"
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => setZoekterm(e.target.value)}
        />
        {gevonden && (
          <div aria-live="polite">
            {gevonden.waarschuwing && <Paragraph className="bv-muted">{gevonden.waarschuwing}</Paragraph>}
            {gevonden.resultaten.length === 0 ? (
              <Paragraph>{t('melden.nietsGevonden')}</Paragraph>
            ) : (
              <ul className="bv-zoekresultaten" aria-label={t('melden.gevonden')}>
                {gevonden.resultaten.map((r) => (
                  <li key={`${r.soort}-${r.weergave}`}>
                    <Button appearance="subtle-button" type="button" onClick={() => kiesAdres(r)}>
                      {r.weergave}
                    </Button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        <div className="bv-knoppen">
          <Button appearance="secondary-action-button" type="button" onClick={mijnLocatie} disabled={geoBezig}>
            {geoBezig ? t('melden.locatieZoeken') : t('melden.mijnLocatie')}
          </Button>
        </div>
        <Fout tekst={geoFout} />
        {zonderAchtergrond && (
          <Alert type="warning">
            <Paragraph>{t('melden.achtergrondWeg')}</Paragraph>
          </Alert>
        )}
        <div className="bv-map bv-map--melden" ref={mapEl} role="region" aria-label={t('melden.kaart')} aria-describedby="kaart-uitleg kaart-toetsenbord" data-testid="meldkaart" />
        <Paragraph className="bv-muted" id="kaart-toetsenbord">
          {t('melden.kaartToetsenbord')}
        </Paragraph>
        <div className="bv-knoppen">
          <Button appearance="secondary-action-button" type="button" onClick={middenKiezen}>
            {t('melden.midden')}
          </Button>
        </div>
        <Paragraph aria-live="polite" data-testid="gekozen-plek">
          {plekTekst}
        </Paragraph>
        <Fout tekst={plekFout} />
        {plekNaam?.waarschuwing && <Paragraph className="bv-muted">{plekNaam.waarschuwing}</Paragraph>}
        {velden.locatie && <Fout tekst={velden.locatie} />}
        <FormFieldCheckbox
          label={t('melden.geenLocatie')}
          name="geenLocatie"
          checked={geenLocatie}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => {
            setGeenLocatie(e.target.checked);
            if (e.target.checked) {
              setPin(null);
              setPlekNaam(null);
              marker.current?.remove();
            }
          }}
        />
        <FormFieldTextbox
          label={t('melden.adres')}
          name="adres"
          value={adres}
          maxLength={200}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => {
            adresZelf.current = e.target.value !== '';
            setAdres(e.target.value);
          }}
        />
        {buurt && buurt.beschikbaar && buurt.aantal !== null && buurt.aantal > 0 && (
          <Alert type="info">
            <Paragraph data-testid="al-gemeld">
              {buurt.aantal === 1
                ? t('melden.alGemeld1', { buurt: buurt.gebied.naam, dagen: buurt.dagen ?? '' })
                : t('melden.alGemeldN', { buurt: buurt.gebied.naam, aantal: buurt.aantal, dagen: buurt.dagen ?? '' })}
            </Paragraph>
          </Alert>
        )}
        <Heading2>{t('melden.stap3')}</Heading2>
        <Paragraph>{t('melden.anoniem')}</Paragraph>
        <FormFieldTextbox label={t('melden.naam')} name="naam" autoComplete="name" value={naam} maxLength={200} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setNaam(e.target.value)} />
        <FormFieldTextbox
          label={t('melden.email')}
          name="email"
          type="email"
          autoComplete="email"
          value={email}
          invalid={!!velden['contact/email']}
          errorMessage={velden['contact/email']}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => setEmail(e.target.value)}
        />
        <FormFieldTextbox label={t('melden.telefoon')} name="telefoon" type="tel" autoComplete="tel" value={telefoon} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setTelefoon(e.target.value)} />
        <FormFieldCheckbox
          label={t('melden.toestemming')}
          name="toestemming"
          checked={toestemming}
          invalid={!!velden.contact}
          errorMessage={velden.contact}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => setToestemming(e.target.checked)}
        />
        <Paragraph>{t('melden.privacy')}</Paragraph>
        <Button appearance="primary-action-button" type="submit" disabled={bezig || !klaarOmTeVersturen}>
          {bezig ? t('melden.bezig') : t('melden.versturen')}
        </Button>
        {!klaarOmTeVersturen && <Paragraph className="bv-muted">{t('melden.nogNiet')}</Paragraph>}
      </form>
    </div>
  );
}
