import { Alert, Button, ButtonGroup, FormFieldTextarea, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Fout } from '../../components/Fout.tsx';
import { SelectField } from '../../components/Form.tsx';
import type { Antwoord } from '../../lib/api.ts';
import { useApiGet } from '../../lib/useApi.ts';
import { codeInWoorden, useI18n } from '../../lib/i18n.tsx';
import { useActie } from '../../lib/useActie.ts';
import { ActieUitkomst } from '../../components/ActieUitkomst.tsx';
import * as takenApi from './api.ts';
import { taakStap, type TaakStap } from './api.ts';


/** Partner organisations: the tasks referred to them, and nothing else. */
export function TakenPage() {
  const { t: tekst } = useI18n();
  const { data, fout, opnieuw } = useApiGet<Antwoord<'/api/taken'>>(takenApi.pad.taken);
  const { data: cat } = useApiGet<Antwoord<'/api/casustypen'>>(takenApi.pad.casustypen);
  const [keuze, setKeuze] = useState<Record<string, { uitkomst: string; toelichting: string; reden: string }>>({});
  const k = (id: string) => keuze[id] ?? { uitkomst: '', toelichting: '', reden: '' };
  const zet = (id: string, v: Partial<{ uitkomst: string; toelichting: string; reden: string }>) => setKeuze({ ...keuze, [id]: { ...k(id), ...v } });
  const actie = useActie(opnieuw);
  const doe = (id: string, stap: TaakStap, gelukt: string) => actie.doe(() => taakStap(id, stap), gelukt);
  const uitkomstNaam = (c: string) => cat?.taakuitkomsten.find((u) => u.code === c)?.naam ?? c;

  return (
    <>
      <Heading1>{tekst('taken.titel')}</Heading1>
      <Paragraph>{tekst('taken.intro')}</Paragraph>
      <ActieUitkomst gelukt={actie.gelukt} fout={actie.fout} />
      <Fout tekst={fout} />
      {data?.length === 0 && <Paragraph>{tekst('taken.geen')}</Paragraph>}
      {data?.map((t) => (
        <section key={t.id} className="bv-card" aria-labelledby={`taak-${t.id}`} data-testid="taak">
          <Heading2 id={`taak-${t.id}`}>{t.titel}</Heading2>
          <Paragraph>{t.omschrijving}</Paragraph>
          <dl className="bv-facts">
            <dt>{tekst('taken.casus')}</dt>
            <dd>
              {t.zaakId ? (
                <Link className="utrecht-link" to={`/casussen/${t.zaakId}`}>
                  {t.zaak}
                </Link>
              ) : (
                '–'
              )}
            </dd>
            <dt>{tekst('taken.uiterlijk')}</dt>
            <dd>{t.deadline}</dd>
            <dt>{tekst('taken.status')}</dt>
            <dd data-testid="taak-status">
              {codeInWoorden(tekst, 'casus.taakstatus', t.status)}
              {t.uitkomst ? `: ${uitkomstNaam(t.uitkomst)}` : ''}
            </dd>
          </dl>
          {t.status === 'open' && (
            <ButtonGroup>
              <Button appearance="primary-action-button" onClick={() => void doe(t.id, { soort: 'accepteren' }, tekst('taken.geaccepteerd'))}>
                {tekst('taken.accepteren')}
              </Button>
            </ButtonGroup>
          )}
          {t.status === 'open' && (
            <div className="bv-form">
              <FormFieldTextarea label={tekst('taken.redenWeigeren')} name={`reden-${t.id}`} rows={2} value={k(t.id).reden} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => zet(t.id, { reden: e.target.value })} />
              <Button appearance="secondary-action-button" disabled={!k(t.id).reden} onClick={() => void doe(t.id, { soort: 'weigeren', reden: k(t.id).reden }, tekst('taken.geweigerd'))}>
                {tekst('taken.weigeren')}
              </Button>
            </div>
          )}
          {(t.status === 'open' || t.status === 'geaccepteerd') && cat && (
            <div className="bv-form">
              <SelectField label={tekst('taken.uitkomst')} value={k(t.id).uitkomst} onChange={(v) => zet(t.id, { uitkomst: v })} options={[{ value: '', label: tekst('taken.kies') }, ...cat.taakuitkomsten.map((u) => ({ value: u.code, label: u.naam }))]} />
              <FormFieldTextarea label={tekst('taken.toelichting')} name={`toelichting-${t.id}`} rows={2} value={k(t.id).toelichting} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => zet(t.id, { toelichting: e.target.value })} />
              <Button
                appearance="primary-action-button"
                disabled={!k(t.id).uitkomst}
                onClick={() => void doe(t.id, { soort: 'afronden', uitkomst: k(t.id).uitkomst, toelichting: k(t.id).toelichting }, tekst('taken.afgerond'))}
              >
                {tekst('taken.afronden')}
              </Button>
            </div>
          )}
        </section>
      ))}
    </>
  );
}
