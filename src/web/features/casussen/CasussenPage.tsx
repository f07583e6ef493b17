import { Heading1, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { Link } from 'react-router';
import { Fout } from '../../components/Fout.tsx';
import * as casussenApi from './api.ts';
import { useApiGet } from '../../lib/useApi.ts';


/** The casussen the user (or, for partners, their organisation) is a member of. */
export function CasussenPage() {
  const { data, fout } = useApiGet<casussenApi.Lijst>(casussenApi.pad.lijst);
  return (
    <>
      <Heading1>Casussen</Heading1>
      <Paragraph>U ziet alleen casussen waarvan u (of uw organisatie) lid bent.</Paragraph>
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
