import { Alert, Button, FormFieldTextarea, FormFieldTextbox, Heading1, Heading2, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useSession } from '../../lib/session.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { Fout } from '../../components/Fout.tsx';
import { SelectField } from '../../components/Form.tsx';
import { useApiGet } from '../../lib/useApi.ts';
import { useActie } from '../../lib/useActie.ts';
import { ActieUitkomst } from '../../components/ActieUitkomst.tsx';
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
  const { t, taal } = useI18n();
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
  const [contactDoel, setContactDoel] = useState('');
  const [contact, setContact] = useState<Awaited<ReturnType<typeof meldingenApi.contactInzien>> | null>(null);
  const mag = can('meldingen:beoordelen');

  const { doe, gelukt, fout: actieFout } = useActie(opnieuw);

  if (fout) return <Fout tekst={fout} />;
  if (!m) return <Paragraph>{t('melding.laden')}</Paragraph>;
  const categorieNaam = (c: string) => categorieen?.find((x) => x.code === c)?.naam ?? c;
  const teamNaam = (c: string) => teams?.find((x) => x.code === c)?.naam ?? c;

  const onStatus = (e: FormEvent) => {
    e.preventDefault();
    void doe(() => meldingenApi.statusZetten(id, { naar, ...(reden ? { reden } : {}) }), t('melding.statusGewijzigd'));
  };
  const onCasus = (e: FormEvent) => {
    e.preventDefault();
    void doe(async () => {
      const z = await meldingenApi.casusMaken({ zaaktype, omschrijving: zaakOmschrijving || m.omschrijving.slice(0, 200), meldingIds: [id] });
      navigate(`/casussen/${z.id}`);
    }, '');
  };

  return (
    <>
      <Heading1>{t('melding.titel', { referentie: m.referentie })}</Heading1>
      <ActieUitkomst gelukt={gelukt} fout={actieFout} />
      <dl className="bv-facts">
        <dt>{t('melding.status')}</dt>
        <dd data-testid="melding-status">{m.statusNaam}</dd>
        <dt>{t('melding.onderwerp')}</dt>
        <dd data-testid="melding-onderwerp">{categorieNaam(m.categorie)}</dd>
        <dt>{t('melding.keuze')}</dt>
        <dd data-testid="melding-keuze">{m.categorieMelder ? categorieNaam(m.categorieMelder) : t('melding.weetNiet')}</dd>
        <dt>{t('melding.suggestie')}</dt>
        <dd data-testid="melding-suggestie">{m.suggestie ? t('melding.zekerheid', { naam: categorieNaam(m.suggestie.categorie), procent: Math.round(m.suggestie.score * 100) }) : t('melding.geenVoorstel')}</dd>
        <dt>{t('melding.team')}</dt>
        <dd data-testid="melding-team">
          {teamNaam(m.team)} <span className="bv-muted">({t('melding.regel', { regel: m.routeringsregel })})</span>
        </dd>
        <dt>{t('melding.plek')}</dt>
        <dd data-testid="melding-plek">
          {m.adres ?? (m.locatie ? t('melding.geenAdres') : t('melding.geenLocatie'))}
          {m.buurt && t('melding.inBuurt', { buurt: m.buurt.naam ?? m.buurt.code })}
        </dd>
        <dt>{t('melding.uiterlijk')}</dt>
        <dd>
          {m.deadline}
          {m.achterstallig && <strong className="bv-te-laat"> {t('melding.teLaat')}</strong>}
        </dd>
        <dt>{t('melding.kanaal')}</dt>
        <dd>{m.kanaal}</dd>
      </dl>
      <Heading2>{t('melding.omschrijving')}</Heading2>
      <Paragraph className="bv-pre">{m.omschrijving}</Paragraph>
      <PlekKaart punt={m.locatie} buurtCode={m.buurt?.code ?? null} label={t('melding.kaart', { referentie: m.referentie })} />
      {casussen && casussen.items.length > 0 && (
        <>
          <Heading2>{t('melding.inCasus')}</Heading2>
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
            <img key={f.id} src={`/api/meldingen/${id}/fotos/${f.id}`} width={Math.min(f.breedte, 320)} alt={t('melding.foto', { nummer: i + 1 })} />
          ))}
        </div>
      )}
      <Heading2>{t('melding.melder')}</Heading2>
      {!m.contact.bekend && <Paragraph>{t('melding.anoniem')}</Paragraph>}
      {m.contact.bekend && !m.contact.magInzien && (
        <Paragraph>{t('melding.contactBekend', { gewenst: m.contact.toestemming ? t('melding.ja') : t('melding.nee') })}</Paragraph>
      )}
      {m.contact.bekend && m.contact.magInzien && !contact && (
        <form
          className="bv-form"
          onSubmit={(e) => {
            e.preventDefault();
            void doe(async () => setContact(await meldingenApi.contactInzien(id, contactDoel)), t('melding.contactGetoond'));
          }}
        >
          <FormFieldTextbox label={t('melding.contactDoel')} name="contactDoel" value={contactDoel} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setContactDoel(e.target.value)} />
          <Button appearance="secondary-action-button" type="submit" disabled={contactDoel.trim().length < 5}>
            {t('melding.contactTonen')}
          </Button>
        </form>
      )}
      {contact && (
        <dl className="bv-facts">
          <dt>{t('melding.naam')}</dt>
          <dd>{contact.naam ?? '–'}</dd>
          <dt>{t('melding.email')}</dt>
          <dd>{contact.email ?? '–'}</dd>
          <dt>{t('melding.telefoon')}</dt>
          <dd>{contact.telefoon ?? '–'}</dd>
          <dt>{t('melding.contactGewenst')}</dt>
          <dd>{contact.toestemming ? t('melding.ja') : t('melding.nee')}</dd>
        </dl>
      )}
      {mag && m.toegestaneOvergangen.length > 0 && (
        <form onSubmit={onStatus} className="bv-form">
          <Heading2>{t('melding.statusWijzigen')}</Heading2>
          <SelectField label={t('melding.nieuweStatus')} value={naar} onChange={setNaar} options={[{ value: '', label: t('melding.kies') }, ...m.toegestaneOvergangen.map((o) => ({ value: o.naar, label: o.naam }))]} />
          <FormFieldTextarea
            label={m.toegestaneOvergangen.find((o) => o.naar === naar)?.redenVerplicht ? t('melding.redenVerplicht') : t('melding.redenNiet')}
            name="reden"
            rows={2}
            value={reden}
            onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setReden(e.target.value)}
          />
          <Button appearance="primary-action-button" type="submit" disabled={!naar}>
            {t('melding.statusOpslaan')}
          </Button>
        </form>
      )}
      {mag && categorieen && (
        <form
          className="bv-form"
          onSubmit={(e) => {
            e.preventDefault();
            void doe(() => meldingenApi.categorieWijzigen(id, nieuweCategorie), t('melding.onderwerpAangepast'));
          }}
        >
          <Heading2>{t('melding.onderwerpCorrigeren')}</Heading2>
          <SelectField label={t('melding.juisteOnderwerp')} value={nieuweCategorie} onChange={setNieuweCategorie} options={[{ value: '', label: t('melding.kies') }, ...categorieen.map((c) => ({ value: c.code, label: c.naam }))]} />
          <Button appearance="secondary-action-button" type="submit" disabled={!nieuweCategorie}>
            {t('melding.onderwerpOpslaan')}
          </Button>
        </form>
      )}
      {can('casussen:behandelen') && catalogus && (
        <form onSubmit={(e) => void onCasus(e)} className="bv-form">
          <Heading2>{t('melding.casusMaken')}</Heading2>
          <SelectField label={t('melding.soortCasus')} value={zaaktype} onChange={setZaaktype} options={[{ value: '', label: t('melding.kies') }, ...catalogus.zaaktypen.map((z) => ({ value: z.code, label: z.naam }))]} />
          <FormFieldTextbox label={t('melding.casusOmschrijving')} name="zaakOmschrijving" value={zaakOmschrijving} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setZaakOmschrijving(e.target.value)} />
          <Button appearance="primary-action-button" type="submit" disabled={!zaaktype}>
            {t('melding.casusMaken')}
          </Button>
        </form>
      )}
      <Heading2>{t('melding.verloop')}</Heading2>
      <OrderedList>
        {m.gebeurtenissen.map((g, i) => (
          <OrderedListItem key={i}>
            {new Date(g.tijdstip).toLocaleString(taal === 'en' ? 'en-GB' : 'nl-NL')}: {g.soort} {g.van ? `${g.van} → ` : ''}
            {g.naar ?? ''} ({g.door}){g.reden ? `: ${g.reden}` : ''}
          </OrderedListItem>
        ))}
      </OrderedList>
    </>
  );
}
