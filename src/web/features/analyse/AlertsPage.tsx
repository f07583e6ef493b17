import { Button, FormFieldTextbox, Heading1, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Fout } from '../../components/Fout.tsx';
import * as analyseApi from './api.ts';
import { errorText, useApiGet } from '../../lib/useApi.ts';
import type { Alert } from '../../../contract/api/alerts.ts';


const STATUS: Record<Alert['status'], string> = { voorgesteld: 'wacht op beoordeling', verstuurd: 'verstuurd', afgewezen: 'afgewezen', verlopen: 'verlopen' };

/** Near-repeat burglary alerts: approve (the buurtbericht goes out) or reject with a reason. */
export function AlertsPage() {
  const lijst = useApiGet<Alert[]>(analyseApi.pad.alerts);
  const [redenen, setRedenen] = useState<Record<string, string>>({});
  const [melding, setMelding] = useState<string | null>(null);
  const [fout, setFout] = useState<string | null>(null);

  const doe = async <T,>(roep: () => Promise<T>, ok: (r: T) => string) => {
    setFout(null);
    setMelding(null);
    try {
      setMelding(ok(await roep()));
      lijst.opnieuw();
    } catch (e) {
      setFout(errorText(e));
    }
  };

  return (
    <>
      <Link className="utrecht-link" to="/analyse">← Analyse</Link>
      <Heading1>Inbraakalerts</Heading1>
      <Paragraph>
        Na een recente woninginbraak stelt het systeem een buurtbericht voor. Het bericht noemt de buurt, nooit het adres.
        Keurt u het goed, dan gaat het naar de aangemelde bewoners en buurtpreventiegroepen.
      </Paragraph>
      <Fout tekst={lijst.fout ?? fout} />
      {melding && <Paragraph role="status" className="bv-ok">{melding}</Paragraph>}
      {lijst.data && lijst.data.length === 0 && <Paragraph>Er zijn geen alerts.</Paragraph>}
      {lijst.data && lijst.data.length > 0 && (
        <div className="bv-table-scroll" tabIndex={0} role="group" aria-label="Alerts">
          <Table>
            <TableCaption>Alerts, nieuwste eerst</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Inbraak op</TableHeaderCell>
                <TableHeaderCell scope="col">Buurten (binnen {lijst.data[0]!.straalMeter} m)</TableHeaderCell>
                <TableHeaderCell scope="col">Geldig tot</TableHeaderCell>
                <TableHeaderCell scope="col">Abonnees</TableHeaderCell>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
                <TableHeaderCell scope="col">Actie</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {lijst.data.map((a) => (
                <TableRow key={a.id} data-testid="alert">
                  <TableCell>{a.incidentDatum}</TableCell>
                  <TableCell>{a.buurten.map((b) => b.naam).join(', ')}</TableCell>
                  <TableCell>{a.geldigTot}</TableCell>
                  <TableCell>{a.abonnees}</TableCell>
                  <TableCell data-testid="alert-status">
                    {STATUS[a.status]}
                    {a.status === 'verstuurd' && ` aan ${a.ontvangers}`}
                    {a.reden && `: ${a.reden}`}
                  </TableCell>
                  <TableCell>
                    {a.status === 'voorgesteld' && (
                      <>
                        <Button appearance="primary-action-button" onClick={() => doe(() => analyseApi.alertGoedkeuren(a.id), (r) => `Goedgekeurd: het bericht gaat naar ${r.ontvangers} abonnees.`)}>
                          Goedkeuren en versturen
                        </Button>
                        <FormFieldTextbox label="Reden om af te wijzen" name={`reden-${a.id}`} value={redenen[a.id] ?? ''} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setRedenen({ ...redenen, [a.id]: e.target.value })} />
                        <Button appearance="secondary-action-button" disabled={(redenen[a.id] ?? '').trim().length < 3} onClick={() => doe(() => analyseApi.alertAfwijzen(a.id, redenen[a.id] ?? ''), () => 'Afgewezen.')}>
                          Afwijzen
                        </Button>
                      </>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
