import { Button, FormFieldTextarea, FormFieldTextbox, Heading1, Heading2, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState } from 'react';
import { ActieUitkomst } from '../../components/ActieUitkomst.tsx';
import { SelectField } from '../../components/Form.tsx';
import { api, type Antwoord } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.tsx';
import { useActie } from '../../lib/useActie.ts';
import { useApiGet } from '../../lib/useApi.ts';

type Catalogus = Antwoord<'/api/ondermijning/catalogus'>;
type Signalen = Antwoord<'/api/ondermijning/signalen'>;
type Overleggen = Antwoord<'/api/ondermijning/overleggen'>;

const vandaag = () => new Date().toISOString().slice(0, 10);
const post = (url: string, body: unknown) => api<unknown>(url, { method: 'POST', body });

/** The compartment's register of signals and the signaaloverleg (only for the ondermijning roles). */
export function OndermijningPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const behandelen = can('ondermijning:behandelen');
  const [status, setStatus] = useState('');
  const lijst = useApiGet<Signalen>(`/api/ondermijning/signalen${status ? `?status=${status}` : ''}`);
  const overleggen = useApiGet<Overleggen>('/api/ondermijning/overleggen');
  const { data: cat } = useApiGet<Catalogus>('/api/ondermijning/catalogus');
  const opnieuw = () => {
    lijst.opnieuw();
    overleggen.opnieuw();
  };
  const actie = useActie(opnieuw);
  const leeg = { ontvangenOp: vandaag(), bronSoort: 'eigen', bron: '', bronBetrouwbaarheid: 'B', informatieBetrouwbaarheid: '2', fenomeen: '', omschrijving: '', vertrouwelijkheid: 'confidentieel', grondslag: '', object: '', bedrijf: '' };
  const [s, setS] = useState(leeg);
  const [datum, setDatum] = useState(vandaag());
  const [besluit, setBesluit] = useState<Record<string, { besluit: string; reden: string }>>({});
  const gepland = (overleggen.data ?? []).filter((o) => o.status === 'gepland');
  const naam = (lijst: { code: string; naam: string }[] | undefined, c: string) => lijst?.find((x) => x.code === c)?.naam ?? c;
  const opties = (l: { code: string; naam: string }[]) => [{ value: '', label: t('ond.kies') }, ...l.map((x) => ({ value: x.code, label: x.naam }))];

  return (
    <>
      <Heading1>{t('ond.titel')}</Heading1>
      <Paragraph>{t('ond.intro')}</Paragraph>
      <ActieUitkomst gelukt={actie.gelukt} fout={actie.fout ?? lijst.fout} />
      <section className="bv-section" aria-labelledby="signalen">
        <Heading2 id="signalen">{t('ond.signalen')}</Heading2>
        <div className="bv-form bv-filter">
          <SelectField
            label={t('ond.status')}
            value={status}
            onChange={setStatus}
            options={[{ value: '', label: t('ond.alle') }, ...(['nieuw', 'geagendeerd', 'besloten'] as const).map((c) => ({ value: c, label: t(`ond.status.${c}`) }))]}
          />
        </div>
        {lijst.data?.length === 0 && <Paragraph>{t('ond.geen')}</Paragraph>}
        {lijst.data && lijst.data.length > 0 && (
          <div className="bv-table-scroll" tabIndex={0} role="group" aria-label={t('ond.signalen')}>
            <Table data-testid="signalen">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('ond.nummer')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('ond.fenomeen')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('ond.waardering')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('ond.bron')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('ond.vertrouwelijkheid')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('ond.besluit')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {lijst.data.map((x) => {
                  const b = besluit[x.id] ?? { besluit: '', reden: '' };
                  return (
                    <TableRow key={x.id}>
                      <TableCell>
                        <strong>{x.nummer}</strong> <span className="bv-muted">({x.ontvangenOp})</span>
                        <div>{x.omschrijving}</div>
                        {x.subjecten.length > 0 && <div className="bv-muted">{t('ond.subjecten', { lijst: x.subjecten.map((y) => y.aanduiding).join(', ') })}</div>}
                      </TableCell>
                      <TableCell>{x.fenomeenNaam}</TableCell>
                      <TableCell>{x.waardering}</TableCell>
                      <TableCell>{x.bron}</TableCell>
                      <TableCell>{naam(cat?.vertrouwelijkheden, x.vertrouwelijkheid)}</TableCell>
                      <TableCell>
                        {x.besluit ? (
                          <>
                            <strong>{x.besluit.naam}</strong>: {x.besluit.reden}
                          </>
                        ) : (
                          t(`ond.status.${x.status}`)
                        )}
                        {behandelen && x.status === 'nieuw' && gepland.map((o) => (
                          <div key={o.id}>
                            <Button appearance="secondary-action-button" onClick={() => void actie.doe(() => post(`/api/ondermijning/signalen/${x.id}/agenderen`, { overleg: o.id }), t('ond.geagendeerd'))}>
                              {t('ond.agenderen', { datum: o.datum })}
                            </Button>
                          </div>
                        ))}
                        {behandelen && x.status === 'geagendeerd' && cat && (
                          <div className="bv-form">
                            <SelectField label={t('ond.besluitVeld', { nummer: x.nummer })} value={b.besluit} onChange={(v) => setBesluit({ ...besluit, [x.id]: { ...b, besluit: v } })} options={opties(cat.overlegBesluiten)} />
                            <FormFieldTextbox label={t('ond.reden')} name={`reden-${x.id}`} value={b.reden} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setBesluit({ ...besluit, [x.id]: { ...b, reden: e.target.value } })} />
                            <Button appearance="primary-action-button" disabled={!b.besluit || b.reden.trim().length < 5} onClick={() => void actie.doe(() => post(`/api/ondermijning/signalen/${x.id}/besluit`, b), t('ond.besloten'))}>
                              {t('ond.besluiten')}
                            </Button>
                          </div>
                        )}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </div>
        )}
      </section>

      <section className="bv-section" aria-labelledby="overleg">
        <Heading2 id="overleg">{t('ond.overleg')}</Heading2>
        <UnorderedList>
          {(overleggen.data ?? []).map((o) => (
            <UnorderedListItem key={o.id}>{t('ond.overlegRegel', { datum: o.datum, aantal: o.signalen.length })}</UnorderedListItem>
          ))}
        </UnorderedList>
        {behandelen && (
          <form
            className="bv-form bv-filter"
            onSubmit={(e) => {
              e.preventDefault();
              void actie.doe(() => post('/api/ondermijning/overleggen', { datum }), t('ond.gepland'));
            }}
          >
            <FormFieldTextbox label={t('ond.overlegDatum')} name="overlegDatum" type="date" value={datum} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setDatum(e.target.value)} />
            <Button appearance="secondary-action-button" type="submit">
              {t('ond.plannen')}
            </Button>
          </form>
        )}
      </section>

      {behandelen && cat && (
        <form
          className="bv-form"
          onSubmit={(e) => {
            e.preventDefault();
            const subjecten = [...(s.object ? [{ soort: 'object', aanduiding: s.object }] : []), ...(s.bedrijf ? [{ soort: 'bedrijf', aanduiding: s.bedrijf }] : [])];
            void actie
              .doe(
                () =>
                  api<{ nummer: string }>('/api/ondermijning/signalen', {
                    method: 'POST',
                    body: { ontvangenOp: s.ontvangenOp, bronSoort: s.bronSoort, bron: s.bron, bronBetrouwbaarheid: s.bronBetrouwbaarheid, informatieBetrouwbaarheid: s.informatieBetrouwbaarheid, fenomeen: s.fenomeen, omschrijving: s.omschrijving, vertrouwelijkheid: s.vertrouwelijkheid, grondslag: s.grondslag, subjecten },
                  }),
                (r) => t('ond.vastgelegd', { nummer: r.nummer }),
              )
              .then((ok) => ok && setS(leeg));
          }}
        >
          <Heading2>{t('ond.nieuw')}</Heading2>
          <FormFieldTextbox label={t('ond.ontvangen')} name="ontvangenOp" type="date" max={vandaag()} value={s.ontvangenOp} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setS({ ...s, ontvangenOp: e.target.value })} />
          <SelectField label={t('ond.bronSoort')} value={s.bronSoort} onChange={(v) => setS({ ...s, bronSoort: v })} options={cat.bronsoorten.map((x) => ({ value: x.code, label: x.naam }))} />
          <FormFieldTextbox label={t('ond.bronVeld')} name="bron" value={s.bron} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setS({ ...s, bron: e.target.value })} />
          <SelectField label={t('ond.bronBetrouwbaarheid')} value={s.bronBetrouwbaarheid} onChange={(v) => setS({ ...s, bronBetrouwbaarheid: v })} options={cat.bronBetrouwbaarheid.map((x) => ({ value: x.code, label: x.naam }))} />
          <SelectField label={t('ond.infoBetrouwbaarheid')} value={s.informatieBetrouwbaarheid} onChange={(v) => setS({ ...s, informatieBetrouwbaarheid: v })} options={cat.informatieBetrouwbaarheid.map((x) => ({ value: x.code, label: x.naam }))} />
          <SelectField label={t('ond.fenomeen')} value={s.fenomeen} onChange={(v) => setS({ ...s, fenomeen: v })} options={opties(cat.fenomenen)} />
          <FormFieldTextarea label={t('ond.omschrijving')} name="omschrijving" rows={3} value={s.omschrijving} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setS({ ...s, omschrijving: e.target.value })} />
          <SelectField label={t('ond.vertrouwelijkheid')} value={s.vertrouwelijkheid} onChange={(v) => setS({ ...s, vertrouwelijkheid: v })} options={cat.vertrouwelijkheden.map((x) => ({ value: x.code, label: x.naam }))} />
          <SelectField label={t('ond.grondslag')} value={s.grondslag} onChange={(v) => setS({ ...s, grondslag: v })} options={opties(cat.grondslagen)} />
          <FormFieldTextbox label={t('ond.object')} name="object" value={s.object} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setS({ ...s, object: e.target.value })} />
          <FormFieldTextbox label={t('ond.bedrijf')} name="bedrijf" value={s.bedrijf} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setS({ ...s, bedrijf: e.target.value })} />
          <Button appearance="primary-action-button" type="submit" disabled={!s.fenomeen || !s.grondslag || s.bron.trim().length < 2 || s.omschrijving.trim().length < 10}>
            {t('ond.vastleggen')}
          </Button>
        </form>
      )}
    </>
  );
}
