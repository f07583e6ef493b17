import PDFDocument from 'pdfkit';
import { getal, KLEUREN, type Blok, type KaartGebied, type Punt, type RapportDoc } from './rapport-model.ts';

// pdfkit's built-in fonts cover WinAnsi only: what falls outside is written out or replaced, never dropped silently.
const WINANSI_EXTRA = '–—‘’“”•…€‰‹›™ŠšŽžŒœŸƒˆ˜';
function tekst(s: string): string {
  return s
    .replace(/≤/g, '<=')
    .replace(/≥/g, '>=')
    .replace(/÷/g, '/')
    .replace(/[^\x20-\x7e\xa0-\xff\n]/g, (c) => (WINANSI_EXTRA.includes(c) ? c : '?'));
}

const A4 = { breed: 595.28, hoog: 841.89 };
const MARGE = 56;
const BREED = A4.breed - 2 * MARGE;
const ONDER = A4.hoog - MARGE - 24;

/**
 * The report as PDF, drawn in-process with pdfkit (pure JavaScript: works after `npm install` on a machine
 * without a browser). Charts and maps are vector paths; every page has the title, the page number and, for
 * synthetic data, the demo mark; the table of contents is filled in after the chapters know their pages.
 */
export function rapportPdf(r: RapportDoc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margins: { top: MARGE, bottom: MARGE, left: MARGE, right: MARGE }, bufferPages: true, info: { Title: tekst(r.titel), Author: `Gemeente ${tekst(r.gemeente)}`, Subject: tekst(r.ondertitel) } });
    const delen: Buffer[] = [];
    doc.on('data', (d: Buffer) => delen.push(d));
    doc.on('end', () => resolve(Buffer.concat(delen)));
    doc.on('error', reject);

    // Title page.
    doc.font('Helvetica-Bold').fontSize(12).fillColor('#333333').text(tekst(`Gemeente ${r.gemeente}`));
    doc.moveDown(6);
    doc.font('Helvetica-Bold').fontSize(26).fillColor('#0f4c81').text(tekst(r.titel));
    doc.moveDown(0.5);
    doc.font('Helvetica').fontSize(14).fillColor('#222222').text(tekst(r.ondertitel));
    doc.moveDown(2);
    doc.fontSize(11).text(tekst(`Status: ${r.status}. Gemaakt op ${r.gemaakt.slice(0, 10)}.`));
    if (r.bevatVoorlopig) doc.moveDown(0.5).text('Dit rapport bevat voorlopige cijfers; die zijn in de tabellen gemarkeerd.');
    if (r.demo) doc.moveDown(1).font('Helvetica-Bold').fontSize(14).fillColor('#b4262a').text('DEMO: dit rapport is gemaakt met verzonnen gegevens.');
    doc.fillColor('#000000');

    // Table of contents: its page is reserved now and written when the chapters know their page numbers.
    doc.addPage();
    const inhoudPagina = doc.bufferedPageRange().count - 1;
    const inhoud: { titel: string; pagina: number }[] = [];

    for (const h of r.hoofdstukken) {
      doc.addPage();
      inhoud.push({ titel: h.titel, pagina: doc.bufferedPageRange().count });
      doc.outline.addItem(tekst(h.titel));
      doc.font('Helvetica-Bold').fontSize(18).fillColor('#0f4c81').text(tekst(h.titel));
      doc.fillColor('#000000').moveDown(0.5);
      for (const b of h.blokken) blok(doc, b);
    }
    if (r.bewijs.length) {
      doc.addPage();
      inhoud.push({ titel: 'Verantwoording', pagina: doc.bufferedPageRange().count });
      doc.outline.addItem('Verantwoording');
      doc.font('Helvetica-Bold').fontSize(18).fillColor('#0f4c81').text('Verantwoording');
      doc.fillColor('#000000').moveDown(0.5);
      doc.font('Helvetica').fontSize(10).text('Elk cijfer in dit rapport verwijst met een nummer naar deze lijst: de waarneming waaruit het is berekend, met teller, noemer, bron en status. Er staan geen persoonsgegevens in.');
      doc.moveDown(0.5);
      tabel(doc, {
        soort: 'tabel',
        titel: 'Onderliggende waarnemingen',
        kolommen: ['Nr.', 'Indicator', 'Gebied', 'Periode', 'Waarde', 'Teller', 'Noemer', 'Bron', 'Herkomst', 'Status'],
        rijen: r.bewijs.map((x) => [String(x.nr), x.indicator, x.gebied, x.periode, x.waarde, x.teller, x.noemer, x.bron, x.herkomst, x.status]),
      });
    }

    doc.switchToPage(inhoudPagina);
    doc.x = MARGE;
    doc.y = MARGE;
    doc.font('Helvetica-Bold').fontSize(18).fillColor('#0f4c81').text('Inhoud');
    doc.fillColor('#000000').moveDown(0.5).font('Helvetica').fontSize(11);
    for (const i of inhoud) {
      const y = doc.y;
      doc.text(tekst(i.titel), MARGE, y, { width: BREED - 40 });
      doc.text(String(i.pagina), MARGE + BREED - 30, y, { width: 30, align: 'right' });
      doc.moveDown(0.3);
    }

    // Header (demo mark) and footer (title, page x of n) on every page.
    const n = doc.bufferedPageRange().count;
    for (let i = 0; i < n; i++) {
      doc.switchToPage(i);
      const ondermarge = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc.font('Helvetica').fontSize(8).fillColor('#555555');
      doc.text(tekst(`${r.titel} · ${r.ondertitel} · pagina ${i + 1} van ${n}`), MARGE, A4.hoog - MARGE + 12, { width: BREED, align: 'center', lineBreak: false });
      if (r.demo) doc.font('Helvetica-Bold').fontSize(8).fillColor('#b4262a').text('DEMO: verzonnen gegevens', MARGE, MARGE - 30, { width: BREED, align: 'right', lineBreak: false });
      doc.page.margins.bottom = ondermarge;
    }
    doc.fillColor('#000000');
    doc.end();
  });
}

