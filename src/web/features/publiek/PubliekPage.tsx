import { Alert, Heading1, Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Fout } from '../../components/Fout.tsx';
import { api, ApiError, type Antwoord } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { errorText } from '../../lib/useApi.ts';
import { useSession } from '../../lib/session.tsx';

type Pagina = Antwoord<'/api/publiek'>;

/**
 * The public safety page of the gemeente, a wijk or a buurt (no login): what the programme aims for, what is
 * being done here, the buurtagenda and "u zei, wij deden", the figures that may be public (small counts as
 * "< 5"), and where to report or sign up. Everything on it comes from /api/publiek, which never carries
 * personal data or free text from meldingen or casussen.
 */
export function PubliekPage({ niveau }: { niveau: 'gemeente' | 'wijk' | 'buurt' }) {
  const { code = '' } = useParams();
  const { t } = useI18n();
  const { config } = useSession();
  const [p, setP] = useState<Pagina | null>(null);
  const [fout, setFout] = useState<{ nietGevonden: boolean; tekst: string } | null>(null);
  const pad = niveau === 'gemeente' ? '/api/publiek' : `/api/publiek/${niveau === 'wijk' ? 'wijken' : 'buurten'}/${encodeURIComponent(code)}`;
  useEffect(() => {
    let weg = false;
    setP(null);
    setFout(null);
    api<Pagina>(pad).then(
      (d) => !weg && setP(d),
      (e: unknown) => !weg && setFout({ nietGevonden: e instanceof ApiError && (e.problem.status === 404 || e.problem.status === 400), tekst: errorText(e) }),
    );
    return () => {
      weg = true;
    };
  }, [pad]);

  useEffect(() => {
    if (p) document.title = `${t('publiek.titel', { naam: p.gebied.naam })} · Buurtveilig`;
  }, [p, t]);

  if (fout?.nietGevonden) {
    return (
      <>
        <Heading1>{t('publiek.nietGevonden')}</Heading1>
        <Paragraph>{t('publiek.nietGevondenUitleg')}</Paragraph>
        <Link className="utrecht-link" to="/publiek">
          {t('publiek.naarOverzicht')}
        </Link>
      </>
    );
  }
  if (fout) return <Fout tekst={fout.tekst} />;
  if (!p) return <Paragraph>{t('app.laden')}</Paragraph>;
  const g = p.gebied;
  const perioden = [...new Set(p.cijfers.flatMap((c) => c.reeks.map((r) => r.periode)))].sort();

  return (
    <>
      <nav aria-label={t('publiek.kruimel')} className="bv-kruimel">
        <Link className="utrecht-link" to="/publiek">
          {config?.gemeente.naam ?? g.naam}
        </Link>
        {g.wijk && (
          <>
            {' › '}
            <Link className="utrecht-link" to={`/publiek/wijk/${g.wijk.code}`}>
              {g.wijk.naam}
            </Link>
          </>
        )}
        {g.niveau !== 'gemeente' && <> › {g.naam}</>}
      </nav>
      <Heading1>{t('publiek.titel', { naam: g.naam })}</Heading1>
      {p.demo && (
        <Alert type="warning">
          <Paragraph>{t('publiek.demo')}</Paragraph>
        </Alert>
      )}

      <section className="bv-section" aria-labelledby="doelen">
        <Heading2 id="doelen">{t('publiek.doelen')}</Heading2>
        <Paragraph>{t('publiek.programma', { van: p.programma.van, tot: p.programma.tot, titel: p.programma.titel })}</Paragraph>
        <UnorderedList>
          {p.programma.themas.map((th) => (
            <UnorderedListItem key={th.code}>
              <strong>{th.naam}</strong>
              {th.ambities[0] ? `: ${th.ambities[0]}` : ''}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </section>

      <section className="bv-section" aria-labelledby="doen">
        <Heading2 id="doen">{t('publiek.doen')}</Heading2>
        {p.maatregelen.length === 0 ? (
          <Paragraph>{t('publiek.geenMaatregelen')}</Paragraph>
        ) : (
          <UnorderedList data-testid="publiek-maatregelen">
            {[...p.maatregelen].sort((a, b) => Number(b.hierInDeBuurt) - Number(a.hierInDeBuurt)).map((m) => (
              <UnorderedListItem key={m.titel}>
                <strong>{m.titel}</strong> ({g.niveau === 'buurt' ? (m.hierInDeBuurt ? t('publiek.hier') : t('publiek.stad')) : m.thema}) · {t('publiek.maatregelRegel', { status: m.status, eigenaar: m.eigenaar })}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>

      {g.niveau === 'buurt' && (
        <section className="bv-section" aria-labelledby="agenda">
          <Heading2 id="agenda">{t('publiek.agenda')}</Heading2>
          <Paragraph>{t('publiek.agendaUitleg')}</Paragraph>
          {p.buurtagenda.length === 0 && p.uZeiWijDeden.length === 0 && <Paragraph>{t('publiek.geenAgenda')}</Paragraph>}
          {p.buurtagenda.length > 0 && (
            <UnorderedList data-testid="buurtagenda">
              {p.buurtagenda.map((a) => (
                <UnorderedListItem key={a.titel}>
                  <strong>{a.titel}</strong> · {a.status} · {t('publiek.prioriteit', { n: a.prioriteit })}
                  {a.toelichting && <div>{a.toelichting}</div>}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
          {p.uZeiWijDeden.length > 0 && (
            <>
              <Heading2>{t('publiek.uZei')}</Heading2>
              <UnorderedList data-testid="u-zei-wij-deden">
                {p.uZeiWijDeden.map((a) => (
                  <UnorderedListItem key={a.titel}>
                    <strong>{a.titel}</strong>: {a.uitkomst}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </>
          )}
        </section>
      )}

      {p.buurtschouwen.length > 0 && (
        <section className="bv-section" aria-labelledby="schouw">
          <Heading2 id="schouw">{t('publiek.schouw')}</Heading2>
          <UnorderedList data-testid="publiek-schouw">
            {p.buurtschouwen.map((s) => (
              <UnorderedListItem key={`${s.datum}-${s.thema}`}>
                <strong>
                  {s.datum}: {s.thema}
                </strong>
                <div>{s.samenvatting}</div>
                <div className="bv-muted">{s.punten.map((x) => t('publiek.schouwPunten', { categorie: x.categorie, aantal: x.aantal, afgehandeld: x.afgehandeld })).join('; ')}</div>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      )}

      <section className="bv-section" aria-labelledby="cijfers">
        <Heading2 id="cijfers">{t('publiek.cijfers')}</Heading2>
        <Paragraph>{t('publiek.cijfersUitleg')}</Paragraph>
        {p.cijfers.every((c) => c.reeks.length === 0) ? (
          <Paragraph>{t('publiek.geenCijfers')}</Paragraph>
        ) : (
          <div className="bv-table-scroll" tabIndex={0} role="group" aria-label={t('publiek.cijfers')}>
            <Table data-testid="publiek-cijfers">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('publiek.indicator')}</TableHeaderCell>
                  {perioden.map((j) => (
                    <TableHeaderCell key={j} scope="col">
                      {j}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {p.cijfers
                  .filter((c) => c.reeks.length > 0)
                  .map((c) => (
                    <TableRow key={c.code}>
                      <TableHeaderCell scope="row">
                        {c.naam} <span className="bv-muted">({c.eenheid})</span>
                        <div className="bv-muted">{t('publiek.bron', { bron: c.bron })}</div>
                        {c.doel && <div className="bv-muted">{t('publiek.doel', { doel: c.doel })}</div>}
                      </TableHeaderCell>
                      {perioden.map((j) => {
                        const r = c.reeks.find((x) => x.periode === j);
                        return (
                          <TableCell key={j}>
                            {r ? r.weergave : '–'}
                            {r?.interval && (
                              <span className="bv-muted">
                                {' '}
                                ({new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(r.interval[0])}–{new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(r.interval[1])})
                              </span>
                            )}
                            {r?.status === 'voorlopig' && <span className="bv-muted"> {t('publiek.voorlopig')}</span>}
                            {r?.demo && <span className="bv-muted"> demo</span>}
                          </TableCell>
                        );
                      })}
                    </TableRow>
                  ))}
              </TableBody>
            </Table>
          </div>
        )}
        <Paragraph className="bv-muted">{p.onderdrukking.uitleg}</Paragraph>
      </section>

      <section className="bv-section" aria-labelledby="meldingen">
        <Heading2 id="meldingen">{t('publiek.meldingen', { jaar: p.meldingen.jaar })}</Heading2>
        <Table data-testid="publiek-meldingen">
          <TableCaption>
            {t('publiek.meldingen', { jaar: p.meldingen.jaar })}
            {p.meldingen.demo ? ' (demo)' : ''}
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('publiek.categorie')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('publiek.aantal')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {p.meldingen.rijen.map((r) => (
              <TableRow key={r.categorie}>
                <TableCell>{r.categorie}</TableCell>
                <TableCell>{r.weergave}</TableCell>
              </TableRow>
            ))}
            <TableRow>
              <TableHeaderCell scope="row">{t('publiek.totaal')}</TableHeaderCell>
              <TableCell>
                <strong>{p.meldingen.totaal.weergave}</strong>
              </TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </section>

      <section className="bv-section" aria-labelledby="doe-mee">
        <Heading2 id="doe-mee">{t('publiek.doeMee')}</Heading2>
        <UnorderedList>
          <UnorderedListItem>
            <Link className="utrecht-link" to={p.links.melden}>
              {t('publiek.melden')}
            </Link>
          </UnorderedListItem>
          <UnorderedListItem>
            <Link className="utrecht-link" to={p.links.buurtberichten}>
              {t('publiek.buurtberichten')}
            </Link>
          </UnorderedListItem>
          <UnorderedListItem>
            <a className="utrecht-link" href={p.links.openData}>
              {t('publiek.openData')}
            </a>
          </UnorderedListItem>
        </UnorderedList>
      </section>

      {g.onderdelen.length > 0 && (
        <section className="bv-section" aria-labelledby="onderdelen">
          <Heading2 id="onderdelen">{g.niveau === 'gemeente' ? t('publiek.wijken') : t('publiek.buurten')}</Heading2>
          <UnorderedList className="bv-kolommen">
            {g.onderdelen.map((o) => (
              <UnorderedListItem key={o.code}>
                <Link className="utrecht-link" to={`/publiek/${g.niveau === 'gemeente' ? 'wijk' : 'buurt'}/${o.code}`}>
                  {o.naam}
                </Link>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      )}
    </>
  );
}
