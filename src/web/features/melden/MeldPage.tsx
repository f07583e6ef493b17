import { Alert, Button, FormFieldCheckbox, FormFieldTextarea, FormFieldTextbox, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import { useSession } from '../../lib/session.tsx';
import { Fout } from '../../components/Fout.tsx';
import { SelectField, veldFouten } from '../../components/Form.tsx';
import { ApiError, type Antwoord } from '../../lib/api.ts';
import { useApiGet } from '../../lib/useApi.ts';
import * as meldenApi from './api.ts';




type AdresResultaat = Antwoord<'/api/adressen/zoek'>['resultaten'][number];
type InDeBuurt = Antwoord<'/api/meldingen/in-de-buurt'>;

/** The public form: no login, plain Dutch, a map pin or "geen locatie", optional contact details. */
export function MeldPage() {
  const { config } = useSession();
  const { data: categorieen } = useApiGet<Antwoord<'/api/meldingen/categorieen'>>(meldenApi.pad.categorieen);
  const [omschrijving, setOmschrijving] = useState('');
  const [categorie, setCategorie] = useState('');
  const [suggestie, setSuggestie] = useState<string | null>(null);
  const [pin, setPin] = useState<{ lon: number; lat: number } | null>(null);
  const [geenLocatie, setGeenLocatie] = useState(false);
  const [adres, setAdres] = useState('');
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
  const kaart = useRef<L.Map | null>(null);

  // Address search (local BAG extract, PDOK when configured, buurt names) while typing.
  useEffect(() => {
    if (zoekterm.trim().length < 2) {
      setGevonden(null);
      return;
    }
    const t = setTimeout(() => {
      meldenApi.zoekAdres(zoekterm.trim())
        .then(setGevonden)
        .catch(() => setGevonden(null));
    }, 300);
    return () => clearTimeout(t);
  }, [zoekterm]);

  const zetPin = (p: { lon: number; lat: number }) => {
    setPin(p);
    setGeenLocatie(false);
    marker.current?.remove();
    if (kaart.current) marker.current = L.circleMarker([p.lat, p.lon], { radius: 9, color: '#8a2b00', fillColor: '#f0a37a', fillOpacity: 0.9 }).addTo(kaart.current);
  };
  const kiesAdres = (r: AdresResultaat) => {
    zetPin({ lon: r.lon, lat: r.lat });
    kaart.current?.setView([r.lat, r.lon], r.soort === 'adres' ? 17 : 15);
    if (r.soort === 'adres') setAdres(r.weergave);
    setZoekterm('');
    setGevonden(null);
  };

  const kiesFotos = async (files: FileList | null) => {
    setFotoFout(null);
    const gekozen = [...(files ?? [])].slice(0, 3);
    if ((files?.length ?? 0) > 3) setFotoFout('U kunt maximaal 3 foto\'s toevoegen.');
    const te = gekozen.find((f) => f.size > 5 * 1024 * 1024);
    if (te) {
      setFotoFout(`De foto ${te.name} is groter dan 5 MB.`);
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
  const mapEl = useRef<HTMLDivElement>(null);
  const marker = useRef<L.CircleMarker | null>(null);

  // Suggest a category while the resident types (debounced); their own choice always wins.
  useEffect(() => {
    if (omschrijving.trim().length < 15) return;
    const t = setTimeout(() => {
      meldenApi.classificeer(omschrijving)
        .then((r) => {
          const top = r.suggesties[0];
          if (top && top.score >= 0.4) {
            setSuggestie(top.categorie);
            setCategorie((c) => c || top.categorie);
          }
        })
        .catch(() => undefined);
    }, 400);
    return () => clearTimeout(t);
  }, [omschrijving]);

  useEffect(() => {
    if (!mapEl.current || !config || klaar) return;
    const map = L.map(mapEl.current, { renderer: L.svg() }).setView([config.kaart.centrum[0]!, config.kaart.centrum[1]!], 14);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('Bron: CBS/PDOK');
    if (config.kaart.tileUrl) L.tileLayer(config.kaart.tileUrl, { attribution: config.kaart.tileAttributie ?? '' }).addTo(map);
    void meldenApi.buurtGrenzen().then((fc) => {
      L.geoJSON(fc, { style: { color: '#00527a', weight: 1, fillOpacity: 0.05 }, interactive: false }).addTo(map);
    });
    kaart.current = map;
    map.on('click', (e: L.LeafletMouseEvent) => zetPin({ lon: Math.round(e.latlng.lng * 1e6) / 1e6, lat: Math.round(e.latlng.lat * 1e6) / 1e6 }));
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
      if (err instanceof ApiError) {
        setFout(err.problem.detail ?? err.problem.title);
        setVelden(veldFouten(err.problem.fouten));
      } else setFout(String(err));
    } finally {
      setBezig(false);
    }
  };

  if (klaar) {
    return (
      <>
        <Heading1>Bedankt voor uw melding</Heading1>
        <Alert type="ok">
          <Paragraph>
            Uw melding is ontvangen. Het nummer is <strong data-testid="referentie">{klaar.referentie}</strong>.
          </Paragraph>
        </Alert>
        <Paragraph>
          Bewaar deze link. Hiermee ziet u hoe het met uw melding gaat:{' '}
          <RouterLink className="utrecht-link" to={klaar.statusUrl} data-testid="statuslink">
            bekijk de voortgang
          </RouterLink>
          .
        </Paragraph>
      </>
    );
  }

  const locatieOk = !!pin || geenLocatie;
  const klaarOmTeVersturen = omschrijving.trim().length >= 10 && locatieOk;
  return (
    <div className="bv-melden">
      <Heading1>Melding doen</Heading1>
      <Paragraph lead>Ziet of hoort u iets in uw buurt dat niet goed voelt? Meld het hier. U hoeft niet in te loggen. Bij gevaar belt u altijd 112.</Paragraph>
      <Fout tekst={fout} />
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="bv-form bv-form--breed">
        <Heading2>1. Wat is er aan de hand?</Heading2>
        <FormFieldTextarea
          label="Beschrijf wat er gebeurt"
          description="Wat ziet of hoort u? Wanneer gebeurt het? Noem geen namen van anderen als dat niet nodig is."
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
          <SelectField
            label="Over welk onderwerp gaat het?"
            description={suggestie ? `Wij denken: ${naamVan(suggestie)}. Klopt dat niet? Kies dan zelf.` : 'Kies het onderwerp dat het best past.'}
            name="categorie"
            value={categorie}
            onChange={setCategorie}
            options={[{ value: '', label: 'Weet ik niet' }, ...categorieen.map((c) => ({ value: c.code, label: c.naam }))]}
          />
        )}
        <div className="utrecht-form-field">
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor="fotos">
              Foto's (niet verplicht)
            </label>
          </div>
          <div className="utrecht-form-field__description" id="fotos-uitleg">
            Maximaal 3 foto's van elk tot 5 MB (JPEG, PNG of WebP). We verwijderen verborgen gegevens uit de foto, zoals de plek waar hij is gemaakt.
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
          {fotos.length > 0 && <Paragraph>Gekozen: {fotos.map((f) => f.naam).join(', ')}</Paragraph>}
          {(fotoFout || velden.fotos || Object.keys(velden).some((k) => k.startsWith('fotos/'))) && (
            <Fout tekst={fotoFout ?? velden.fotos ?? Object.entries(velden).find(([k]) => k.startsWith('fotos/'))?.[1] ?? null} />
          )}
        </div>
        <Heading2>2. Waar is het?</Heading2>
        <Paragraph id="kaart-uitleg">Zoek een adres of buurt, of klik op de kaart op de plek van het probleem. Of kies "Geen locatie".</Paragraph>
        <FormFieldTextbox
          label="Zoek een adres of buurt"
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
              <Paragraph>Niets gevonden. Klik dan op de kaart.</Paragraph>
            ) : (
              <ul className="bv-zoekresultaten" aria-label="Gevonden adressen en buurten">
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
        <div className="bv-map bv-map--melden" ref={mapEl} role="region" aria-label="Kaart om de plek aan te wijzen" aria-describedby="kaart-uitleg" data-testid="meldkaart" />
        <Paragraph aria-live="polite" data-testid="gekozen-plek">
          {pin ? `Gekozen plek: ${pin.lat.toFixed(5)}, ${pin.lon.toFixed(5)}` : geenLocatie ? 'U heeft gekozen voor geen locatie.' : 'Nog geen plek gekozen.'}
        </Paragraph>
        {velden.locatie && <Fout tekst={velden.locatie} />}
        <FormFieldCheckbox
          label="Geen locatie (bijvoorbeeld bij oplichting)"
          name="geenLocatie"
          checked={geenLocatie}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => {
            setGeenLocatie(e.target.checked);
            if (e.target.checked) setPin(null);
          }}
        />
        <FormFieldTextbox
          label="Adres of omschrijving van de plek (niet verplicht)"
          name="adres"
          value={adres}
          maxLength={200}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => setAdres(e.target.value)}
        />
        {buurt && buurt.beschikbaar && buurt.aantal !== null && buurt.aantal > 0 && (
          <Alert type="info">
            <Paragraph data-testid="al-gemeld">
              In {buurt.gebied.naam} {buurt.aantal === 1 ? 'is al een melding' : `zijn al ${buurt.aantal} meldingen`} over dit onderwerp gedaan in de laatste {buurt.dagen} dagen, die
              nog in behandeling {buurt.aantal === 1 ? 'is' : 'zijn'}. U kunt toch melden: dan weten we dat meer mensen er last van hebben.
            </Paragraph>
          </Alert>
        )}
        <Heading2>3. Wilt u iets van ons horen? (niet verplicht)</Heading2>
        <Paragraph>U mag anoniem melden. Geeft u een e-mailadres, dan sturen we u bericht over uw melding.</Paragraph>
        <FormFieldTextbox label="Naam" name="naam" autoComplete="name" value={naam} maxLength={200} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setNaam(e.target.value)} />
        <FormFieldTextbox
          label="E-mailadres"
          name="email"
          type="email"
          autoComplete="email"
          value={email}
          invalid={!!velden['contact/email']}
          errorMessage={velden['contact/email']}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => setEmail(e.target.value)}
        />
        <FormFieldTextbox label="Telefoonnummer" name="telefoon" type="tel" autoComplete="tel" value={telefoon} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setTelefoon(e.target.value)} />
        <FormFieldCheckbox
          label="U mag contact met mij opnemen over deze melding"
          name="toestemming"
          checked={toestemming}
          invalid={!!velden.contact}
          errorMessage={velden.contact}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => setToestemming(e.target.checked)}
        />
        <Paragraph>We gebruiken uw gegevens alleen om uw melding af te handelen, en verwijderen ze als dat niet meer nodig is.</Paragraph>
        <Button appearance="primary-action-button" type="submit" disabled={bezig || !klaarOmTeVersturen}>
          {bezig ? 'Bezig met versturen…' : 'Melding versturen'}
        </Button>
        {!klaarOmTeVersturen && <Paragraph className="bv-muted">Beschrijf het probleem (minstens 10 tekens) en kies een plek of "Geen locatie".</Paragraph>}
      </form>
    </div>
  );
}
