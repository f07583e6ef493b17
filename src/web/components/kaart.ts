/** Colour classes for choropleths and grids: five steps, light to dark (NL Design System-like blues/reds). */
export const BLAUW = ['#eff6fb', '#bcd8ec', '#78b0d8', '#3a7fb8', '#0f4c81'];
export const ROOD = ['#fdf0ec', '#f7c4b2', '#ee8d6d', '#d4532f', '#8a2b00'];
export const GEEN_GEGEVENS = '#d9d9d9';

/** Class breaks by quantiles of the known values (at most five classes, no empty ones). */
export function klassen(waarden: number[], n = 5): number[] {
  const s = [...waarden].sort((a, b) => a - b);
  if (s.length === 0) return [];
  const grenzen: number[] = [];
  for (let k = 1; k < n; k++) grenzen.push(s[Math.min(s.length - 1, Math.floor((k * s.length) / n))]!);
  return [...new Set(grenzen)];
}

export function klasseVan(v: number, grenzen: number[]): number {
  let i = 0;
  while (i < grenzen.length && v >= grenzen[i]!) i++;
  return Math.min(i, 4);
}

export const formatteer = (v: number | null, eenheid?: string): string => {
  if (v === null) return '—';
  // Counts as whole numbers; rates and percentages with one decimal.
  const s = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: Number.isInteger(v) || Math.abs(v) >= 1000 ? 0 : 1 }).format(v);
  return eenheid === '%' ? `${s} %` : s;
};

/** Render the map's SVG layer to a PNG (client side) and offer it as a download. */
/** What a PNG export carries besides the map: title, period and source, the legend and the demo mark. */
export interface PngKop {
  titel: string;
  regels: string[];
  legenda: { kleur: string; label: string }[];
  demo: boolean;
}

/** The map or chart in the container (its first SVG) on a white canvas, with title, lines, legend and demo mark. */
export async function tekenMetKop(container: HTMLElement, kop?: PngKop): Promise<HTMLCanvasElement | null> {
  const svg = container.querySelector('svg');
  if (!svg) return null;
  const { width, height } = svg.getBoundingClientRect();
  const kopie = svg.cloneNode(true) as SVGSVGElement;
  kopie.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  kopie.setAttribute('width', String(width));
  kopie.setAttribute('height', String(height));
  const data = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(kopie))}`;
  const img = new Image();
  await new Promise<void>((resolve, reject) => {
    img.onload = () => resolve();
    img.onerror = () => reject(new Error('kaart niet te tekenen'));
    img.src = data;
  });
  const boven = kop ? 28 + 18 * kop.regels.length + 12 : 0;
  const legendaBreedte = kop && kop.legenda.length ? 230 : 0;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width) + legendaBreedte;
  canvas.height = Math.round(height) + boven;
  const c = canvas.getContext('2d')!;
  c.fillStyle = '#ffffff';
  c.fillRect(0, 0, canvas.width, canvas.height);
  c.drawImage(img, 0, boven);
  if (kop) {
    c.fillStyle = '#1a1a1a';
    c.font = 'bold 18px sans-serif';
    c.fillText(kop.titel, 8, 22);
    c.font = '13px sans-serif';
    kop.regels.forEach((r, i) => c.fillText(r, 8, 42 + 18 * i));
    kop.legenda.forEach((l, i) => {
      const y = boven + 10 + 22 * i;
      c.fillStyle = l.kleur;
      c.fillRect(Math.round(width) + 10, y, 16, 16);
      c.strokeStyle = '#4a4a4a';
      c.strokeRect(Math.round(width) + 10, y, 16, 16);
      c.fillStyle = '#1a1a1a';
      c.fillText(l.label, Math.round(width) + 32, y + 13);
    });
    if (kop.demo) {
      // Across the map, so a cropped screenshot still says it.
      c.save();
      c.translate(width / 2, boven + height / 2);
      c.rotate(-Math.PI / 8);
      c.font = 'bold 44px sans-serif';
      c.fillStyle = 'rgba(180, 0, 0, 0.45)';
      c.textAlign = 'center';
      c.fillText('DEMO — verzonnen gegevens', 0, 0);
      c.restore();
    }
  }
  return canvas;
}

export async function downloadPng(container: HTMLElement, bestandsnaam: string, kop?: PngKop): Promise<void> {
  const canvas = await tekenMetKop(container, kop);
  if (!canvas) return;
  const a = document.createElement('a');
  a.href = canvas.toDataURL('image/png');
  a.download = bestandsnaam;
  a.click();
}

/**
 * The same picture as a PDF (A4 landscape) with the title, lines (period, source, herkomst) and the demo mark
 * as text, so it can be searched and read aloud. jsPDF is loaded only when someone asks for a PDF.
 */
export async function downloadPdf(container: HTMLElement, bestandsnaam: string, kop: PngKop): Promise<void> {
  const canvas = await tekenMetKop(container, kop);
  if (!canvas) return;
  const { jsPDF } = await import('jspdf');
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4' });
  pdf.setProperties({ title: kop.titel, subject: kop.regels.join(' · '), creator: 'Buurtveilig' });
  pdf.setFontSize(16);
  pdf.text(kop.titel, 12, 16, { maxWidth: 270 });
  pdf.setFontSize(10);
  kop.regels.forEach((r, i) => pdf.text(r, 12, 24 + 5 * i, { maxWidth: 270 }));
  const boven = 28 + 5 * kop.regels.length;
  const breedte = 273;
  const hoogte = Math.min(180 - boven, (canvas.height / canvas.width) * breedte);
  pdf.addImage(canvas.toDataURL('image/png'), 'PNG', 12, boven, (canvas.width / canvas.height) * hoogte, hoogte);
  if (kop.demo) {
    pdf.setTextColor(180, 0, 0);
    pdf.setFontSize(12);
    pdf.text('DEMO — verzonnen gegevens, niet echt', 12, 200);
  }
  pdf.save(bestandsnaam);
}
