import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { useApiGet } from '../../lib/useApi.ts';
import { formatteer } from '../../components/kaart.ts';
import * as monitorApi from './api.ts';
import { doelTekst } from './doel.ts';
import type { Indicator, Signalen, Trend as TrendData } from './api.ts';

/** A small line chart (SVG) of one area over the years with the target line, and the comparisons in words. */
export function Trend({ indicator, gebied, naam }: { indicator: Indicator; gebied: string; naam: string }) {
  const { data } = useApiGet<TrendData>(monitorApi.pad.trend(indicator.code, gebied));
  const laatsteJaar = data?.laatste?.periode;
  const telling = indicator.soort === 'objectief' && indicator.eenheid === 'aantal';
  const { data: signalen } = useApiGet<Signalen>(
    telling && laatsteJaar ? monitorApi.pad.signalen(indicator.code, gebied, laatsteJaar) : null,
  );
  if (!data) return null;
  const opvallend = signalen?.maanden.filter((m) => m.signaal) ?? [];
  const punten = data.reeks.filter((r) => r.waarde !== null);
  const W = 320;
  const H = 160;
  const pad = 30;
  const doelWaarde = indicator.doel?.vastgesteld ? indicator.doel.waarde : null;
  const waarden = [...punten.map((p) => p.waarde!), ...punten.flatMap((p) => p.interval ?? []), ...(doelWaarde !== null ? [doelWaarde] : [])];
  const max = Math.max(1, ...waarden) * 1.05;
  const xVan = (i: number) => pad + (punten.length <= 1 ? (W - 2 * pad) / 2 : (i * (W - 2 * pad)) / (punten.length - 1));
  const yVan = (v: number) => H - pad - (v / max) * (H - 2 * pad);
  const beter = (d: number) => (indicator.richting === 'neutraal' ? '' : (indicator.richting === 'lager_beter' ? d < 0 : d > 0) ? ' (beter)' : d === 0 ? '' : ' (slechter)');
  return (
    <section aria-label={`Trend ${naam}`} data-testid="trend">
      <Heading3>Trend: {naam}</Heading3>
      {punten.length === 1 && <Paragraph data-testid="een-meting">Er is één meting ({punten[0]!.periode}): nog geen verloop te zien.</Paragraph>}
      {punten.some((p) => p.herkomst === 'demo') && <Paragraph className="bv-muted">Met open rondjes: demo, verzonnen gegevens.</Paragraph>}
      {punten.length > 1 && <svg width={W} height={H} role="img" aria-label={`Verloop van ${indicator.naam} in ${naam}`}>
        <line x1={pad} y1={H - pad} x2={W - pad} y2={H - pad} stroke="#4a4a4a" />
        {doelWaarde !== null && <line x1={pad} x2={W - pad} y1={yVan(doelWaarde)} y2={yVan(doelWaarde)} stroke="#1e5a1e" strokeDasharray="4 3" />}
        {punten.map((p, i) => p.interval && <line key={`i${p.periode}`} x1={xVan(i)} x2={xVan(i)} y1={yVan(p.interval[0])} y2={yVan(p.interval[1])} stroke="#78b0d8" strokeWidth={3} />)}
        <polyline fill="none" stroke="#0f4c81" strokeWidth={2} points={punten.map((p, i) => `${xVan(i)},${yVan(p.waarde!)}`).join(' ')} />
        {punten.map((p, i) => (
          <g key={p.periode}>
            <circle cx={xVan(i)} cy={yVan(p.waarde!)} r={3} fill={p.herkomst === 'demo' ? '#ffffff' : '#0f4c81'} stroke="#0f4c81" />
            <text x={xVan(i)} y={H - pad + 14} fontSize="10" textAnchor="middle">{p.periode}</text>
          </g>
        ))}
      </svg>}
      {data.laatste && (
        <Paragraph>
          {data.laatste.periode}: {formatteer(data.laatste.waarde, indicator.eenheid)}.
          {data.vergelijking.vierJaarEerder && ` Vier jaar eerder (${data.vergelijking.vierJaarEerder.periode}): ${formatteer(data.vergelijking.vierJaarEerder.waarde, indicator.eenheid)}${beter(data.vergelijking.vierJaarEerder.verschil)}.`}
          {data.vergelijking.meerjarigGemiddelde && ` Gemiddelde van de ${data.vergelijking.meerjarigGemiddelde.jaren} jaren ervoor: ${formatteer(data.vergelijking.meerjarigGemiddelde.waarde, indicator.eenheid)}${beter(data.vergelijking.meerjarigGemiddelde.verschil)}.`}
          {doelWaarde !== null ? ' De stippellijn is het doel.' : indicator.doel ? ` ${doelTekst(indicator.doel, indicator.eenheid)}` : ''}
        </Paragraph>
      )}
      {signalen && (
        <Paragraph data-testid="maandsignalen">
          {opvallend.length === 0
            ? `Geen opvallende maanden in ${laatsteJaar} (vergeleken met dezelfde maand in eerdere jaren).`
            : `Opvallende maanden in ${laatsteJaar}: ${opvallend.map((m) => `${m.maand} ${m.signaal === 'hoog' ? 'hoger' : 'lager'} dan verwacht (${m.aantal} tegen ${formatteer(m.verwacht)})`).join('; ')}.`}
        </Paragraph>
      )}
    </section>
  );
}
