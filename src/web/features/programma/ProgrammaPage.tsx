import {
  Alert,
  Button,
  ButtonGroup,
  FormFieldTextbox,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ActieUitkomst } from '../../components/ActieUitkomst.tsx';
import { Fout } from '../../components/Fout.tsx';
import { SelectField } from '../../components/Form.tsx';
import { ApiError } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.tsx';
import { useActie } from '../../lib/useActie.ts';
import { useApiGet } from '../../lib/useApi.ts';
import { useBuurtNamen } from '../../lib/useBuurtNamen.ts';
import * as programmaApi from './api.ts';
import type { Boom, Catalogus, Lijst, MaatregelKort, Programmas } from './api.ts';
import { Kleur } from './Kleur.tsx';

type Weergave = 'boom' | 'tabel' | 'mijn';

const base64 = async (f: File) => {
  const bytes = new Uint8Array(await f.arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};

/** The Meerjarenprogramma: its themes and ambitions, the uitvoeringsagenda's with their maatregelen, as a tree or a table. */
export function ProgrammaPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const [code, setCode] = useState<string | null>(null);
  const [weergave, setWeergave] = useState<Weergave>('boom');
  const boom = useApiGet<Boom>(programmaApi.pad.boom(code));
  const { data: programmas } = useApiGet<Programmas>(programmaApi.pad.programmas);
  const { data: cat } = useApiGet<Catalogus>(programmaApi.pad.catalogus);
  const p = boom.data;

  return (
    <>
      <Heading1>{t('programma.titel')}</Heading1>
      <Fout tekst={boom.fout} />
      {programmas && programmas.length > 1 && (
        <div className="bv-form bv-filter">
          <SelectField
            label={t('programma.welk')}
            value={code ?? p?.code ?? ''}
            onChange={(v) => setCode(v)}
            options={programmas.map((x) => ({ value: x.code, label: `${x.titel} (${x.van}–${x.tot}) ${x.huidig ? t('programma.huidig') : ''}`.trim() }))}
          />
        </div>
      )}
      {!p && !boom.fout && <Paragraph>{t('app.laden')}</Paragraph>}
      {p && (
        <>
          <Heading2 data-testid="programma-kop">{t('programma.kop', { titel: p.titel, van: p.van, tot: p.tot })}</Heading2>
          <Paragraph lead>{p.missie}</Paragraph>
          <dl className="bv-facts">
            <dt>{t('programma.status')}</dt>
            <dd>{p.statusNaam}</dd>
            {p.raadsbesluit && (
              <>
                <dt>{t('programma.raadsbesluit')}</dt>
                <dd>{p.raadsbesluit}</dd>
              </>
            )}
          </dl>
          <Paragraph className="bv-muted">{t('programma.bron', { bron: p.bron })}</Paragraph>
          <Paragraph>
            <Link className="utrecht-link" to="/programma/buurtagenda">
              {t('programma.naarBuurtagenda')}
            </Link>{' '}
            ·{' '}
            <Link className="utrecht-link" to="/programma/participatie">
              {t('programma.naarParticipatie')}
            </Link>
          </Paragraph>
          <ButtonGroup role="group" aria-label={t('programma.weergave')}>
            {(['boom', 'tabel', ...(can('programma:voortgang') || can('programma:beheren') ? (['mijn'] as const) : [])] as Weergave[]).map((w) => (
              <Button key={w} appearance={weergave === w ? 'primary-action-button' : 'secondary-action-button'} aria-pressed={weergave === w} onClick={() => setWeergave(w)}>
                {t(`programma.${w}`)}
              </Button>
            ))}
          </ButtonGroup>
          {weergave === 'boom' && <BoomWeergave p={p} />}
          {weergave !== 'boom' && cat && <TabelWeergave p={p} cat={cat} mijn={weergave === 'mijn'} />}
          {can('programma:beheren') && cat && <AgendaBeheer p={p} cat={cat} opnieuw={boom.opnieuw} />}
        </>
      )}
    </>
  );
}

function MaatregelRegel({ m }: { m: MaatregelKort }) {
  const { t } = useI18n();
  return (
    <UnorderedListItem>
      <Link className="utrecht-link" to={`/programma/maatregelen/${m.id}`}>
        {m.titel}
      </Link>{' '}
      · {m.statusNaam} · {m.eigenaarOrganisatieNaam} · <Kleur kleur={m.laatsteKleur} datum={m.laatsteVoortgang} />
      {m.demo && <span className="bv-muted">{t('programma.demoKort')}</span>}
    </UnorderedListItem>
  );
}

