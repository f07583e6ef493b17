import {
  Alert,
  Button,
  FormFieldTextarea,
  FormFieldTextbox,
  Heading1,
  Heading2,
  OrderedList,
  OrderedListItem,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { ActieUitkomst } from '../../components/ActieUitkomst.tsx';
import { Fout } from '../../components/Fout.tsx';
import { SelectField } from '../../components/Form.tsx';
import { PlekKaart } from '../../components/PlekKaart.tsx';
import { codeInWoorden, useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.tsx';
import { useActie } from '../../lib/useActie.ts';
import { errorText, useApiGet } from '../../lib/useApi.ts';
import * as casussenApi from './api.ts';
import type { CasusDetail, Casustypen, Organisaties } from './api.ts';

type Zaak = CasusDetail;
type Vertaal = ReturnType<typeof useI18n>['t'];

const BETROKKENE_ROLLEN = ['overlastgever', 'melder', 'slachtoffer', 'verhuurder', 'bewoner', 'betrokkene'] as const;

/** Who sees a dossier line, in words (B1). */
function zichtbaarVoor(t: Vertaal, z: Zaak['dossier'][number]['zichtbaarheid'], organisaties: Map<string, string>): string {
  if (z.soort === 'intern') return t('casus.zichtIntern');
  if (z.soort === 'leden') return t('casus.zichtLeden');
  if (z.soort === 'organisatie') return t('casus.zichtOrganisatie', { organisatie: organisaties.get(z.voor ?? '') ?? z.voor ?? '' });
  return t('casus.zichtRol', { rol: z.voor ?? '' });
}

/** Break-glass: a named role may read a casus it is not a member of, with a reason the FG sees. */
function Doorbreken({ id, fout, onGelezen }: { id: string; fout: string; onGelezen: (z: Zaak) => void }) {
  const { t } = useI18n();
  const [reden, setReden] = useState('');
  const [mislukt, setMislukt] = useState<string | null>(null);
  return (
    <>
      <Fout tekst={fout} />
      <Sectie titel={t('casus.doorbrekenTitel')}>
        <Paragraph>{t('casus.doorbrekenUitleg')}</Paragraph>
        <form
          className="bv-form"
          onSubmit={(e) => {
            e.preventDefault();
            setMislukt(null);
            casussenApi.doorbreken(id, reden).then(onGelezen, (err: unknown) => setMislukt(errorText(err)));
          }}
        >
          <FormFieldTextarea label={t('casus.doorbrekenReden')} name="doorbraakReden" rows={2} value={reden} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setReden(e.target.value)} />
          <Button appearance="secondary-action-button" type="submit" disabled={reden.trim().length < 10}>
            {t('casus.doorbrekenKnop')}
          </Button>
        </form>
        {mislukt && <Fout tekst={mislukt} />}
      </Sectie>
    </>
  );
}

const vandaag = () => new Date().toISOString().slice(0, 10);

function Sectie({ titel, children }: { titel: string; children: ReactNode }) {
  return (
    <section className="bv-section" aria-label={titel}>
      <Heading2>{titel}</Heading2>
      {children}
    </section>
  );
}

/** One casus: steps with the evidence they need, dossier, referrals, besluiten, closing. */
export function CasusPage() {
  const { t, taal } = useI18n();
  const { id = '' } = useParams();
  const { data: gelezen, fout, opnieuw } = useApiGet<Zaak>(casussenApi.pad.detail(id));
  const [doorbraak, setDoorbraak] = useState<Zaak | null>(null);
  const { can } = useSession();
  const z = gelezen ?? doorbraak;
  const { data: cat } = useApiGet<Casustypen>(casussenApi.pad.casustypen);
  const { data: organisaties } = useApiGet<Organisaties>(casussenApi.pad.organisaties);
  const actie = useActie(opnieuw);
  const [dossier, setDossier] = useState({ soort: 'logboek', titel: '', tekst: '', zichtbaar: '' });
  const [einde, setEinde] = useState({ lidId: '', reden: '' });
  const [nieuwLid, setNieuwLid] = useState({ wie: '', rol: 'lid' });
  const [betrokkene, setBetrokkene] = useState({ rol: 'overlastgever', naam: '', adres: '', doel: '' });
  const { data: collegas } = useApiGet<casussenApi.Collegas>(can('meldingen:lezen') ? casussenApi.pad.collegas : null);
  const [taak, setTaak] = useState({ organisatie: '', titel: '', omschrijving: '' });
  const [besluit, setBesluit] = useState({ besluittype: '', datum: vandaag(), toelichting: '', begunstigingstermijnDagen: '' });
  const [afsluiten, setAfsluiten] = useState({ resultaat: '', toelichting: '' });
  const locale = taal === 'en' ? 'en-GB' : 'nl-NL';
  const datum = (iso: string) => new Date(iso).toLocaleDateString(locale);

  /** Submits a form: runs the action and, when it worked, lets the form reset itself. */
  const verstuur = (f: () => Promise<unknown>, gelukt: string, reset?: () => void) => (e: FormEvent) => {
    e.preventDefault();
    void actie.doe(f, gelukt).then((ok) => ok && reset?.());
  };

  if (fout && !doorbraak) return can('casussen:doorbreken') ? <Doorbreken id={id} fout={fout} onGelezen={setDoorbraak} /> : <Fout tekst={fout} />;
  if (!z || !cat) return <Paragraph>{t('app.laden')}</Paragraph>;
  const volledig = z.toegang === 'volledig' && !z.einddatum && !z.alleenLezen;
  const orgNamen = new Map((organisaties ?? []).map((o) => [o.code, o.naam]));
  const ledenOrganisaties = z.leden.filter((l) => l.organisatie && l.tot === null && !l.gebruikerId);
  const zichtbaarheidInvoer = () => {
    if (!dossier.zichtbaar) return undefined;
    const [soort, voor] = dossier.zichtbaar.split(':') as ['intern' | 'leden' | 'organisatie', string | undefined];
    return voor ? { soort, voor } : { soort };
  };
  const resultaten = cat.zaaktypen.find((tp) => tp.code === z.zaaktype)?.resultaattypen ?? [];
  // Closing is offered only where the case-type config allows the end step from the current status.
  const afsluitStap = z.volgendeStappen.find((s) => s.eind);
  const gekozenBesluit = cat.besluittypen.find((b) => b.code === besluit.besluittype);
  const uitkomstNaam = (c: string) => cat.taakuitkomsten.find((u) => u.code === c)?.naam ?? c;

  return (
    <>
      <Heading1>
        {z.zaaktypeNaam}: {z.identificatie}
      </Heading1>
      <Paragraph lead>{z.omschrijving}</Paragraph>
      <ActieUitkomst gelukt={actie.gelukt} fout={actie.fout} />
      <dl className="bv-facts">
        <dt>{t('casus.stap')}</dt>
        <dd data-testid="casus-stap">{z.einddatum ? t('casus.afgeslotenOp', { datum: z.einddatum }) : z.statusNaam}</dd>
        <dt>{t('casus.casushouder')}</dt>
        <dd>{z.casushouder ?? '–'}</dd>
        <dt>{t('casus.streefdatum')}</dt>
        <dd>{z.streefdatum}</dd>
        {z.resultaat && (
          <>
            <dt>{t('casus.resultaat')}</dt>
            <dd>{t('casus.archief', { resultaat: resultaten.find((r) => r.code === z.resultaat)?.naam ?? z.resultaat, datum: z.archiefactiedatum ?? '–' })}</dd>
          </>
        )}
        {z.toegang === 'partner' && (
          <>
            <dt>{t('casus.uwToegang')}</dt>
            <dd>{t('casus.partnerToegang')}</dd>
          </>
        )}
      </dl>
      {z.alleenLezen && !z.doorbraak && (
        <Alert type="warning">
          <Paragraph>{z.lidTot ? t('casus.lidBeeindigdOp', { datum: new Date(z.lidTot).toLocaleString(locale) }) : t('casus.lidBeeindigd')}</Paragraph>
        </Alert>
      )}
      {z.doorbraak && (
        <Alert type="warning">
          <Paragraph>{t('casus.viaDoorbraak')}</Paragraph>
        </Alert>
      )}

      {z.buurtCode && <PlekKaart punt={null} buurtCode={z.buurtCode} label={t('casus.kaartLabel', { nummer: z.identificatie })} />}
      {z.meldingen.length > 0 && (
        <Sectie titel={t('casus.meldingen')}>
          <ul data-testid="casus-meldingen">
            {z.meldingen.map((m) => (
              <li key={m.id}>
                <RouterLink className="utrecht-link" to={`/meldingen/${m.id}`}>
                  {m.referentie}
                </RouterLink>{' '}
                · {m.categorieNaam} · {m.statusNaam}
              </li>
            ))}
          </ul>
        </Sectie>
      )}
      {z.toegang === 'volledig' && (
        <Sectie titel={t('casus.betrokkenen')}>
          <Paragraph className="bv-muted">{t('casus.betrokkenenUitleg')}</Paragraph>
          {z.betrokkenen.length === 0 ? (
            <Paragraph>{t('casus.geenBetrokkenen')}</Paragraph>
          ) : (
            <ul data-testid="casus-betrokkenen">
              {z.betrokkenen.map((b) => (
                <li key={b.id}>
                  <strong>{codeInWoorden(t, 'casus.rol', b.rol)}</strong>: {b.naam ?? t('casus.naamOnbekend')}
                  {b.adres ? `, ${b.adres}` : ''} <span className="bv-muted">({t('casus.doel', { doel: b.doel })})</span>
                </li>
              ))}
            </ul>
          )}
          {volledig && (
            <form
              className="bv-form"
              onSubmit={verstuur(
                () => casussenApi.betrokkeneToevoegen(id, { rol: betrokkene.rol as 'overlastgever', doel: betrokkene.doel, ...(betrokkene.naam ? { naam: betrokkene.naam } : {}), ...(betrokkene.adres ? { adres: betrokkene.adres } : {}) }),
                t('casus.betrokkeneVastgelegd'),
                () => setBetrokkene({ rol: 'overlastgever', naam: '', adres: '', doel: '' }),
              )}
            >
              <SelectField
                label={t('casus.rolBetrokkene')}
                value={betrokkene.rol}
                onChange={(v) => setBetrokkene({ ...betrokkene, rol: v })}
                options={BETROKKENE_ROLLEN.map((r) => ({ value: r, label: t(`casus.rol.${r}`) }))}
              />
              <FormFieldTextbox label={t('casus.naamNietVerplicht')} name="betrokkene-naam" value={betrokkene.naam} maxLength={200} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setBetrokkene({ ...betrokkene, naam: e.target.value })} />
              <FormFieldTextbox label={t('casus.adresNietVerplicht')} name="betrokkene-adres" value={betrokkene.adres} maxLength={300} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setBetrokkene({ ...betrokkene, adres: e.target.value })} />
              <FormFieldTextbox label={t('casus.waarvoor')} name="betrokkene-doel" value={betrokkene.doel} maxLength={300} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setBetrokkene({ ...betrokkene, doel: e.target.value })} />
              <Button appearance="primary-action-button" type="submit" disabled={betrokkene.doel.trim().length < 3 || (!betrokkene.naam && !betrokkene.adres)}>
                {t('casus.betrokkeneKnop')}
              </Button>
            </form>
          )}
        </Sectie>
      )}
      {volledig && (
        <Sectie titel={t('casus.lidToevoegen')}>
          <form
            className="bv-form"
            onSubmit={(e) => {
              const [soort, waarde] = nieuwLid.wie.split(':') as ['gebruiker' | 'organisatie', string];
              verstuur(
                () => casussenApi.lidToevoegen(id, soort === 'gebruiker' ? { gebruikerId: waarde, rol: nieuwLid.rol as 'lid' } : { organisatie: waarde, rol: 'partner' }),
                t('casus.lidToegevoegd'),
                () => setNieuwLid({ wie: '', rol: 'lid' }),
              )(e);
            }}
          >
            <SelectField
              label={t('casus.wieLid')}
              value={nieuwLid.wie}
              onChange={(v) => setNieuwLid({ ...nieuwLid, wie: v, rol: v.startsWith('organisatie:') ? 'partner' : nieuwLid.rol === 'partner' ? 'lid' : nieuwLid.rol })}
              options={[
                { value: '', label: t('casus.kiesWie') },
                ...(collegas ?? []).filter((c) => !z.leden.some((l) => l.gebruikerId === c.id && l.tot === null)).map((c) => ({ value: `gebruiker:${c.id}`, label: t('casus.collega', { naam: c.naam }) })),
                ...(organisaties ?? []).filter((o) => o.soort !== 'gemeente').map((o) => ({ value: `organisatie:${o.code}`, label: t('casus.organisatie', { naam: o.naam }) })),
              ]}
            />
            {nieuwLid.wie.startsWith('gebruiker:') && (
              <SelectField
                label={t('casus.rolInCasus')}
                value={nieuwLid.rol}
                onChange={(v) => setNieuwLid({ ...nieuwLid, rol: v })}
                options={[
                  { value: 'lid', label: t('casus.rolLid') },
                  { value: 'casushouder', label: t('casus.casushouder') },
                ]}
              />
            )}
            <Button appearance="primary-action-button" type="submit" disabled={!nieuwLid.wie}>
              {t('casus.lidToevoegen')}
            </Button>
          </form>
        </Sectie>
      )}
      {z.toegang === 'volledig' && z.leden.length > 0 && (
        <Sectie titel={t('casus.leden')}>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('casus.naam')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('casus.rol')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('casus.sinds')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('casus.tot')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {z.leden.map((l) => (
                <TableRow key={l.id}>
                  <TableCell>{l.naam}</TableCell>
                  <TableCell>{codeInWoorden(t, 'casus.lidrol', l.rol)}</TableCell>
                  <TableCell>{datum(l.van)}</TableCell>
                  <TableCell>{l.tot ? `${datum(l.tot)} (${l.eindeReden ?? ''})` : '–'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {volledig && z.leden.some((l) => l.tot === null && l.rol !== 'casushouder') && (
            <form className="bv-form" onSubmit={verstuur(() => casussenApi.lidmaatschapBeeindigen(id, einde.lidId, einde.reden), t('casus.lidBeeindigdMelding'), () => setEinde({ lidId: '', reden: '' }))}>
              <SelectField
                label={t('casus.lidBeeindigen')}
                value={einde.lidId}
                onChange={(v) => setEinde({ ...einde, lidId: v })}
                options={[{ value: '', label: t('casus.kiesLid') }, ...z.leden.filter((l) => l.tot === null && l.rol !== 'casushouder').map((l) => ({ value: l.id, label: `${l.naam} (${codeInWoorden(t, 'casus.lidrol', l.rol)})` }))]}
              />
              <FormFieldTextbox label={t('casus.reden')} name="eindeReden" value={einde.reden} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setEinde({ ...einde, reden: e.target.value })} />
              <Button appearance="secondary-action-button" type="submit" disabled={!einde.lidId || !einde.reden.trim()}>
                {t('casus.beeindigen')}
              </Button>
            </form>
          )}
        </Sectie>
      )}

      {volledig && (
        <Sectie titel={t('casus.volgendeStap')}>
          <UnorderedList>
            {z.volgendeStappen.filter((s) => !s.eind).map((s) => (
              <UnorderedListItem key={s.naar}>
                <strong>{s.naam}</strong>
                {s.ontbreekt.length === 0 ? (
                  <>
                    {' '}
                    <Button appearance="secondary-action-button" onClick={() => void actie.doe(() => casussenApi.stapZetten(id, s.naar), t('casus.stapGezet', { stap: s.naam }))}>
                      {t('casus.naarStap')}
                    </Button>
                  </>
                ) : (
                  <UnorderedList>
                    {s.ontbreekt.map((o) => (
                      <UnorderedListItem key={o}>{t('casus.nogNodig', { wat: o })}</UnorderedListItem>
                    ))}
                  </UnorderedList>
                )}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </Sectie>
      )}

      {volledig && (
        <Sectie titel={t('casus.dossierAanvullen')}>
          <form
            className="bv-form"
            onSubmit={verstuur(
              () => casussenApi.dossierToevoegen(id, { soort: dossier.soort, titel: dossier.titel, tekst: dossier.tekst || undefined, zichtbaarheid: zichtbaarheidInvoer() }),
              t('casus.toegevoegd'),
              () => setDossier({ ...dossier, titel: '', tekst: '' }),
            )}
          >
            <SelectField label={t('casus.soort')} value={dossier.soort} onChange={(v) => setDossier({ ...dossier, soort: v })} options={cat.dossiersoorten.map((d) => ({ value: d.code, label: d.naam }))} />
            <FormFieldTextbox label={t('casus.titel')} name="dossierTitel" value={dossier.titel} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setDossier({ ...dossier, titel: e.target.value })} />
            <FormFieldTextarea label={t('casus.tekst')} name="dossierTekst" rows={3} value={dossier.tekst} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setDossier({ ...dossier, tekst: e.target.value })} />
            <SelectField
              label={t('casus.zichtbaarVoor')}
              value={dossier.zichtbaar}
              onChange={(v) => setDossier({ ...dossier, zichtbaar: v })}
              options={[
                { value: '', label: t('casus.standaardZicht') },
                { value: 'intern', label: t('casus.optieIntern') },
                { value: 'leden', label: t('casus.optieLeden') },
                ...ledenOrganisaties.map((l) => ({ value: `organisatie:${l.organisatie}`, label: t('casus.optieOrganisatie', { organisatie: l.naam }) })),
              ]}
            />
            <Button appearance="secondary-action-button" type="submit" disabled={!dossier.titel}>
              {t('casus.toevoegen')}
            </Button>
          </form>
        </Sectie>
      )}

      <Sectie titel={t('casus.taken')}>
        {z.taken.length > 0 ? (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('casus.partner')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('casus.taak')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('casus.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('casus.uiterlijk')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {z.taken.map((tk) => (
                <TableRow key={tk.id}>
                  <TableCell>{tk.organisatieNaam}</TableCell>
                  <TableCell>{tk.titel}</TableCell>
                  <TableCell data-testid="taak-status">
                    {codeInWoorden(t, 'casus.taakstatus', tk.status)}
                    {tk.uitkomst ? `: ${uitkomstNaam(tk.uitkomst)}` : ''}
                  </TableCell>
                  <TableCell>{tk.deadline}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <Paragraph>{t('casus.geenTaken')}</Paragraph>
        )}
        {volledig && organisaties && (
          <form className="bv-form" onSubmit={verstuur(() => casussenApi.taakDoorzetten(id, taak), t('casus.taakDoorgezet'), () => setTaak({ organisatie: '', titel: '', omschrijving: '' }))}>
            <SelectField
              label={t('casus.doorverwijzen')}
              value={taak.organisatie}
              onChange={(v) => setTaak({ ...taak, organisatie: v })}
              options={[{ value: '', label: t('casus.kiesOrganisatie') }, ...organisaties.map((o) => ({ value: o.code, label: o.naam }))]}
            />
            <FormFieldTextbox label={t('casus.watMoet')} name="taakTitel" value={taak.titel} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setTaak({ ...taak, titel: e.target.value })} />
            <FormFieldTextarea label={t('casus.taakToelichting')} name="taakOmschrijving" rows={2} value={taak.omschrijving} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setTaak({ ...taak, omschrijving: e.target.value })} />
            <Button appearance="secondary-action-button" type="submit" disabled={!taak.organisatie || !taak.titel || !taak.omschrijving}>
              {t('casus.taakKnop')}
            </Button>
          </form>
        )}
      </Sectie>

      {z.toegang === 'volledig' && (
        <Sectie titel={t('casus.besluiten')}>
          {z.besluiten.length > 0 && (
            <UnorderedList>
              {z.besluiten.map((b) => (
                <UnorderedListItem key={b.id}>
                  {b.datum}: {b.naam}
                  {b.zienswijzeTot && ` · ${t('casus.zienswijzeTot', { datum: b.zienswijzeTot })}`}
                  {b.bezwaarTot && ` · ${t('casus.bezwaarTot', { datum: b.bezwaarTot })}`}
                  {b.begunstigingstermijnTot && ` · ${t('casus.begunstigingTot', { datum: b.begunstigingstermijnTot })}`}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
          {volledig && (
            <form
              className="bv-form"
              onSubmit={verstuur(
                () =>
                  casussenApi.besluitVastleggen(id, {
                    besluittype: besluit.besluittype,
                    datum: besluit.datum,
                    toelichting: besluit.toelichting,
                    ...(besluit.begunstigingstermijnDagen ? { begunstigingstermijnDagen: Number(besluit.begunstigingstermijnDagen) } : {}),
                  }),
                t('casus.besluitVastgelegd'),
                () => setBesluit({ besluittype: '', datum: vandaag(), toelichting: '', begunstigingstermijnDagen: '' }),
              )}
            >
              <SelectField label={t('casus.besluit')} value={besluit.besluittype} onChange={(v) => setBesluit({ ...besluit, besluittype: v })} options={[{ value: '', label: t('casus.kies') }, ...cat.besluittypen.map((b) => ({ value: b.code, label: b.naam }))]} />
              <FormFieldTextbox label={t('casus.besluitDatum')} name="besluitDatum" type="date" value={besluit.datum} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setBesluit({ ...besluit, datum: e.target.value })} />
              {gekozenBesluit?.begunstigingstermijn && (
                <FormFieldTextbox
                  label={t('casus.begunstiging')}
                  name="begunstiging"
                  type="number"
                  min={1}
                  value={besluit.begunstigingstermijnDagen}
                  onChange={(e: React.ChangeEvent<HTMLInputElement>) => setBesluit({ ...besluit, begunstigingstermijnDagen: e.target.value })}
                />
              )}
              <FormFieldTextarea label={t('casus.besluitToelichting')} name="besluitToelichting" rows={2} value={besluit.toelichting} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setBesluit({ ...besluit, toelichting: e.target.value })} />
              <Button appearance="secondary-action-button" type="submit" disabled={!besluit.besluittype || !besluit.toelichting}>
                {t('casus.besluitKnop')}
              </Button>
            </form>
          )}
        </Sectie>
      )}

      {volledig && afsluitStap && (
        <Sectie titel={t('casus.afsluiten')}>
          {afsluitStap.ontbreekt.length > 0 && (
            <UnorderedList>
              {afsluitStap.ontbreekt.map((o) => (
                <UnorderedListItem key={o}>{o}</UnorderedListItem>
              ))}
            </UnorderedList>
          )}
          <Paragraph className="bv-muted">{t('casus.afsluitenUitleg')}</Paragraph>
          <form className="bv-form" onSubmit={verstuur(() => casussenApi.afsluiten(id, afsluiten), t('casus.afgesloten'))}>
            <SelectField label={t('casus.resultaat')} value={afsluiten.resultaat} onChange={(v) => setAfsluiten({ ...afsluiten, resultaat: v })} options={[{ value: '', label: t('casus.kies') }, ...resultaten.map((r) => ({ value: r.code, label: r.naam }))]} />
            <FormFieldTextarea label={t('casus.afsluitToelichting')} name="afsluitToelichting" rows={2} value={afsluiten.toelichting} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setAfsluiten({ ...afsluiten, toelichting: e.target.value })} />
            <Button appearance="primary-action-button" type="submit" disabled={!afsluiten.resultaat || !afsluiten.toelichting || afsluitStap.ontbreekt.length > 0}>
              {t('casus.afsluitKnop')}
            </Button>
          </form>
        </Sectie>
      )}

      <Sectie titel={t('casus.dossier')}>
        <OrderedList reversed>
          {[...z.dossier].reverse().map((d) => (
            <OrderedListItem key={d.id}>
              <strong>{d.titel}</strong> <span className="bv-muted">{t('casus.dossierRegel', { tijd: new Date(d.tijdstip).toLocaleString(locale), door: d.door, wie: zichtbaarVoor(t, d.zichtbaarheid, orgNamen) })}</span>
              {d.tekst && <div className="bv-pre">{d.tekst}</div>}
            </OrderedListItem>
          ))}
        </OrderedList>
      </Sectie>
    </>
  );
}
