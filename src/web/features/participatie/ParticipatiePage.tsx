import { Button, FormFieldCheckbox, FormFieldTextarea, FormFieldTextbox, Heading1, Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState } from 'react';
import { ActieUitkomst } from '../../components/ActieUitkomst.tsx';
import { SelectField } from '../../components/Form.tsx';
import { KiesPlek } from '../../components/KiesPlek.tsx';
import { api, type Antwoord } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.tsx';
import { useActie } from '../../lib/useActie.ts';
import { useApiGet } from '../../lib/useApi.ts';
import { useBuurtNamen } from '../../lib/useBuurtNamen.ts';

type Catalogus = Antwoord<'/api/participatie/catalogus'>;
type Schouwen = Antwoord<'/api/participatie/schouwen'>;
type Groepen = Antwoord<'/api/participatie/buurtpreventie'>;
type Bijeenkomsten = Antwoord<'/api/participatie/bijeenkomsten'>;

const vandaag = () => new Date().toISOString().slice(0, 10);
const post = (url: string, body?: unknown) => api<unknown>(url, { method: 'POST', ...(body === undefined ? {} : { body }) });

const fotoAlsData = (f: File) =>
  new Promise<string>((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(f);
  });

/** Residents in the approach, per buurt: buurtschouwen with their points, buurtpreventie groups, and meetings. */
export function ParticipatiePage() {
  const { t } = useI18n();
  const { can } = useSession();
  const beheer = can('programma:beheren');
  const buurtNaam = useBuurtNamen();
  const [buurt, setBuurt] = useState('');
  const { data: cat } = useApiGet<Catalogus>('/api/participatie/catalogus');
  return (
    <>
      <Heading1>{t('part.titel')}</Heading1>
      <Paragraph>{t('part.intro')}</Paragraph>
      <div className="bv-form bv-filter">
        <SelectField label={t('part.buurt')} value={buurt} onChange={setBuurt} options={[{ value: '', label: t('part.kiesBuurt') }, ...[...buurtNaam].map(([c, n]) => ({ value: c, label: n }))]} />
      </div>
      {buurt && cat && <Schouwen buurt={buurt} cat={cat} beheer={beheer} />}
      {cat && <Groepen cat={cat} beheer={beheer} buurt={buurt} buurtNaam={buurtNaam} />}
      {buurt && cat && <Bijeenkomsten buurt={buurt} cat={cat} beheer={beheer} />}
    </>
  );
}