function ruimte(doc: PDFKit.PDFDocument, nodig: number): void {
  if (doc.y + nodig > ONDER) doc.addPage();
}

function blok(doc: PDFKit.PDFDocument, b: Blok): void {
  if (b.soort === 'tekst') {
    ruimte(doc, 30);
    doc.font(b.nadruk ? 'Helvetica-Bold' : 'Helvetica').fontSize(10.5).text(tekst(b.tekst), MARGE, doc.y, { width: BREED });
    doc.moveDown(0.6);
  } else if (b.soort === 'tabel') tabel(doc, b);
  else if (b.soort === 'grafiek') grafiek(doc, b);
  else kaart(doc, b);
}

function tabel(doc: PDFKit.PDFDocument, t: Extract<Blok, { soort: 'tabel' }>): void {
  const k = t.kolommen.length;
  const eerste = k > 6 ? BREED * 0.08 : BREED * 0.34;
  const rest = (BREED - eerste) / Math.max(1, k - 1);
  const breedtes = t.kolommen.map((_, i) => (i === 0 ? eerste : rest));
  const grootte = k > 6 ? 7 : 9;
  const hoogte = (cellen: string[], vet: boolean) => {
    doc.font(vet ? 'Helvetica-Bold' : 'Helvetica').fontSize(grootte);
    return Math.max(...cellen.map((c, i) => doc.heightOfString(tekst(c), { width: breedtes[i]! - 6 }))) + 6;
  };
  const rij = (cellen: string[], vet: boolean, achtergrond: string | null) => {
    const h = hoogte(cellen, vet);
    if (doc.y + h > ONDER) {
      doc.addPage();
      if (!vet) rij(t.kolommen, true, '#e6e6e6');
    }
    const y = doc.y;
    if (achtergrond) doc.rect(MARGE, y, BREED, h).fill(achtergrond);
    doc.fillColor('#000000').font(vet ? 'Helvetica-Bold' : 'Helvetica').fontSize(grootte);
    let x = MARGE;
    cellen.forEach((c, i) => {
      doc.text(tekst(c), x + 3, y + 3, { width: breedtes[i]! - 6 });
      x += breedtes[i]!;
    });
    doc.moveTo(MARGE, y + h).lineTo(MARGE + BREED, y + h).lineWidth(0.5).strokeColor('#999999').stroke();
    doc.x = MARGE;
    doc.y = y + h;
  };
  ruimte(doc, 60);
  doc.font('Helvetica-Bold').fontSize(10.5).text(tekst(t.titel), MARGE, doc.y, { width: BREED });
  doc.moveDown(0.3);
  rij(t.kolommen, true, '#e6e6e6');
  t.rijen.forEach((r, i) => rij(r, false, i % 2 ? '#f6f6f6' : null));
  if (t.voetnoot) {
    doc.moveDown(0.3);
    doc.font('Helvetica-Oblique').fontSize(8.5).text(tekst(t.voetnoot), MARGE, doc.y, { width: BREED });
  }
  doc.moveDown(0.8);
}

