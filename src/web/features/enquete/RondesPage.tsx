import { Button, FormFieldCheckbox, FormFieldTextbox, Heading1, Heading2, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { Fout } from '../../components/Fout.tsx';
import { SelectField } from '../../components/Form.tsx';
import { errorText, useApiGet } from '../../lib/useApi.ts';
import { useI18n } from '../../lib/i18n.tsx';
import * as enqueteApi from './api.ts';
import type { Ronde } from './api.ts';

/**
 * Survey rounds for the analyst: make a round, print invitation letters with personal codes per buurt (PDF,
 * or CSV for a print shop's mail merge), and see per buurt how many codes were used. Open-link answers are
 * shown apart: they do not count in the figures.
 */
export function RondesPage() {
  const { t } = useI18n();
  const { data, fout, opnieuw } = useApiGet<Ronde[]>(enqueteApi.RONDES);
  const [naam, setNaam] = useState('');
  const [jaar, setJaar] = useState(String(new Date().getFullYear()));
  const [openLink, setOpenLink] = useState(false);
  const [maakFout, setMaakFout] = useState<string | null>(null);

  const maak = async (e: FormEvent) => {
    e.preventDefault();
    setMaakFout(null);
    try {
      await enqueteApi.rondeMaken({ naam, jaar: Number(jaar), openLink });
      setNaam('');
      opnieuw();
    } catch (err) {
      setMaakFout(errorText(err));
    }
  };

  return (
    <>
      <Heading1>{t('rondes.titel')}</Heading1>
      <Paragraph lead>{t('rondes.intro')}</Paragraph>
      <Fout tekst={fout} />
      <form className="bv-form" onSubmit={(e) => void maak(e)} noValidate>
        <Heading2>{t('rondes.nieuw')}</Heading2>
        <Fout tekst={maakFout} />
        <FormFieldTextbox label={t('rondes.naam')} name="naam" value={naam} maxLength={200} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setNaam(e.target.value)} />
        <FormFieldTextbox label={t('rondes.jaar')} name="jaar" inputMode="numeric" value={jaar} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setJaar(e.target.value)} />
        <FormFieldCheckbox
          label={t('rondes.openLink')}
          name="openLink"
          checked={openLink}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => setOpenLink(e.target.checked)}
        />
        <Button type="submit" appearance="primary-action-button">
          {t('rondes.maken')}
        </Button>
      </form>
      {data?.map((r) => <RondeBlok key={r.id} ronde={r} />)}
    </>
  );
}

function RondeBlok({ ronde }: { ronde: Ronde }) {
  const { t } = useI18n();
  const [buurt, setBuurt] = useState('');
  const [aantal, setAantal] = useState('100');
  const [formaat, setFormaat] = useState<'pdf' | 'csv'>('pdf');
  const [fout, setFout] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);
  const brieven = async (e: FormEvent) => {
    e.preventDefault();
    setFout(null);
    setBezig(true);
    try {
      await enqueteApi.brievenDownloaden(ronde.id, { buurt, aantal: Number(aantal), formaat });
    } catch (err) {
      setFout(errorText(err));
    } finally {
      setBezig(false);
    }
  };
  return (
    <section aria-labelledby={`ronde-${ronde.id}`}>
      <Heading2 id={`ronde-${ronde.id}`}>
        {ronde.naam} ({ronde.jaar}){ronde.open ? '' : t('rondes.gesloten')}
      </Heading2>
      <Paragraph>{t('rondes.codeUrl', { url: ronde.codeUrl })}</Paragraph>
      <form className="bv-form" onSubmit={(e) => void brieven(e)} noValidate>
        <Fout tekst={fout} />
        <SelectField label={t('rondes.buurt')} value={buurt} onChange={setBuurt} options={[{ value: '', label: t('rondes.kiesBuurt') }, ...ronde.buurten.map((b) => ({ value: b.buurt.code, label: b.buurt.naam }))]} />
        <FormFieldTextbox label={t('rondes.aantal')} name="aantal" inputMode="numeric" value={aantal} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setAantal(e.target.value)} />
        <SelectField
          label={t('rondes.bestand')}
          value={formaat}
          onChange={(v) => setFormaat(v === 'csv' ? 'csv' : 'pdf')}
          options={[
            { value: 'pdf', label: t('rondes.pdf') },
            { value: 'csv', label: t('rondes.csv') },
          ]}
        />
        <Paragraph className="bv-muted">{t('rondes.eenmalig')}</Paragraph>
        <Button type="submit" appearance="secondary-action-button" disabled={bezig || !ronde.open}>
          {t('rondes.downloaden')}
        </Button>
      </form>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('rondes.buurt')}</TableHeaderCell>
            <TableHeaderCell>{t('rondes.gemaakt')}</TableHeaderCell>
            <TableHeaderCell>{t('rondes.gebruikt')}</TableHeaderCell>
            <TableHeaderCell>{t('rondes.meetellen')}</TableHeaderCell>
            {ronde.openLink && <TableHeaderCell>{t('rondes.viaOpen')}</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {ronde.buurten
            .filter((b) => b.uitnodigingen > 0 || b.respondenten > 0 || b.openRespondenten > 0)
            .map((b) => (
              <TableRow key={b.buurt.code}>
                <TableCell>{b.buurt.naam}</TableCell>
                <TableCell>{b.uitnodigingen}</TableCell>
                <TableCell>{b.gebruikt}</TableCell>
                <TableCell>{b.respondenten}</TableCell>
                {ronde.openLink && <TableCell>{b.openRespondenten}</TableCell>}
              </TableRow>
            ))}
        </TableBody>
      </Table>
    </section>
  );
}
