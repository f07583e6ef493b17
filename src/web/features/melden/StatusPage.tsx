import { Alert, Button, FormFieldCheckbox, FormFieldTextarea, Heading1, Heading2, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { Fout } from '../../components/Fout.tsx';
import { SelectField } from '../../components/Form.tsx';
import type { Antwoord } from '../../lib/api.ts';
import { errorText, useApiGet } from '../../lib/useApi.ts';
import { useI18n } from '../../lib/i18n.tsx';
import * as meldenApi from './api.ts';

const datum = (iso: string, taal: string) => new Date(iso).toLocaleString(taal === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeStyle: 'short' });

/** The reporter's page behind the secret link: progress, and at closure a satisfaction question. */
export function StatusPage() {
  const { token = '' } = useParams();
  const { t, taal } = useI18n();
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
      <Heading1>{t('status.titel')}</Heading1>
      <Fout tekst={fout} />
      {data && (
        <>
          <dl className="bv-facts">
            <dt>{t('status.nummer')}</dt>
            <dd data-testid="status-referentie">{data.referentie}</dd>
            <dt>{t('status.onderwerp')}</dt>
            <dd>{data.categorie}</dd>
            <dt>{t('status.gemeldOp')}</dt>
            <dd>{datum(data.ingediendOp, taal)}</dd>
            <dt>{t('status.stand')}</dt>
            <dd data-testid="status-nu">{data.statusNaam}</dd>
            {data.uitkomst && (
              <>
                <dt>{t('status.uitkomst')}</dt>
                <dd data-testid="status-uitkomst">{data.uitkomst}</dd>
              </>
            )}
          </dl>
          <Heading2>{t('status.verloop')}</Heading2>
          <OrderedList data-testid="verloop">
            {data.verloop.map((v, i) => (
              <OrderedListItem key={i}>
                {datum(v.tijdstip, taal)}: {v.statusNaam}
              </OrderedListItem>
            ))}
          </OrderedList>
          {bedankt && (
            <Alert type="ok">
              <Paragraph>{t('status.bedankt')}</Paragraph>
            </Alert>
          )}
          {data.afgerond && !bedankt && (
            <form onSubmit={(e) => void onSubmit(e)} className="bv-form">
              <Heading2>{t('status.tevredenTitel')}</Heading2>
              <Fout tekst={reactieFout} />
              <SelectField
                label={t('status.tevredenVraag')}
                value={tevreden}
                onChange={setTevreden}
                options={[
                  { value: '', label: t('status.kies') },
                  { value: 'ja', label: t('status.ja') },
                  { value: 'nee', label: t('status.nee') },
                ]}
              />
              <FormFieldTextarea label={t('status.toelichting')} name="toelichting" rows={3} value={toelichting} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setToelichting(e.target.value)} />
              <FormFieldCheckbox
                label={t('status.heropenen')}
                name="heropenen"
                checked={heropenen}
                onChange={(e: React.ChangeEvent<HTMLInputElement>) => setHeropenen(e.target.checked)}
              />
              <Button appearance="primary-action-button" type="submit" disabled={!tevreden}>
                {t('status.versturen')}
              </Button>
            </form>
          )}
        </>
      )}
    </>
  );
}
