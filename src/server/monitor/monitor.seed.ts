import fs from 'node:fs';
import path from 'node:path';
import { SYSTEEM } from '../verwerkingenlog/verwerkingenlog.service.ts';
import type { AppContext } from '../platform/context.ts';

/** Real figures shipped with the product (see data/README.md), imported on a fresh database. */
export const MONITOR_BESTANDEN = ['data/monitor/maastricht_misdrijven_totaal_2013_2017.csv', 'data/monitor/maastricht_bevolking_2002_2024.csv'];

/** Registered crime and inhabitants of every Dutch gemeente 2013–2017 (CBS), for the comparison with others. */
export const GEMEENTEN_BESTAND = 'data/monitor/misdrijven_gemeenten_2013_2017.csv';

export async function seedMonitor(ctx: AppContext): Promise<number> {
  // National figures: every gemeente compares itself with the others.
  let n = await ctx.monitor.gemeentenInlezen(fs.readFileSync(path.join(ctx.config.rootDir, GEMEENTEN_BESTAND), 'utf8'), 'CBS/Politie, Geregistreerde criminaliteit; soort misdrijf, regio en CBS 37230ned (bevolking einde jaar)');
  if (ctx.gemeente.gemeente.code !== 'GM0935') return n;
  for (const f of MONITOR_BESTANDEN) {
    const tekst = fs.readFileSync(path.join(ctx.config.rootDir, f), 'utf8');
    n += (await ctx.monitor.importCbs({ actor: SYSTEEM }, tekst, path.basename(f))).rijen.length;
  }
  return n;
}
