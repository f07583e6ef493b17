import { Button, FormFieldTextbox, Heading1, Heading2, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Fout } from '../../components/Fout.tsx';
import { ApiError } from '../../lib/api.ts';
import * as monitorApi from './api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { Antwoord } from '../../lib/api.ts';
import { useApiGet } from '../../lib/useApi.ts';

const leesTekst = (f: File) => f.text();

/** Import a CBS/politie file or an incident export; all or nothing, with the line numbers of bad rows. */
export function InlezenPage() {
  const { t, taal } = useI18n();
  const log = useApiGet<Antwoord<'/api/monitor/imports'>>('/api/monitor/imports?limit=20');
  const [cbs, setCbs] = useState<File | null>(null);
  const [maten, setMaten] = useState<File | null>(null);
  const [inc, setInc] = useState<File | null>(null);
  const [kol, setKol] = useState({ soort: 'soort', datum: 'datum', x: 'x', y: 'y' });
  const [uitslag, setUitslag] = useState<string | null>(null);
  const [fout, setFout] = useState<{ tekst: string; regels: string[] } | null>(null);
  const [bezig, setBezig] = useState(false);

  const verstuur = async <T,>(roep: () => Promise<T>, tekst: (r: T) => string) => {
    setBezig(true);
    setFout(null);
    setUitslag(null);
    try {
      setUitslag(tekst(await roep()));
    } catch (e) {
      const p = e instanceof ApiError ? e.problem : null;
      setFout({ tekst: p?.detail ?? p?.title ?? String(e), regels: (p?.fouten ?? []).map((f) => `${f.veld}: ${f.melding}`) });
    } finally {
      setBezig(false);
      log.opnieuw();
    }
  };

  return (
    <>
      <Link className="utrecht-link" to="/monitor">{t('inlezen.terug')}</Link>
      <Heading1>{t('inlezen.titel')}</Heading1>
      <Paragraph>{t('inlezen.intro')}</Paragraph>
      <Heading2>{t('inlezen.cbs')}</Heading2>
      <Paragraph>{t('inlezen.cbsUitleg')}</Paragraph>
      <div className="bv-form">
        <label className="utrecht-form-label" htmlFor="cbs-bestand">{t('inlezen.bestand')}</label>
        <input id="cbs-bestand" type="file" accept=".json,.csv" onChange={(e) => setCbs(e.target.files?.[0] ?? null)} />
        <label className="utrecht-form-label" htmlFor="cbs-maten">{t('inlezen.maten')}</label>
        <input id="cbs-maten" type="file" accept=".json" onChange={(e) => setMaten(e.target.files?.[0] ?? null)} />
        <Button
          appearance="primary-action-button"
          disabled={!cbs || bezig}
          onClick={async () =>
            verstuur(
              async () => monitorApi.importCbs({ bestandsnaam: cbs!.name, inhoud: await leesTekst(cbs!), ...(maten ? { maten: await leesTekst(maten) } : {}) }),
              (r) =>
                t('inlezen.cbsUitslag', { rijen: r.rijen, formaat: r.formaat, geheim: r.geheim, overgeslagen: r.overgeslagen }) +
                (r.onbekendeGebieden.length ? t('inlezen.onbekend', { gebieden: r.onbekendeGebieden.join(', ') }) : ''),
            )
          }
        >
          {t('inlezen.cbsKnop')}
        </Button>
      </div>
      <Heading2>{t('inlezen.incidenten')}</Heading2>
      <Paragraph>{t('inlezen.incUitleg')}</Paragraph>
      <div className="bv-form">
        <label className="utrecht-form-label" htmlFor="inc-bestand">{t('inlezen.bestand')}</label>
        <input id="inc-bestand" type="file" accept=".csv" onChange={(e) => setInc(e.target.files?.[0] ?? null)} />
        {(['soort', 'datum', 'x', 'y'] as const).map((k) => (
          <FormFieldTextbox key={k} label={t('inlezen.kolom', { kolom: k })} name={`kolom-${k}`} value={kol[k]} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setKol({ ...kol, [k]: e.target.value })} />
        ))}
        <Button
          appearance="primary-action-button"
          disabled={!inc || bezig}
          onClick={async () =>
            verstuur(
              async () => monitorApi.importIncidenten({ bestandsnaam: inc!.name, inhoud: await leesTekst(inc!), kolommen: kol }),
              (r) => `${t('inlezen.incUitslag', { aantal: r.aantal })}${r.alerts ? t('inlezen.alerts', { aantal: r.alerts }) : ''}`,
            )
          }
        >
          {t('inlezen.incKnop')}
        </Button>
      </div>
      {bezig && <Paragraph role="status">{t('inlezen.bezig')}</Paragraph>}
      {uitslag && <Paragraph role="status" className="bv-ok" data-testid="import-uitslag">{uitslag}</Paragraph>}
      {fout && (
        <>
          <Fout tekst={fout.tekst} />
          <ul data-testid="import-fouten">
            {fout.regels.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      )}
      <Heading2>{t('inlezen.eerder')}</Heading2>
      <Fout tekst={log.fout} />
      {log.data && log.data.length === 0 && <Paragraph>{t('inlezen.nogNiets')}</Paragraph>}
      {log.data && log.data.length > 0 && (
        <Table data-testid="importlog">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('inlezen.wanneer')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('inlezen.bestand')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('inlezen.soort')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('inlezen.uitkomst')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {log.data.map((r) => (
              <TableRow key={r.id}>
                <TableCell>{new Date(r.tijdstip).toLocaleString(taal === 'en' ? 'en-GB' : 'nl-NL')}</TableCell>
                <TableCell>{r.bestand}</TableCell>
                <TableCell>{r.soort}</TableCell>
                <TableCell>{r.status === 'gelukt' ? t('inlezen.gelukt', { rijen: r.rijen }) : <strong className="bv-te-laat">{t('inlezen.mislukt', { fout: r.fout ?? '' })}</strong>}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
