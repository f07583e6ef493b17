import { Alert, Button, FormFieldTextarea, Heading1, Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useSession } from '../../lib/session.tsx';
import { Fout } from '../../components/Fout.tsx';
import { SelectField } from '../../components/Form.tsx';
import { errorText, useApiGet } from '../../lib/useApi.ts';
import { formatteer } from '../../components/kaart.ts';
import * as monitorApi from './api.ts';
import { doelTekst } from './doel.ts';
import type { Profiel, ProfielIndicator } from './api.ts';


const OORDEEL = { beter: 'beter dan de gemeente', slechter: 'slechter dan de gemeente', niet_te_onderscheiden: 'niet te onderscheiden van de gemeente', hoger: 'hoger dan de gemeente', lager: 'lager dan de gemeente' } as const;

/**
 * Compared with the gemeente, as the server decided it: on rates (a count per 1,000 inhabitants), never a
 * buurt's count against the city's total, with the area's 95 % interval deciding.
 */
function vergelijk(i: ProfielIndicator): string {
  const v = i.vergelijking;
  if (!v) return '—';
  return `${OORDEEL[v.oordeel]} (${formatteer(v.eigen)} tegen ${formatteer(v.gemeente)} ${v.basis})`;
}

/**
 * The buurt profile: objective figures and beleving side by side with the gap between them, the targets,
 * and the analysts' dated notes (duiding).
 */
export function ProfielPage() {
  const { code = '' } = useParams();
  const { gebruiker } = useSession();
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
              <TableHeaderCell scope="col">Indicator</TableHeaderCell>
              <TableHeaderCell scope="col">{p?.gebied.naam}</TableHeaderCell>
              <TableHeaderCell scope="col">Gemeente</TableHeaderCell>
              <TableHeaderCell scope="col">Vergelijking</TableHeaderCell>
              <TableHeaderCell scope="col">Doel</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rijen.map((i) => (
              <TableRow key={i.code}>
                <TableCell>{i.naam}</TableCell>
                <TableCell>
                  {i.geheim ? 'geheim' : formatteer(i.waarde, i.eenheid)}
                  {i.herkomst === 'demo' && <span className="bv-muted"> (demo)</span>}
                </TableCell>
                <TableCell>{formatteer(i.gemeente, i.eenheid)}</TableCell>
                <TableCell>{vergelijk(i)}</TableCell>
                <TableCell>
                  {doelTekst(i.doel, i.eenheid, true)}
                  {i.nulmeting && <div className="bv-muted">Nulmeting {i.nulmeting.jaar}: {formatteer(i.nulmeting.waarde, i.eenheid)}</div>}
                  {i.doelStatus && <strong className={i.doelStatus === 'op_koers' ? 'bv-ok' : 'bv-te-laat'}> {i.doelStatus === 'op_koers' ? 'op koers' : 'niet op koers'}</strong>}
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
    ? 'Voor dit jaar zijn er nog geen enquêtecijfers voor dit gebied, dus de kloof tussen cijfers en beleving is nog niet te zien.'
    : bel.slechter > bel.beter && obj.slechter <= obj.beter
      ? 'Bewoners voelen zich hier minder veilig dan de geregistreerde cijfers doen verwachten: de beleving is slechter dan de cijfers. Duiding van bewoners en partners helpt te begrijpen waarom.'
      : bel.beter > bel.slechter && obj.slechter > obj.beter
        ? 'De cijfers zijn hier slechter dan gemiddeld, maar bewoners voelen zich relatief veilig.'
        : 'Cijfers en beleving wijzen hier dezelfde kant op.';

  return (
    <>
      <Link className="utrecht-link" to="/monitor">← Monitor</Link>
      <Heading1>{p ? `Buurtprofiel ${p.gebied.naam}` : 'Buurtprofiel'}</Heading1>
      <Fout tekst={profiel.fout} />
      <div className="bv-form bv-filter">
        <SelectField label="Jaar" value={jaar} onChange={setJaar} options={jaren.map((j) => ({ value: j, label: j }))} />
      </div>
      {p && (
        <>
          {p.indicatoren.some((i) => i.herkomst === 'demo') && (
            <Alert type="warning">
              <Paragraph>
                <strong>Demo:</strong> cijfers met "(demo)" zijn verzonnen voor de demonstratie en niet echt.
              </Paragraph>
            </Alert>
          )}
          <Heading2>Cijfers en beleving naast elkaar</Heading2>
          <Paragraph className="bv-muted">
            Aantallen worden per 1.000 inwoners met de gemeente vergeleken. Beter of slechter staat er alleen als het 95 %-interval van dit gebied helemaal boven of onder de gemeente ligt.
          </Paragraph>
          <div className="bv-naast">
            {tabel('objectief', 'Geregistreerd (objectief)')}
            {tabel('beleving', 'Beleving (enquête)')}
          </div>
          <Paragraph data-testid="kloof">
            {kloof}
            {!geenBeleving && ` (Cijfers: ${obj.beter} beter en ${obj.slechter} slechter dan de gemeente; beleving: ${bel.beter} beter en ${bel.slechter} slechter.)`}
          </Paragraph>
          <Heading2>Duiding</Heading2>
          {p.duiding.length === 0 && <Paragraph>Nog geen duiding voor dit gebied.</Paragraph>}
          <ul className="bv-duiding">
            {p.duiding.map((d) => (
              <li key={d.id}>
                <Paragraph>{d.tekst}</Paragraph>
                <Paragraph className="bv-muted">
                  {d.auteur}, {new Date(d.geschrevenOp).toLocaleDateString('nl-NL')}
                </Paragraph>
              </li>
            ))}
          </ul>
          {magDuiden && (
            <div className="bv-form">
              <FormFieldTextarea label="Nieuwe duiding" name="duiding" value={tekst} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setTekst(e.target.value)} />
              <Fout tekst={fout} />
              <Button appearance="primary-action-button" onClick={bewaar} disabled={tekst.trim().length < 3}>
                Duiding opslaan
              </Button>
            </div>
          )}
        </>
      )}
    </>
  );
}
