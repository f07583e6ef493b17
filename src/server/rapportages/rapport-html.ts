import { getal, KLEUREN, type Blok, type RapportDoc } from './rapport-model.ts';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** "[3]" in a figure becomes a link to its row in the evidence appendix. */
const verwijzingen = (s: string) => esc(s).replace(/\[(\d+)\]/g, '<a href="#bewijs-$1">[$1]</a>');

function svgGrafiek(g: Extract<Blok, { soort: 'grafiek' }>): string {
  const W = 640;
  const H = 220;
  const L = 56;
  const T = 10;
  const B = 30;
  const max = Math.max(1e-9, ...g.punten.map((p) => Math.max(p.waarde, p.hoog ?? 0)), g.doel ?? 0) * 1.1;
  const y = (v: number) => T + (H - T - B) * (1 - v / max);
  const x = (i: number) => L + (g.punten.length === 1 ? (W - L - 20) / 2 : (i / (g.punten.length - 1)) * (W - L - 40));
  const raster = [0, 1, 2, 3, 4].map((s) => {
    const v = (max / 4) * s;
    return `<line x1="${L}" x2="${W - 20}" y1="${y(v)}" y2="${y(v)}" stroke="#ccc"/><text x="${L - 6}" y="${y(v) + 4}" text-anchor="end" font-size="11">${esc(getal(v, g.eenheid === 'aantal' ? 'aantal' : ''))}</text>`;
  });
  const balken = g.punten.map((p, i) => (p.laag !== null && p.hoog !== null ? `<line x1="${x(i)}" x2="${x(i)}" y1="${y(p.laag)}" y2="${y(p.hoog)}" stroke="#78b0d8" stroke-width="6"/>` : ''));
  const lijn = `<polyline fill="none" stroke="#0f4c81" stroke-width="2" points="${g.punten.map((p, i) => `${x(i)},${y(p.waarde)}`).join(' ')}"/>`;
  const punten = g.punten.map((p, i) => `<circle cx="${x(i)}" cy="${y(p.waarde)}" r="4" fill="${p.demo ? '#fff' : '#0f4c81'}" stroke="#0f4c81" stroke-width="2"><title>${esc(`${p.periode}: ${getal(p.waarde, g.eenheid)}`)}</title></circle>`);
  const labels = g.punten.map((p, i) => `<text x="${x(i)}" y="${H - 10}" text-anchor="middle" font-size="11">${esc(p.periode)}</text>`);
  const doel = g.doel !== null ? `<line x1="${L}" x2="${W - 20}" y1="${y(g.doel)}" y2="${y(g.doel)}" stroke="#1e5a1e" stroke-dasharray="5 4" stroke-width="2"/><text x="${W - 18}" y="${y(g.doel) + 4}" font-size="11" fill="#1e5a1e">doel</text>` : '';
  return `<svg viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="${esc(g.titel)}">${raster.join('')}${balken.join('')}${lijn}${punten.join('')}${labels.join('')}${doel}</svg>`;
}

function svgKaart(k: Extract<Blok, { soort: 'kaart' }>): string {
  const alle = k.gebieden.flatMap((g) => g.ringen.flat());
  if (!alle.length) return '';
  const xs = alle.map((p) => p[0]);
  const ys = alle.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const W = 640;
  const s = W / (maxX - minX);
  const H = (maxY - minY) * s;
  const paden = k.gebieden.map((g) => {
    const d = g.ringen.map((r) => `M${r.map(([x, y]) => `${((x - minX) * s).toFixed(1)},${((maxY - y) * s).toFixed(1)}`).join('L')}Z`).join('');
    return `<path d="${d}" fill="${g.klasse === null ? '#fff' : KLEUREN[g.klasse]}" stroke="#666" stroke-width="0.6"><title>${esc(`${g.naam}: ${g.waarde === null ? 'geen cijfer' : getal(g.waarde)}`)}</title></path>`;
  });
  return `<svg viewBox="0 0 ${W} ${H.toFixed(0)}" width="100%" role="img" aria-label="${esc(k.titel)}">${paden.join('')}</svg><ul class="legenda">${k.legenda.map((l) => `<li><span style="background:${l.kleur}"></span>${esc(l.label)}</li>`).join('')}</ul>`;
}

