import { Alert, Button, ButtonGroup, FormFieldTextarea, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Fout } from '../../components/Fout.tsx';
import { SelectField } from '../../components/Form.tsx';
import type { Antwoord } from '../../lib/api.ts';
import { errorText, useApiGet } from '../../lib/useApi.ts';
import * as takenApi from './api.ts';
import { taakStap, type TaakStap } from './api.ts';


/** Partner organisations: the tasks referred to them, and nothing else. */
export function TakenPage() {
  const { data, fout, opnieuw } = useApiGet<Antwoord<'/api/taken'>>(takenApi.pad.taken);
  const { data: cat } = useApiGet<Antwoord<'/api/casustypen'>>(takenApi.pad.casustypen);
  const [keuze, setKeuze] = useState<Record<string, { uitkomst: string; toelichting: string; reden: string }>>({});
  const [melding, setMelding] = useState<{ ok: boolean; tekst: string } | null>(null);
  const k = (id: string) => keuze[id] ?? { uitkomst: '', toelichting: '', reden: '' };
  const zet = (id: string, v: Partial<{ uitkomst: string; toelichting: string; reden: string }>) => setKeuze({ ...keuze, [id]: { ...k(id), ...v } });
  const doe = async (id: string, stap: TaakStap, tekst: string) => {
    try {
      await taakStap(id, stap);
      setMelding({ ok: true, tekst });
      opnieuw();
    } catch (err) {
      setMelding({ ok: false, tekst: errorText(err) });
    }
  };

  return (
    <>
      <Heading1>Taken</Heading1>
      <Paragraph>Taken die de gemeente naar uw organisatie heeft doorgezet.</Paragraph>
      <div aria-live="polite">
        {melding?.ok && (
          <Alert type="ok">
            <Paragraph>{melding.tekst}</Paragraph>
          </Alert>
        )}
      </div>
      {melding && !melding.ok && <Fout tekst={melding.tekst} />}
      <Fout tekst={fout} />
      {data?.length === 0 && <Paragraph>Er zijn geen taken voor uw organisatie.</Paragraph>}
      {data?.map((t) => (
        <section key={t.id} className="bv-card" aria-labelledby={`taak-${t.id}`} data-testid="taak">
          <Heading2 id={`taak-${t.id}`}>{t.titel}</Heading2>
          <Paragraph>{t.omschrijving}</Paragraph>
          <dl className="bv-facts">
            <dt>Casus</dt>
            <dd>
              {t.zaakId ? (
                <Link className="utrecht-link" to={`/casussen/${t.zaakId}`}>
                  {t.zaak}
                </Link>
              ) : (
                '–'
              )}
            </dd>
            <dt>Uiterlijk</dt>
            <dd>{t.deadline}</dd>
            <dt>Status</dt>
            <dd data-testid="taak-status">
              {t.status}
              {t.uitkomst ? `: ${t.uitkomst}` : ''}
            </dd>
          </dl>
          {t.status === 'open' && (
            <ButtonGroup>
              <Button appearance="primary-action-button" onClick={() => void doe(t.id, { soort: 'accepteren' }, 'De taak is geaccepteerd.')}>
                Accepteren
              </Button>
            </ButtonGroup>
          )}
          {t.status === 'open' && (
            <div className="bv-form">
              <FormFieldTextarea label="Reden om te weigeren" name={`reden-${t.id}`} rows={2} value={k(t.id).reden} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => zet(t.id, { reden: e.target.value })} />
              <Button appearance="secondary-action-button" disabled={!k(t.id).reden} onClick={() => void doe(t.id, { soort: 'weigeren', reden: k(t.id).reden }, 'De taak is geweigerd.')}>
                Weigeren
              </Button>
            </div>
          )}
          {(t.status === 'open' || t.status === 'geaccepteerd') && cat && (
            <div className="bv-form">
              <SelectField label="Uitkomst" value={k(t.id).uitkomst} onChange={(v) => zet(t.id, { uitkomst: v })} options={[{ value: '', label: 'Kies' }, ...cat.taakuitkomsten.map((u) => ({ value: u.code, label: u.naam }))]} />
              <FormFieldTextarea label="Toelichting voor de gemeente" name={`toelichting-${t.id}`} rows={2} value={k(t.id).toelichting} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => zet(t.id, { toelichting: e.target.value })} />
              <Button
                appearance="primary-action-button"
                disabled={!k(t.id).uitkomst}
                onClick={() => void doe(t.id, { soort: 'afronden', uitkomst: k(t.id).uitkomst, toelichting: k(t.id).toelichting }, 'De taak is afgerond.')}
              >
                Taak afronden
              </Button>
            </div>
          )}
        </section>
      ))}
    </>
  );
}