function Schouwen({ buurt, cat, beheer }: { buurt: string; cat: Catalogus; beheer: boolean }) {
  const { t } = useI18n();
  const lijst = useApiGet<Schouwen>(`/api/participatie/schouwen?buurt=${buurt}`);
  const actie = useActie(lijst.opnieuw);
  const [plan, setPlan] = useState({ datum: vandaag(), thema: 'Heel, schoon en veilig', deelnemers: '' });
  const [punt, setPunt] = useState<{ schouw: number; categorie: string; omschrijving: string; plek: { lon: number; lat: number } | null; foto: File | null }>({ schouw: 0, categorie: cat.schouwCategorieen[0]!.code, omschrijving: '', plek: null, foto: null });
  const [afronden, setAfronden] = useState<Record<number, { samenvatting: string; publiceren: boolean }>>({});
  const statusNaam = (c: string) => cat.schouwStatussen.find((s) => s.code === c)?.naam ?? c;
  return (
    <section className="bv-section" aria-labelledby="schouwen">
      <Heading2 id="schouwen">{t('part.schouwen')}</Heading2>
      <ActieUitkomst gelukt={actie.gelukt} fout={actie.fout ?? lijst.fout} />
      {lijst.data?.length === 0 && <Paragraph>{t('part.geenSchouwen')}</Paragraph>}
      {lijst.data?.map((s) => {
        const a = afronden[s.id] ?? { samenvatting: s.samenvatting ?? '', publiceren: s.gepubliceerd };
        return (
          <section key={s.id} className="bv-card" aria-labelledby={`schouw-${s.id}`} data-testid="schouw">
            <Heading3 id={`schouw-${s.id}`}>{t('part.schouwKop', { datum: s.datum, thema: s.thema, status: s.statusNaam })}</Heading3>
            {s.deelnemers.length > 0 && <Paragraph>{t('part.deelnemers', { wie: s.deelnemers.join(', ') })}</Paragraph>}
            <UnorderedList data-testid="schouwpunten">
              {s.punten.map((p) => (
                <UnorderedListItem key={p.id}>
                  {t('part.puntRegel', { categorie: p.categorieNaam, omschrijving: p.omschrijving, status: p.statusNaam })}
                  {p.melding && <span className="bv-muted"> · {t('part.melding', { referentie: p.melding.referentie })}</span>}
                </UnorderedListItem>
              ))}
            </UnorderedList>
            {beheer && s.punten.some((p) => !p.melding && p.status === cat.puntStatussen[0]!.code) && (
              <Button appearance="primary-action-button" onClick={() => void actie.doe(() => api<{ gemaakt: unknown[]; mislukt: { reden: string }[] }>(`/api/participatie/schouwen/${s.id}/meldingen`, { method: 'POST' }), (r) => t('part.meldingenGemaakt', { aantal: r.gemaakt.length }) + (r.mislukt.length ? ` ${t('part.meldingenMislukt', { aantal: r.mislukt.length, reden: r.mislukt.map((m) => m.reden).join('; ') })}` : ''))}>
                {t('part.naarMeldingen')}
              </Button>
            )}
            {beheer && s.volgendeStatussen.length > 0 && (
              <div className="bv-form">
                <FormFieldTextarea label={t('part.samenvatting')} name={`samenvatting-${s.id}`} rows={2} value={a.samenvatting} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setAfronden({ ...afronden, [s.id]: { ...a, samenvatting: e.target.value } })} />
                <FormFieldCheckbox id={`publiceren-${s.id}`} label={t('part.publiceren')} checked={a.publiceren} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setAfronden({ ...afronden, [s.id]: { ...a, publiceren: e.target.checked } })} />
                {s.volgendeStatussen.map((n) => (
                  <Button
                    key={n}
                    appearance="secondary-action-button"
                    onClick={() => void actie.doe(() => post(`/api/participatie/schouwen/${s.id}/status`, { status: n, gepubliceerd: a.publiceren, ...(a.samenvatting.trim().length >= 10 ? { samenvatting: a.samenvatting } : {}) }), t('part.statusGewijzigd'))}
                  >
                    {t('part.naarStatus', { status: statusNaam(n) })}
                  </Button>
                ))}
              </div>
            )}
          </section>
        );
      })}
      {beheer && lijst.data && lijst.data.some((s) => s.volgendeStatussen.length > 0) && (
        <form
          className="bv-form"
          onSubmit={(e) => {
            e.preventDefault();
            const schouw = punt.schouw || lijst.data!.find((s) => s.volgendeStatussen.length > 0)!.id;
            void actie
              .doe(
                async () =>
                  post(`/api/participatie/schouwen/${schouw}/punten`, { ...punt.plek!, categorie: punt.categorie, omschrijving: punt.omschrijving, ...(punt.foto ? { foto: await fotoAlsData(punt.foto) } : {}) }),
                t('part.puntOpgeslagen'),
              )
              .then((ok) => ok && setPunt({ ...punt, omschrijving: '', plek: null, foto: null }));
          }}
        >
          <Heading3>{t('part.nieuwPunt')}</Heading3>
          <SelectField label={t('part.categorie')} value={punt.categorie} onChange={(v) => setPunt({ ...punt, categorie: v })} options={cat.schouwCategorieen.map((c) => ({ value: c.code, label: c.naam }))} />
          <FormFieldTextarea label={t('part.omschrijving')} name="puntOmschrijving" rows={2} value={punt.omschrijving} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setPunt({ ...punt, omschrijving: e.target.value })} />
          <KiesPlek plek={punt.plek} onKies={(plek) => setPunt((p) => ({ ...p, plek }))} buurtCode={buurt} labels={{ kaart: t('part.kaart'), zoek: t('part.zoekPlek'), zoekKnop: t('part.zoek'), kies: (naam) => t('part.kies', { naam }) }} />
          <Paragraph data-testid="gekozen-plek">{punt.plek ? t('part.plekGekozen', { lon: punt.plek.lon, lat: punt.plek.lat }) : t('part.geenPlek')}</Paragraph>
          <label className="utrecht-form-label" htmlFor="punt-foto">
            {t('part.foto')}
          </label>
          <input id="punt-foto" type="file" accept="image/jpeg,image/png,image/webp" onChange={(e) => setPunt({ ...punt, foto: e.target.files?.[0] ?? null })} />
          <Button appearance="primary-action-button" type="submit" disabled={!punt.plek || punt.omschrijving.trim().length < 10}>
            {t('part.puntKnop')}
          </Button>
        </form>
      )}
      {beheer && (
        <form
          className="bv-form"
          onSubmit={(e) => {
            e.preventDefault();
            void actie.doe(() => post('/api/participatie/schouwen', { buurt, datum: plan.datum, thema: plan.thema, deelnemers: plan.deelnemers.split(',').map((x) => x.trim()).filter(Boolean) }), t('part.gepland'));
          }}
        >
          <Heading3>{t('part.planSchouw')}</Heading3>
          <FormFieldTextbox label={t('part.datum')} name="schouwDatum" type="date" value={plan.datum} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setPlan({ ...plan, datum: e.target.value })} />
          <FormFieldTextbox label={t('part.thema')} name="schouwThema" value={plan.thema} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setPlan({ ...plan, thema: e.target.value })} />
          <FormFieldTextbox label={t('part.deelnemersVeld')} name="schouwDeelnemers" value={plan.deelnemers} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setPlan({ ...plan, deelnemers: e.target.value })} />
          <Button appearance="secondary-action-button" type="submit" disabled={plan.thema.trim().length < 3}>
            {t('part.plannen')}
          </Button>
        </form>
      )}
    </section>
  );
}