function blok(b: Blok): string {
  if (b.soort === 'tekst') return b.nadruk ? `<p><strong>${verwijzingen(b.tekst)}</strong></p>` : `<p>${verwijzingen(b.tekst)}</p>`;
  if (b.soort === 'tabel') {
    return `<table><caption>${esc(b.titel)}</caption><thead><tr>${b.kolommen.map((k) => `<th scope="col">${esc(k)}</th>`).join('')}</tr></thead><tbody>${b.rijen
      .map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${verwijzingen(c)}</th>` : `<td>${verwijzingen(c)}</td>`)).join('')}</tr>`)
      .join('')}</tbody></table>${b.voetnoot ? `<p class="voetnoot">${esc(b.voetnoot)}</p>` : ''}`;
  }
  if (b.soort === 'grafiek') return `<figure>${svgGrafiek(b)}<figcaption>${esc(b.titel)}. ${esc(b.bron)}. Lijn: waarde; blauwe balk: 95 %-interval${b.doel !== null ? '; stippellijn: doel' : ''}.</figcaption></figure>`;
  return `<figure>${svgKaart(b)}<figcaption>${verwijzingen(b.titel)}. ${esc(b.bron)}.</figcaption></figure>`;
}

/** The report as one self-contained HTML file (inline styles and SVG, no scripts), with a linked table of contents and evidence. */
export function rapportHtml(r: RapportDoc): string {
  const id = (i: number) => `h${i + 1}`;
  const inhoud = r.hoofdstukken.map((h, i) => `<li><a href="#${id(i)}">${esc(h.titel)}</a></li>`).join('') + (r.bewijs.length ? '<li><a href="#verantwoording">Verantwoording</a></li>' : '');
  const bewijs = r.bewijs.length
    ? `<section id="verantwoording"><h2>Verantwoording</h2><p>Elk cijfer verwijst met een nummer naar de waarneming waaruit het is berekend. Er staan geen persoonsgegevens in.</p><table><thead><tr>${['Nr.', 'Indicator', 'Gebied', 'Periode', 'Waarde', 'Teller', 'Noemer', 'Bron', 'Herkomst', 'Status'].map((k) => `<th scope="col">${k}</th>`).join('')}</tr></thead><tbody>${r.bewijs
        .map((b) => `<tr id="bewijs-${b.nr}"><td>${b.nr}</td><td>${esc(b.indicator)}</td><td>${esc(b.gebied)}</td><td>${esc(b.periode)}</td><td>${esc(b.waarde)}</td><td>${esc(b.teller)}</td><td>${esc(b.noemer)}</td><td>${esc(b.bron)}</td><td>${esc(b.herkomst)}</td><td>${esc(b.status)}</td></tr>`)
        .join('')}</tbody></table></section>`
    : '';
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(r.titel)} · ${esc(r.ondertitel)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:56rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5}
h1{color:#0f4c81}h2{color:#0f4c81;border-bottom:2px solid #0f4c81;padding-bottom:.2rem;margin-top:2.5rem}
table{border-collapse:collapse;width:100%;margin:1rem 0;font-size:.9rem}caption{text-align:left;font-weight:bold;padding:.3rem 0}
th,td{border-bottom:1px solid #bbb;padding:.3rem .4rem;text-align:left;vertical-align:top}thead th{background:#e6e6e6}
.demo{background:#fde8e8;color:#8a1c1f;border:2px solid #b4262a;padding:.6rem 1rem;font-weight:bold}
.voorlopig{background:#fff4e0;border:1px solid #b45f00;padding:.5rem 1rem}.voetnoot{font-style:italic;font-size:.85rem}
figure{margin:1rem 0}figcaption{font-size:.85rem;color:#333}.legenda{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1rem;font-size:.85rem}
.legenda span{display:inline-block;width:12px;height:12px;border:1px solid #666;margin-right:.3rem;vertical-align:middle}
</style></head><body>
<p>Gemeente ${esc(r.gemeente)}</p>
<h1>${esc(r.titel)}</h1>
<p><strong>${esc(r.ondertitel)}</strong></p>
<p>Status: ${esc(r.status)}. Gemaakt op ${esc(r.gemaakt.slice(0, 10))}.</p>
${r.demo ? '<p class="demo">DEMO: dit rapport is gemaakt met verzonnen gegevens.</p>' : ''}
${r.bevatVoorlopig ? '<p class="voorlopig">Dit rapport bevat voorlopige cijfers; die zijn in de tabellen gemarkeerd.</p>' : ''}
<nav aria-label="Inhoud"><h2>Inhoud</h2><ol>${inhoud}</ol></nav>
${r.hoofdstukken.map((h, i) => `<section id="${id(i)}"><h2>${esc(h.titel)}</h2>${h.blokken.map(blok).join('\n')}</section>`).join('\n')}
${bewijs}
</body></html>
`;
}
