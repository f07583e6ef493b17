import { Button, Fieldset, FieldsetLegend, FormField, FormFieldTextbox, FormLabel, Heading1, Paragraph, RadioButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { Fout } from '../../components/Fout.tsx';
import { SelectField, veldFouten } from '../../components/Form.tsx';
import { ApiError } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import * as enqueteApi from './api.ts';
import { errorText, useApiGet } from '../../lib/useApi.ts';
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
  const { t } = useI18n();
  const [invoer, setInvoer] = useState('');
  const [code, setCode] = useState<string | null>(null);
  const [fout, setFout] = useState<string | null>(null);
  if (code) return <EnqueteFormulier pad={enqueteApi.vragenPad({ code })} />;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const schoon = invoer.trim();
    if (!/^[A-Za-z0-9 -]{8,30}$/.test(schoon)) return setFout(t('enquete.codeFout'));
    setCode(schoon);
  };
  return (
    <>
      <Heading1>{t('enquete.codeTitel')}</Heading1>
      <Paragraph lead>{t('enquete.codeIntro')}</Paragraph>
      <form className="bv-form" onSubmit={onSubmit} noValidate>
        <Fout tekst={fout} />
        <FormFieldTextbox
          label={t('enquete.code')}
          description={t('enquete.codeUitleg')}
          name="code"
          autoComplete="off"
          maxLength={30}
          value={invoer}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => setInvoer(e.target.value)}
        />
        <Button type="submit" appearance="primary-action-button">
          {t('enquete.naarVragen')}
        </Button>
      </form>
    </>
  );
}

/** The questionnaire for one buurt, from the API path of an open link or of a personal code. */
function EnqueteFormulier({ pad }: { pad: string }) {
  const { t, taal } = useI18n();
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
      if (err instanceof ApiError) setFouten(veldFouten(err.problem.fouten));
      setMelding(errorText(err));
    }
  };

  if (fout) return <Fout tekst={fout} />;
  if (!data) return null;
  if (klaar) {
    return (
      <>
        <Heading1>{t('enquete.bedankt')}</Heading1>
        <Paragraph>{t('enquete.opgeslagen', { buurt: data.buurt })}</Paragraph>
      </>
    );
  }
  return (
    <>
      <Heading1>{data.naam}</Heading1>
      <Paragraph lead>{t('enquete.buurt', { buurt: data.buurt })}</Paragraph>
      {taal === 'en' && <Paragraph className="bv-muted">{t('enquete.taalVragen')}</Paragraph>}
      <Paragraph>{data.inleiding}</Paragraph>
      {!data.open && <Paragraph>{t('enquete.gesloten')}</Paragraph>}
      <form className="bv-form" onSubmit={verstuur} noValidate>
        {data.vragen.map((v) => (
          <Fieldset key={v.code} invalid={!!fouten[v.code]} lang="nl">
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
        <SelectField label={t('enquete.leeftijd')} value={leeftijd} onChange={setLeeftijd} options={[{ value: '', label: t('enquete.liever') }, ...data.leeftijdsgroepen.map((l) => ({ value: l, label: l }))]} />
        <SelectField label={t('enquete.geslacht')} value={geslacht} onChange={setGeslacht} options={[{ value: '', label: t('enquete.liever') }, ...data.geslachten.map((g) => ({ value: g, label: g }))]} />
        <Paragraph className="bv-muted">{t('enquete.weging')}</Paragraph>
        {melding && <Fout tekst={melding} />}
        <Button type="submit" appearance="primary-action-button" disabled={!data.open}>
          {t('enquete.versturen')}
        </Button>
      </form>
    </>
  );
}
