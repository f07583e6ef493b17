import { Button, FormFieldTextbox, Heading1, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Fout } from '../../components/Fout.tsx';
import * as analyseApi from './api.ts';
import { errorText, useApiGet } from '../../lib/useApi.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { Alert } from '../../../contract/api/alerts.ts';


/** Near-repeat burglary alerts: approve (the buurtbericht goes out) or reject with a reason. */
export function AlertsPage() {
  const { t } = useI18n();
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
      <Link className="utrecht-link" to="/analyse">{t('alerts.terug')}</Link>
      <Heading1>{t('alerts.titel')}</Heading1>
      <Paragraph>{t('alerts.intro')}</Paragraph>
      <Fout tekst={lijst.fout ?? fout} />
      {melding && <Paragraph role="status" className="bv-ok">{melding}</Paragraph>}
      {lijst.data && lijst.data.length === 0 && <Paragraph>{t('alerts.geen')}</Paragraph>}
      {lijst.data && lijst.data.length > 0 && (
        <div className="bv-table-scroll" tabIndex={0} role="group" aria-label={t('alerts.tabel')}>
          <Table>
            <TableCaption>{t('alerts.bijschrift')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('alerts.inbraakOp')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('alerts.buurten', { straal: lijst.data[0]!.straalMeter })}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('alerts.geldigTot')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('alerts.abonnees')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('alerts.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('alerts.actie')}</TableHeaderCell>
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
                    {t(`alerts.status.${a.status}`)}
                    {a.status === 'verstuurd' && t('alerts.aan', { aantal: a.ontvangers ?? 0 })}
                    {a.reden && `: ${a.reden}`}
                  </TableCell>
                  <TableCell>
                    {a.status === 'voorgesteld' && (
                      <>
                        <Button appearance="primary-action-button" onClick={() => doe(() => analyseApi.alertGoedkeuren(a.id), (r) => t('alerts.goedgekeurd', { aantal: r.ontvangers }))}>
                          {t('alerts.goedkeuren')}
                        </Button>
                        <FormFieldTextbox label={t('alerts.reden')} name={`reden-${a.id}`} value={redenen[a.id] ?? ''} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setRedenen({ ...redenen, [a.id]: e.target.value })} />
                        <Button appearance="secondary-action-button" disabled={(redenen[a.id] ?? '').trim().length < 3} onClick={() => doe(() => analyseApi.alertAfwijzen(a.id, redenen[a.id] ?? ''), () => t('alerts.afgewezen'))}>
                          {t('alerts.afwijzen')}
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
