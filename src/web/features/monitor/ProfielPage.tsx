import { Alert, Button, FormFieldTextarea, Heading1, Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useSession } from '../../lib/session.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { Fout } from '../../components/Fout.tsx';
import { SelectField } from '../../components/Form.tsx';
import { errorText, useApiGet } from '../../lib/useApi.ts';
import { formatteer } from '../../components/kaart.ts';
import * as monitorApi from './api.ts';
import { doelTekst } from './doel.ts';
import type { Profiel, ProfielIndicator } from './api.ts';


/**
 * Compared with the gemeente, as the server decided it: on rates (a count per 1,000 inhabitants), never a
 * buurt's count against the city's total, with the area's 95 % interval deciding.
 */
function vergelijk(i: ProfielIndicator, t: ReturnType<typeof useI18n>['t']): string {
  const v = i.vergelijking;
  if (!v) return '—';
  return t('profiel.tegen', { oordeel: t(`profiel.oordeel.${v.oordeel}`), eigen: formatteer(v.eigen), gemeente: formatteer(v.gemeente), basis: v.basis });
}

/**
 * The buurt profile: objective figures and beleving side by side with the gap between them, the targets,
 * and the analysts' dated notes (duiding).
 */
export function ProfielPage() {
  const { code = '' } = useParams();
  const { gebruiker } = useSession();
  const { t, taal } = useI18n();
  const [jaar, setJaar] = useState(String(new Date().getFullYear() - 1));
  const profiel = useApiGet<Profiel>(monitorApi.pad.profiel(code, jaar));
  const [tekst, setTekst] = useState('');
  const [fout, setFout] = useState<string | null>(null);
  const magDuiden = gebruiker?.permissies.includes('analyse:uitvoeren') ?? false;
  const p = profiel.data;
  const jaren = Array.from({ length: 12 }, (_, i) => String(new Date().getFullYear() - i));

  const bewaar = async () => {
    setFout(null);
    try {
      await monitorApi.duidingToevoegen(code, tekst);
      setTekst('');
      profiel.opnieuw();
    } catch (e) {
      setFout(errorText(e));
    }
  };

  const tabel = (soort: 'objectief' | 'beleving', titel: string) => {
    const rijen = (p?.indicatoren ?? []).filter((i) => i.soort === soort);
    return (
      <div className="bv-table-scroll" tabIndex={0} role="group" aria-label={titel}>
        <Table>
          <TableCaption>{titel}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('profiel.indicator')}</TableHeaderCell>
              <TableHeaderCell scope="col">{p?.gebied.naam}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('profiel.gemeente')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('profiel.vergelijking')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('profiel.doel')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rijen.map((i) => (
              <TableRow key={i.code}>
                <TableCell>{i.naam}</TableCell>
                <TableCell>
                  {i.geheim ? t('profiel.geheim') : formatteer(i.waarde, i.eenheid)}
                  {i.herkomst === 'demo' && <span className="bv-muted">{t('profiel.demoKort')}</span>}
                </TableCell>
                <TableCell>{formatteer(i.gemeente, i.eenheid)}</TableCell>
                <TableCell>{vergelijk(i, t)}</TableCell>
                <TableCell>
                  {doelTekst(i.doel, i.eenheid, true)}
                  {i.nulmeting && <div className="bv-muted">{t('profiel.nulmeting', { jaar: i.nulmeting.jaar, waarde: formatteer(i.nulmeting.waarde, i.eenheid) })}</div>}
                  {i.doelStatus && <strong className={i.doelStatus === 'op_koers' ? 'bv-ok' : 'bv-te-laat'}> {i.doelStatus === 'op_koers' ? t('profiel.opKoers') : t('profiel.nietOpKoers')}</strong>}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    );
  };

  const beleving = (p?.indicatoren ?? []).filter((i) => i.soort === 'beleving');
  const geenBeleving = beleving.every((i) => i.waarde === null);
  // The gap: how this area compares with the gemeente on registered figures versus on how people feel.
  const score = (soort: 'objectief' | 'beleving') => {
    const v = (p?.indicatoren ?? []).filter((i) => i.soort === soort).map((i) => i.vergelijking?.oordeel);
    return { beter: v.filter((x) => x === 'beter').length, slechter: v.filter((x) => x === 'slechter').length };
  };
  const obj = score('objectief');
  const bel = score('beleving');
  const kloof = geenBeleving
    ? t('profiel.geenEnquete')
    : bel.slechter > bel.beter && obj.slechter <= obj.beter
      ? t('profiel.belevingSlechter')
      : bel.beter > bel.slechter && obj.slechter > obj.beter
        ? t('profiel.cijfersSlechter')
        : t('profiel.zelfde');

  return (
    <>
      <Link className="utrecht-link" to="/monitor">{t('profiel.terug')}</Link>
      <Heading1>{p ? t('profiel.titel', { naam: p.gebied.naam }) : t('profiel.titelLeeg')}</Heading1>
      <Fout tekst={profiel.fout} />
      <div className="bv-form bv-filter">
        <SelectField label={t('profiel.jaar')} value={jaar} onChange={setJaar} options={jaren.map((j) => ({ value: j, label: j }))} />
      </div>
      {p && (
        <>
          {p.indicatoren.some((i) => i.herkomst === 'demo') && (
            <Alert type="warning">
              <Paragraph>
                <strong>Demo:</strong> {t('profiel.demo')}
              </Paragraph>
            </Alert>
          )}
          <Heading2>{t('profiel.naast')}</Heading2>
          <Paragraph className="bv-muted">
            {t('profiel.uitleg')}
          </Paragraph>
          <div className="bv-naast">
            {tabel('objectief', t('profiel.objectief'))}
            {tabel('beleving', t('profiel.beleving'))}
          </div>
          <Paragraph data-testid="kloof">
            {kloof}
            {!geenBeleving && t('profiel.telling', { ob: obj.beter, os: obj.slechter, bb: bel.beter, bs: bel.slechter })}
          </Paragraph>
          <Heading2>{t('profiel.duiding')}</Heading2>
          {p.duiding.length === 0 && <Paragraph>{t('profiel.geenDuiding')}</Paragraph>}
          <ul className="bv-duiding">
            {p.duiding.map((d) => (
              <li key={d.id}>
                <Paragraph>{d.tekst}</Paragraph>
                <Paragraph className="bv-muted">
                  {d.auteur}, {new Date(d.geschrevenOp).toLocaleDateString(taal === 'en' ? 'en-GB' : 'nl-NL')}
                </Paragraph>
              </li>
            ))}
          </ul>
          {magDuiden && (
            <div className="bv-form">
              <FormFieldTextarea label={t('profiel.nieuweDuiding')} name="duiding" value={tekst} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setTekst(e.target.value)} />
              <Fout tekst={fout} />
              <Button appearance="primary-action-button" onClick={bewaar} disabled={tekst.trim().length < 3}>
                {t('profiel.duidingOpslaan')}
              </Button>
            </div>
          )}
        </>
      )}
    </>
  );
}
