import { Button, FormFieldCheckbox, FormFieldTextbox, Heading1, Heading2, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { ActieUitkomst } from '../../components/ActieUitkomst.tsx';
import { SelectField } from '../../components/Form.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useActie } from '../../lib/useActie.ts';
import { useApiGet } from '../../lib/useApi.ts';
import * as beheerApi from './api.ts';
import type { Gebruiker, Organisaties, Rollen } from './api.ts';

/** User administration: who has which roles, create a user, change roles, switch an account off and on. */
export function GebruikersPage() {
  const { t, taal } = useI18n();
  const { data: rows, fout, opnieuw } = useApiGet<Gebruiker[]>(beheerApi.pad.gebruikers);
  const { data: rollen } = useApiGet<Rollen>(beheerApi.pad.rollen);
  const { data: organisaties } = useApiGet<Organisaties>(beheerApi.pad.organisaties);
  const { doe, gelukt, fout: actieFout, velden } = useActie(opnieuw);
  const [nieuw, setNieuw] = useState({ naam: '', email: '', wachtwoord: '', organisatie: '', rollen: [] as string[] });
  const [bewerk, setBewerk] = useState<{ id: string; naam: string; rollen: string[] } | null>(null);
  const rolNaam = (c: string) => rollen?.find((r) => r.code === c)?.naam ?? c;

  const onMaak = async (e: FormEvent) => {
    e.preventDefault();
    if (await doe(() => beheerApi.maakGebruiker(nieuw), t('gebruikers.aangemaakt', { naam: nieuw.naam }))) setNieuw({ naam: '', email: '', wachtwoord: '', organisatie: '', rollen: [] });
  };
  const rolKeuze = (gekozen: string[], zet: (r: string[]) => void, prefix: string) =>
    rollen?.map((r) => (
      <FormFieldCheckbox
        key={r.code}
        id={`${prefix}-${r.code}`}
        label={`${r.naam} (${r.code})`}
        checked={gekozen.includes(r.code)}
        onChange={(e: React.ChangeEvent<HTMLInputElement>) => zet(e.target.checked ? [...gekozen, r.code] : gekozen.filter((x) => x !== r.code))}
      />
    ));

  return (
    <>
      <Heading1>{t('gebruikers.titel')}</Heading1>
      <ActieUitkomst gelukt={gelukt} fout={fout ?? actieFout} />
      {!rows && !fout && <Paragraph>{t('app.laden')}</Paragraph>}
      {rows && (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('gebruikers.naam')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('gebruikers.email')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('gebruikers.organisatie')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('gebruikers.rollen')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('gebruikers.status')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('gebruikers.laatst')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('gebruikers.acties')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((g) => (
              <TableRow key={g.id} data-testid={`gebruiker-${g.email}`}>
                <TableCell>{g.naam}</TableCell>
                <TableCell>{g.email}</TableCell>
                <TableCell>{g.organisatie.naam}</TableCell>
                <TableCell>{g.rollen.map(rolNaam).join(', ')}</TableCell>
                <TableCell>{g.actief ? t('gebruikers.actief') : <strong>{t('gebruikers.uit')}</strong>}</TableCell>
                <TableCell>{g.laatstIngelogdOp ? new Date(g.laatstIngelogdOp).toLocaleString(taal === 'nl' ? 'nl-NL' : 'en-GB') : t('gebruikers.nooit')}</TableCell>
                <TableCell>
                  <Button appearance="subtle-button" onClick={() => setBewerk({ id: g.id, naam: g.naam, rollen: [...g.rollen] })} aria-label={t('gebruikers.rollenVan', { naam: g.naam })}>
                    {t('gebruikers.rollen')}
                  </Button>
                  <Button
                    appearance="subtle-button"
                    onClick={() => void doe(() => beheerApi.wijzigGebruiker(g.id, { actief: !g.actief }), t(g.actief ? 'gebruikers.uitgezet' : 'gebruikers.aangezet', { naam: g.naam }))}
                    aria-label={`${t(g.actief ? 'gebruikers.zetUit' : 'gebruikers.zetAan')}: ${g.naam}`}
                  >
                    {t(g.actief ? 'gebruikers.zetUit' : 'gebruikers.zetAan')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {bewerk && (
        <form
          className="bv-form"
          onSubmit={(e) => {
            e.preventDefault();
            void doe(() => beheerApi.wijzigGebruiker(bewerk.id, { rollen: bewerk.rollen }), t('gebruikers.rollenOpgeslagen', { naam: bewerk.naam })).then((ok) => ok && setBewerk(null));
          }}
        >
          <Heading2>{t('gebruikers.rollenVan', { naam: bewerk.naam })}</Heading2>
          <fieldset className="bv-fieldset">
            <legend>{t('gebruikers.rollen')}</legend>
            {rolKeuze(bewerk.rollen, (r) => setBewerk({ ...bewerk, rollen: r }), 'bewerk')}
          </fieldset>
          <Button appearance="primary-action-button" type="submit" disabled={bewerk.rollen.length === 0}>
            {t('gebruikers.opslaan')}
          </Button>
        </form>
      )}
      <form className="bv-form" onSubmit={(e) => void onMaak(e)} noValidate>
        <Heading2>{t('gebruikers.nieuw')}</Heading2>
        <FormFieldTextbox label={t('gebruikers.naam')} name="naam" value={nieuw.naam} invalid={!!velden.naam} errorMessage={velden.naam} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setNieuw({ ...nieuw, naam: e.target.value })} />
        <FormFieldTextbox label={t('gebruikers.email')} name="email" type="email" value={nieuw.email} invalid={!!velden.email} errorMessage={velden.email} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setNieuw({ ...nieuw, email: e.target.value })} />
        <FormFieldTextbox
          label={t('gebruikers.wachtwoord')}
          description={t('gebruikers.wachtwoordUitleg')}
          name="wachtwoord"
          type="password"
          autoComplete="new-password"
          value={nieuw.wachtwoord}
          invalid={!!velden.wachtwoord}
          errorMessage={velden.wachtwoord}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => setNieuw({ ...nieuw, wachtwoord: e.target.value })}
        />
        <SelectField
          label={t('gebruikers.organisatie')}
          value={nieuw.organisatie}
          onChange={(v) => setNieuw({ ...nieuw, organisatie: v })}
          options={[{ value: '', label: t('gebruikers.kiesOrganisatie') }, ...(organisaties ?? []).map((o) => ({ value: o.code, label: o.naam }))]}
        />
        <fieldset className="bv-fieldset">
          <legend>{t('gebruikers.rollen')}</legend>
          {rolKeuze(nieuw.rollen, (r) => setNieuw({ ...nieuw, rollen: r }), 'nieuw')}
        </fieldset>
        <Button appearance="primary-action-button" type="submit" disabled={!nieuw.naam || !nieuw.email || nieuw.wachtwoord.length < 12 || !nieuw.organisatie || nieuw.rollen.length === 0}>
          {t('gebruikers.aanmaken')}
        </Button>
      </form>
    </>
  );
}
