import { useEffect, useRef } from 'react';

export interface GrafiekPunt {
  periode: string;
  waarde: number;
  interval: [number, number] | null;
  demo: boolean;
}

/**
 * A trend chart drawn by Observable Plot: x the periods, y the value with a labelled axis from zero, the
 * 95 % interval per point as a vertical bar, the target as a dashed line with its label, demo points as
 * open circles, and the source as caption. The text next to it says the same in words (WCAG 1.1.1).
 */
export function TrendGrafiek({ punten, doel, eenheid, bron, label, periodeLabel = 'Periode', doelLabel = 'doel' }: { punten: GrafiekPunt[]; doel: number | null; eenheid: string; bron: string; label: string; periodeLabel?: string; doelLabel?: string }) {
  const el = useRef<HTMLDivElement>(null);
  // The caller builds a new array on every render; redraw only when the points themselves change.
  const sleutel = JSON.stringify(punten);
  useEffect(() => {
    let weg = false;
    // Plot (with d3) is loaded with the first chart, not with every page.
    void import('@observablehq/plot').then((Plot) => {
      if (weg || !el.current) return;
      const metInterval = punten.filter((p) => p.interval);
      const grafiek = Plot.plot({
        width: 520,
        height: 260,
        marginLeft: 56,
        marginRight: doel !== null ? 48 : 20,
        ariaLabel: label,
        x: { type: 'point', label: periodeLabel, padding: 0.3 },
        y: { label: eenheid, grid: true, zero: true, nice: true },
        marks: [
          Plot.ruleX(metInterval, { x: 'periode', y1: (p: GrafiekPunt) => p.interval![0], y2: (p: GrafiekPunt) => p.interval![1], stroke: '#78b0d8', strokeWidth: 5, strokeOpacity: 0.8 }),
          Plot.line(punten, { x: 'periode', y: 'waarde', stroke: '#0f4c81', strokeWidth: 2 }),
          Plot.dot(punten, { x: 'periode', y: 'waarde', r: 4, stroke: '#0f4c81', strokeWidth: 2, fill: (p: GrafiekPunt) => (p.demo ? '#ffffff' : '#0f4c81') }),
          ...(doel !== null
            ? [
                Plot.ruleY([doel], { stroke: '#1e5a1e', strokeDasharray: '5 4', strokeWidth: 2 }),
                Plot.text([doel], { y: (d: number) => d, frameAnchor: 'right', dx: 44, text: () => doelLabel, fill: '#1e5a1e' }),
              ]
            : []),
          Plot.ruleY([0]),
        ],
    });
    // Plot names its mark groups with aria-label, which ARIA forbids on a plain <g>. The chart is one image
    // (role img, named by its label; the text next to it carries the figures), so the names move to data-mark.
    grafiek.setAttribute('role', 'img');
    // Plot adds a <style> element, which our CSP (style-src 'self') rightly refuses; the same rules are in
    // styles.css (.bv-grafiek svg), so it goes before the chart enters the document.
    grafiek.querySelector(':scope > style')?.remove();
    for (const g of grafiek.querySelectorAll('g[aria-label]')) {
      g.setAttribute('data-mark', g.getAttribute('aria-label')!);
      g.removeAttribute('aria-label');
    }
    const figuur = document.createElement('figure');
    figuur.className = 'bv-grafiek__figuur';
    figuur.append(grafiek);
    const onderschrift = document.createElement('figcaption');
    onderschrift.textContent = bron;
    figuur.append(onderschrift);
    el.current.replaceChildren(figuur);
    });
    return () => {
      weg = true;
    };
  }, [sleutel, doel, eenheid, bron, label, periodeLabel, doelLabel]);
  return <div ref={el} className="bv-grafiek" data-testid="trendgrafiek" />;
}
