import { SYSTEEM } from '../verwerkingenlog/verwerkingenlog.service.ts';
import { prng } from '../platform/prng.ts';
import type { AppContext } from '../platform/context.ts';

/** Relative burglary risk per month (Jan … Dec): the dark months ("donkere dagen") are worse. */
const SEIZOEN_INBRAAK = [1.4, 1.2, 1, 0.8, 0.7, 0.7, 0.8, 0.8, 0.9, 1.2, 1.4, 1.6];
const SOORTEN: { code: string; perJaar: number; seizoen?: number[] }[] = [
  { code: '1.1.1', perJaar: 520, seizoen: SEIZOEN_INBRAAK },
  { code: '1.2.3', perJaar: 900 },
  { code: '1.2.4', perJaar: 260 },
  { code: '1.4.5', perJaar: 420 },
  { code: '2.2.1', perJaar: 700 },
];

/**
 * Synthetic monitor data for the demo (all labelled demo or "demo (verzonnen)"): ten years of incidents per
 * buurt with a gentle downward trend, seasonality and planted near-repeat burglaries; buurt populations and
 * their age × sex make-up; and a survey round with responses. Real CBS figures stay as they are.
 */
export async function seedMonitorDemo(ctx: AppContext, opts: { seed?: number; schaal?: number; now?: Date } = {}): Promise<{ incidenten: number; respondenten: number }> {
  const r = prng(opts.seed ?? 20261201);
  const schaal = opts.schaal ?? 1;
  const now = opts.now ?? new Date();
  const dit = now.getUTCFullYear();
  const index = ctx.gebieden.index;
  const buurten = ctx.gebieden.lijst('buurt');
  // Buurt "size" (inhabitants): centre and big residential buurten larger; fixed per buurt by the seed.
  const inwoners = new Map(buurten.map((b) => [b.code, Math.round(800 + r() * 5200)]));
  const regels = ['soort;datum;x;y'];
  const bbox = { minX: 170500, maxX: 183500, minY: 311000, maxY: 324000 };
  const punt = (): [number, number] => {
    for (;;) {
      const centrum = r() < 0.35;
      const x = Math.round(centrum ? 176000 + (r() - 0.5) * 2600 : bbox.minX + r() * (bbox.maxX - bbox.minX));
      const y = Math.round(centrum ? 318000 + (r() - 0.5) * 2600 : bbox.minY + r() * (bbox.maxY - bbox.minY));
      if (index.findRd(x, y)) return [x, y];
    }
  };
  for (let j = dit - 9; j <= dit; j++) {
    const trend = 1 - (j - (dit - 9)) * 0.03;
    for (const s of SOORTEN) {
      const seizoen = s.seizoen ?? Array(12).fill(1);
      const somSeizoen = seizoen.reduce((a: number, b: number) => a + b, 0);
      for (let m = 0; m < 12; m++) {
        const laatsteDag = j === dit && m === now.getUTCMonth() ? now.getUTCDate() - 1 : new Date(Date.UTC(j, m + 1, 0)).getUTCDate();
        if (j === dit && m > now.getUTCMonth()) break;
        const n = Math.round(((s.perJaar * trend * seizoen[m]!) / somSeizoen) * schaal * (laatsteDag / 30));
        for (let k = 0; k < n; k++) {
          const d = 1 + Math.floor(r() * Math.max(1, laatsteDag));
          const [x, y] = punt();
          const datum = `${j}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          regels.push(`${s.code};${datum};${x};${y}`);
          // Near-repeat: a share of burglaries is followed by another close by within days.
          if (s.code === '1.1.1' && r() < 0.15) {
            const d2 = Math.min(laatsteDag, d + 1 + Math.floor(r() * 6));
            const [x2, y2] = [Math.round(x + (r() - 0.5) * 120), Math.round(y + (r() - 0.5) * 120)];
            if (index.findRd(x2, y2)) regels.push(`${s.code};${j}-${String(m + 1).padStart(2, '0')}-${String(d2).padStart(2, '0')};${x2};${y2}`);
          }
        }
      }
    }
  }
  const imp = await ctx.incidenten.importIncidenten({ actor: SYSTEEM }, regels.join('\n'), 'demo-incidenten.csv', { soort: 'soort', datum: 'datum', x: 'x', y: 'y' }, { demo: true, nu: now });

  // Populations per buurt (demo) as statistics, and their age × sex make-up for the survey weighting.
  const bevolkingCsv = ['ID;WijkenEnBuurten;Perioden;AantalInwoners_5;Woningvoorraad_35'];
  let i = 0;
  for (const b of buurten) {
    // A slow growth with a little noise per year, as real buurt populations move.
    for (let j = dit - 9; j <= dit - 1; j++) {
      const n = Math.round(inwoners.get(b.code)! * (1 + 0.004 * (j - dit + 1)) * (1 + (r() - 0.5) * 0.01));
      bevolkingCsv.push(`${i++};${b.code};${j}JJ00;${n};${Math.round(n * 0.52)}`);
    }
  }
  await ctx.monitor.importCbs({ actor: SYSTEEM }, bevolkingCsv.join('\n'), 'demo (verzonnen) bevolking per buurt', undefined, undefined, { demo: true });
  const cfg = ctx.gemeente.enquete;
  const opbouw = ['buurt;jaar;leeftijd;geslacht;aantal'];
  const aandelen = [0.14, 0.33, 0.31, 0.22];
  for (const b of buurten) cfg.leeftijdsgroepen.forEach((l, li) => cfg.geslachten.forEach((g) => opbouw.push(`${b.code};${dit - 1};${l};${g};${Math.round((inwoners.get(b.code)! * (aandelen[li] ?? 0.25)) / cfg.geslachten.length)}`)));
  await ctx.enquete.importBevolking({ actor: SYSTEEM }, opbouw.join('\n'));

  // A survey round last year with responses in most buurten; feeling unsafe more common in the centre.
  const ronde = await ctx.enquete.rondeMaken({ actor: SYSTEEM }, { naam: `Veiligheid in uw buurt ${dit - 1} (demo)`, jaar: dit - 1, demo: true });
  const antwoorden = [`buurt;leeftijd;geslacht;onveilig_buurt;rapportcijfer_veiligheid;sociale_overlast;fysieke_verloedering`];
  for (const b of buurten) {
    const centrum = b.code.startsWith('BU093500');
    const n = Math.round((20 + r() * 70) * schaal);
    for (let k = 0; k < n; k++) {
      const l = cfg.leeftijdsgroepen[Math.floor(r() * cfg.leeftijdsgroepen.length)]!;
      const g = cfg.geslachten[Math.floor(r() * cfg.geslachten.length)]!;
      const u = r();
      const onveilig = u < (centrum ? 0.08 : 0.03) ? 'vaak' : u < (centrum ? 0.34 : 0.2) ? 'soms' : u < 0.6 ? 'zelden' : 'nooit';
      const cijfer = Math.max(1, Math.min(10, Math.round((centrum ? 6.6 : 7.3) + (r() - 0.5) * 3)));
      const so = r() < (centrum ? 0.3 : 0.12) ? 'vaak' : r() < 0.5 ? 'soms' : 'nooit';
      const fv = r() < (centrum ? 0.25 : 0.15) ? 'vaak' : r() < 0.5 ? 'soms' : 'nooit';
      antwoorden.push(`${b.code};${l};${g};${onveilig};${cijfer};${so};${fv}`);
    }
  }
  const enq = await ctx.enquete.importCsv({ actor: SYSTEEM }, ronde, antwoorden.join('\n'));
  return { incidenten: imp.aantal, respondenten: enq.aantal };
}
