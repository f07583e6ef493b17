import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { AlertsService } from '../alerts/alerts.service.ts';
import { logVerwerking, type AuditContext } from '../verwerkingenlog/verwerkingenlog.service.ts';
import type { GebiedenService } from '../gebieden/gebieden.service.ts';
import { csvRecords } from '../platform/csv.ts';
import type { DB } from '../platform/db-schema.ts';
import { metImportlog, registreerImport } from '../platform/importlog.ts';
import { dagNaarDatum, leesIncidenten, type IncidentKolommen } from './incident-import.ts';
import * as repo from './incidenten.repository.ts';

export const CODELIJST_PAD = 'data/monitor/soort_misdrijf_codes.csv';

/**
 * Incidents: the import of police and municipal incident exports (each incident gets its buurt), the monthly
 * counts per kind and buurt kept by every import, the police code list, and the incidents for analyses.
 * The monitor counts through this service; the analyses read their incidents here; an import proposes
 * near-repeat alerts through the alerts service.
 */
export class IncidentenService {
  private codelijstCache: { codes: Set<string>; titels: Map<string, string>; naamVan: Map<string, string> } | undefined;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly gebieden: GebiedenService,
    private readonly alerts: AlertsService,
    private readonly cfg: { nearRepeatSoorten: readonly string[] },
    private readonly opties: { rootDir: string },
    /** Aggregate reads (counts, analysis input) may come from a read replica. */
    private readonly dbLezen: Kysely<DB> = db,
  ) {}

  /**
   * The police code list shipped in data/, read once: the SoortMisdrijf keys, and titles (lower case, with
   * and without their leading code) → key for StatLine exports with titles.
   */
  codelijst(): { codes: Set<string>; titels: Map<string, string>; naamVan: Map<string, string> } {
    if (!this.codelijstCache) {
      const codes = new Set<string>();
      const titels = new Map<string, string>();
      const naamVan = new Map<string, string>();
      // A real CSV reader: some titles hold commas inside quotes ("1.2.3 Diefstal van brom-, snor-, fietsen").
      for (const rij of csvRecords(fs.readFileSync(path.join(this.opties.rootDir, CODELIJST_PAD), 'utf8'))) {
        const code = rij.code?.trim();
        const titel = rij.titel?.trim();
        if (!code) continue;
        codes.add(code);
        if (titel) {
          naamVan.set(code, titel.replace(/^\d\.\d\.\d\s+/, ''));
          titels.set(titel.toLowerCase(), code);
          titels.set(titel.replace(/^\d\.\d\.\d\s+/, '').toLowerCase(), code);
        }
      }
      this.codelijstCache = { codes, titels, naamVan };
    }
    return this.codelijstCache;
  }

  /**
   * Import incidents (police or municipal export); each is assigned to its buurt. All or nothing: a bad line
   * rejects the file before anything is written.
   */
  importIncidenten(
    ctx: AuditContext,
    tekst: string,
    bestand: string,
    kolommen: IncidentKolommen,
    opties: { demo?: boolean; nu?: Date; onProgress?: (fase: 'lezen' | 'opslaan', n: number, totaal: number) => void } = {},
  ): Promise<{ importId: number; aantal: number; perSoort: Record<string, number>; alerts: number }> {
    return metImportlog(this.db, { soort: 'incidenten', bestand }, () => this.leesIncidentenIn(ctx, tekst, bestand, kolommen, opties));
  }

  private async leesIncidentenIn(
    ctx: AuditContext,
    tekst: string,
    bestand: string,
    kolommen: IncidentKolommen,
    opties: { demo?: boolean; nu?: Date; onProgress?: (fase: 'lezen' | 'opslaan', n: number, totaal: number) => void },
  ): Promise<{ importId: number; aantal: number; perSoort: Record<string, number>; alerts: number }> {
    const index = this.gebieden.index;
    const ev = leesIncidenten(tekst, kolommen, (x, y) => index.findRd(x, y) !== undefined, (n, t) => opties.onProgress?.('lezen', n, t));
    const perSoort: Record<string, number> = {};
    let alerts = 0;
    const importId = await this.db.transaction().execute(async (trx) => {
      const id = await registreerImport(trx, { soort: 'incidenten', bestand, bron: bestand, rijen: ev.n, details: {} });
      const B = 20_000;
      for (let s = 0; s < ev.n; s += B) {
        const e = Math.min(ev.n, s + B);
        const cols = { soort: [] as string[], van: [] as string[], tot: [] as string[], x: [] as number[], y: [] as number[], buurt: [] as string[], wijk: [] as string[], jaar: [] as number[] };
        for (let i = s; i < e; i++) {
          const l = index.findRd(ev.x[i]!, ev.y[i]!)!;
          const van = dagNaarDatum(ev.van[i]!);
          cols.soort.push(ev.soort[i]!);
          cols.van.push(van);
          cols.tot.push(dagNaarDatum(ev.tot[i]!));
          cols.x.push(ev.x[i]!);
          cols.y.push(ev.y[i]!);
          cols.buurt.push(l.buurt.code);
          cols.wijk.push(l.wijk.code);
          cols.jaar.push(Number(van.slice(0, 4)));
          perSoort[ev.soort[i]!] = (perSoort[ev.soort[i]!] ?? 0) + 1;
        }
        await repo.insertIncidenten(trx, cols, id, opties.demo ?? false);
        opties.onProgress?.('opslaan', e, ev.n);
      }
      await repo.telImportBij(trx, id);
      // Recent burglaries propose near-repeat alerts (SM-12) for an analyst to approve.
      alerts = await this.alerts.detecteer(trx, await repo.recenteIncidentenVanImport(trx, id, this.alerts.venster(opties.nu)), opties.nu);
      await logVerwerking(trx, ctx, { actie: 'monitor.incidenten_importeren', objectType: 'incident', objectId: String(id), doel: 'veiligheidsbeeld', persoonsgegevens: false, details: { bestand, aantal: ev.n, perSoort, alerts } });
      return id;
    });
    return { importId, aantal: ev.n, perSoort, alerts };
  }

  /**
   * The incident kinds an analyst can choose from: those with incidents, named after the police code list,
   * the configured near-repeat kinds first (they are the default).
   */
  async soorten(): Promise<{ code: string; naam: string; aantal: number; standaard: boolean }[]> {
    const standaard = new Set(this.cfg.nearRepeatSoorten);
    const rows = await repo.incidentSoorten(this.dbLezen);
    const namen = this.codelijst().naamVan;
    return rows
      .map((r) => ({ code: r.soort, naam: namen.get(r.soort) ?? r.soort, aantal: r.aantal, standaard: standaard.has(r.soort) }))
      .sort((a, b) => Number(b.standaard) - Number(a.standaard) || b.aantal - a.aantal);
  }

  /** Incidents for an analysis, as typed arrays (RD metres, whole days). */
  async incidenten(soorten: string[], van: string, tot: string): Promise<{ x: Float64Array; y: Float64Array; dag: Int32Array; buurt: string[] }> {
    const rows = await repo.incidentenVoorAnalyse(this.dbLezen, soorten, van, tot);
    const x = new Float64Array(rows.length);
    const y = new Float64Array(rows.length);
    const dag = new Int32Array(rows.length);
    rows.forEach((r, i) => {
      x[i] = r.x;
      y[i] = r.y;
      dag[i] = Math.round(Date.parse(`${r.datum_van}T00:00:00Z`) / 86_400_000);
    });
    return { x, y, dag, buurt: rows.map((r) => r.buurt_code) };
  }

  /** Incidents of these kinds per buurt, wijk or the gemeente ('*') in a period (from the monthly counts). */
  telPerGebied(soorten: string[], periode: string, niveau: 'buurt' | 'wijk' | 'gemeente') {
    return repo.telIncidenten(this.dbLezen, soorten, periode, niveau);
  }

  /** Years with incidents of these kinds, newest first. */
  jaren(soorten: string[]): Promise<number[]> {
    return repo.jarenVanIncidenten(this.dbLezen, soorten);
  }
}
