import { Button, ButtonGroup, FormFieldCheckbox, Heading1, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Fout } from '../../components/Fout.tsx';
import { SelectField } from '../../components/Form.tsx';
import { downloadCsv } from '../../lib/csv.ts';
import { useApiGet } from '../../lib/useApi.ts';

export interface MeldingOverzicht {
  id: string;
  referentie: string;
  status: string;
  statusNaam: string;
  categorie: string;
  kanaal: string;
  buurt: { code: string; naam: string | null } | null;
  team: string;
  ingediendOp: string;
  deadline: string;
  achterstallig: boolean;
  hoofdmeldingId: string | null;
  koppeling: string | null;
}

const STATUSSEN = ['ontvangen', 'in_beoordeling', 'doorgezet', 'gekoppeld_aan_casus', 'heropend', 'afgehandeld', 'niet_in_behandeling'];

/** Work list of meldingen: overdue first, filters remembered in the browser, CSV export. */
export function MeldingenPage() {
  const opgeslagen = (() => {
    try {
      return JSON.parse(localStorage.getItem('bv-meldingen-filter') ?? '{}') as { status?: string; categorie?: string; achterstallig?: boolean };
    } catch {
      return {};
    }
  })();
  const [status, setStatus] = useState(opgeslagen.status ?? '');
  const [categorie, setCategorie] = useState(opgeslagen.categorie ?? '');
  const [achterstallig, setAchterstallig] = useState(opgeslagen.achterstallig ?? false);
  const q = new URLSearchParams({ limit: '200' });
  if (status) q.set('status', status);
  if (categorie) q.set('categorie', categorie);
  if (achterstallig) q.set('achterstallig', 'true');
  const { data, fout } = useApiGet<{ totaal: number; items: MeldingOverzicht[] }>(`/api/meldingen?${q.toString()}`);
  const { data: categorieen } = useApiGet<{ code: string; naam: string }[]>('/api/meldingen/categorieen');

  const bewaar = () => localStorage.setItem('bv-meldingen-filter', JSON.stringify({ status, categorie, achterstallig }));
  const exporteer = () =>
    downloadCsv(
      'meldingen.csv',
      ['referentie', 'status', 'categorie', 'buurt', 'team', 'ingediend', 'deadline', 'achterstallig'],
      (data?.items ?? []).map((m) => [m.referentie, m.statusNaam, m.categorie, m.buurt?.naam ?? '', m.team, m.ingediendOp.slice(0, 10), m.deadline, m.achterstallig ? 'ja' : 'nee']),
    );

  return (
    <>
      <Heading1>Meldingen</Heading1>
      <div className="bv-form bv-filter" role="search" aria-label="Meldingen filteren">
        <SelectField label="Status" value={status} onChange={setStatus} options={[{ value: '', label: 'Alle' }, ...STATUSSEN.map((s) => ({ value: s, label: s.replace(/_/g, ' ') }))]} />
        <SelectField label="Onderwerp" value={categorie} onChange={setCategorie} options={[{ value: '', label: 'Alle' }, ...(categorieen ?? []).map((c) => ({ value: c.code, label: c.naam }))]} />
        <FormFieldCheckbox label="Alleen te laat" name="achterstallig" checked={achterstallig} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setAchterstallig(e.target.checked)} />
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={bewaar}>
            Filter bewaren
          </Button>
          <Button appearance="secondary-action-button" onClick={exporteer} disabled={!data?.items.length}>
            Exporteren (CSV)
          </Button>
        </ButtonGroup>
      </div>
      <Fout tekst={fout} />
      {data && (
        <div className="bv-table-scroll" tabIndex={0} role="group" aria-label="Lijst van meldingen">
          <Table>
            <TableCaption>{data.totaal} meldingen, te late eerst</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Nummer</TableHeaderCell>
                <TableHeaderCell scope="col">Onderwerp</TableHeaderCell>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
                <TableHeaderCell scope="col">Buurt</TableHeaderCell>
                <TableHeaderCell scope="col">Team</TableHeaderCell>
                <TableHeaderCell scope="col">Uiterlijk</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.items.map((m) => (
                <TableRow key={m.id}>
                  <TableCell>
                    <Link className="utrecht-link" to={`/meldingen/${m.id}`}>
                      {m.referentie}
                    </Link>
                    {m.hoofdmeldingId && <div className="bv-muted">{m.koppeling === 'suggestie' ? 'mogelijk dubbel' : 'gekoppeld'}</div>}
                  </TableCell>
                  <TableCell>{m.categorie.replace(/_/g, ' ')}</TableCell>
                  <TableCell>{m.statusNaam}</TableCell>
                  <TableCell>{m.buurt?.naam ?? 'geen locatie'}</TableCell>
                  <TableCell>{m.team}</TableCell>
                  <TableCell>
                    {m.deadline}
                    {m.achterstallig && <strong className="bv-te-laat"> te laat</strong>}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {data && data.items.length === 0 && <Paragraph>Geen meldingen gevonden.</Paragraph>}
    </>
  );
}
