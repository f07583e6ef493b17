import { Button, FormFieldCheckbox, FormFieldTextarea, FormFieldTextbox, Heading1, Heading2, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { ActieUitkomst } from '../../components/ActieUitkomst.tsx';
import { SelectField } from '../../components/Form.tsx';
import type { Antwoord } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.tsx';
import { useActie } from '../../lib/useActie.ts';
import { useApiGet } from '../../lib/useApi.ts';
import { useBuurtNamen } from '../../lib/useBuurtNamen.ts';
import * as programmaApi from './api.ts';
import type { Boom, Catalogus } from './api.ts';

type Punten = Antwoord<'/api/programma/buurtagenda'>;

/**
 * Buurtagenda's for the programme team: per buurt the points chosen with residents, their status and, when
 * finished, the outcome in plain words. Published points appear on the public buurt page ("u zei, wij deden").
 */
export function BuurtagendaPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const beheer = can('programma:beheren');
  const buurtNaam = useBuurtNamen();
  const [buurt, setBuurt] = useState('');
  const lijst = useApiGet<Punten>(`/api/programma/buurtagenda${buurt ? `?buurt=${buurt}` : ''}`);
  const { data: cat } = useApiGet<Catalogus>(programmaApi.pad.catalogus);
  const { data: boom } = useApiGet<Boom>(programmaApi.pad.boom(null));
  const { data: maatregelen } = useApiGet<programmaApi.Lijst>(programmaApi.pad.lijst({}));
  // Maatregelen that concern the chosen buurt: named in their buurten, or city-wide (none named).
  const hier = (maatregelen?.items ?? []).filter((m) => m.buurten.length === 0 || m.buurten.includes(buurt));
  const maatregelNaam = new Map((maatregelen?.items ?? []).map((m) => [m.id, m]));
  const actie = useActie(lijst.opnieuw);
  const [nieuw, setNieuw] = useState({ titel: '', toelichting: '', thema: '', prioriteit: '2', eigenaarOrganisatie: 'gemeente-oov', gepubliceerd: false, maatregelIds: [] as number[] });
  const [stap, setStap] = useState<Record<number, { status: string; uitkomst: string }>>({});

  return (
    <>
      <Link className="utrecht-link" to="/programma">
        {t('maatregel.terug')}
      </Link>
      <Heading1>{t('buurtagenda.titel')}</Heading1>
      <Paragraph>{t('buurtagenda.intro')}</Paragraph>
      <ActieUitkomst gelukt={actie.gelukt} fout={actie.fout ?? lijst.fout} />
      <div className="bv-form bv-filter">
        <SelectField label={t('programma.buurt')} value={buurt} onChange={setBuurt} options={[{ value: '', label: t('programma.alle') }, ...[...buurtNaam].map(([c, n]) => ({ value: c, label: n }))]} />
      </div>
      {buurt && (
        <Paragraph>
          <Link className="utrecht-link" to={`/publiek/buurt/${buurt}`}>
            {t('buurtagenda.publiekeSite', { buurt: buurtNaam.get(buurt) ?? buurt })}
          </Link>
        </Paragraph>
      )}
      {lijst.data && lijst.data.length === 0 && <Paragraph>{t('buurtagenda.geen')}</Paragraph>}
      {lijst.data && lijst.data.length > 0 && (
        <div className="bv-table-scroll" tabIndex={0} role="group" aria-label={t('buurtagenda.titel')}>
          <Table data-testid="buurtagenda-lijst">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('programma.buurt')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('buurtagenda.punt')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('programma.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('buurtagenda.gepubliceerd')}</TableHeaderCell>
                {beheer && <TableHeaderCell scope="col">{t('buurtagenda.bijwerken')}</TableHeaderCell>}
              </TableRow>
            </TableHeader>
            <TableBody>
              {lijst.data.map((p) => {
                const s = stap[p.id] ?? { status: '', uitkomst: p.uitkomst ?? '' };
                const eind = cat?.buurtagenda.statussen.find((x) => x.code === s.status)?.eind === true;
                return (
                  <TableRow key={p.id}>
                    <TableCell>{buurtNaam.get(p.buurt) ?? p.buurt}</TableCell>
                    <TableCell>
                      <strong>{p.titel}</strong> <span className="bv-muted">({t('publiek.prioriteit', { n: p.prioriteit })}, {p.eigenaarOrganisatieNaam})</span>
                      {p.toelichting && <div>{p.toelichting}</div>}
                      {p.uitkomst && <div className="bv-muted">{t('buurtagenda.uitkomstIs', { uitkomst: p.uitkomst })}</div>}
                      {p.maatregelIds.length > 0 && (
                        <div>
                          {t('buurtagenda.maatregelen')}{' '}
                          {p.maatregelIds.map((id, i) => (
                            <span key={id}>
                              {i > 0 && ', '}
                              <Link className="utrecht-link" to={`/programma/maatregelen/${id}`}>
                                {maatregelNaam.get(id)?.titel ?? `#${id}`}
                              </Link>
                            </span>
                          ))}
                        </div>
                      )}
                    </TableCell>
                    <TableCell>{p.statusNaam}</TableCell>
                    <TableCell>{p.gepubliceerd ? t('maatregel.ja') : t('maatregel.nee')}</TableCell>
                    {beheer && (
                      <TableCell>
                        <div className="bv-form">
                          {p.volgendeStatussen.length > 0 && (
                            <SelectField
                              label={t('buurtagenda.naarStatus', { titel: p.titel })}
                              value={s.status}
                              onChange={(v) => setStap({ ...stap, [p.id]: { ...s, status: v } })}
                              options={[{ value: '', label: t('programma.kiesStatus') }, ...p.volgendeStatussen.map((c) => ({ value: c, label: cat?.buurtagenda.statussen.find((x) => x.code === c)?.naam ?? c }))]}
                            />
                          )}
                          {eind && <FormFieldTextarea label={t('buurtagenda.uitkomst')} name={`uitkomst-${p.id}`} rows={2} value={s.uitkomst} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setStap({ ...stap, [p.id]: { ...s, uitkomst: e.target.value } })} />}
                          {s.status && (
                            <Button
                              appearance="secondary-action-button"
                              disabled={eind && s.uitkomst.trim().length < 3}
                              onClick={() => void actie.doe(() => programmaApi.buurtagendaWijzigen(p.id, { status: s.status, ...(eind ? { uitkomst: s.uitkomst } : {}) }), t('buurtagenda.bijgewerkt'))}
                            >
                              {t('programma.statusKnop')}
                            </Button>
                          )}
                          <Button appearance="subtle-button" onClick={() => void actie.doe(() => programmaApi.buurtagendaWijzigen(p.id, { gepubliceerd: !p.gepubliceerd }), t('buurtagenda.bijgewerkt'))}>
                            {p.gepubliceerd ? t('buurtagenda.nietPubliceren') : t('buurtagenda.publiceren')}
                          </Button>
                        </div>
                      </TableCell>
                    )}
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
      {beheer && cat && (
        <form
          className="bv-form"
          onSubmit={(e) => {
            e.preventDefault();
            void actie
              .doe(
                () =>
                  programmaApi.buurtagendaToevoegen({
                    buurt,
                    titel: nieuw.titel,
                    toelichting: nieuw.toelichting,
                    ...(nieuw.thema ? { thema: nieuw.thema } : {}),
                    prioriteit: Number(nieuw.prioriteit),
                    eigenaarOrganisatie: nieuw.eigenaarOrganisatie,
                    gepubliceerd: nieuw.gepubliceerd,
                    maatregelIds: nieuw.maatregelIds,
                  }),
                t('buurtagenda.toegevoegd'),
              )
              .then((ok) => ok && setNieuw({ ...nieuw, titel: '', toelichting: '', maatregelIds: [] }));
          }}
        >
          <Heading2>{t('buurtagenda.nieuw')}</Heading2>
          {!buurt && <Paragraph>{t('buurtagenda.kiesEerst')}</Paragraph>}
          <FormFieldTextbox label={t('buurtagenda.puntTitel')} name="puntTitel" value={nieuw.titel} maxLength={200} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setNieuw({ ...nieuw, titel: e.target.value })} />
          <FormFieldTextarea label={t('buurtagenda.toelichting')} name="puntToelichting" rows={2} value={nieuw.toelichting} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setNieuw({ ...nieuw, toelichting: e.target.value })} />
          <SelectField label={t('programma.thema')} value={nieuw.thema} onChange={(v) => setNieuw({ ...nieuw, thema: v })} options={[{ value: '', label: '—' }, ...(boom?.themas ?? []).map((th) => ({ value: th.code, label: th.naam }))]} />
          <SelectField label={t('buurtagenda.prioriteit')} value={nieuw.prioriteit} onChange={(v) => setNieuw({ ...nieuw, prioriteit: v })} options={['1', '2', '3'].map((n) => ({ value: n, label: t('publiek.prioriteit', { n }) }))} />
          <SelectField label={t('programma.eigenaar')} value={nieuw.eigenaarOrganisatie} onChange={(v) => setNieuw({ ...nieuw, eigenaarOrganisatie: v })} options={cat.organisaties.map((o) => ({ value: o.code, label: o.naam }))} />
          {buurt && hier.length > 0 && (
            <fieldset className="bv-fieldset">
              <legend>{t('buurtagenda.koppel')}</legend>
              {hier.map((m) => (
                <FormFieldCheckbox
                  key={m.id}
                  id={`koppel-${m.id}`}
                  label={`${m.titel} (${m.eigenaarOrganisatieNaam})`}
                  checked={nieuw.maatregelIds.includes(m.id)}
                  onChange={(e: React.ChangeEvent<HTMLInputElement>) => setNieuw({ ...nieuw, maatregelIds: e.target.checked ? [...nieuw.maatregelIds, m.id] : nieuw.maatregelIds.filter((x) => x !== m.id) })}
                />
              ))}
            </fieldset>
          )}
          <FormFieldCheckbox id="puntPubliek" label={t('buurtagenda.meteenPubliceren')} checked={nieuw.gepubliceerd} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setNieuw({ ...nieuw, gepubliceerd: e.target.checked })} />
          <Button appearance="primary-action-button" type="submit" disabled={!buurt || nieuw.titel.trim().length < 3}>
            {t('buurtagenda.toevoegen')}
          </Button>
        </form>
      )}
    </>
  );
}
