import { Alert, Button, FormFieldCheckbox, FormFieldTextarea, FormFieldTextbox, Heading1, Heading2, OrderedList, OrderedListItem, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ActieUitkomst } from '../../components/ActieUitkomst.tsx';
import { Fout } from '../../components/Fout.tsx';
import { SelectField } from '../../components/Form.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useActie } from '../../lib/useActie.ts';
import { useApiGet } from '../../lib/useApi.ts';
import * as programmaApi from './api.ts';
import type { Catalogus, Maatregel } from './api.ts';
import { Kleur } from './Kleur.tsx';

const vandaag = () => new Date().toISOString().slice(0, 10);

function Sectie({ titel, children }: { titel: string; children: ReactNode }) {
  return (
    <section className="bv-section" aria-label={titel}>
      <Heading2>{titel}</Heading2>
      {children}
    </section>
  );
}

/** One maatregel: its place in the programme, the owner's progress log, evidence, and (for management) its changes. */
export function MaatregelPage() {
  const { id = '' } = useParams();
  const { t, taal } = useI18n();
  const { data: m, fout, opnieuw } = useApiGet<Maatregel>(programmaApi.pad.maatregel(id));
  const { data: cat } = useApiGet<Catalogus>(programmaApi.pad.catalogus);
  const actie = useActie(opnieuw);
  const [v, setV] = useState({ datum: vandaag(), kleur: 'groen', tekst: '', status: '' });
  const [b, setB] = useState({ soort: 'document', verwijzing: '', omschrijving: '' });
  const [w, setW] = useState<{ titel: string; omschrijving: string; eigenaarNaam: string; budget: string; publiek: boolean; reden: string } | null>(null);
  if (fout) return <Fout tekst={fout} />;
  if (!m || !cat) return <Paragraph>{t('app.laden')}</Paragraph>;
  const naam = (lijst: { code: string; naam: string }[], c: string) => lijst.find((x) => x.code === c)?.naam ?? c;
  const tijd = (iso: string) => new Date(iso).toLocaleString(taal === 'en' ? 'en-GB' : 'nl-NL');
  const bewerk = w ?? { titel: m.titel, omschrijving: m.omschrijving, eigenaarNaam: m.eigenaarNaam ?? '', budget: m.budget === null ? '' : String(m.budget), publiek: m.publiek, reden: '' };

  return (
    <>
      <Link className="utrecht-link" to="/programma">
        {t('maatregel.terug')}
      </Link>
      <Heading1>{t('maatregel.titel', { code: m.code, titel: m.titel })}</Heading1>
      {m.demo && (
        <Alert type="warning">
          <Paragraph>{t('maatregel.demo')}</Paragraph>
        </Alert>
      )}
      {m.omschrijving && <Paragraph lead>{m.omschrijving}</Paragraph>}
      <ActieUitkomst gelukt={actie.gelukt} fout={actie.fout} />
      <dl className="bv-facts">
        <dt>{t('maatregel.agenda')}</dt>
        <dd>{m.agendaTitel}</dd>
        <dt>{t('maatregel.thema')}</dt>
        <dd>
          <Link className="utrecht-link" to={`/programma/thema/${m.thema}`}>
            {m.themaNaam}
          </Link>
        </dd>
        <dt>{t('maatregel.actiepunt')}</dt>
        <dd>{m.actiepuntTitel}</dd>
        <dt>{t('maatregel.soort')}</dt>
        <dd>{naam(cat.maatregelsoorten, m.soort)}</dd>
        <dt>{t('maatregel.status')}</dt>
        <dd data-testid="maatregel-status">{m.statusNaam}</dd>
        <dt>{t('maatregel.voortgang')}</dt>
        <dd>
          <Kleur kleur={m.laatsteKleur} datum={m.laatsteVoortgang} />
        </dd>
        <dt>{t('maatregel.eigenaar')}</dt>
        <dd>
          {m.eigenaarOrganisatieNaam}
          {m.eigenaarNaam ? ` (${m.eigenaarNaam})` : ''}
        </dd>
        <dt>{t('maatregel.partners')}</dt>
        <dd>{m.partners.length ? m.partners.map((p) => naam(cat.organisaties, p)).join(', ') : t('maatregel.geen')}</dd>
        <dt>{t('maatregel.buurten')}</dt>
        <dd>{m.buurten.length ? m.buurten.join(', ') : t('maatregel.geen')}</dd>
        <dt>{t('maatregel.randvoorwaarden')}</dt>
        <dd>{m.randvoorwaarden.length ? m.randvoorwaarden.map((r) => naam(cat.randvoorwaarden, r)).join(', ') : t('maatregel.geen')}</dd>
        <dt>{t('maatregel.planning')}</dt>
        <dd>{m.start || m.eind ? `${m.start ?? '…'} – ${m.eind ?? '…'}` : t('maatregel.geen')}</dd>
        <dt>{t('maatregel.budget')}</dt>
        <dd>{m.budget === null ? t('maatregel.geen') : new Intl.NumberFormat(taal === 'en' ? 'en-GB' : 'nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(m.budget)}</dd>
        <dt>{t('maatregel.publiek')}</dt>
        <dd>{m.publiek ? t('maatregel.ja') : t('maatregel.nee')}</dd>
      </dl>

      <Sectie titel={t('maatregel.voortgang')}>
        {m.voortgang.length === 0 ? (
          <Paragraph>{t('maatregel.geenVoortgang')}</Paragraph>
        ) : (
          <OrderedList data-testid="voortgang">
            {m.voortgang.map((x) => (
              <OrderedListItem key={x.id}>
                <strong>{t('maatregel.voortgangRegel', { datum: x.datum, kleur: t(`programma.kleur.${x.kleur}`), door: x.door })}</strong>
                {x.status && <span className="bv-muted"> · {t('maatregel.naarStatusRegel', { status: naam(cat.statussen.maatregel, x.status) })}</span>}
                <div className="bv-pre">{x.tekst}</div>
              </OrderedListItem>
            ))}
          </OrderedList>
        )}
        {m.magBijwerken && (
          <form
            className="bv-form"
            onSubmit={(e) => {
              e.preventDefault();
              void actie
                .doe(() => programmaApi.voortgangMelden(m.id, { datum: v.datum, kleur: v.kleur as 'groen', tekst: v.tekst, ...(v.status ? { status: v.status } : {}) }), t('maatregel.gemeld'))
                .then((ok) => ok && setV({ datum: vandaag(), kleur: 'groen', tekst: '', status: '' }));
            }}
          >
            <Heading2>{t('maatregel.melden')}</Heading2>
            <FormFieldTextbox label={t('maatregel.datum')} name="voortgangDatum" type="date" max={vandaag()} value={v.datum} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setV({ ...v, datum: e.target.value })} />
            <SelectField label={t('maatregel.kleur')} value={v.kleur} onChange={(k) => setV({ ...v, kleur: k })} options={cat.voortgangskleuren.map((k) => ({ value: k.code, label: t(`programma.kleur.${k.code as 'groen'}`) }))} />
            <FormFieldTextarea label={t('maatregel.tekst')} name="voortgangTekst" rows={3} value={v.tekst} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setV({ ...v, tekst: e.target.value })} />
            {m.volgendeStatussen.length > 0 && (
              <SelectField
                label={t('maatregel.nieuweStatus')}
                value={v.status}
                onChange={(s) => setV({ ...v, status: s })}
                options={[{ value: '', label: t('maatregel.statusBlijft', { status: m.statusNaam }) }, ...m.volgendeStatussen.map((s) => ({ value: s, label: naam(cat.statussen.maatregel, s) }))]}
              />
            )}
            <Button appearance="primary-action-button" type="submit" disabled={v.tekst.trim().length < 3}>
              {t('maatregel.meldKnop')}
            </Button>
          </form>
        )}
      </Sectie>

      <Sectie titel={t('maatregel.bewijs')}>
        {m.bewijs.length === 0 ? (
          <Paragraph>{t('maatregel.geenBewijs')}</Paragraph>
        ) : (
          <UnorderedList>
            {m.bewijs.map((x) => (
              <UnorderedListItem key={x.id}>
                <strong>{naam(cat.bewijssoorten, x.soort)}</strong>: {x.omschrijving} <span className="bv-muted">({x.verwijzing}; {x.door}, {tijd(x.tijdstip)})</span>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
        {m.magBijwerken && (
          <form
            className="bv-form"
            onSubmit={(e) => {
              e.preventDefault();
              void actie.doe(() => programmaApi.bewijsToevoegen(m.id, b), t('maatregel.bewijsGekoppeld')).then((ok) => ok && setB({ soort: 'document', verwijzing: '', omschrijving: '' }));
            }}
          >
            <SelectField label={t('maatregel.bewijsSoort')} value={b.soort} onChange={(s) => setB({ ...b, soort: s })} options={cat.bewijssoorten.map((s) => ({ value: s.code, label: s.naam }))} />
            <FormFieldTextbox label={t('maatregel.verwijzing')} name="bewijsVerwijzing" value={b.verwijzing} maxLength={300} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setB({ ...b, verwijzing: e.target.value })} />
            <FormFieldTextbox label={t('maatregel.omschrijving')} name="bewijsOmschrijving" value={b.omschrijving} maxLength={500} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setB({ ...b, omschrijving: e.target.value })} />
            <Button appearance="secondary-action-button" type="submit" disabled={!b.verwijzing || b.omschrijving.trim().length < 3}>
              {t('maatregel.bewijsKnop')}
            </Button>
          </form>
        )}
      </Sectie>

      {m.magWijzigen && (
        <Sectie titel={t('maatregel.wijzigen')}>
          {m.agendaVastgesteld && <Paragraph>{t('maatregel.wijzigUitleg')}</Paragraph>}
          <form
            className="bv-form"
            onSubmit={(e) => {
              e.preventDefault();
              void actie
                .doe(
                  () =>
                    programmaApi.wijzigMaatregel(m.id, {
                      titel: bewerk.titel,
                      omschrijving: bewerk.omschrijving,
                      eigenaarNaam: bewerk.eigenaarNaam || null,
                      budget: bewerk.budget === '' ? null : Number(bewerk.budget),
                      publiek: bewerk.publiek,
                      ...(bewerk.reden ? { reden: bewerk.reden } : {}),
                    }),
                  t('maatregel.opgeslagen'),
                )
                .then((ok) => ok && setW(null));
            }}
          >
            <FormFieldTextbox label={t('maatregel.titelVeld')} name="titel" value={bewerk.titel} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setW({ ...bewerk, titel: e.target.value })} />
            <FormFieldTextarea label={t('maatregel.omschrijvingVeld')} name="omschrijving" rows={3} value={bewerk.omschrijving} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setW({ ...bewerk, omschrijving: e.target.value })} />
            <FormFieldTextbox label={t('maatregel.contact')} name="eigenaarNaam" value={bewerk.eigenaarNaam} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setW({ ...bewerk, eigenaarNaam: e.target.value })} />
            <FormFieldTextbox label={t('maatregel.budgetVeld')} name="budget" type="number" min={0} value={bewerk.budget} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setW({ ...bewerk, budget: e.target.value })} />
            <FormFieldCheckbox id="publiek" label={t('maatregel.publiekVeld')} checked={bewerk.publiek} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setW({ ...bewerk, publiek: e.target.checked })} />
            <FormFieldTextbox label={t('maatregel.reden')} name="reden" value={bewerk.reden} invalid={!!actie.velden['reden']} errorMessage={actie.velden['reden']} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setW({ ...bewerk, reden: e.target.value })} />
            <Button appearance="secondary-action-button" type="submit" disabled={bewerk.titel.trim().length < 3 || (m.agendaVastgesteld && bewerk.reden.trim().length < 5)}>
              {t('maatregel.opslaan')}
            </Button>
          </form>
          {m.wijzigingen.length > 0 && (
            <>
              <Heading2>{t('maatregel.wijzigingen')}</Heading2>
              <UnorderedList data-testid="wijzigingen">
                {m.wijzigingen.map((x, i) => (
                  <UnorderedListItem key={i}>
                    {t('maatregel.wijzigingRegel', { tijd: tijd(x.tijdstip), door: x.door, velden: x.velden.join(', ') })}
                    {x.reden && <span className="bv-muted"> ({x.reden})</span>}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </>
          )}
        </Sectie>
      )}
    </>
  );
}
