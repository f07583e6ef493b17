import { Alert, Heading1, Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Fout } from '../../components/Fout.tsx';
import { SelectField } from '../../components/Form.tsx';
import { formatteer } from '../../components/kaart.ts';
import { useApiGet } from '../../lib/useApi.ts';
import { useI18n } from '../../lib/i18n.tsx';
import * as monitorApi from './api.ts';
import type { GemeentenVergelijking } from './api.ts';

/**
 * The gemeente among other gemeenten (as waarstaatjegemeente.nl does): registered crime per 1,000 inhabitants
 * for a comparison group from the gemeente's config, with the 95 % interval, lowest first.
 */
export function GemeentenPage() {
  const { t, taal } = useI18n();
  const [jaar, setJaar] = useState('');
  const [groep, setGroep] = useState('');
  const { data: v, fout } = useApiGet<GemeentenVergelijking>(monitorApi.pad.gemeenten(jaar, groep));
  const max = Math.max(1, ...(v?.rijen ?? []).map((r) => r.interval?.[1] ?? r.waarde));
  return (
    <>
      <Link className="utrecht-link" to="/monitor">{t('gemeenten.terug')}</Link>
      <Heading1>{t('gemeenten.titel')}</Heading1>
      <Paragraph lead>{t('gemeenten.intro')}</Paragraph>
      <Fout tekst={fout} />
      <div className="bv-form bv-filter" role="group" aria-label={t('gemeenten.welke')}>
        <SelectField label={t('gemeenten.groep')} value={v?.groep.code ?? groep} onChange={setGroep} options={(v?.groepen ?? []).map((g) => ({ value: g.code, label: taal === 'en' ? g.naamEn : g.naam }))} />
        <SelectField label={t('gemeenten.jaar')} value={v?.jaar ?? jaar} onChange={setJaar} options={(v?.jaren ?? []).map((j) => ({ value: j, label: j }))} />
      </div>
      {v && v.rijen.length === 0 && (
        <Alert type="info">
          <Paragraph>{t('gemeenten.geen')}</Paragraph>
        </Alert>
      )}
      {v && v.eigen && v.groepWaarde !== null && (
        <>
          <Heading2>{t('gemeenten.samengevat')}</Heading2>
          <Paragraph data-testid="vergelijking-samenvatting">
            {t('gemeenten.samenvatting', {
              jaar: v.jaar,
              gemeente: v.eigen.gemeente,
              waarde: formatteer(v.rijen.find((r) => r.eigen)!.waarde),
              oordeel: t(`gemeenten.oordeel.${v.eigen.oordeel}`),
              groep: taal === 'en' ? (v.groepen.find((g) => g.code === v.groep.code)?.naamEn ?? v.groep.naam) : v.groep.naam,
              groepWaarde: formatteer(v.groepWaarde),
              positie: v.eigen.positie,
              van: v.eigen.van,
            })}
          </Paragraph>
        </>
      )}
      {v && v.rijen.length > 0 && (
        <div className="bv-table-scroll" tabIndex={0} role="group" aria-label={t('gemeenten.tabel')}>
          <Table>
            <TableCaption>
              {t('gemeenten.bijschrift', { naam: v.naam, groep: v.groep.naam, jaar: v.jaar, bron: v.bron })}
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('gemeenten.plaats')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('gemeenten.gemeente')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('gemeenten.provincie')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('gemeenten.per1000')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('gemeenten.interval')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('gemeenten.misdrijven')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('gemeenten.inwoners')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {v.rijen.map((r, i) => (
                <TableRow key={r.gemeente} className={r.eigen ? 'bv-eigen-rij' : undefined}>
                  <TableCell>{i + 1}</TableCell>
                  <TableCell>{r.eigen ? <strong>{r.gemeente}</strong> : r.gemeente}</TableCell>
                  <TableCell>{r.provincie}</TableCell>
                  <TableCell>
                    <span className="bv-staaf" aria-hidden="true" style={{ width: `${(r.waarde / max) * 8}em` }} /> {formatteer(r.waarde)}
                  </TableCell>
                  <TableCell>{r.interval ? `${formatteer(r.interval[0])} – ${formatteer(r.interval[1])}` : '—'}</TableCell>
                  <TableCell>{formatteer(r.aantal)}</TableCell>
                  <TableCell>{formatteer(r.inwoners)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