function BoomWeergave({ p }: { p: Boom }) {
  const { t } = useI18n();
  return (
    <>
      <section className="bv-section" aria-label={t('programma.themas')}>
        <Heading2>{t('programma.themas')}</Heading2>
        {p.themas.map((th) => (
          <section key={th.code} className="bv-card" aria-labelledby={`thema-${th.code}`} data-testid="thema">
            <Heading3 id={`thema-${th.code}`}>{th.naam}</Heading3>
            {th.ondertitel && <Paragraph className="bv-muted">{th.ondertitel}</Paragraph>}
            <UnorderedList>
              {th.ambities.map((a) => (
                <UnorderedListItem key={a}>{a}</UnorderedListItem>
              ))}
            </UnorderedList>
            {th.doelstellingen.length > 0 && (
              <>
                <Paragraph>
                  <strong>{t('programma.doelstellingen')}</strong>
                </Paragraph>
                <UnorderedList>
                  {th.doelstellingen.map((d) => (
                    <UnorderedListItem key={d.code}>
                      {d.tekst} <span className="bv-muted">({t(`programma.${d.soort}`)}{d.indicatoren.length ? `; ${t('programma.indicatoren', { codes: d.indicatoren.join(', ') })}` : ''})</span>
                    </UnorderedListItem>
                  ))}
                </UnorderedList>
              </>
            )}
            <Link className="utrecht-link" to={`/programma/thema/${th.code}?programma=${p.code}`}>
              {t('programma.dashboard')}: {th.naam}
            </Link>
          </section>
        ))}
      </section>
      <section className="bv-section" aria-label={t('programma.agendas')}>
        <Heading2>{t('programma.agendas')}</Heading2>
        {p.agendas.length === 0 && <Paragraph>{t('programma.geenAgendas')}</Paragraph>}
        {p.agendas.map((a) => (
          <section key={a.code} className="bv-card" aria-labelledby={`agenda-${a.code}`} data-testid="agenda">
            <Heading3 id={`agenda-${a.code}`}>{t('programma.agendaKop', { titel: a.titel, van: a.van, tot: a.tot, status: a.statusNaam })}</Heading3>
            {a.demo && (
              <Alert type="warning">
                <Paragraph>{t('programma.demo')}</Paragraph>
              </Alert>
            )}
            {a.actiepunten.length === 0 && <Paragraph>{t('programma.geenMaatregelen')}</Paragraph>}
            {a.actiepunten.map((x) => (
              <div key={x.code}>
                <Paragraph>
                  <strong>{t('programma.actiepunt', { titel: x.titel })}</strong> <span className="bv-muted">({p.themas.find((th) => th.code === x.thema)?.naam ?? x.thema})</span>
                </Paragraph>
                <UnorderedList>
                  {x.maatregelen.map((m) => (
                    <MaatregelRegel key={m.id} m={m} />
                  ))}
                </UnorderedList>
              </div>
            ))}
          </section>
        ))}
      </section>
    </>
  );
}

