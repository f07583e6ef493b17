import {
  Alert,
  Button,
  ButtonGroup,
  FormFieldCheckbox,
  FormFieldTextbox,
  Heading1,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Fout } from '../../components/Fout.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { errorText } from '../../lib/useApi.ts';
import * as beheerApi from './api.ts';
import type { Controle, Verwerking } from './api.ts';


const PAGE = 25;

/** Search the verwerkingenlog (beheerder, FG) and verify its hash chain. */
export function VerwerkingenPage() {
  const { t, taal } = useI18n();
  const [filter, setFilter] = useState({ tekst: '', actie: '', van: '', tot: '', persoonsgegevens: false });
  const [applied, setApplied] = useState(filter);
  const [offset, setOffset] = useState(0);
  const [data, setData] = useState<{ totaal: number; items: Verwerking[] } | null>(null);
  const [fout, setFout] = useState<string | null>(null);
  const [controle, setControle] = useState<Controle | null>(null);

  const load = useCallback(async () => {
    const q = new URLSearchParams({ limit: String(PAGE), offset: String(offset) });
    if (applied.tekst) q.set('tekst', applied.tekst);
    if (applied.actie) q.set('actie', applied.actie);
    if (applied.van) q.set('van', new Date(`${applied.van}T00:00:00`).toISOString());
    if (applied.tot) q.set('tot', new Date(new Date(`${applied.tot}T00:00:00`).getTime() + 86_400_000).toISOString());
    if (applied.persoonsgegevens) q.set('persoonsgegevens', 'true');
    try {
      setData(await beheerApi.verwerkingen(q));
      setFout(null);
    } catch (e) {
      setFout(errorText(e));
    }
  }, [applied, offset]);

  useEffect(() => {
    void load();
  }, [load]);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setOffset(0);
    setApplied(filter);
  };

  const paginas = data ? Math.max(1, Math.ceil(data.totaal / PAGE)) : 1;
  const pagina = Math.floor(offset / PAGE) + 1;
  const fmt = (iso: string) => new Date(iso).toLocaleString(taal === 'nl' ? 'nl-NL' : 'en-GB');

  return (
    <>
      <Heading1>{t('log.titel')}</Heading1>
      <Paragraph>{t('log.intro')}</Paragraph>
      <form onSubmit={onSubmit} className="bv-form bv-filter" role="search">
        <FormFieldTextbox label={t('log.tekst')} name="tekst" value={filter.tekst} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setFilter({ ...filter, tekst: e.target.value })} />
        <FormFieldTextbox label={t('log.actie')} name="actie" value={filter.actie} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setFilter({ ...filter, actie: e.target.value })} />
        <FormFieldTextbox label={t('log.van')} name="van" type="date" value={filter.van} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setFilter({ ...filter, van: e.target.value })} />
        <FormFieldTextbox label={t('log.tot')} name="tot" type="date" value={filter.tot} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setFilter({ ...filter, tot: e.target.value })} />
        <FormFieldCheckbox
          label={t('log.alleenPersoonsgegevens')}
          name="persoonsgegevens"
          checked={filter.persoonsgegevens}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => setFilter({ ...filter, persoonsgegevens: e.target.checked })}
        />
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit">
            {t('log.zoek')}
          </Button>
          <Button appearance="secondary-action-button" type="button" onClick={() => void beheerApi.controleer().then(setControle)}>
            {t('log.controleer')}
          </Button>
          <Button
            appearance="subtle-button"
            type="button"
            onClick={() => {
              const f = { ...filter, actie: 'casus.doorbreken' };
              setFilter(f);
              setOffset(0);
              setApplied(f);
            }}
          >
            {t('log.doorbraken')}
          </Button>
        </ButtonGroup>
      </form>
      <div aria-live="polite">
        {controle && (
          <Alert type={controle.intact ? 'ok' : 'error'}>
            <Paragraph>
              {controle.intact
                ? t('log.intact', { aantal: controle.aantal })
                : t('log.nietIntact', { nummer: controle.fout?.volgnummer ?? '?', reden: controle.fout?.reden ?? '' })}
            </Paragraph>
            <Paragraph>
              {controle.ankers?.laatste
                ? t('log.ankers', { aantal: controle.ankers.aantal, nummer: controle.ankers.laatste.volgnummer })
                : t('log.geenAnkers')}
            </Paragraph>
          </Alert>
        )}
      </div>
      <Fout tekst={fout} />
      {data && (
        <>
          <div className="bv-table-scroll" tabIndex={0} role="group" aria-label={t('log.titel')}>
            <Table>
              <TableCaption>{t('log.resultaten', { totaal: data.totaal })}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('log.nr')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('log.tijd')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('log.wie')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('log.actie')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('log.object')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('log.doel')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('log.pg')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.items.map((v) => (
                  <TableRow key={v.volgnummer}>
                    <TableCell>{v.volgnummer}</TableCell>
                    <TableCell>{fmt(v.tijdstip)}</TableCell>
                    <TableCell>
                      {v.actor}
                      {v.organisatie ? <div className="bv-muted">{v.organisatie}</div> : null}
                    </TableCell>
                    <TableCell>
                      <code>{v.actie}</code>
                    </TableCell>
                    <TableCell>
                      {v.objectType}
                      {v.objectId ? <div className="bv-muted">{v.objectId}</div> : null}
                    </TableCell>
                    <TableCell>{v.doel}</TableCell>
                    <TableCell>{v.persoonsgegevens ? t('log.ja') : t('log.nee')}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <nav aria-label={t('log.pagina', { pagina, paginas })} className="bv-pager">
            <Button appearance="secondary-action-button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
              {t('log.vorige')}
            </Button>
            <span>{t('log.pagina', { pagina, paginas })}</span>
            <Button appearance="secondary-action-button" disabled={pagina >= paginas} onClick={() => setOffset(offset + PAGE)}>
              {t('log.volgende')}
            </Button>
          </nav>
        </>
      )}
    </>
  );
}