function Groepen({ cat, beheer, buurt, buurtNaam }: { cat: Catalogus; beheer: boolean; buurt: string; buurtNaam: Map<string, string> }) {
  const { t } = useI18n();
  const lijst = useApiGet<Groepen>('/api/participatie/buurtpreventie');
  const actie = useActie(lijst.opnieuw);
  const [nieuw, setNieuw] = useState({ naam: '', coordinatorNaam: '', coordinatorContact: '', aantal: '' });
  const [reden, setReden] = useState<Record<number, string>>({});
  const [contact, setContact] = useState<Record<number, string>>({});
  const statusNaam = (c: string) => cat.groepStatussen.find((s) => s.code === c)?.naam ?? c;
  const zichtbaar = (lijst.data ?? []).filter((g) => !buurt || g.buurten.includes(buurt));
  return (
    <section className="bv-section" aria-labelledby="groepen">
      <Heading2 id="groepen">{t('part.groepen')}</Heading2>
      <Paragraph className="bv-muted">{t('part.groepUitleg', { doel: cat.contactDoel })}</Paragraph>
      <ActieUitkomst gelukt={actie.gelukt} fout={actie.fout ?? lijst.fout} />
      {lijst.data && zichtbaar.length === 0 && <Paragraph>{t('part.geenGroepen')}</Paragraph>}
      <UnorderedList data-testid="groepen">
        {zichtbaar.map((g) => (
          <UnorderedListItem key={g.id}>
            <strong>{t('part.groepRegel', { naam: g.naam, status: g.statusNaam, deelnemers: g.aantalDeelnemers ?? '?' })}</strong> <span className="bv-muted">({g.buurten.map((b) => buurtNaam.get(b) ?? b).join(', ')}{g.bordGeplaatst ? `; ${t('part.bord')}` : ''}{g.contactVerwijderdOp ? `; ${t('part.contactWeg')}` : ''})</span>
            {beheer && (
              <div className="bv-form bv-filter">
                {g.volgendeStatussen.map((n) => (
                  <Button key={n} appearance="secondary-action-button" onClick={() => void actie.doe(() => api(`/api/participatie/buurtpreventie/${g.id}`, { method: 'PATCH', body: { status: n } }), t('part.statusGewijzigd'))}>
                    {t('part.naarStatus', { status: statusNaam(n) })}
                  </Button>
                ))}
                {g.heeftContact && (
                  <>
                    <FormFieldTextbox label={t('part.reden')} name={`reden-${g.id}`} value={reden[g.id] ?? ''} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setReden({ ...reden, [g.id]: e.target.value })} />
                    <Button
                      appearance="subtle-button"
                      disabled={(reden[g.id] ?? '').trim().length < 5}
                      onClick={() =>
                        void actie.doe(async () => {
                          const c = await api<{ naam: string | null; contact: string | null }>(`/api/participatie/buurtpreventie/${g.id}/contact`, { method: 'POST', body: { reden: reden[g.id] } });
                          setContact({ ...contact, [g.id]: t('part.contactIs', { naam: c.naam ?? '–', contact: c.contact ?? '–' }) });
                        }, '')
                      }
                    >
                      {t('part.contactInzien')}
                    </Button>
                    {contact[g.id] && <span data-testid="groep-contact">{contact[g.id]}</span>}
                  </>
                )}
              </div>
            )}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      {beheer && buurt && (
        <form
          className="bv-form"
          onSubmit={(e) => {
            e.preventDefault();
            void actie
              .doe(
                () =>
                  post('/api/participatie/buurtpreventie', {
                    naam: nieuw.naam,
                    buurten: [buurt],
                    ...(nieuw.coordinatorNaam ? { coordinatorNaam: nieuw.coordinatorNaam } : {}),
                    ...(nieuw.coordinatorContact ? { coordinatorContact: nieuw.coordinatorContact } : {}),
                    ...(nieuw.aantal ? { aantalDeelnemers: Number(nieuw.aantal) } : {}),
                  }),
                t('part.geregistreerd'),
              )
              .then((ok) => ok && setNieuw({ naam: '', coordinatorNaam: '', coordinatorContact: '', aantal: '' }));
          }}
        >
          <Heading3>{t('part.nieuweGroep')}</Heading3>
          <FormFieldTextbox label={t('part.groepNaam')} name="groepNaam" value={nieuw.naam} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setNieuw({ ...nieuw, naam: e.target.value })} />
          <FormFieldTextbox label={t('part.coordinator')} name="groepCoordinator" value={nieuw.coordinatorNaam} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setNieuw({ ...nieuw, coordinatorNaam: e.target.value })} />
          <FormFieldTextbox label={t('part.contact')} name="groepContact" value={nieuw.coordinatorContact} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setNieuw({ ...nieuw, coordinatorContact: e.target.value })} />
          <FormFieldTextbox label={t('part.aantal')} name="groepAantal" type="number" min={0} max={256} value={nieuw.aantal} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setNieuw({ ...nieuw, aantal: e.target.value })} />
          <Button appearance="secondary-action-button" type="submit" disabled={nieuw.naam.trim().length < 3}>
            {t('part.registreren')}
          </Button>
        </form>
      )}
    </section>
  );
}

