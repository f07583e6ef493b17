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
export async function downloadPng(container: HTMLElement, bestandsnaam: string): Promise<void> {
  const svg = container.querySelector('svg');
  if (!svg) return;
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
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width);
  canvas.height = Math.round(height);
  const c = canvas.getContext('2d')!;
  c.fillStyle = '#ffffff';
  c.fillRect(0, 0, canvas.width, canvas.height);
  c.drawImage(img, 0, 0);
  const a = document.createElement('a');
  a.href = canvas.toDataURL('image/png');
  a.download = bestandsnaam;
  a.click();
}
