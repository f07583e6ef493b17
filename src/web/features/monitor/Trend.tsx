import { Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useRef } from 'react';
import { TrendGrafiek } from '../../components/TrendGrafiek.tsx';
import { useApiGet } from '../../lib/useApi.ts';
import { downloadPdf, downloadPng, formatteer } from '../../components/kaart.ts';
import * as monitorApi from './api.ts';
import { doelTekst } from './doel.ts';
import type { Indicator, Signalen, Trend as TrendData } from './api.ts';

/** The trend of one area over the years (Observable Plot: axes, intervals, target, source), exports, and the comparisons in words. */
export function Trend({ indicator, gebied, naam }: { indicator: Indicator; gebied: string; naam: string }) {
  const { data } = useApiGet<TrendData>(monitorApi.pad.trend(indicator.code, gebied));
  const grafiekEl = useRef<HTMLDivElement>(null);
  const laatsteJaar = data?.laatste?.periode;
  const telling = indicator.soort === 'objectief' && indicator.eenheid === 'aantal';
  const { data: signalen } = useApiGet<Signalen>(
    telling && laatsteJaar ? monitorApi.pad.signalen(indicator.code, gebied, laatsteJaar) : null,
  );
  if (!data) return null;
  const opvallend = signalen?.maanden.filter((m) => m.signaal) ?? [];
  const punten = data.reeks.filter((r) => r.waarde !== null);
  const doelWaarde = indicator.doel?.vastgesteld ? indicator.doel.waarde : null;
  const demo = punten.some((p) => p.herkomst === 'demo');
  const herkomsten = [...new Set(punten.map((p) => p.herkomst))];
  const bron = `Bron: ${indicator.bron}${herkomsten.length ? ` · herkomst: ${herkomsten.join(', ')}` : ''}${demo ? ' · DEMO: (deels) verzonnen' : ''}`;
  const periode = punten.length ? `${punten[0]!.periode}–${punten.at(-1)!.periode}` : '';
  const kop = () => ({
    titel: `${indicator.naam} (${indicator.eenheid}) in ${naam}, ${periode}`,
    regels: [bron, ...(indicator.doel ? [doelTekst(indicator.doel, indicator.eenheid)] : []), 'Balk: 95 %-interval. Stippellijn: doel. Open rondje: demo.'],
    legenda: [
      { kleur: '#0f4c81', label: 'waarde' },
      { kleur: '#78b0d8', label: '95 %-interval' },
      ...(doelWaarde !== null ? [{ kleur: '#1e5a1e', label: 'doel' }] : []),
    ],
    demo,
  });
  const bestand = `trend-${indicator.code.toLowerCase()}-${gebied.toLowerCase()}${demo ? '-DEMO' : ''}`;
  const beter = (d: number) => (indicator.richting === 'neutraal' ? '' : (indicator.richting === 'lager_beter' ? d < 0 : d > 0) ? ' (beter)' : d === 0 ? '' : ' (slechter)');
  return (
    <section aria-label={`Trend ${naam}`} data-testid="trend">
      <Heading3>Trend: {naam}</Heading3>
      {punten.length === 1 && <Paragraph data-testid="een-meting">Er is één meting ({punten[0]!.periode}): nog geen verloop te zien.</Paragraph>}
      {punten.some((p) => p.herkomst === 'demo') && <Paragraph className="bv-muted">Met open rondjes: demo, verzonnen gegevens.</Paragraph>}
      {punten.length > 1 && (
        <>
          <div ref={grafiekEl}>
            <TrendGrafiek
              punten={punten.map((p) => ({ periode: p.periode, waarde: p.waarde!, interval: p.interval ?? null, demo: p.herkomst === 'demo' }))}
              doel={doelWaarde}
              eenheid={indicator.eenheid}
              bron={bron}
              label={`Verloop van ${indicator.naam} in ${naam}, ${periode}`}
            />
          </div>
          <ul className="bv-legenda bv-legenda--rij" aria-label="Legenda van de grafiek">
            <li><span className="bv-legenda__lijn" style={{ background: '#0f4c81' }} aria-hidden="true" /> waarde{demo ? ' (open rondje: demo)' : ''}</li>
            <li><span className="bv-legenda__lijn bv-legenda__lijn--dik" style={{ background: '#78b0d8' }} aria-hidden="true" /> 95 %-interval</li>
            {doelWaarde !== null && <li><span className="bv-legenda__lijn bv-legenda__lijn--stip" aria-hidden="true" /> doel</li>}
          </ul>
          <ButtonGroup>
            <Button appearance="secondary-action-button" onClick={() => grafiekEl.current && void downloadPng(grafiekEl.current, `${bestand}.png`, kop())}>
              Grafiek als PNG
            </Button>
            <Button appearance="secondary-action-button" onClick={() => grafiekEl.current && void downloadPdf(grafiekEl.current, `${bestand}.pdf`, kop())}>
              Grafiek als PDF
            </Button>
          </ButtonGroup>
        </>
      )}
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
