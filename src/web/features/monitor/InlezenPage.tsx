import { Button, FormFieldTextbox, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Fout } from '../../components/Fout.tsx';
import { ApiError } from '../../lib/api.ts';
import * as monitorApi from './api.ts';

const leesTekst = (f: File) => f.text();

/** Import a CBS/politie file or an incident export; all or nothing, with the line numbers of bad rows. */
export function InlezenPage() {
  const [cbs, setCbs] = useState<File | null>(null);
  const [maten, setMaten] = useState<File | null>(null);
  const [inc, setInc] = useState<File | null>(null);
  const [kol, setKol] = useState({ soort: 'soort', datum: 'datum', x: 'x', y: 'y' });
  const [uitslag, setUitslag] = useState<string | null>(null);
  const [fout, setFout] = useState<{ tekst: string; regels: string[] } | null>(null);
  const [bezig, setBezig] = useState(false);

  const verstuur = async <T,>(roep: () => Promise<T>, tekst: (r: T) => string) => {
    setBezig(true);
    setFout(null);
    setUitslag(null);
    try {
      setUitslag(tekst(await roep()));
    } catch (e) {
      const p = e instanceof ApiError ? e.problem : null;
      setFout({ tekst: p?.detail ?? p?.title ?? String(e), regels: (p?.fouten ?? []).map((f) => `${f.veld}: ${f.melding}`) });
    } finally {
      setBezig(false);
    }
  };

  return (
    <>
      <Link className="utrecht-link" to="/monitor">← Monitor</Link>
      <Heading1>Cijfers inlezen</Heading1>
      <Paragraph>Een bestand wordt helemaal ingelezen of helemaal niet. Bij fouten ziet u de regelnummers.</Paragraph>
      <Heading2>CBS- of politietabel</Heading2>
      <Paragraph>47018NED, 47022NED (misdrijven per wijk en buurt), 47024NED (overlast) of kerncijfers wijken en buurten: OData-JSON (v3 of v4) of CSV.</Paragraph>
      <div className="bv-form">
        <label className="utrecht-form-label" htmlFor="cbs-bestand">Bestand</label>
        <input id="cbs-bestand" type="file" accept=".json,.csv" onChange={(e) => setCbs(e.target.files?.[0] ?? null)} />
        <label className="utrecht-form-label" htmlFor="cbs-maten">MeasureCodes (alleen bij OData v4, niet verplicht)</label>
        <input id="cbs-maten" type="file" accept=".json" onChange={(e) => setMaten(e.target.files?.[0] ?? null)} />
        <Button
          appearance="primary-action-button"
          disabled={!cbs || bezig}
          onClick={async () =>
            verstuur(
              async () => monitorApi.importCbs({ bestandsnaam: cbs!.name, inhoud: await leesTekst(cbs!), ...(maten ? { maten: await leesTekst(maten) } : {}) }),
              (r) =>
                `Ingelezen: ${r.rijen} cijfers (${r.formaat}), ${r.geheim} geheim, ${r.overgeslagen} rijen van andere gebieden overgeslagen.` +
                (r.onbekendeGebieden.length ? ` Niet in de huidige indeling: ${r.onbekendeGebieden.join(', ')}.` : ''),
            )
          }
        >
          CBS-bestand inlezen
        </Button>
      </div>
      <Heading2>Incidenten</Heading2>
      <Paragraph>Een export van politie of gemeente (CSV) met soortcode, datum (of "tussen … en …") en x/y in RD New.</Paragraph>
      <div className="bv-form">
        <label className="utrecht-form-label" htmlFor="inc-bestand">Bestand</label>
        <input id="inc-bestand" type="file" accept=".csv" onChange={(e) => setInc(e.target.files?.[0] ?? null)} />
        {(['soort', 'datum', 'x', 'y'] as const).map((k) => (
          <FormFieldTextbox key={k} label={`Kolom voor ${k}`} name={`kolom-${k}`} value={kol[k]} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setKol({ ...kol, [k]: e.target.value })} />
        ))}
        <Button
          appearance="primary-action-button"
          disabled={!inc || bezig}
          onClick={async () =>
            verstuur(
              async () => monitorApi.importIncidenten({ bestandsnaam: inc!.name, inhoud: await leesTekst(inc!), kolommen: kol }),
              (r) => `Ingelezen: ${r.aantal} incidenten.${r.alerts ? ` ${r.alerts} voorstel(len) voor een buurtbericht: zie Analyse → Inbraakalerts.` : ''}`,
            )
          }
        >
          Incidenten inlezen
        </Button>
      </div>
      {bezig && <Paragraph role="status">Bezig met inlezen…</Paragraph>}
      {uitslag && <Paragraph role="status" className="bv-ok" data-testid="import-uitslag">{uitslag}</Paragraph>}
      {fout && (
        <>
          <Fout tekst={fout.tekst} />
          <ul data-testid="import-fouten">
            {fout.regels.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
