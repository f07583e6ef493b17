import { Heading1, Heading2, Heading3, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { Link, useParams, useSearchParams } from 'react-router';
import { Fout } from '../../components/Fout.tsx';
import { formatteer } from '../../components/kaart.ts';
import { TrendGrafiek } from '../../components/TrendGrafiek.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useApiGet } from '../../lib/useApi.ts';
import * as programmaApi from './api.ts';
import type { Catalogus, Dashboard } from './api.ts';
import { Kleur } from './Kleur.tsx';

type TrendData = Dashboard['indicatoren'][number];

/** One indicator of the theme for the gemeente: the chart with intervals and target, and the numbers in words. */
function Indicator({ d }: { d: TrendData }) {
  const { t } = useI18n();
  const punten = d.reeks.filter((r) => r.waarde !== null);
  const doel = d.indicator.doel?.vastgesteld ? d.indicator.doel.waarde : null;
  const herkomst = [...new Set(punten.map((p) => p.herkomst))].join(', ');
  const periode = punten.length ? `${punten[0]!.periode}–${punten.at(-1)!.periode}` : '';
  const eenheid = d.indicator.eenheid;
  return (
    <section className="bv-card" aria-labelledby={`ind-${d.indicator.code}`} data-testid="thema-indicator">
      <Heading3 id={`ind-${d.indicator.code}`}>{d.indicator.naam}</Heading3>
      {punten.length > 1 && (
        <TrendGrafiek
          punten={punten.map((p) => ({ periode: p.periode, waarde: p.waarde!, interval: p.interval ?? null, demo: p.herkomst === 'demo' }))}
          doel={doel}
          eenheid={eenheid}
          bron={t('thema.bron', { herkomst })}
          label={t('thema.grafiek', { naam: d.indicator.naam, periode })}
          periodeLabel={t('thema.periode')}
          doelLabel={t('thema.doel')}
        />
      )}
      {d.laatste ? (
        <Paragraph>
          {t('thema.laatste', { periode: d.laatste.periode, waarde: formatteer(d.laatste.waarde, eenheid), eenheid: eenheid === '%' ? '' : eenheid })}
          {d.laatste.interval && t('thema.interval', { laag: formatteer(d.laatste.interval[0], eenheid), hoog: formatteer(d.laatste.interval[1], eenheid) })}
          {d.vergelijking.vierJaarEerder && t('thema.vierJaar', { periode: d.vergelijking.vierJaarEerder.periode, waarde: formatteer(d.vergelijking.vierJaarEerder.waarde, eenheid) })}
        </Paragraph>
      ) : (
        <Paragraph>{t('thema.geenCijfers')}</Paragraph>
      )}
      <Paragraph className="bv-muted">
        {t('thema.bron', { herkomst: herkomst || '–' })}
        {d.indicator.doel?.ambitie ? ` · ${d.indicator.doel.ambitie}` : ''}
      </Paragraph>
    </section>
  );
}

/** A theme of the programme: its maatregelen by status and progress colour, and its indicators against their targets. */
export function ThemaPage() {
  const { code = '' } = useParams();
  const [zoek] = useSearchParams();
  const { t } = useI18n();
  const { data: boom } = useApiGet<programmaApi.Boom>(zoek.get('programma') ? null : programmaApi.pad.boom(null));
  const programma = zoek.get('programma') ?? boom?.code ?? null;
  const { data: d, fout } = useApiGet<Dashboard>(programma ? programmaApi.pad.dashboard(programma, code) : null);
  const { data: cat } = useApiGet<Catalogus>(programmaApi.pad.catalogus);
  const statusNaam = (c: string) => cat?.statussen.maatregel.find((s) => s.code === c)?.naam ?? c;
  return (
    <>
      <Link className="utrecht-link" to="/programma">
        {t('thema.terug')}
      </Link>
      <Fout tekst={fout} />
      {!d && !fout && <Paragraph>{t('app.laden')}</Paragraph>}
      {d && (
        <>
          <Heading1>{t('thema.titel', { naam: d.thema.naam })}</Heading1>
          {d.thema.ondertitel && <Paragraph lead>{d.thema.ondertitel}</Paragraph>}
          <UnorderedList>
            {d.thema.ambities.map((a) => (
              <UnorderedListItem key={a}>{a}</UnorderedListItem>
            ))}
          </UnorderedList>
          <div className="bv-naast">
            <section aria-label={t('thema.perStatus')}>
              <Heading2>{t('thema.perStatus')}</Heading2>
              <UnorderedList data-testid="per-status">
                {Object.entries(d.perStatus).map(([s, n]) => (
                  <UnorderedListItem key={s}>
                    {statusNaam(s)}: <strong>{n}</strong>
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </section>
            <section aria-label={t('thema.perKleur')}>
              <Heading2>{t('thema.perKleur')}</Heading2>
              <UnorderedList>
                {Object.entries(d.perKleur).map(([k, n]) => (
                  <UnorderedListItem key={k}>
                    {k === 'geen' ? t('thema.geenKleur') : <Kleur kleur={k as 'groen'} />}: <strong>{n}</strong>
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </section>
          </div>
          {d.maatregelen.length > 0 && (
            <div className="bv-table-scroll" tabIndex={0} role="group" aria-label={t('programma.aantal', { totaal: d.maatregelen.length })}>
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('programma.maatregel')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('programma.eigenaar')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('programma.status')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('programma.voortgang')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {d.maatregelen.map((m) => (
                    <TableRow key={m.id}>
                      <TableCell>
                        <Link className="utrecht-link" to={`/programma/maatregelen/${m.id}`}>
                          {m.titel}
                        </Link>
                        {m.demo && <span className="bv-muted">{t('programma.demoKort')}</span>}
                      </TableCell>
                      <TableCell>{m.eigenaarOrganisatieNaam}</TableCell>
                      <TableCell>{m.statusNaam}</TableCell>
                      <TableCell>
                        <Kleur kleur={m.laatsteKleur} datum={m.laatsteVoortgang} />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
          <Heading2>{t('thema.indicatoren')}</Heading2>
          {d.indicatoren.length === 0 && <Paragraph>{t('thema.geenIndicatoren')}</Paragraph>}
          {d.indicatoren.map((i) => (
            <Indicator key={i.indicator.code} d={i} />
          ))}
        </>
      )}
    </>
  );
}