function TabelWeergave({ p, cat, mijn }: { p: Boom; cat: Catalogus; mijn: boolean }) {
  const { t } = useI18n();
  const [f, setF] = useState({ thema: '', partner: '', buurt: '', status: '' });
  const lijst = useApiGet<Lijst>(programmaApi.pad.lijst({ programma: p.code, ...f, mijn }));
  const buurtNaam = useBuurtNamen();
  const themaNaam = (c: string) => p.themas.find((th) => th.code === c)?.naam ?? c;
  const alle = { value: '', label: t('programma.alle') };
  return (
    <section className="bv-section" aria-label={mijn ? t('programma.mijn') : t('programma.tabel')}>
      {!mijn && (
        <div className="bv-form bv-filter" role="group" aria-label={t('programma.filters')}>
          <SelectField label={t('programma.thema')} value={f.thema} onChange={(v) => setF({ ...f, thema: v })} options={[alle, ...p.themas.map((th) => ({ value: th.code, label: th.naam }))]} />
          <SelectField label={t('programma.partner')} value={f.partner} onChange={(v) => setF({ ...f, partner: v })} options={[alle, ...cat.organisaties.map((o) => ({ value: o.code, label: o.naam }))]} />
          <SelectField label={t('programma.buurt')} value={f.buurt} onChange={(v) => setF({ ...f, buurt: v })} options={[alle, ...[...buurtNaam].map(([c, n]) => ({ value: c, label: n }))]} />
          <SelectField label={t('programma.status')} value={f.status} onChange={(v) => setF({ ...f, status: v })} options={[alle, ...cat.statussen.maatregel.map((s) => ({ value: s.code, label: s.naam }))]} />
        </div>
      )}
      <Fout tekst={lijst.fout} />
      {lijst.data && mijn && lijst.data.totaal === 0 && <Paragraph>{t('programma.geenMijn')}</Paragraph>}
      {lijst.data && (lijst.data.totaal > 0 || !mijn) && (
        <div className="bv-table-scroll" tabIndex={0} role="group" aria-label={t('programma.aantal', { totaal: lijst.data.totaal })}>
          <Table data-testid="maatregelen">
            <TableCaption>{t('programma.aantal', { totaal: lijst.data.totaal })}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('programma.code')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('programma.maatregel')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('programma.thema')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('programma.eigenaar')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('programma.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('programma.voortgang')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('programma.periode')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {lijst.data.items.map((m) => (
                <TableRow key={m.id}>
                  <TableCell>{m.code}</TableCell>
                  <TableCell>
                    <Link className="utrecht-link" to={`/programma/maatregelen/${m.id}`}>
                      {m.titel}
                    </Link>
                    {m.demo && <span className="bv-muted">{t('programma.demoKort')}</span>}
                    {m.buurten.length > 0 && <div className="bv-muted">{m.buurten.map((b) => buurtNaam.get(b) ?? b).join(', ')}</div>}
                  </TableCell>
                  <TableCell>{themaNaam(m.thema)}</TableCell>
                  <TableCell>{m.eigenaarOrganisatieNaam}</TableCell>
                  <TableCell>{m.statusNaam}</TableCell>
                  <TableCell>
                    <Kleur kleur={m.laatsteKleur} datum={m.laatsteVoortgang} />
                  </TableCell>
                  <TableCell>{m.start || m.eind ? `${m.start ?? '…'} – ${m.eind ?? '…'}` : '–'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}

/** Programme management: download and import an agenda, move it along its statuses, start a new one. */
function AgendaBeheer({ p, cat, opnieuw }: { p: Boom; cat: Catalogus; opnieuw: () => void }) {
  const { t } = useI18n();
  const actie = useActie(opnieuw);
  const [agendaCode, setAgendaCode] = useState(p.agendas[0]?.code ?? '');
  const agenda = p.agendas.find((a) => a.code === agendaCode) ?? p.agendas[0];
  const [bestand, setBestand] = useState<File | null>(null);
  const [regels, setRegels] = useState<string[]>([]);
  const [status, setStatus] = useState({ status: '', collegebesluit: '', reden: '' });
  const [nieuw, setNieuw] = useState({ code: '', titel: '', van: `${p.van}-01-01`, tot: `${p.tot}-12-31` });
  const volgende = agenda ? (cat.overgangen.agenda[agenda.status] ?? []).map((c) => cat.statussen.agenda.find((s) => s.code === c) ?? { code: c, naam: c }) : [];

  const inlezen = async (e: FormEvent) => {
    e.preventDefault();
    if (!bestand || !agenda) return;
    setRegels([]);
    await actie.doe(async () => {
      try {
        return await programmaApi.agendaInlezen(agenda.code, { bestandsnaam: bestand.name, inhoud: await base64(bestand) });
      } catch (err) {
        // The row errors of a refused file, one per line, next to the summary.
        if (err instanceof ApiError) setRegels((err.problem.fouten ?? []).map((f) => `${f.veld}: ${f.melding}`));
        throw err;
      }
    }, (u) => t('programma.ingelezen', u));
  };

  return (
    <section className="bv-section" aria-label={t('programma.beheer')}>
      <Heading2>{t('programma.beheer')}</Heading2>
      <ActieUitkomst gelukt={actie.gelukt} fout={actie.fout} />
      {regels.length > 0 && (
        <ul data-testid="agenda-fouten">
          {regels.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      {agenda && (
        <>
          <div className="bv-form bv-filter">
            <SelectField label={t('programma.kiesAgenda')} value={agenda.code} onChange={setAgendaCode} options={p.agendas.map((a) => ({ value: a.code, label: `${a.titel} · ${a.statusNaam}` }))} />
          </div>
          <Paragraph>
            <a className="utrecht-link" href={programmaApi.pad.export(agenda.code)} download>
              {t('programma.downloaden')}
            </a>
          </Paragraph>
          {!agenda.vastgesteld && (
            <form className="bv-form" onSubmit={(e) => void inlezen(e)}>
              <Paragraph>{t('programma.inlezenUitleg')}</Paragraph>
              <label className="utrecht-form-label" htmlFor="agenda-bestand">
                {t('programma.bestand')}
              </label>
              <input id="agenda-bestand" type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => setBestand(e.target.files?.[0] ?? null)} />
              <Button appearance="primary-action-button" type="submit" disabled={!bestand}>
                {t('programma.inlezen')}
              </Button>
            </form>
          )}
          <form
            className="bv-form"
            onSubmit={(e) => {
              e.preventDefault();
              void actie
                .doe(() => programmaApi.agendaStatus(agenda.code, { status: status.status, reden: status.reden, ...(status.collegebesluit ? { collegebesluit: status.collegebesluit } : {}) }), t('programma.statusGewijzigd'))
                .then((ok) => ok && setStatus({ status: '', collegebesluit: '', reden: '' }));
            }}
          >
            <SelectField label={t('programma.naarStatus')} value={status.status} onChange={(v) => setStatus({ ...status, status: v })} options={[{ value: '', label: t('programma.kiesStatus') }, ...volgende.map((s) => ({ value: s.code, label: s.naam }))]} />
            {cat.statussen.agenda.find((s) => s.code === status.status)?.vastgesteld && !agenda.vastgesteld && (
              <FormFieldTextbox label={t('programma.collegebesluit')} name="collegebesluit" value={status.collegebesluit} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setStatus({ ...status, collegebesluit: e.target.value })} />
            )}
            <FormFieldTextbox label={t('programma.reden')} name="statusReden" value={status.reden} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setStatus({ ...status, reden: e.target.value })} />
            <Button appearance="secondary-action-button" type="submit" disabled={!status.status || status.reden.trim().length < 5}>
              {t('programma.statusKnop')}
            </Button>
          </form>
        </>
      )}
      <ProgrammaStatus p={p} cat={cat} opnieuw={opnieuw} />
      <form
        className="bv-form"
        onSubmit={(e) => {
          e.preventDefault();
          void actie.doe(() => programmaApi.nieuweAgenda(p.code, nieuw), t('programma.aangemaakt')).then((ok) => {
            if (ok) {
              setAgendaCode(nieuw.code);
              setNieuw({ ...nieuw, code: '', titel: '' });
            }
          });
        }}
      >
        <Heading3>{t('programma.nieuweAgenda')}</Heading3>
        <FormFieldTextbox label={t('programma.agendaCode')} name="agendaCode" value={nieuw.code} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setNieuw({ ...nieuw, code: e.target.value })} />
        <FormFieldTextbox label={t('programma.agendaTitel')} name="agendaTitel" value={nieuw.titel} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setNieuw({ ...nieuw, titel: e.target.value })} />
        <FormFieldTextbox label={t('programma.van')} name="agendaVan" type="date" value={nieuw.van} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setNieuw({ ...nieuw, van: e.target.value })} />
        <FormFieldTextbox label={t('programma.tot')} name="agendaTot" type="date" value={nieuw.tot} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setNieuw({ ...nieuw, tot: e.target.value })} />
        <Button appearance="secondary-action-button" type="submit" disabled={!nieuw.code || nieuw.titel.length < 3}>
          {t('programma.aanmaken')}
        </Button>
      </form>
    </section>
  );
}

/** The programme itself along SM-15 (concept → … → vastgesteld by the raad → lopend → …), with a reason. */
function ProgrammaStatus({ p, cat, opnieuw }: { p: Boom; cat: Catalogus; opnieuw: () => void }) {
  const { t } = useI18n();
  const actie = useActie(opnieuw);
  const [s, setS] = useState({ status: '', raadsbesluit: '', reden: '' });
  const volgende = (cat.overgangen.programma[p.status] ?? []).map((c) => cat.statussen.programma.find((x) => x.code === c) ?? { code: c, naam: c, vastgesteld: false });
  if (volgende.length === 0) return null;
  return (
    <form
      className="bv-form"
      onSubmit={(e) => {
        e.preventDefault();
        void actie
          .doe(() => programmaApi.programmaStatus(p.code, { status: s.status, reden: s.reden, ...(s.raadsbesluit ? { raadsbesluit: s.raadsbesluit } : {}) }), t('programma.statusGewijzigd'))
          .then((ok) => ok && setS({ status: '', raadsbesluit: '', reden: '' }));
      }}
    >
      <Heading3>{t('programma.programmaStatus', { status: p.statusNaam })}</Heading3>
      <ActieUitkomst gelukt={actie.gelukt} fout={actie.fout} />
      <SelectField label={t('programma.naarStatus')} value={s.status} onChange={(v) => setS({ ...s, status: v })} options={[{ value: '', label: t('programma.kiesStatus') }, ...volgende.map((x) => ({ value: x.code, label: x.naam }))]} />
      {volgende.find((x) => x.code === s.status)?.vastgesteld && !p.raadsbesluit && (
        <FormFieldTextbox label={t('programma.raadsbesluitVeld')} name="raadsbesluit" value={s.raadsbesluit} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setS({ ...s, raadsbesluit: e.target.value })} />
      )}
      <FormFieldTextbox label={t('programma.reden')} name="programmaReden" value={s.reden} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setS({ ...s, reden: e.target.value })} />
      <Button appearance="secondary-action-button" type="submit" disabled={!s.status || s.reden.trim().length < 5}>
        {t('programma.statusKnop')}
      </Button>
    </form>
  );
}
