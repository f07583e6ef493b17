import { Button, Fieldset, FieldsetLegend, FormField, FormFieldTextbox, FormLabel, Heading1, Paragraph, RadioButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { Fout } from '../../components/Fout.tsx';
import { SelectField, veldFouten } from '../../components/Form.tsx';
import { ApiError } from '../../lib/api.ts';
import * as enqueteApi from './api.ts';
import { useApiGet } from '../../lib/useApi.ts';
import type { PubliekeEnquete } from './api.ts';

type Pagina = PubliekeEnquete;

/** The public survey through a round's open link (optional; those answers do not count in the figures). */
export function EnquetePage() {
  const { token = '' } = useParams();
  return <EnqueteFormulier pad={enqueteApi.vragenPad({ token })} />;
}

/**
 * Where a resident types the personal code from the invitation letter (one answer per code, as the CBS
 * Veiligheidsmonitor works). The code goes into the API path, never into the page address or history.
 */
export function CodePage() {
  const [invoer, setInvoer] = useState('');
  const [code, setCode] = useState<string | null>(null);
  const [fout, setFout] = useState<string | null>(null);
  if (code) return <EnqueteFormulier pad={enqueteApi.vragenPad({ code })} />;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const schoon = invoer.trim();
    if (!/^[A-Za-z0-9 -]{8,30}$/.test(schoon)) return setFout('Vul de code in zoals die op uw brief staat, bijvoorbeeld ABCD-1234-EFGH.');
    setCode(schoon);
  };
  return (
    <>
      <Heading1>Doe mee aan de veiligheidsenquête</Heading1>
      <Paragraph lead>Heeft u een brief van de gemeente gekregen? Vul hier de code van uw brief in. U hoeft niet in te loggen, en we vragen niet naar uw naam of adres.</Paragraph>
      <form className="bv-form" onSubmit={onSubmit} noValidate>
        <Fout tekst={fout} />
        <FormFieldTextbox
          label="Uw code"
          description="Die staat op uw brief, bijvoorbeeld ABCD-1234-EFGH. Hoofdletters of kleine letters maakt niet uit."
          name="code"
          autoComplete="off"
          maxLength={30}
          value={invoer}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => setInvoer(e.target.value)}
        />
        <Button type="submit" appearance="primary-action-button">
          Naar de vragen
        </Button>
      </form>
    </>
  );
}

/** The questionnaire for one buurt, from the API path of an open link or of a personal code. */
function EnqueteFormulier({ pad }: { pad: string }) {
  const { data, fout } = useApiGet<Pagina>(pad);
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
      await enqueteApi.invullen(pad, { ...(leeftijd ? { leeftijd } : {}), ...(geslacht ? { geslacht } : {}), antwoorden });
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
