import { Button, Fieldset, FieldsetLegend, FormField, FormLabel, Heading1, Paragraph, RadioButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { Fout } from '../../components/Fout.tsx';
import { SelectField, veldFouten } from '../../components/Form.tsx';
import { api, ApiError } from '../../lib/api.ts';
import { useApiGet } from '../../lib/useApi.ts';
import type { PubliekeEnquete } from '../../../contract/api/enquete.ts';

type Pagina = PubliekeEnquete;

/** The public survey for one buurt (link from a letter or flyer): no login, no name or address asked. */
export function EnquetePage() {
  const { token = '' } = useParams();
  const { data, fout } = useApiGet<Pagina>(`/api/enquete/${token}`);
  const [antwoorden, setAntwoorden] = useState<Record<string, string | number>>({});
  const [leeftijd, setLeeftijd] = useState('');
  const [geslacht, setGeslacht] = useState('');
  const [klaar, setKlaar] = useState(false);
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [melding, setMelding] = useState<string | null>(null);

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    setMelding(null);
    setFouten({});
    try {
      await api(`/api/enquete/${token}`, { method: 'POST', body: { ...(leeftijd ? { leeftijd } : {}), ...(geslacht ? { geslacht } : {}), antwoorden } });
      setKlaar(true);
    } catch (err) {
      if (err instanceof ApiError) {
        setFouten(veldFouten(err.problem.fouten));
        setMelding(err.problem.detail ?? err.problem.title);
      } else setMelding(String(err));
    }
  };

  if (fout) return <Fout tekst={fout} />;
  if (!data) return null;
  if (klaar) {
    return (
      <>
        <Heading1>Bedankt!</Heading1>
        <Paragraph>Uw antwoorden zijn opgeslagen. Ze helpen de gemeente om {data.buurt} veiliger te maken.</Paragraph>
      </>
    );
  }
  return (
    <>
      <Heading1>{data.naam}</Heading1>
      <Paragraph lead>Buurt: {data.buurt}</Paragraph>
      <Paragraph>{data.inleiding}</Paragraph>
      {!data.open && <Paragraph>Deze enquête is gesloten.</Paragraph>}
      <form className="bv-form" onSubmit={verstuur} noValidate>
        {data.vragen.map((v) => (
          <Fieldset key={v.code} invalid={!!fouten[v.code]}>
            <FieldsetLegend>{v.tekst}</FieldsetLegend>
            {fouten[v.code] && <Fout tekst={fouten[v.code]!} />}
            {(v.soort === 'keuze' ? v.antwoorden! : Array.from({ length: v.max! - v.min! + 1 }, (_, i) => ({ code: String(v.min! + i), tekst: String(v.min! + i) }))).map((a) => {
              const id = `${v.code}-${a.code}`;
              return (
                <FormField key={a.code} type="radio">
                  <RadioButton id={id} name={v.code} value={a.code} checked={String(antwoorden[v.code] ?? '') === a.code} onChange={() => setAntwoorden({ ...antwoorden, [v.code]: v.soort === 'cijfer' ? Number(a.code) : a.code })} />{' '}
                  <FormLabel htmlFor={id} type="radio">{a.tekst}</FormLabel>
                </FormField>
              );
            })}
          </Fieldset>
        ))}
        <SelectField label="Uw leeftijd (niet verplicht)" value={leeftijd} onChange={setLeeftijd} options={[{ value: '', label: 'Zeg ik liever niet' }, ...data.leeftijdsgroepen.map((l) => ({ value: l, label: l }))]} />
        <SelectField label="Uw geslacht (niet verplicht)" value={geslacht} onChange={setGeslacht} options={[{ value: '', label: 'Zeg ik liever niet' }, ...data.geslachten.map((g) => ({ value: g, label: g }))]} />
        <Paragraph className="bv-muted">Leeftijd en geslacht gebruiken we alleen om de uitkomsten eerlijk te wegen.</Paragraph>
        {melding && <Fout tekst={melding} />}
        <Button type="submit" appearance="primary-action-button" disabled={!data.open}>
          Versturen
        </Button>
      </form>
    </>
  );
}
