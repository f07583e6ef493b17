import { Heading1, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { Fout } from '../../components/Fout.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useApiGet } from '../../lib/useApi.ts';
import * as beheerApi from './api.ts';
import type { Gebruiker } from './api.ts';


export function GebruikersPage() {
  const { t, taal } = useI18n();
  const { data: rows, fout } = useApiGet<Gebruiker[]>(beheerApi.pad.gebruikers);
  return (
    <>
      <Heading1>{t('gebruikers.titel')}</Heading1>
      <Fout tekst={fout} />
      {!rows && !fout && <Paragraph>{t('app.laden')}</Paragraph>}
      {rows && (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('gebruikers.naam')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('gebruikers.email')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('gebruikers.organisatie')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('gebruikers.rollen')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('gebruikers.laatst')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((g) => (
              <TableRow key={g.id}>
                <TableCell>{g.naam}</TableCell>
                <TableCell>{g.email}</TableCell>
                <TableCell>{g.organisatie.naam}</TableCell>
                <TableCell>{g.rollen.join(', ')}</TableCell>
                <TableCell>{g.laatstIngelogdOp ? new Date(g.laatstIngelogdOp).toLocaleString(taal === 'nl' ? 'nl-NL' : 'en-GB') : t('gebruikers.nooit')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
