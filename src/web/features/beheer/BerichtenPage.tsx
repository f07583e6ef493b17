import { Alert, Button, ButtonGroup, FormFieldTextarea, FormFieldTextbox, Heading1, Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { ActieUitkomst } from '../../components/ActieUitkomst.tsx';
import { SelectField } from '../../components/Form.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useActie } from '../../lib/useActie.ts';
import { useApiGet } from '../../lib/useApi.ts';
import * as beheerApi from './api.ts';
import type { Berichten, Sjablonen } from './api.ts';

/** The outbox (waiting, sent, dead letters with "send again") and the editable message templates. */
export function BerichtenPage() {
  const { t, taal } = useI18n();
  const [status, setStatus] = useState('dood');
  const { data, fout, opnieuw } = useApiGet<Berichten>(beheerApi.pad.berichten(status));
  const { data: sjablonen, opnieuw: sjablonenOpnieuw } = useApiGet<Sjablonen>(beheerApi.pad.sjablonen);
  const { doe, gelukt, fout: actieFout } = useActie();
  const [code, setCode] = useState('');
  const [concept, setConcept] = useState<{ onderwerp: string; tekst: string } | null>(null);
  const [voorbeeld, setVoorbeeld] = useState<{ onderwerp: string; tekst: string } | null>(null);
  const gekozen = sjablonen?.find((s) => s.code === code) ?? null;
  const tijd = (iso: string) => new Date(iso).toLocaleString(taal === 'en' ? 'en-GB' : 'nl-NL');

  const kies = (c: string) => {
    setCode(c);
    setVoorbeeld(null);
    const s = sjablonen?.find((x) => x.code === c);
    setConcept(s ? { onderwerp: s.onderwerp, tekst: s.tekst } : null);
  };

  return (
    <>
      <Heading1>{t('berichten.titel')}</Heading1>
      <Paragraph>{t('berichten.intro')}</Paragraph>
      <ActieUitkomst gelukt={gelukt} fout={fout ?? actieFout} />
      <SelectField
        label={t('berichten.welke')}
        value={status}
        onChange={setStatus}
        options={[
          { value: 'dood', label: t('berichten.dood') },
          { value: 'wachtend', label: t('berichten.wachtend') },
          { value: 'verzonden', label: t('berichten.verzonden') },
          { value: '', label: t('berichten.alle') },
        ]}
      />
      {data && (
        <Table data-testid="berichten">
          <TableCaption>{t('berichten.aantal', { totaal: data.totaal })}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('berichten.aangemaakt')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('berichten.ontvanger')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('berichten.onderwerp')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('berichten.status')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('berichten.pogingen')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('berichten.fout')}</TableHeaderCell>
              <TableHeaderCell scope="col">
                <span className="bv-sr-only">{t('berichten.opnieuw')}</span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {data.items.map((b) => (
              <TableRow key={b.id}>
                <TableCell>{tijd(b.aangemaaktOp)}</TableCell>
                <TableCell>{b.ontvanger}</TableCell>
                <TableCell>{b.onderwerp}</TableCell>
                <TableCell>{b.status}</TableCell>
                <TableCell>{b.pogingen}</TableCell>
                <TableCell>{b.laatsteFout ?? '–'}</TableCell>
                <TableCell>
                  {b.status === 'dood' && (
                    <Button appearance="subtle-button" onClick={() => void doe(() => beheerApi.opnieuwVersturen(b.id), t('berichten.opnieuwGedaan')).then(opnieuw)} aria-label={`${t('berichten.opnieuw')}: ${b.onderwerp}`}>
                      {t('berichten.opnieuw')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Heading2>{t('berichten.sjablonen')}</Heading2>
      <SelectField
        label={t('berichten.sjabloonKies')}
        value={code}
        onChange={kies}
        options={[{ value: '', label: '–' }, ...(sjablonen ?? []).map((s) => ({ value: s.code, label: `${s.naam} (${s.aangepast ? t('berichten.aangepast') : t('berichten.standaard')})` }))]}
      />
      {gekozen && concept && (
        <form
          className="bv-form bv-form--breed"
          onSubmit={(e) => {
            e.preventDefault();
            void doe(() => beheerApi.sjabloonOpslaan(gekozen.code, concept), t('berichten.opgeslagen')).then(sjablonenOpnieuw);
          }}
        >
          <Paragraph className="bv-muted">{t('berichten.sjabloonVelden', { velden: gekozen.velden.map((v) => `{{${v}}}`).join(', ') })}</Paragraph>
          <FormFieldTextbox label={t('berichten.sjabloonOnderwerp')} name="onderwerp" value={concept.onderwerp} maxLength={300} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setConcept({ ...concept, onderwerp: e.target.value })} />
          <FormFieldTextarea label={t('berichten.sjabloonTekst')} name="tekst" rows={10} value={concept.tekst} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setConcept({ ...concept, tekst: e.target.value })} />
          <ButtonGroup>
            <Button appearance="secondary-action-button" type="button" onClick={() => void doe(async () => setVoorbeeld(await beheerApi.sjabloonVoorbeeld(gekozen.code, concept)), '')}>
              {t('berichten.voorbeeld')}
            </Button>
            <Button appearance="primary-action-button" type="submit">
              {t('berichten.opslaan')}
            </Button>
          </ButtonGroup>
          {voorbeeld && (
            <section className="bv-blok" data-testid="sjabloon-voorbeeld" aria-label={t('berichten.voorbeeld')}>
              <Paragraph>
                <strong>{voorbeeld.onderwerp}</strong>
              </Paragraph>
              <Paragraph className="bv-pre">{voorbeeld.tekst}</Paragraph>
            </section>
          )}
        </form>
      )}
    </>
  );
}
