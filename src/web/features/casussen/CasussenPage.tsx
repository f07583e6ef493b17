import { ButtonGroup, Heading1, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Fout } from '../../components/Fout.tsx';
import { SelectField } from '../../components/Form.tsx';
import * as casussenApi from './api.ts';
import { useApiGet } from '../../lib/useApi.ts';
import { useI18n } from '../../lib/i18n.tsx';

/**
 * The casussen the user (or, for partners, their organisation) is a member of: open ones by default, with
 * filters, and the same list as CSV or Excel (without persons or dossier; the download is logged).
 */
export function CasussenPage() {
  const { t } = useI18n();
  const [welke, setWelke] = useState('open');
  const [wie, setWie] = useState('alle');
  const q = new URLSearchParams();
  if (welke === 'open') q.set('open', 'true');
  if (welke === 'achterstallig') q.set('achterstallig', 'true');
  if (wie === 'mijn') q.set('mijn', 'true');
  const { data, fout } = useApiGet<casussenApi.Lijst>(`${casussenApi.pad.lijst}${q.size ? `&${q.toString()}` : ''}`);
  return (
    <>
      <Heading1>{t('casussen.titel')}</Heading1>
      <Paragraph>{t('casussen.intro')}</Paragraph>
      <div className="bv-filters">
        <SelectField
          label={t('casussen.welke')}
          value={welke}
          onChange={setWelke}
          options={[
            { value: 'open', label: t('casussen.lopend') },
            { value: 'achterstallig', label: t('casussen.teLaat') },
            { value: 'alle', label: t('casussen.alle') },
          ]}
        />
        <SelectField
          label={t('casussen.casushouder')}
          value={wie}
          onChange={setWie}
          options={[
            { value: 'alle', label: t('casussen.iedereen') },
            { value: 'mijn', label: t('casussen.ik') },
          ]}
        />
      </div>
      <ButtonGroup>
        <a className="utrecht-button utrecht-button--secondary-action" href={`/api/casussen/export?${q.toString()}${q.size ? '&' : ''}formaat=csv`} download data-testid="casussen-csv">
          CSV
        </a>
        <a className="utrecht-button utrecht-button--secondary-action" href={`/api/casussen/export?${q.toString()}${q.size ? '&' : ''}formaat=xlsx`} download>
          Excel
        </a>
      </ButtonGroup>
      <Fout tekst={fout} />
      {data && (
        <Table>
          <TableCaption>{t('casussen.aantal', { totaal: data.totaal })}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('casussen.nummer')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('casussen.soort')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('casussen.omschrijving')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('casussen.stap')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('casussen.casushouder')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('casussen.streefdatum')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {data.items.map((z) => (
              <TableRow key={z.id}>
                <TableCell>
                  <Link className="utrecht-link" to={`/casussen/${z.id}`}>
                    {z.identificatie}
                  </Link>
                </TableCell>
                <TableCell>{z.zaaktypeNaam}</TableCell>
                <TableCell>{z.omschrijving}</TableCell>
                <TableCell>{z.einddatum ? t('casussen.afgesloten', { datum: z.einddatum }) : z.statusNaam}</TableCell>
                <TableCell>{z.casushouder ?? '–'}</TableCell>
                <TableCell>
                  {z.streefdatum}
                  {z.achterstallig && <strong className="bv-te-laat"> {t('casussen.telaat')}</strong>}
                  {z.opgeschort && <span className="bv-muted"> {t('casussen.opgeschort')}</span>}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
