import { Alert, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { Link as RouterLink } from 'react-router';
import type { Antwoord } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.tsx';
import { useApiGet } from '../../lib/useApi.ts';
import { Fout } from '../../components/Fout.tsx';
import { formatteer } from '../../components/kaart.ts';

type Meldingen = Antwoord<'/api/meldingen'>;
type Casussen = Antwoord<'/api/casussen'>;
type Taken = Antwoord<'/api/taken'>;
type Alerts = Antwoord<'/api/alerts'>;
type Categorieen = Antwoord<'/api/meldingen/categorieen'>;
type Profiel = Antwoord<'/api/monitor/profiel/{gebied}'>;
type Verwerkingen = Antwoord<'/api/verwerkingen'>;
type Controle = Antwoord<'/api/verwerkingen/controle'>;
type Signalen = Antwoord<'/api/monitor/signalen/nieuw'>;
type Imports = Antwoord<'/api/monitor/imports'>;
type Maatregelen = Antwoord<'/api/programma/maatregelen'>;
type Rapporten = Antwoord<'/api/rapportages'>;

const datum = (iso: string, taal: string) => new Date(iso).toLocaleDateString(taal === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long' });

/** One block of the start page: a heading, the counts, the first items and the way to the work. */
function Blok({ titel, testid, children }: { titel: string; testid: string; children: React.ReactNode }) {
  return (
    <section className="bv-blok" data-testid={testid} aria-label={titel}>
      <Heading2>{titel}</Heading2>
      {children}
    </section>
  );
}

function MeldingenBlok() {
  const { t, taal } = useI18n();
  const { data, fout } = useApiGet<Meldingen>('/api/meldingen?open=true&team=mijn&limit=5');
  const { data: teLaat } = useApiGet<Meldingen>('/api/meldingen?open=true&team=mijn&achterstallig=true&limit=1');
  const { data: categorieen } = useApiGet<Categorieen>('/api/meldingen/categorieen');
  const naam = (c: string) => categorieen?.find((x) => x.code === c)?.naam ?? c;
  return (
    <Blok titel={t('start.meldingen')} testid="vandaag-meldingen">
      <Fout tekst={fout} />
      {data && (
        <>
          <Paragraph>
            <strong>{t('start.meldingenNieuw', { aantal: data.perStatus.ontvangen ?? 0 })}</strong>
            {teLaat && teLaat.totaal > 0 && <> · <span className="bv-waarschuwing">{t('start.meldingenTeLaat', { aantal: teLaat.totaal })}</span></>} · {t('start.meldingenOpen', { aantal: data.totaal })}
          </Paragraph>
          <UnorderedList>
            {data.items.map((m) => (
              <UnorderedListItem key={m.id}>
                <RouterLink className="utrecht-link" to={`/meldingen/${m.id}`}>
                  {m.referentie}
                </RouterLink>{' '}
                {naam(m.categorie)} · {m.statusNaam}
                {m.buurt?.naam ? ` · ${m.buurt.naam}` : ''} · {m.achterstallig ? <strong>{t('start.teLaat')}</strong> : t('start.termijn', { datum: datum(m.deadline, taal) })}
              </UnorderedListItem>
            ))}
          </UnorderedList>
          <RouterLink className="utrecht-link" to="/meldingen">
            {t('start.naarMeldingen')}
          </RouterLink>
        </>
      )}
    </Blok>
  );
}

function CasussenBlok() {
  const { t, taal } = useI18n();
  const { data, fout } = useApiGet<Casussen>('/api/casussen?mijn=true&open=true&limit=5');
  const { data: teLaat } = useApiGet<Casussen>('/api/casussen?mijn=true&achterstallig=true&limit=1');
  return (
    <Blok titel={t('start.casussen')} testid="vandaag-casussen">
      <Fout tekst={fout} />
      {data && (
        <>
          <Paragraph>
            <strong>{t('start.casussenOpen', { aantal: data.totaal })}</strong>
            {teLaat && teLaat.totaal > 0 && <> · <span className="bv-waarschuwing">{t('start.casussenTeLaat', { aantal: teLaat.totaal })}</span></>}
          </Paragraph>
          <UnorderedList>
            {data.items.map((c) => (
              <UnorderedListItem key={c.id}>
                <RouterLink className="utrecht-link" to={`/casussen/${c.id}`}>
                  {c.identificatie}
                </RouterLink>{' '}
                {c.zaaktypeNaam} · {c.statusNaam} · {c.achterstallig ? <strong>{t('start.teLaat')}</strong> : t('start.termijn', { datum: datum(c.streefdatum, taal) })}
              </UnorderedListItem>
            ))}
          </UnorderedList>
          <RouterLink className="utrecht-link" to="/casussen">
            {t('start.naarCasussen')}
          </RouterLink>
        </>
      )}
    </Blok>
  );
}

function TakenBlok() {
  const { t, taal } = useI18n();
  const { data, fout } = useApiGet<Taken>('/api/taken?status=open&status=geaccepteerd');
  const taken = [...(data ?? [])].sort((a, b) => a.deadline.localeCompare(b.deadline));
  const vandaag = new Date().toISOString().slice(0, 10);
  return (
    <Blok titel={t('start.taken')} testid="vandaag-taken">
      <Fout tekst={fout} />
      {data && (
        <>
          <Paragraph>
            <strong>{t('start.takenOpen', { aantal: taken.length })}</strong>
          </Paragraph>
          <UnorderedList>
            {taken.slice(0, 5).map((k) => (
              <UnorderedListItem key={k.id}>
                <RouterLink className="utrecht-link" to="/taken">
                  {k.titel}
                </RouterLink>{' '}
                · {k.deadline < vandaag ? <strong>{t('start.teLaat')}</strong> : t('start.termijn', { datum: datum(k.deadline, taal) })}
              </UnorderedListItem>
            ))}
          </UnorderedList>
          <RouterLink className="utrecht-link" to="/taken">
            {t('start.naarTaken')}
          </RouterLink>
        </>
      )}
    </Blok>
  );
}

function AlertsBlok() {
  const { t } = useI18n();
  const { data, fout } = useApiGet<Alerts>('/api/alerts');
  const voorgesteld = data?.filter((a) => a.status === 'voorgesteld') ?? [];
  return (
    <Blok titel={t('start.alerts')} testid="vandaag-alerts">
      <Fout tekst={fout} />
      {data && (
        <>
          <Paragraph>
            <strong>{t('start.alertsOpen', { aantal: voorgesteld.length })}</strong>
          </Paragraph>
          <RouterLink className="utrecht-link" to="/analyse/alerts">
            {t('start.naarAlerts')}
          </RouterLink>
        </>
      )}
    </Blok>
  );
}

function SignalenBlok() {
  const { t } = useI18n();
  const { data, fout } = useApiGet<Signalen>('/api/monitor/signalen/nieuw');
  return (
    <Blok titel={t('start.signalen')} testid="vandaag-signalen">
      <Fout tekst={fout} />
      {!data && !fout && <Paragraph>{t('app.laden')}</Paragraph>}
      {data && (
        <>
          <Paragraph>
            <strong>{t('start.signalenAantal', { aantal: data.length })}</strong>
          </Paragraph>
          <UnorderedList>
            {data.slice(0, 5).map((s) => (
              <UnorderedListItem key={`${s.indicator}-${s.maand}`}>
                <RouterLink className="utrecht-link" to={`/monitor/gebied/${s.gebied}`}>
                  {s.naam}
                </RouterLink>{' '}
                · {s.maand}: {t(s.signaal === 'hoog' ? 'start.signaalHoog' : 'start.signaalLaag', { aantal: s.aantal, verwacht: Math.round(s.verwacht) })}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
    </Blok>
  );
}

function ImportsBlok() {
  const { t, taal } = useI18n();
  const { data, fout } = useApiGet<Imports>('/api/monitor/imports?limit=20');
  // Refusals of the last 30 days that no later import of the same file has put right.
  const grens = Date.now() - 30 * 86_400_000;
  const mislukt = (data ?? []).filter((r, i, alle) => r.status === 'mislukt' && Date.parse(r.tijdstip) >= grens && !alle.slice(0, i).some((x) => x.status === 'gelukt' && x.bestand === r.bestand));
  const laatst = data?.find((r) => r.status === 'gelukt');
  return (
    <Blok titel={t('start.imports')} testid="vandaag-imports">
      <Fout tekst={fout} />
      {data && (
        <>
          <Paragraph>
            {mislukt.length > 0 ? <strong className="bv-waarschuwing">{t('start.importsMislukt', { aantal: mislukt.length })}</strong> : t('start.importsGoed')}
            {laatst && <> · {t('start.importLaatst', { bestand: laatst.bestand, datum: datum(laatst.tijdstip, taal), rijen: laatst.rijen })}</>}
          </Paragraph>
          <UnorderedList>
            {mislukt.slice(0, 3).map((r) => (
              <UnorderedListItem key={r.id}>
                <strong>{r.bestand}</strong> ({datum(r.tijdstip, taal)}): {r.fout}
              </UnorderedListItem>
            ))}
          </UnorderedList>
          <RouterLink className="utrecht-link" to="/monitor/inlezen">
            {t('start.naarInlezen')}
          </RouterLink>
        </>
      )}
    </Blok>
  );
}

function MaatregelenBlok() {
  const { t } = useI18n();
  const { data, fout } = useApiGet<Maatregelen>('/api/programma/maatregelen?mijn=true');
  const { data: cat } = useApiGet<Antwoord<'/api/programma/catalogus'>>('/api/programma/catalogus');
  // Open maatregelen (not in an end status of the catalogue) whose last progress report is older than three
  // months or missing: the owner's to-do.
  const grens = new Date(Date.now() - 91 * 86_400_000).toISOString().slice(0, 10);
  const eind = new Set((cat?.statussen.maatregel ?? []).filter((s) => s.eind).map((s) => s.code));
  const open = (data?.items ?? []).filter((m) => !eind.has(m.status));
  const teMelden = open.filter((m) => !m.laatsteVoortgang || m.laatsteVoortgang < grens);
  return (
    <Blok titel={t('start.maatregelen')} testid="vandaag-maatregelen">
      <Fout tekst={fout} />
      {data && cat && (
        <>
          <Paragraph>
            <strong>{t('start.maatregelenMelden', { aantal: teMelden.length })}</strong> · {t('start.maatregelenOpen', { aantal: open.length })}
          </Paragraph>
          <UnorderedList>
            {teMelden.slice(0, 5).map((m) => (
              <UnorderedListItem key={m.id}>
                <RouterLink className="utrecht-link" to={`/programma/maatregelen/${m.id}`}>
                  {m.titel}
                </RouterLink>{' '}
                · {m.statusNaam}
              </UnorderedListItem>
            ))}
          </UnorderedList>
          <RouterLink className="utrecht-link" to="/programma">
            {t('start.naarProgramma')}
          </RouterLink>
        </>
      )}
    </Blok>
  );
}

function RapportenBlok() {
  const { t, taal } = useI18n();
  const { data, fout } = useApiGet<Rapporten>('/api/rapportages');
  return (
    <Blok titel={t('start.rapportages')} testid="vandaag-rapportages">
      <Fout tekst={fout} />
      {data && data.length === 0 && <Paragraph>{t('start.geenRapporten')}</Paragraph>}
      {data && data.length > 0 && (
        <UnorderedList>
          {data.slice(0, 3).map((r) => (
            <UnorderedListItem key={r.id}>
              <a className="utrecht-link" href={`/api/rapportages/${r.id}/pdf`} download>
                {r.titel}
              </a>{' '}
              · {r.statusNaam} · {datum(r.aangemaaktOp, taal)}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <RouterLink className="utrecht-link" to="/rapportages">
        {t('start.naarRapportages')}
      </RouterLink>
    </Blok>
  );
}

function ToezichtBlok() {
  const { t } = useI18n();
  // Break-glass reads of the last 30 days, and the state of the hash chain.
  const van = new Date(Date.now() - 30 * 86_400_000).toISOString();
  const { data, fout } = useApiGet<Verwerkingen>(`/api/verwerkingen?actie=casus.doorbreken&van=${encodeURIComponent(van.slice(0, 10) + 'T00:00:00.000Z')}&limit=1`);
  const { data: controle } = useApiGet<Controle>('/api/verwerkingen/controle');
  return (
    <Blok titel={t('start.fg')} testid="vandaag-toezicht">
      <Fout tekst={fout} />
      {data && (
        <Paragraph>
          <strong>{t('start.doorbraken', { aantal: data.totaal })}</strong>{' '}
          <RouterLink className="utrecht-link" to="/beheer/verwerkingenlog">
            {t('start.naarDoorbraken')}
          </RouterLink>
        </Paragraph>
      )}
      {controle && (
        <Alert type={controle.intact ? 'ok' : 'error'}>
          <Paragraph>{controle.intact ? t('start.keten', { aantal: controle.aantal }) : t('start.ketenStuk', { nummer: controle.fout?.volgnummer ?? '?' })}</Paragraph>
        </Alert>
      )}
    </Blok>
  );
}

function CijfersBlok() {
  const { t } = useI18n();
  const { config } = useSession();
  const code = config?.gemeente.code ?? null;
  // Last year: the newest complete year, as the profile page opens with.
  const jaar = new Date().getFullYear() - 1;
  const { data, fout } = useApiGet<Profiel>(code ? `/api/monitor/profiel/${code}?jaar=${jaar}` : null);
  const metWaarde = data?.indicatoren.filter((i) => i.waarde !== null) ?? [];
  return (
    <Blok titel={t('start.cijfers', { gemeente: config?.gemeente.naam ?? '' })} testid="vandaag-cijfers">
      <Fout tekst={fout} />
      {data && (
        <>
          <UnorderedList>
            {metWaarde.map((i) => (
              <UnorderedListItem key={i.code}>
                {i.naam}: <strong>{formatteer(i.waarde, i.eenheid)}</strong> {i.eenheid !== '%' ? i.eenheid : ''} ({data.jaar}
                {i.herkomst === 'demo' ? ', demo' : ''}) ·{' '}
                {i.doelStatus === 'op_koers' ? t('start.opKoers') : i.doelStatus === 'niet_op_koers' ? <strong>{t('start.nietOpKoers')}</strong> : t('start.geenDoel')}
              </UnorderedListItem>
            ))}
          </UnorderedList>
          {metWaarde.length === 0 && <Paragraph>{t('start.geenCijfers', { jaar })}</Paragraph>}
          <RouterLink className="utrecht-link" to={`/monitor/gebied/${code}`}>
            {t('start.naarMonitor')}
          </RouterLink>
        </>
      )}
    </Blok>
  );
}

/**
 * What needs this user today, per permission (so per role without naming roles): each block counts the work,
 * lists the first items and is one click from the work itself.
 */
export function Vandaag() {
  const { t } = useI18n();
  const { can } = useSession();
  const blokken = [
    can('meldingen:beoordelen') && <MeldingenBlok key="m" />,
    can('casussen:behandelen') && <CasussenBlok key="c" />,
    can('taken:behandelen') && <TakenBlok key="t" />,
    can('analyse:uitvoeren') && <AlertsBlok key="a" />,
    can('analyse:uitvoeren') && <SignalenBlok key="s" />,
    can('monitor:importeren') && <ImportsBlok key="i" />,
    can('verwerkingenlog:lezen') && <ToezichtBlok key="f" />,
    (can('programma:voortgang') || can('programma:beheren')) && <MaatregelenBlok key="p" />,
    can('monitor:lezen') && !can('meldingen:beoordelen') && <CijfersBlok key="k" />,
    can('rapportages:lezen') && !can('analyse:uitvoeren') && (
      <RapportenBlok key="r" />
    ),
  ].filter(Boolean);
  return (
    <>
      <Heading2>{t('start.vandaag')}</Heading2>
      {blokken.length ? <div className="bv-blokken">{blokken}</div> : <Paragraph>{t('start.niets')}</Paragraph>}
    </>
  );
}