function Bijeenkomsten({ buurt, cat, beheer }: { buurt: string; cat: Catalogus; beheer: boolean }) {
  const { t } = useI18n();
  const lijst = useApiGet<Bijeenkomsten>(`/api/participatie/bijeenkomsten?buurt=${buurt}`);
  const { data: agenda } = useApiGet<Antwoord<'/api/programma/buurtagenda'>>(`/api/programma/buurtagenda?buurt=${buurt}`);
  const actie = useActie(lijst.opnieuw);
  const leeg = { soort: cat.bijeenkomstSoorten[0]!.code, datum: vandaag(), titel: '', aanwezig: '', opgehaald: '', vervolg: '', probleem: '', oorzakenBewoners: '', oorzakenPartners: '', optie1: '', effect1: '', optie2: '', effect2: '', aanpak: '', eigenaren: [] as string[], vervolgdatum: vandaag(), agendaPuntIds: [] as number[] };
  const [b, setB] = useState(leeg);
  const metAnalyse = cat.bijeenkomstSoorten.find((s) => s.code === b.soort)?.analyse === true;
  const veld = (k: keyof typeof leeg, label: string, rijen = 0) =>
    rijen ? (
      <FormFieldTextarea label={label} name={`bk-${k}`} rows={rijen} value={b[k] as string} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setB({ ...b, [k]: e.target.value })} />
    ) : (
      <FormFieldTextbox label={label} name={`bk-${k}`} value={b[k] as string} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setB({ ...b, [k]: e.target.value })} />
    );
  return (
    <section className="bv-section" aria-labelledby="bijeenkomsten">
      <Heading2 id="bijeenkomsten">{t('part.bijeenkomsten')}</Heading2>
      <ActieUitkomst gelukt={actie.gelukt} fout={actie.fout ?? lijst.fout} />
      {lijst.data?.length === 0 && <Paragraph>{t('part.geenBijeenkomsten')}</Paragraph>}
      <UnorderedList data-testid="bijeenkomsten">
        {lijst.data?.map((x) => (
          <UnorderedListItem key={x.id}>
            <strong>{t('part.bijeenkomstKop', { datum: x.datum, titel: x.titel, soort: x.soortNaam, aanwezig: x.aanwezig ?? '?' })}</strong>
            {x.opgehaald && <div>{x.opgehaald}</div>}
            {x.agendaPuntIds.length > 0 && <div className="bv-muted">{t('part.opAgenda', { punten: x.agendaPuntIds.map((id) => agenda?.find((a) => a.id === id)?.titel ?? `#${id}`).join(', ') })}</div>}
            {x.analyse && <div>{t('part.analyseRegel', { probleem: x.analyse.probleem, aanpak: x.analyse.gekozenAanpak, datum: x.analyse.vervolgdatum })}</div>}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      {beheer && (
        <form
          className="bv-form"
          onSubmit={(e) => {
            e.preventDefault();
            const opties = [
              { optie: b.optie1, verwachtEffect: b.effect1 },
              { optie: b.optie2, verwachtEffect: b.effect2 },
            ].filter((o) => o.optie.trim());
            void actie
              .doe(
                () =>
                  post('/api/participatie/bijeenkomsten', {
                    buurt,
                    datum: b.datum,
                    soort: b.soort,
                    titel: b.titel,
                    ...(b.aanwezig ? { aanwezig: Number(b.aanwezig) } : {}),
                    opgehaald: b.opgehaald,
                    vervolg: b.vervolg,
                    agendaPuntIds: b.agendaPuntIds,
                    ...(metAnalyse ? { analyse: { probleem: b.probleem, oorzakenBewoners: b.oorzakenBewoners, oorzakenPartners: b.oorzakenPartners, opties, gekozenAanpak: b.aanpak, eigenaren: b.eigenaren, vervolgdatum: b.vervolgdatum } } : {}),
                  }),
                t('part.vastgelegd'),
              )
              .then((ok) => ok && setB(leeg));
          }}
        >
          <Heading3>{t('part.nieuweBijeenkomst')}</Heading3>
          <SelectField label={t('part.soort')} value={b.soort} onChange={(v) => setB({ ...b, soort: v })} options={cat.bijeenkomstSoorten.map((s) => ({ value: s.code, label: s.naam }))} />
          <FormFieldTextbox label={t('part.datum')} name="bk-datum" type="date" value={b.datum} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setB({ ...b, datum: e.target.value })} />
          {veld('titel', t('part.titelVeld'))}
          <FormFieldTextbox label={t('part.aanwezig')} name="bk-aanwezig" type="number" min={0} value={b.aanwezig} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setB({ ...b, aanwezig: e.target.value })} />
          {veld('opgehaald', t('part.opgehaald'), 2)}
          {veld('vervolg', t('part.vervolg'), 2)}
          {(agenda ?? []).length > 0 && (
            <fieldset className="bv-fieldset">
              <legend>{t('part.agendaPunten')}</legend>
              {(agenda ?? []).map((a) => (
                <FormFieldCheckbox
                  key={a.id}
                  id={`bk-agenda-${a.id}`}
                  label={a.titel}
                  checked={b.agendaPuntIds.includes(a.id)}
                  onChange={(e: React.ChangeEvent<HTMLInputElement>) => setB({ ...b, agendaPuntIds: e.target.checked ? [...b.agendaPuntIds, a.id] : b.agendaPuntIds.filter((x) => x !== a.id) })}
                />
              ))}
            </fieldset>
          )}
          {metAnalyse && (
            <fieldset className="bv-fieldset">
              <legend>{t('part.analyse')}</legend>
              {veld('probleem', t('part.probleem'), 2)}
              {veld('oorzakenBewoners', t('part.oorzakenBewoners'), 2)}
              {veld('oorzakenPartners', t('part.oorzakenPartners'), 2)}
              {veld('optie1', t('part.optie', { n: 1 }))}
              {veld('effect1', t('part.effect', { n: 1 }))}
              {veld('optie2', t('part.optie', { n: 2 }))}
              {veld('effect2', t('part.effect', { n: 2 }))}
              {veld('aanpak', t('part.aanpak'), 2)}
              <fieldset className="bv-fieldset">
                <legend>{t('part.eigenaren')}</legend>
                {cat.organisaties.map((o) => (
                  <FormFieldCheckbox key={o.code} id={`eigenaar-${o.code}`} label={o.naam} checked={b.eigenaren.includes(o.code)} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setB({ ...b, eigenaren: e.target.checked ? [...b.eigenaren, o.code] : b.eigenaren.filter((x) => x !== o.code) })} />
                ))}
              </fieldset>
              <FormFieldTextbox label={t('part.vervolgdatum')} name="bk-vervolgdatum" type="date" value={b.vervolgdatum} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setB({ ...b, vervolgdatum: e.target.value })} />
            </fieldset>
          )}
          <Button appearance="secondary-action-button" type="submit" disabled={b.titel.trim().length < 3 || (metAnalyse && (!b.probleem || !b.optie1 || !b.aanpak || b.eigenaren.length === 0))}>
            {t('part.vastleggen')}
          </Button>
        </form>
      )}
    </section>
  );
}
