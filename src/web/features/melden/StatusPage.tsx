import { Alert, Button, FormFieldCheckbox, FormFieldTextarea, Heading1, Heading2, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { Fout } from '../../components/Fout.tsx';
import { SelectField } from '../../components/Form.tsx';
import type { Antwoord } from '../../lib/api.ts';
import { errorText, useApiGet } from '../../lib/useApi.ts';
import * as meldenApi from './api.ts';


const datum = (iso: string) => new Date(iso).toLocaleString('nl-NL', { dateStyle: 'long', timeStyle: 'short' });

/** The reporter's page behind the secret link: progress, and at closure a satisfaction question. */
export function StatusPage() {
  const { token = '' } = useParams();
  const { data, fout, opnieuw } = useApiGet<Antwoord<'/api/meldingen/status/{token}'>>(meldenApi.pad.status(token));
  const [tevreden, setTevreden] = useState('');
  const [toelichting, setToelichting] = useState('');
  const [heropenen, setHeropenen] = useState(false);
  const [reactieFout, setReactieFout] = useState<string | null>(null);
  const [bedankt, setBedankt] = useState(false);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await meldenApi.reageer(token, { tevreden: tevreden === 'ja', heropenen, ...(toelichting ? { toelichting } : {}) });
      setBedankt(true);
      opnieuw();
    } catch (err) {
      setReactieFout(errorText(err));
    }
  };

  return (
    <>
      <Heading1>Uw melding</Heading1>
      <Fout tekst={fout} />
      {data && (
        <>
          <dl className="bv-facts">
            <dt>Nummer</dt>
            <dd data-testid="status-referentie">{data.referentie}</dd>
            <dt>Onderwerp</dt>
            <dd>{data.categorie}</dd>
            <dt>Gemeld op</dt>
            <dd>{datum(data.ingediendOp)}</dd>
            <dt>Stand van zaken</dt>
            <dd data-testid="status-nu">{data.statusNaam}</dd>
          </dl>
          <Heading2>Wat is er gebeurd?</Heading2>
          <OrderedList data-testid="verloop">
            {data.verloop.map((v, i) => (
              <OrderedListItem key={i}>
                {datum(v.tijdstip)}: {v.statusNaam}
              </OrderedListItem>
            ))}
          </OrderedList>
          {bedankt && (
            <Alert type="ok">
              <Paragraph>Bedankt voor uw reactie.</Paragraph>
            </Alert>
          )}
          {data.afgerond && !bedankt && (
            <form onSubmit={(e) => void onSubmit(e)} className="bv-form">
              <Heading2>Bent u tevreden?</Heading2>
              <Fout tekst={reactieFout} />
              <SelectField
                label="Bent u tevreden over hoe we uw melding hebben behandeld?"
                value={tevreden}
                onChange={setTevreden}
                options={[
                  { value: '', label: 'Kies een antwoord' },
                  { value: 'ja', label: 'Ja' },
                  { value: 'nee', label: 'Nee' },
                ]}
              />
              <FormFieldTextarea label="Toelichting (niet verplicht)" name="toelichting" rows={3} value={toelichting} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setToelichting(e.target.value)} />
              <FormFieldCheckbox
                label="Het probleem is niet opgelost: bekijk mijn melding opnieuw"
                name="heropenen"
                checked={heropenen}
                onChange={(e: React.ChangeEvent<HTMLInputElement>) => setHeropenen(e.target.checked)}
              />
              <Button appearance="primary-action-button" type="submit" disabled={!tevreden}>
                Reactie versturen
              </Button>
            </form>
          )}
        </>
      )}
    </>
  );
}
