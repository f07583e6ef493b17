import { ButtonGroup, Heading1, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Fout } from '../../components/Fout.tsx';
import { SelectField } from '../../components/Form.tsx';
import * as casussenApi from './api.ts';
import { useApiGet } from '../../lib/useApi.ts';

/**
 * The casussen the user (or, for partners, their organisation) is a member of: open ones by default, with
 * filters, and the same list as CSV or Excel (without persons or dossier; the download is logged).
 */
export function CasussenPage() {
  const [welke, setWelke] = useState('open');
  const [wie, setWie] = useState('alle');
  const q = new URLSearchParams();
  if (welke === 'open') q.set('open', 'true');
  if (welke === 'achterstallig') q.set('achterstallig', 'true');
  if (wie === 'mijn') q.set('mijn', 'true');
  const { data, fout } = useApiGet<casussenApi.Lijst>(`${casussenApi.pad.lijst}${q.size ? `&${q.toString()}` : ''}`);
  return (
    <>
      <Heading1>Casussen</Heading1>
      <Paragraph>U ziet alleen casussen waarvan u (of uw organisatie) lid bent.</Paragraph>
      <div className="bv-filters">
        <SelectField
          label="Welke casussen"
          value={welke}
          onChange={setWelke}
          options={[
            { value: 'open', label: 'Lopend' },
            { value: 'achterstallig', label: 'Over de streefdatum' },
            { value: 'alle', label: 'Alle, ook afgesloten' },
          ]}
        />
        <SelectField
          label="Casushouder"
          value={wie}
          onChange={setWie}
          options={[
            { value: 'alle', label: 'Iedereen' },
            { value: 'mijn', label: 'Ik' },
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
          <TableCaption>{data.totaal} casussen, te late eerst</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Nummer</TableHeaderCell>
              <TableHeaderCell scope="col">Soort</TableHeaderCell>
              <TableHeaderCell scope="col">Omschrijving</TableHeaderCell>
              <TableHeaderCell scope="col">Stap</TableHeaderCell>
              <TableHeaderCell scope="col">Casushouder</TableHeaderCell>
              <TableHeaderCell scope="col">Streefdatum</TableHeaderCell>
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
                <TableCell>{z.einddatum ? `Afgesloten (${z.einddatum})` : z.statusNaam}</TableCell>
                <TableCell>{z.casushouder ?? '–'}</TableCell>
                <TableCell>
                  {z.streefdatum}
                  {z.achterstallig && <strong className="bv-te-laat"> te laat</strong>}
                  {z.opgeschort && <span className="bv-muted"> opgeschort</span>}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
