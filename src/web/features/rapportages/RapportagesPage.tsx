import { Button, FormFieldCheckbox, FormFieldTextbox, Heading1, Heading2, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { ActieUitkomst } from '../../components/ActieUitkomst.tsx';
import { SelectField } from '../../components/Form.tsx';
import { api, type Antwoord } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.tsx';
import { useActie } from '../../lib/useActie.ts';
import { useApiGet } from '../../lib/useApi.ts';

type Lijst = Antwoord<'/api/rapportages'>;
type Soorten = Antwoord<'/api/rapportages/soorten'>;
type Meta = Lijst[number];
type Taak = Antwoord<'/api/rapportages/taken/{taak}'>;

/** Reports for bestuur and raad: make a version, adopt and publish it (with care for provisional figures), download PDF or HTML. */
export function RapportagesPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const maken = can('rapportages:maken');
  const lijst = useApiGet<Lijst>('/api/rapportages');
  const { data: soorten } = useApiGet<Soorten>('/api/rapportages/soorten');
  const actie = useActie(lijst.opnieuw);
  const [nieuw, setNieuw] = useState({ soort: 'raadsrapportage', periode: `${new Date().getFullYear()}-Q${Math.max(1, Math.ceil((new Date().getMonth() + 1) / 3) - 1)}` });
  const [bezig, setBezig] = useState<{ gedaan: number; totaal: number } | null>(null);
  const [akkoord, setAkkoord] = useState<Record<number, boolean>>({});

  /** Starts the report and follows its task, showing the chapters done, until the new version is there. */
  const maak = async () => {
    setBezig({ gedaan: 0, totaal: 1 });
    try {
      await actie.doe(async () => {
        const { taak } = await api<{ taak: string }>('/api/rapportages', { method: 'POST', body: nieuw });
        for (;;) {
          const s = await api<Taak>(`/api/rapportages/taken/${taak}`);
          setBezig(s.voortgang);
          if (s.status === 'klaar' && s.resultaat) return s.resultaat;
          if (s.status === 'mislukt') throw new Error(s.fout ?? '');
          await new Promise((r) => setTimeout(r, 500));
        }
      }, (m) => t('rapportages.gemaakt', { versie: m.versie }));
    } finally {
      setBezig(null);
    }
  };

  return (
    <>
      <Heading1>{t('rapportages.titel')}</Heading1>
      <Paragraph>{t('rapportages.intro')}</Paragraph>
      <ActieUitkomst gelukt={actie.gelukt} fout={actie.fout ?? lijst.fout} />
      {maken && soorten && (
        <form
          className="bv-form"
          onSubmit={(e) => {
            e.preventDefault();
            void maak();
          }}
        >
          <Heading2>{t('rapportages.maken')}</Heading2>
          <SelectField label={t('rapportages.soort')} value={nieuw.soort} onChange={(v) => setNieuw({ ...nieuw, soort: v })} options={soorten.map((s) => ({ value: s.code, label: s.naam }))} />
          <FormFieldTextbox label={t('rapportages.periode')} name="periode" value={nieuw.periode} pattern="^[0-9]{4}(-Q[1-4])?$" onChange={(e: React.ChangeEvent<HTMLInputElement>) => setNieuw({ ...nieuw, periode: e.target.value })} />
          <Button appearance="primary-action-button" type="submit" disabled={!!bezig || !/^\d{4}(-Q[1-4])?$/.test(nieuw.periode)}>
            {t('rapportages.maakKnop')}
          </Button>
          {bezig && (
            <Paragraph role="status">
              <progress max={Math.max(1, bezig.totaal)} value={bezig.gedaan} aria-label={t('rapportages.voortgang')} /> {t('rapportages.bezig', { gedaan: bezig.gedaan, totaal: bezig.totaal })}
            </Paragraph>
          )}
        </form>
      )}
      {lijst.data && lijst.data.length === 0 && <Paragraph>{t('rapportages.geen')}</Paragraph>}
      {lijst.data && lijst.data.length > 0 && (
        <div className="bv-table-scroll" tabIndex={0} role="group" aria-label={t('rapportages.titel')}>
          <Table data-testid="rapporten">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('rapportages.rapport')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('rapportages.versie')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('rapportages.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('rapportages.door')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('rapportages.downloads')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {lijst.data.map((r) => (
                <TableRow key={r.id}>
                  <TableCell>
                    <strong>{r.titel}</strong>
                    <div className="bv-muted">
                      {t('rapportages.hash', { hash: r.hash.slice(0, 12) })}
                      {r.bevatVoorlopig && ` · ${r.voorlopigAkkoord ? t('rapportages.voorlopigGepubliceerd') : t('rapportages.voorlopig')}`}
                      {r.demo && ` · ${t('rapportages.demo')}`}
                    </div>
                  </TableCell>
                  <TableCell>{r.versie}</TableCell>
                  <TableCell>
                    {r.statusNaam}
                    {r.vastgesteldDoor && <div className="bv-muted">{t('rapportages.vastgesteld', { wie: r.vastgesteldDoor })}</div>}
                    {r.gepubliceerdDoor && <div className="bv-muted">{t('rapportages.gepubliceerd', { wie: r.gepubliceerdDoor })}</div>}
                    {maken &&
                      r.volgendeStatussen.map((s) => (
                        <div key={s.code} className="bv-form">
                          {s.publiek && r.bevatVoorlopig && (
                            <FormFieldCheckbox id={`akkoord-${r.id}`} label={t('rapportages.akkoord')} checked={akkoord[r.id] ?? false} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setAkkoord({ ...akkoord, [r.id]: e.target.checked })} />
                          )}
                          <Button
                            appearance="secondary-action-button"
                            onClick={() =>
                              void actie.doe(
                                () => api<Meta>(`/api/rapportages/${r.id}/status`, { method: 'POST', body: { status: s.code, ...(akkoord[r.id] ? { voorlopigAkkoord: true } : {}) } }),
                                (m) => t('rapportages.statusGewijzigd', { status: m.statusNaam }),
                              )
                            }
                          >
                            {t('rapportages.naar', { status: s.naam })}
                          </Button>
                        </div>
                      ))}
                  </TableCell>
                  <TableCell>{r.auteur}</TableCell>
                  <TableCell>
                    <a className="utrecht-link" href={`/api/rapportages/${r.id}/pdf`} download>
                      {t('rapportages.pdf')}
                    </a>{' '}
                    ·{' '}
                    <a className="utrecht-link" href={`/api/rapportages/${r.id}/html`} download>
                      {t('rapportages.html')}
                    </a>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
