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
import { Fout } from '../../components/Fout.tsx';
import { SelectField } from '../../components/Form.tsx';
import { errorText, useApiGet } from '../../lib/useApi.ts';
import * as casussenApi from './api.ts';
import type { CasusDetail, Casustypen, Organisaties } from './api.ts';
import { PlekKaart } from '../../components/PlekKaart.tsx';
import { useSession } from '../../lib/session.tsx';

type Zaak = CasusDetail;

/** Who sees a dossier line, in words (B1). */
function zichtbaarVoor(z: Zaak['dossier'][number]['zichtbaarheid'], organisaties: Map<string, string>): string {
  if (z.soort === 'intern') return 'alleen het eigen team';
  if (z.soort === 'leden') return 'alle leden, ook partners';
  if (z.soort === 'organisatie') return `team en ${organisaties.get(z.voor ?? '') ?? z.voor}`;
  return `alleen rol ${z.voor}`;
}

/** Break-glass: a named role may read a casus it is not a member of, with a reason the FG sees. */
function Doorbreken({ id, fout, onGelezen }: { id: string; fout: string; onGelezen: (z: Zaak) => void }) {
  const [reden, setReden] = useState('');
  const [mislukt, setMislukt] = useState<string | null>(null);
  return (
    <>
      <Fout tekst={fout} />
      <Sectie titel="Toch inzien (break-glass)">
        <Paragraph>
          U bent geen lid van deze casus. Alleen als het echt nodig is (bijvoorbeeld bij afwezigheid van de casushouder) mag u de casus
          alleen-lezen inzien. Uw reden wordt vastgelegd en gemeld aan de functionaris gegevensbescherming.
        </Paragraph>
        <form
          className="bv-form"
          onSubmit={(e) => {
            e.preventDefault();
            setMislukt(null);
            casussenApi.doorbreken(id, reden).then(onGelezen, (err: unknown) => setMislukt(errorText(err)));
          }}
        >
          <FormFieldTextarea label="Reden (minstens 10 tekens)" name="doorbraakReden" rows={2} value={reden} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setReden(e.target.value)} />
          <Button appearance="secondary-action-button" type="submit" disabled={reden.trim().length < 10}>
            Inzien en vastleggen
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
  const { id = '' } = useParams();
  const { data: gelezen, fout, opnieuw } = useApiGet<Zaak>(casussenApi.pad.detail(id));
  const [doorbraak, setDoorbraak] = useState<Zaak | null>(null);
  const { can } = useSession();
  const z = gelezen ?? doorbraak;
  const { data: cat } = useApiGet<Casustypen>(casussenApi.pad.casustypen);
  const { data: organisaties } = useApiGet<Organisaties>(casussenApi.pad.organisaties);
  const [melding, setMelding] = useState<{ ok: boolean; tekst: string } | null>(null);
  const [dossier, setDossier] = useState({ soort: 'logboek', titel: '', tekst: '', zichtbaar: '' });
  const [einde, setEinde] = useState({ lidId: '', reden: '' });
  const [nieuwLid, setNieuwLid] = useState({ wie: '', rol: 'lid' });
  const [betrokkene, setBetrokkene] = useState({ rol: 'overlastgever', naam: '', adres: '', doel: '' });
  const { data: collegas } = useApiGet<casussenApi.Collegas>(can('meldingen:lezen') ? casussenApi.pad.collegas : null);
  const [taak, setTaak] = useState({ organisatie: '', titel: '', omschrijving: '' });
  const [besluit, setBesluit] = useState({ besluittype: '', datum: vandaag(), toelichting: '', begunstigingstermijnDagen: '' });
  const [afsluiten, setAfsluiten] = useState({ resultaat: '', toelichting: '' });

  const doe = (f: () => Promise<unknown>, tekst: string) => async (e?: FormEvent) => {
    e?.preventDefault();
    setMelding(null);
    try {
      await f();
      setMelding({ ok: true, tekst });
      opnieuw();
    } catch (err) {
      setMelding({ ok: false, tekst: errorText(err) });
    }
  };

  if (fout && !doorbraak) return can('casussen:doorbreken') ? <Doorbreken id={id} fout={fout} onGelezen={setDoorbraak} /> : <Fout tekst={fout} />;
  if (!z || !cat) return <Paragraph>Bezig met laden…</Paragraph>;
  const volledig = z.toegang === 'volledig' && !z.einddatum && !z.alleenLezen;
  const orgNamen = new Map((organisaties ?? []).map((o) => [o.code, o.naam]));
  const ledenOrganisaties = z.leden.filter((l) => l.organisatie && l.tot === null && !l.gebruikerId);
  const zichtbaarheidInvoer = () => {
    if (!dossier.zichtbaar) return undefined;
    const [soort, voor] = dossier.zichtbaar.split(':') as ['intern' | 'leden' | 'organisatie', string | undefined];
    return voor ? { soort, voor } : { soort };
  };
  const resultaten = cat.zaaktypen.find((t) => t.code === z.zaaktype)?.resultaattypen ?? [];
  // Closing is offered only where the case-type config allows the end step from the current status.
  const afsluitStap = z.volgendeStappen.find((s) => s.eind);
  const gekozenBesluit = cat.besluittypen.find((b) => b.code === besluit.besluittype);

  return (
    <>
      <Heading1>
        {z.zaaktypeNaam}: {z.identificatie}
      </Heading1>
      <Paragraph lead>{z.omschrijving}</Paragraph>
      <div aria-live="polite">
        {melding?.ok && (
          <Alert type="ok">
            <Paragraph>{melding.tekst}</Paragraph>
          </Alert>
        )}
      </div>
      {melding && !melding.ok && <Fout tekst={melding.tekst} />}
      <dl className="bv-facts">
        <dt>Stap</dt>
        <dd data-testid="casus-stap">{z.einddatum ? `Afgesloten op ${z.einddatum}` : z.statusNaam}</dd>
        <dt>Casushouder</dt>
        <dd>{z.casushouder ?? '–'}</dd>
        <dt>Streefdatum</dt>
        <dd>{z.streefdatum}</dd>
        {z.resultaat && (
          <>
            <dt>Resultaat</dt>
            <dd>
              {resultaten.find((r) => r.code === z.resultaat)?.naam ?? z.resultaat} (archief: {z.archiefactiedatum})
            </dd>
          </>
        )}
        {z.toegang === 'partner' && (
          <>
            <dt>Uw toegang</dt>
            <dd>Als partner ziet u alleen uw eigen taken en de dossierregels die met u zijn gedeeld.</dd>
          </>
        )}
      </dl>
      {z.alleenLezen && !z.doorbraak && (
        <Alert type="warning">
          <Paragraph>Uw lidmaatschap is beëindigd{z.lidTot ? ` op ${new Date(z.lidTot).toLocaleString('nl-NL')}` : ''}. U ziet alleen wat tot dan is vastgelegd, en kunt niets meer wijzigen.</Paragraph>
        </Alert>
      )}
      {z.doorbraak && (
        <Alert type="warning">
          <Paragraph>U ziet deze casus via break-glass, alleen-lezen. Dit is vastgelegd in de verwerkingenlog en gemeld aan de FG.</Paragraph>
        </Alert>
      )}

      {z.buurtCode && <PlekKaart punt={null} buurtCode={z.buurtCode} label={`Kaart van de buurt van casus ${z.identificatie}`} />}
      {z.meldingen.length > 0 && (
        <Sectie titel="Meldingen in deze casus">
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
        <Sectie titel="Betrokkenen">
          <Paragraph className="bv-muted">
            Alleen de gegevens die voor de aanpak nodig zijn, met het doel erbij. Wie de casus mag zien, ziet ook dit; het inzien en toevoegen staat in de verwerkingenlog.
          </Paragraph>
          {z.betrokkenen.length === 0 ? (
            <Paragraph>Nog geen betrokkenen vastgelegd.</Paragraph>
          ) : (
            <ul data-testid="casus-betrokkenen">
              {z.betrokkenen.map((b) => (
                <li key={b.id}>
                  <strong>{b.rol}</strong>: {b.naam ?? 'naam onbekend'}
                  {b.adres ? `, ${b.adres}` : ''} <span className="bv-muted">(doel: {b.doel})</span>
                </li>
              ))}
            </ul>
          )}
          {volledig && (
            <form
              className="bv-form"
              onSubmit={(e) =>
                void doe(
                  () => casussenApi.betrokkeneToevoegen(id, { rol: betrokkene.rol as 'overlastgever', doel: betrokkene.doel, ...(betrokkene.naam ? { naam: betrokkene.naam } : {}), ...(betrokkene.adres ? { adres: betrokkene.adres } : {}) }),
                  'De betrokkene is vastgelegd.',
                )(e).then(() => setBetrokkene({ rol: 'overlastgever', naam: '', adres: '', doel: '' }))
              }
            >
              <SelectField
                label="Rol van de betrokkene"
                value={betrokkene.rol}
                onChange={(v) => setBetrokkene({ ...betrokkene, rol: v })}
                options={['overlastgever', 'melder', 'slachtoffer', 'verhuurder', 'bewoner', 'betrokkene'].map((r) => ({ value: r, label: r }))}
              />
              <FormFieldTextbox label="Naam (niet verplicht)" name="betrokkene-naam" value={betrokkene.naam} maxLength={200} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setBetrokkene({ ...betrokkene, naam: e.target.value })} />
              <FormFieldTextbox label="Adres (niet verplicht)" name="betrokkene-adres" value={betrokkene.adres} maxLength={300} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setBetrokkene({ ...betrokkene, adres: e.target.value })} />
              <FormFieldTextbox
                label="Waarvoor zijn deze gegevens nodig?"
                name="betrokkene-doel"
                value={betrokkene.doel}
                maxLength={300}
                onChange={(e: React.ChangeEvent<HTMLInputElement>) => setBetrokkene({ ...betrokkene, doel: e.target.value })}
              />
              <Button appearance="primary-action-button" type="submit" disabled={betrokkene.doel.trim().length < 3 || (!betrokkene.naam && !betrokkene.adres)}>
                Betrokkene vastleggen
              </Button>
            </form>
          )}
        </Sectie>
      )}
      {volledig && (
        <Sectie titel="Lid toevoegen">
          <form
            className="bv-form"
            onSubmit={(e) => {
              const [soort, waarde] = nieuwLid.wie.split(':') as ['gebruiker' | 'organisatie', string];
              void doe(
                () => casussenApi.lidToevoegen(id, soort === 'gebruiker' ? { gebruikerId: waarde, rol: nieuwLid.rol as 'lid' } : { organisatie: waarde, rol: 'partner' }),
                'Het lid is toegevoegd.',
              )(e).then(() => setNieuwLid({ wie: '', rol: 'lid' }));
            }}
          >
            <SelectField
              label="Wie wordt lid?"
              value={nieuwLid.wie}
              onChange={(v) => setNieuwLid({ ...nieuwLid, wie: v, rol: v.startsWith('organisatie:') ? 'partner' : nieuwLid.rol === 'partner' ? 'lid' : nieuwLid.rol })}
              options={[
                { value: '', label: 'Kies een collega of een organisatie' },
                ...(collegas ?? []).filter((c) => !z.leden.some((l) => l.gebruikerId === c.id && l.tot === null)).map((c) => ({ value: `gebruiker:${c.id}`, label: `${c.naam} (collega)` })),
                ...(organisaties ?? []).filter((o) => o.soort !== 'gemeente').map((o) => ({ value: `organisatie:${o.code}`, label: `${o.naam} (organisatie)` })),
              ]}
            />
            {nieuwLid.wie.startsWith('gebruiker:') && (
              <SelectField
                label="Rol in de casus"
                value={nieuwLid.rol}
                onChange={(v) => setNieuwLid({ ...nieuwLid, rol: v })}
                options={[
                  { value: 'lid', label: 'Lid (kijkt mee en werkt mee)' },
                  { value: 'casushouder', label: 'Casushouder' },
                ]}
              />
            )}
            <Button appearance="primary-action-button" type="submit" disabled={!nieuwLid.wie}>
              Lid toevoegen
            </Button>
          </form>
        </Sectie>
      )}
      {z.toegang === 'volledig' && z.leden.length > 0 && (
        <Sectie titel="Leden">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Naam</TableHeaderCell>
                <TableHeaderCell scope="col">Rol</TableHeaderCell>
                <TableHeaderCell scope="col">Sinds</TableHeaderCell>
                <TableHeaderCell scope="col">Tot</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {z.leden.map((l) => (
                <TableRow key={l.id}>
                  <TableCell>{l.naam}</TableCell>
                  <TableCell>{l.rol}</TableCell>
                  <TableCell>{new Date(l.van).toLocaleDateString('nl-NL')}</TableCell>
                  <TableCell>{l.tot ? `${new Date(l.tot).toLocaleDateString('nl-NL')} (${l.eindeReden ?? ''})` : '–'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {volledig && z.leden.some((l) => l.tot === null && l.rol !== 'casushouder') && (
            <form className="bv-form" onSubmit={(e) => void doe(() => casussenApi.lidmaatschapBeeindigen(id, einde.lidId, einde.reden), 'Lidmaatschap beëindigd.')(e)}>
              <SelectField
                label="Lidmaatschap beëindigen"
                value={einde.lidId}
                onChange={(v) => setEinde({ ...einde, lidId: v })}
                options={[{ value: '', label: 'Kies een lid' }, ...z.leden.filter((l) => l.tot === null && l.rol !== 'casushouder').map((l) => ({ value: l.id, label: `${l.naam} (${l.rol})` }))]}
              />
              <FormFieldTextbox label="Reden" name="eindeReden" value={einde.reden} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setEinde({ ...einde, reden: e.target.value })} />
              <Button appearance="secondary-action-button" type="submit" disabled={!einde.lidId || !einde.reden.trim()}>
                Beëindigen
              </Button>
            </form>
          )}
        </Sectie>
      )}

      {volledig && (
        <Sectie titel="Volgende stap">
          <UnorderedList>
            {z.volgendeStappen.filter((s) => !s.eind).map((s) => (
              <UnorderedListItem key={s.naar}>
                <strong>{s.naam}</strong>
                {s.ontbreekt.length === 0 ? (
                  <>
                    {' '}
                    <Button appearance="secondary-action-button" onClick={() => void doe(() => casussenApi.stapZetten(id, s.naar), `Stap gezet: ${s.naam}.`)()}>
                      Naar deze stap
                    </Button>
                  </>
                ) : (
                  <UnorderedList>
                    {s.ontbreekt.map((o) => (
                      <UnorderedListItem key={o}>Nog nodig: {o}</UnorderedListItem>
                    ))}
                  </UnorderedList>
                )}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </Sectie>
      )}

      {volledig && (
        <Sectie titel="Dossier aanvullen">
          <form className="bv-form" onSubmit={(e) => void doe(() => casussenApi.dossierToevoegen(id, { soort: dossier.soort, titel: dossier.titel, tekst: dossier.tekst || undefined, zichtbaarheid: zichtbaarheidInvoer() }), 'Toegevoegd aan het dossier.')(e)}>
            <SelectField label="Soort" value={dossier.soort} onChange={(v) => setDossier({ ...dossier, soort: v })} options={cat.dossiersoorten.map((d) => ({ value: d.code, label: d.naam }))} />
            <FormFieldTextbox label="Titel" name="dossierTitel" value={dossier.titel} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setDossier({ ...dossier, titel: e.target.value })} />
            <FormFieldTextarea label="Tekst" name="dossierTekst" rows={3} value={dossier.tekst} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setDossier({ ...dossier, tekst: e.target.value })} />
            <SelectField
              label="Zichtbaar voor"
              value={dossier.zichtbaar}
              onChange={(v) => setDossier({ ...dossier, zichtbaar: v })}
              options={[
                { value: '', label: 'Standaard voor deze soort' },
                { value: 'intern', label: 'Alleen het eigen team' },
                { value: 'leden', label: 'Alle leden, ook partners' },
                ...ledenOrganisaties.map((l) => ({ value: `organisatie:${l.organisatie}`, label: `Team en ${l.naam}` })),
              ]}
            />
            <Button appearance="secondary-action-button" type="submit" disabled={!dossier.titel}>
              Toevoegen
            </Button>
          </form>
        </Sectie>
      )}

      <Sectie titel="Taken bij partners">
        {z.taken.length > 0 ? (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Partner</TableHeaderCell>
                <TableHeaderCell scope="col">Taak</TableHeaderCell>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
                <TableHeaderCell scope="col">Uiterlijk</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {z.taken.map((t) => (
                <TableRow key={t.id}>
                  <TableCell>{t.organisatieNaam}</TableCell>
                  <TableCell>{t.titel}</TableCell>
                  <TableCell data-testid="taak-status">
                    {t.status}
                    {t.uitkomst ? `: ${t.uitkomst}` : ''}
                  </TableCell>
                  <TableCell>{t.deadline}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <Paragraph>Nog geen taken.</Paragraph>
        )}
        {volledig && organisaties && (
          <form className="bv-form" onSubmit={(e) => void doe(() => casussenApi.taakDoorzetten(id, taak), 'De taak is doorgezet.')(e)}>
            <SelectField
              label="Doorverwijzen naar"
              value={taak.organisatie}
              onChange={(v) => setTaak({ ...taak, organisatie: v })}
              options={[{ value: '', label: 'Kies een organisatie' }, ...organisaties.map((o) => ({ value: o.code, label: o.naam }))]}
            />
            <FormFieldTextbox label="Wat moet er gebeuren?" name="taakTitel" value={taak.titel} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setTaak({ ...taak, titel: e.target.value })} />
            <FormFieldTextarea label="Toelichting bij de taak" name="taakOmschrijving" rows={2} value={taak.omschrijving} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setTaak({ ...taak, omschrijving: e.target.value })} />
            <Button appearance="secondary-action-button" type="submit" disabled={!taak.organisatie || !taak.titel || !taak.omschrijving}>
              Taak doorzetten
            </Button>
          </form>
        )}
      </Sectie>

      {z.toegang === 'volledig' && (
        <Sectie titel="Besluiten">
          {z.besluiten.length > 0 && (
            <UnorderedList>
              {z.besluiten.map((b) => (
                <UnorderedListItem key={b.id}>
                  {b.datum}: {b.naam}
                  {b.zienswijzeTot && ` · zienswijze tot ${b.zienswijzeTot}`}
                  {b.bezwaarTot && ` · bezwaar tot ${b.bezwaarTot}`}
                  {b.begunstigingstermijnTot && ` · begunstigingstermijn tot ${b.begunstigingstermijnTot}`}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
          {volledig && (
            <form
              className="bv-form"
              onSubmit={(e) =>
                void doe(
                  () =>
                    casussenApi.besluitVastleggen(id, {
                      besluittype: besluit.besluittype,
                      datum: besluit.datum,
                      toelichting: besluit.toelichting,
                      ...(besluit.begunstigingstermijnDagen ? { begunstigingstermijnDagen: Number(besluit.begunstigingstermijnDagen) } : {}),
                    }),
                  'Het besluit is vastgelegd.',
                )(e)
              }
            >
              <SelectField label="Besluit" value={besluit.besluittype} onChange={(v) => setBesluit({ ...besluit, besluittype: v })} options={[{ value: '', label: 'Kies' }, ...cat.besluittypen.map((b) => ({ value: b.code, label: b.naam }))]} />
              <FormFieldTextbox label="Datum van het besluit" name="besluitDatum" type="date" value={besluit.datum} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setBesluit({ ...besluit, datum: e.target.value })} />
              {gekozenBesluit?.begunstigingstermijn && (
                <FormFieldTextbox
                  label="Begunstigingstermijn (dagen)"
                  name="begunstiging"
                  type="number"
                  min={1}
                  value={besluit.begunstigingstermijnDagen}
                  onChange={(e: React.ChangeEvent<HTMLInputElement>) => setBesluit({ ...besluit, begunstigingstermijnDagen: e.target.value })}
                />
              )}
              <FormFieldTextarea label="Toelichting bij het besluit" name="besluitToelichting" rows={2} value={besluit.toelichting} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setBesluit({ ...besluit, toelichting: e.target.value })} />
              <Button appearance="secondary-action-button" type="submit" disabled={!besluit.besluittype || !besluit.toelichting}>
                Besluit vastleggen
              </Button>
            </form>
          )}
        </Sectie>
      )}

      {volledig && afsluitStap && (
        <Sectie titel="Afsluiten">
          {afsluitStap.ontbreekt.length > 0 && (
            <UnorderedList>
              {afsluitStap.ontbreekt.map((o) => (
                <UnorderedListItem key={o}>{o}</UnorderedListItem>
              ))}
            </UnorderedList>
          )}
          <Paragraph className="bv-muted">
            Bij het afsluiten krijgen de melders van de gekoppelde meldingen de uitkomst in eenvoudige woorden, en de vraag hoe tevreden ze zijn.
          </Paragraph>
          <form className="bv-form" onSubmit={(e) => void doe(() => casussenApi.afsluiten(id, afsluiten), 'De casus is afgesloten.')(e)}>
            <SelectField label="Resultaat" value={afsluiten.resultaat} onChange={(v) => setAfsluiten({ ...afsluiten, resultaat: v })} options={[{ value: '', label: 'Kies' }, ...resultaten.map((r) => ({ value: r.code, label: r.naam }))]} />
            <FormFieldTextarea label="Toelichting bij het afsluiten" name="afsluitToelichting" rows={2} value={afsluiten.toelichting} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setAfsluiten({ ...afsluiten, toelichting: e.target.value })} />
            <Button appearance="primary-action-button" type="submit" disabled={!afsluiten.resultaat || !afsluiten.toelichting || afsluitStap.ontbreekt.length > 0}>
              Casus afsluiten
            </Button>
          </form>
        </Sectie>
      )}

      <Sectie titel="Dossier">
        <OrderedList reversed>
          {[...z.dossier].reverse().map((d) => (
            <OrderedListItem key={d.id}>
              <strong>{d.titel}</strong> <span className="bv-muted">({new Date(d.tijdstip).toLocaleString('nl-NL')}, {d.door}, zichtbaar voor {zichtbaarVoor(d.zichtbaarheid, orgNamen)})</span>
              {d.tekst && <div className="bv-pre">{d.tekst}</div>}
            </OrderedListItem>
          ))}
        </OrderedList>
      </Sectie>
    </>
  );
}