function grafiek(doc: PDFKit.PDFDocument, g: Extract<Blok, { soort: 'grafiek' }>): void {
  const H = 170;
  ruimte(doc, H + 60);
  doc.font('Helvetica-Bold').fontSize(10).text(tekst(g.titel), MARGE, doc.y, { width: BREED });
  const top = doc.y + 6;
  const links = MARGE + 44;
  const breed = BREED - 60;
  const max = Math.max(1e-9, ...g.punten.map((p: Punt) => Math.max(p.waarde, p.hoog ?? 0)), g.doel ?? 0) * 1.1;
  const y = (v: number) => top + H - (v / max) * H;
  const x = (i: number) => links + (g.punten.length === 1 ? breed / 2 : (i / (g.punten.length - 1)) * breed);
  doc.lineWidth(0.5).strokeColor('#bbbbbb');
  doc.font('Helvetica').fontSize(7).fillColor('#333333');
  for (let s = 0; s <= 4; s++) {
    const v = (max / 4) * s;
    doc.moveTo(links, y(v)).lineTo(links + breed, y(v)).stroke();
    doc.text(tekst(getal(v, g.eenheid === 'aantal' ? 'aantal' : '')), MARGE, y(v) - 3, { width: 40, align: 'right', lineBreak: false });
  }
  g.punten.forEach((p, i) => doc.text(p.periode, x(i) - 15, top + H + 4, { width: 30, align: 'center', lineBreak: false }));
  doc.lineWidth(4).strokeColor('#78b0d8');
  g.punten.forEach((p, i) => {
    if (p.laag !== null && p.hoog !== null) doc.moveTo(x(i), y(p.laag)).lineTo(x(i), y(p.hoog)).stroke();
  });
  doc.lineWidth(1.5).strokeColor('#0f4c81');
  g.punten.forEach((p, i) => (i === 0 ? doc.moveTo(x(i), y(p.waarde)) : doc.lineTo(x(i), y(p.waarde))));
  if (g.punten.length > 1) doc.stroke();
  g.punten.forEach((p, i) => {
    doc.circle(x(i), y(p.waarde), 2.5);
    if (p.demo) doc.lineWidth(1).fillAndStroke('#ffffff', '#0f4c81');
    else doc.fill('#0f4c81');
  });
  if (g.doel !== null) {
    doc.lineWidth(1).strokeColor('#1e5a1e').dash(4, { space: 3 }).moveTo(links, y(g.doel)).lineTo(links + breed, y(g.doel)).stroke().undash();
    doc.fillColor('#1e5a1e').text('doel', links + breed + 2, y(g.doel) - 3, { lineBreak: false });
  }
  doc.fillColor('#000000').strokeColor('#000000').lineWidth(1);
  doc.x = MARGE;
  doc.y = top + H + 16;
  doc.font('Helvetica').fontSize(8).text(tekst(`${g.bron}. Lijn: waarde; blauwe balk: 95 %-interval${g.doel !== null ? '; stippellijn: doel' : ''}${g.punten.some((p) => p.demo) ? '; open rondje: demo' : ''}.`), MARGE, doc.y, { width: BREED });
  doc.moveDown(0.8);
}

function kaart(doc: PDFKit.PDFDocument, k: Extract<Blok, { soort: 'kaart' }>): void {
  const H = 300;
  ruimte(doc, H + 80);
  doc.font('Helvetica-Bold').fontSize(10).text(tekst(k.titel), MARGE, doc.y, { width: BREED });
  const top = doc.y + 6;
  const alle = k.gebieden.flatMap((g: KaartGebied) => g.ringen.flat());
  if (alle.length) {
    const xs = alle.map((p) => p[0]);
    const ys = alle.map((p) => p[1]);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const schaal = Math.min(BREED / (maxX - minX), H / (maxY - minY));
    const px = (x: number) => MARGE + (x - minX) * schaal;
    const py = (y: number) => top + (maxY - y) * schaal;
    for (const g of k.gebieden) {
      for (const ring of g.ringen) {
        ring.forEach(([x, y], i) => (i === 0 ? doc.moveTo(px(x), py(y)) : doc.lineTo(px(x), py(y))));
        doc.closePath().lineWidth(0.4).fillAndStroke(g.klasse === null ? '#ffffff' : KLEUREN[g.klasse]!, '#666666');
      }
    }
  }
  doc.y = top + H + 8;
  let x = MARGE;
  const stap = BREED / Math.max(1, k.legenda.length);
  doc.font('Helvetica').fontSize(7).fillColor('#000000');
  const regel = doc.y;
  for (const l of k.legenda) {
    doc.rect(x, regel, 9, 9).lineWidth(0.4).fillAndStroke(l.kleur, '#666666');
    doc.fillColor('#000000').text(tekst(l.label), x + 12, regel + 1, { width: stap - 14, lineBreak: false });
    x += stap;
  }
  doc.y = regel;
  doc.x = MARGE;
  doc.y += 16;
  doc.font('Helvetica').fontSize(8).text(tekst(k.bron), MARGE, doc.y, { width: BREED });
  doc.moveDown(0.8);
}
