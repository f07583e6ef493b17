import { Alert, Button, FormFieldTextarea, FormFieldTextbox, Heading1, Heading2, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useSession } from '../../lib/session.tsx';
import { Fout } from '../../components/Fout.tsx';
import { SelectField } from '../../components/Form.tsx';
import { errorText, useApiGet } from '../../lib/useApi.ts';
import * as meldingenApi from './api.ts';
import type { Casustypen, Categorieen, MeldingDetail, Teams } from './api.ts';
import type { Antwoord } from '../../lib/api.ts';
import { PlekKaart } from '../../components/PlekKaart.tsx';
import { Link as RouterLink } from 'react-router';

type CasussenVan = Antwoord<'/api/casussen'>;

type Detail = MeldingDetail;

export function MeldingDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { can } = useSession();
  const { data: m, fout, opnieuw } = useApiGet<Detail>(meldingenApi.pad.detail(id));
  const { data: categorieen } = useApiGet<Categorieen>(meldingenApi.pad.categorieen);
  const { data: catalogus } = useApiGet<Casustypen>(meldingenApi.pad.casustypen);
  const { data: teams } = useApiGet<Teams>(meldingenApi.pad.teams);
  // The casussen this melding went into, as far as this user may see them (need-to-know decides, not the link).
  const { data: casussen } = useApiGet<CasussenVan>(can('casussen:lezen') ? `/api/casussen?melding=${encodeURIComponent(id)}&limit=10` : null);
  const [naar, setNaar] = useState('');
  const [reden, setReden] = useState('');
  const [nieuweCategorie, setNieuweCategorie] = useState('');
  const [zaaktype, setZaaktype] = useState('');
  const [zaakOmschrijving, setZaakOmschrijving] = useState('');
  const [actieFout, setActieFout] = useState<string | null>(null);
  const [gelukt, setGelukt] = useState<string | null>(null);
  const [contactDoel, setContactDoel] = useState('');
  const [contact, setContact] = useState<Awaited<ReturnType<typeof meldingenApi.contactInzien>> | null>(null);
  const mag = can('meldingen:beoordelen');

  const doe = async (f: () => Promise<unknown>, melding: string) => {
    setActieFout(null);
    setGelukt(null);
    try {
      await f();
      setGelukt(melding);
      opnieuw();
    } catch (err) {
      setActieFout(errorText(err));
    }
  };

  if (fout) return <Fout tekst={fout} />;
  if (!m) return <Paragraph>Bezig met laden…</Paragraph>;
  const categorieNaam = (c: string) => categorieen?.find((x) => x.code === c)?.naam ?? c;
  const teamNaam = (c: string) => teams?.find((x) => x.code === c)?.naam ?? c;

  const onStatus = (e: FormEvent) => {
    e.preventDefault();
    void doe(() => meldingenApi.statusZetten(id, { naar, ...(reden ? { reden } : {}) }), 'De status is gewijzigd.');
  };
  const onCasus = async (e: FormEvent) => {
    e.preventDefault();
    setActieFout(null);
    try {
      const z = await meldingenApi.casusMaken({ zaaktype, omschrijving: zaakOmschrijving || m.omschrijving.slice(0, 200), meldingIds: [id] });
      navigate(`/casussen/${z.id}`);
    } catch (err) {
      setActieFout(errorText(err));
    }
  };

  return (
    <>
      <Heading1>Melding {m.referentie}</Heading1>
      <div aria-live="polite">
        {gelukt && (
          <Alert type="ok">
            <Paragraph>{gelukt}</Paragraph>
          </Alert>
        )}
      </div>
      <Fout tekst={actieFout} />
      <dl className="bv-facts">
        <dt>Status</dt>
        <dd data-testid="melding-status">{m.statusNaam}</dd>
        <dt>Onderwerp</dt>
        <dd data-testid="melding-onderwerp">{categorieNaam(m.categorie)}</dd>
        <dt>Gekozen door de melder</dt>
        <dd data-testid="melding-keuze">{m.categorieMelder ? categorieNaam(m.categorieMelder) : 'Weet ik niet (niets gekozen)'}</dd>
        <dt>Voorstel van het systeem</dt>
        <dd data-testid="melding-suggestie">{m.suggestie ? `${categorieNaam(m.suggestie.categorie)} (zekerheid ${Math.round(m.suggestie.score * 100)} %)` : 'geen voorstel'}</dd>
        <dt>Team</dt>
        <dd data-testid="melding-team">
          {teamNaam(m.team)} <span className="bv-muted">(regel: {m.routeringsregel})</span>
        </dd>
        <dt>Plek</dt>
        <dd data-testid="melding-plek">
          {m.adres ?? (m.locatie ? 'geen adres bekend' : 'geen locatie')}
          {m.buurt && `, buurt ${m.buurt.naam ?? m.buurt.code}`}
        </dd>
        <dt>Uiterlijk klaar</dt>
        <dd>
          {m.deadline}
          {m.achterstallig && <strong className="bv-te-laat"> te laat</strong>}
        </dd>
        <dt>Kanaal</dt>
        <dd>{m.kanaal}</dd>
      </dl>
      <Heading2>Omschrijving</Heading2>
      <Paragraph className="bv-pre">{m.omschrijving}</Paragraph>
      <PlekKaart punt={m.locatie} buurtCode={m.buurt?.code ?? null} label={`Kaart van de plek van melding ${m.referentie}`} />
      {casussen && casussen.items.length > 0 && (
        <>
          <Heading2>Opgenomen in casus</Heading2>
          <ul data-testid="melding-casussen">
            {casussen.items.map((c) => (
              <li key={c.id}>
                <RouterLink className="utrecht-link" to={`/casussen/${c.id}`}>
                  {c.identificatie}
                </RouterLink>{' '}
                {c.zaaktypeNaam} · {c.statusNaam}
              </li>
            ))}
          </ul>
        </>
      )}
      {m.fotos.length > 0 && (
        <div className="bv-fotos">
          {m.fotos.map((f, i) => (
            <img key={f.id} src={`/api/meldingen/${id}/fotos/${f.id}`} width={Math.min(f.breedte, 320)} alt={`Foto ${i + 1} bij de melding`} />
          ))}
        </div>
      )}
      <Heading2>Melder</Heading2>
      {!m.contact.bekend && <Paragraph>Anoniem gemeld.</Paragraph>}
      {m.contact.bekend && !m.contact.magInzien && (
        <Paragraph>Contact bekend: ja (contact gewenst: {m.contact.toestemming ? 'ja' : 'nee'}). Alleen het team dat de melding behandelt, kan de gegevens inzien.</Paragraph>
      )}
      {m.contact.bekend && m.contact.magInzien && !contact && (
        <form
          className="bv-form"
          onSubmit={(e) => {
            e.preventDefault();
            void doe(async () => setContact(await meldingenApi.contactInzien(id, contactDoel)), 'Contactgegevens getoond; dit is vastgelegd.');
          }}
        >
          <FormFieldTextbox label="Waarvoor hebt u de contactgegevens nodig?" name="contactDoel" value={contactDoel} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setContactDoel(e.target.value)} />
          <Button appearance="secondary-action-button" type="submit" disabled={contactDoel.trim().length < 5}>
            Contactgegevens tonen
          </Button>
        </form>
      )}
      {contact && (
        <dl className="bv-facts">
          <dt>Naam</dt>
          <dd>{contact.naam ?? '–'}</dd>
          <dt>E-mail</dt>
          <dd>{contact.email ?? '–'}</dd>
          <dt>Telefoon</dt>
          <dd>{contact.telefoon ?? '–'}</dd>
          <dt>Contact gewenst</dt>
          <dd>{contact.toestemming ? 'ja' : 'nee'}</dd>
        </dl>
      )}
      {mag && m.toegestaneOvergangen.length > 0 && (
        <form onSubmit={onStatus} className="bv-form">
          <Heading2>Status wijzigen</Heading2>
          <SelectField label="Nieuwe status" value={naar} onChange={setNaar} options={[{ value: '', label: 'Kies' }, ...m.toegestaneOvergangen.map((o) => ({ value: o.naar, label: o.naam }))]} />
          <FormFieldTextarea
            label={m.toegestaneOvergangen.find((o) => o.naar === naar)?.redenVerplicht ? 'Reden (verplicht, de melder ziet dit)' : 'Reden (niet verplicht)'}
            name="reden"
            rows={2}
            value={reden}
            onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setReden(e.target.value)}
          />
          <Button appearance="primary-action-button" type="submit" disabled={!naar}>
            Status opslaan
          </Button>
        </form>
      )}
      {mag && categorieen && (
        <form
          className="bv-form"
          onSubmit={(e) => {
            e.preventDefault();
            void doe(() => meldingenApi.categorieWijzigen(id, nieuweCategorie), 'Het onderwerp is aangepast.');
          }}
        >
          <Heading2>Onderwerp corrigeren</Heading2>
          <SelectField label="Juiste onderwerp" value={nieuweCategorie} onChange={setNieuweCategorie} options={[{ value: '', label: 'Kies' }, ...categorieen.map((c) => ({ value: c.code, label: c.naam }))]} />
          <Button appearance="secondary-action-button" type="submit" disabled={!nieuweCategorie}>
            Onderwerp opslaan
          </Button>
        </form>
      )}
      {can('casussen:behandelen') && catalogus && (
        <form onSubmit={(e) => void onCasus(e)} className="bv-form">
          <Heading2>Casus maken</Heading2>
          <SelectField label="Soort casus" value={zaaktype} onChange={setZaaktype} options={[{ value: '', label: 'Kies' }, ...catalogus.zaaktypen.map((z) => ({ value: z.code, label: z.naam }))]} />
          <FormFieldTextbox label="Korte omschrijving van de casus" name="zaakOmschrijving" value={zaakOmschrijving} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setZaakOmschrijving(e.target.value)} />
          <Button appearance="primary-action-button" type="submit" disabled={!zaaktype}>
            Casus maken
          </Button>
        </form>
      )}
      <Heading2>Verloop</Heading2>
      <OrderedList>
        {m.gebeurtenissen.map((g, i) => (
          <OrderedListItem key={i}>
            {new Date(g.tijdstip).toLocaleString('nl-NL')}: {g.soort} {g.van ? `${g.van} → ` : ''}
            {g.naar ?? ''} ({g.door}){g.reden ? `: ${g.reden}` : ''}
          </OrderedListItem>
        ))}
      </OrderedList>
    </>
  );
}
