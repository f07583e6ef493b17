import { Alert, Heading1, Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Fout } from '../../components/Fout.tsx';
import { SelectField } from '../../components/Form.tsx';
import { formatteer } from '../../components/kaart.ts';
import { useApiGet } from '../../lib/useApi.ts';
import * as monitorApi from './api.ts';
import type { GemeentenVergelijking } from './api.ts';

const OORDEEL = { beter: 'lager (beter) dan', slechter: 'hoger (slechter) dan', niet_te_onderscheiden: 'niet te onderscheiden van' } as const;

/**
 * The gemeente among other gemeenten (as waarstaatjegemeente.nl does): registered crime per 1,000 inhabitants
 * for a comparison group from the gemeente's config, with the 95 % interval, lowest first.
 */
export function GemeentenPage() {
  const [jaar, setJaar] = useState('');
  const [groep, setGroep] = useState('');
  const { data: v, fout } = useApiGet<GemeentenVergelijking>(monitorApi.pad.gemeenten(jaar, groep));
  const max = Math.max(1, ...(v?.rijen ?? []).map((r) => r.interval?.[1] ?? r.waarde));
  return (
    <>
      <Link className="utrecht-link" to="/monitor">← Monitor</Link>
      <Heading1>Vergelijking met andere gemeenten</Heading1>
      <Paragraph lead>Geregistreerde misdrijven per 1.000 inwoners. Per inwoner, zodat grote en kleine gemeenten te vergelijken zijn.</Paragraph>
      <Fout tekst={fout} />
      <div className="bv-form bv-filter" role="group" aria-label="Welke vergelijking?">
        <SelectField label="Groep" value={v?.groep.code ?? groep} onChange={setGroep} options={(v?.groepen ?? []).map((g) => ({ value: g.code, label: g.naam }))} />
        <SelectField label="Jaar" value={v?.jaar ?? jaar} onChange={setJaar} options={(v?.jaren ?? []).map((j) => ({ value: j, label: j }))} />
      </div>
      {v && v.rijen.length === 0 && (
        <Alert type="info">
          <Paragraph>Voor deze groep en dit jaar zijn er geen cijfers.</Paragraph>
        </Alert>
      )}
      {v && v.eigen && v.groepWaarde !== null && (
        <>
          <Heading2>Samengevat</Heading2>
          <Paragraph data-testid="vergelijking-samenvatting">
            In {v.jaar} had {v.eigen.gemeente} {formatteer(v.rijen.find((r) => r.eigen)!.waarde)} geregistreerde misdrijven per 1.000 inwoners. Dat is {OORDEEL[v.eigen.oordeel]} de groep "{v.groep.naam}" als geheel ({formatteer(v.groepWaarde)}
            ). Plaats {v.eigen.positie} van {v.eigen.van} (1 = de laagste).
          </Paragraph>
        </>
      )}
      {v && v.rijen.length > 0 && (
        <div className="bv-table-scroll" tabIndex={0} role="group" aria-label="Tabel met de gemeenten">
          <Table>
            <TableCaption>
              {v.naam}, {v.groep.naam}, {v.jaar}. Bron: {v.bron}.
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Plaats</TableHeaderCell>
                <TableHeaderCell scope="col">Gemeente</TableHeaderCell>
                <TableHeaderCell scope="col">Provincie</TableHeaderCell>
                <TableHeaderCell scope="col">Per 1.000 inwoners</TableHeaderCell>
                <TableHeaderCell scope="col">95 %-interval</TableHeaderCell>
                <TableHeaderCell scope="col">Misdrijven</TableHeaderCell>
                <TableHeaderCell scope="col">Inwoners</TableHeaderCell>
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
