import { Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useRef } from 'react';
import { TrendGrafiek } from '../../components/TrendGrafiek.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useApiGet } from '../../lib/useApi.ts';
import { downloadPdf, downloadPng, formatteer } from '../../components/kaart.ts';
import * as monitorApi from './api.ts';
import { doelTekst } from './doel.ts';
import type { Indicator, Signalen, Trend as TrendData } from './api.ts';

/** The trend of one area over the years (Observable Plot: axes, intervals, target, source), exports, and the comparisons in words. */
export function Trend({ indicator, gebied, naam }: { indicator: Indicator; gebied: string; naam: string }) {
  const { data } = useApiGet<TrendData>(monitorApi.pad.trend(indicator.code, gebied));
  const grafiekEl = useRef<HTMLDivElement>(null);
  const { t, taal } = useI18n();
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
  const bron = `${t('trend.bron', { bron: indicator.bron })}${herkomsten.length ? t('trend.herkomst', { herkomst: herkomsten.join(', ') }) : ''}${demo ? t('trend.demo') : ''}`;
  const indNaam = taal === 'en' ? (indicator.naamEn ?? indicator.naam) : indicator.naam;
  const periode = punten.length ? `${punten[0]!.periode}–${punten.at(-1)!.periode}` : '';
  const kop = () => ({
    titel: t('trend.kopTitel', { naam: indNaam, eenheid: indicator.eenheid, gebied: naam, periode }),
    regels: [bron, ...(indicator.doel ? [doelTekst(indicator.doel, indicator.eenheid)] : []), t('trend.tekens')],
    legenda: [
      { kleur: '#0f4c81', label: t('trend.waarde') },
      { kleur: '#78b0d8', label: t('trend.interval') },
      ...(doelWaarde !== null ? [{ kleur: '#1e5a1e', label: t('trend.doel') }] : []),
    ],
    demo,
  });
  const bestand = `trend-${indicator.code.toLowerCase()}-${gebied.toLowerCase()}${demo ? '-DEMO' : ''}`;
  const beter = (d: number) => (indicator.richting === 'neutraal' ? '' : (indicator.richting === 'lager_beter' ? d < 0 : d > 0) ? t('trend.beter') : d === 0 ? '' : t('trend.slechter'));
  return (
    <section aria-label={t('trend.label', { naam })} data-testid="trend">
      <Heading3>{t('trend.titel', { naam })}</Heading3>
      {punten.length === 1 && <Paragraph data-testid="een-meting">{t('trend.eenMeting', { periode: punten[0]!.periode })}</Paragraph>}
      {punten.some((p) => p.herkomst === 'demo') && <Paragraph className="bv-muted">{t('trend.demoRondjes')}</Paragraph>}
      {punten.length > 1 && (
        <>
          <div ref={grafiekEl}>
            <TrendGrafiek
              punten={punten.map((p) => ({ periode: p.periode, waarde: p.waarde!, interval: p.interval ?? null, demo: p.herkomst === 'demo' }))}
              doel={doelWaarde}
              eenheid={indicator.eenheid}
              bron={bron}
              label={t('trend.grafiekLabel', { naam: indNaam, gebied: naam, periode })}
              periodeLabel={t('trend.periode')}
              doelLabel={t('trend.doel')}
            />
          </div>
          <ul className="bv-legenda bv-legenda--rij" aria-label={t('trend.legenda')}>
            <li><span className="bv-legenda__lijn" style={{ background: '#0f4c81' }} aria-hidden="true" /> {demo ? t('trend.waardeDemo') : t('trend.waarde')}</li>
            <li><span className="bv-legenda__lijn bv-legenda__lijn--dik" style={{ background: '#78b0d8' }} aria-hidden="true" /> {t('trend.interval')}</li>
            {doelWaarde !== null && <li><span className="bv-legenda__lijn bv-legenda__lijn--stip" aria-hidden="true" /> {t('trend.doel')}</li>}
          </ul>
          <ButtonGroup>
            <Button appearance="secondary-action-button" onClick={() => grafiekEl.current && void downloadPng(grafiekEl.current, `${bestand}.png`, kop())}>
              {t('trend.png')}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => grafiekEl.current && void downloadPdf(grafiekEl.current, `${bestand}.pdf`, kop())}>
              {t('trend.pdf')}
            </Button>
          </ButtonGroup>
        </>
      )}
      {data.laatste && (
        <Paragraph>
          {t('trend.laatste', { periode: data.laatste.periode, waarde: formatteer(data.laatste.waarde, indicator.eenheid) })}
          {data.vergelijking.vierJaarEerder && t('trend.vierJaar', { periode: data.vergelijking.vierJaarEerder.periode, waarde: formatteer(data.vergelijking.vierJaarEerder.waarde, indicator.eenheid), oordeel: beter(data.vergelijking.vierJaarEerder.verschil) })}
          {data.vergelijking.meerjarigGemiddelde && t('trend.gemiddelde', { jaren: data.vergelijking.meerjarigGemiddelde.jaren, waarde: formatteer(data.vergelijking.meerjarigGemiddelde.waarde, indicator.eenheid), oordeel: beter(data.vergelijking.meerjarigGemiddelde.verschil) })}
          {doelWaarde !== null ? t('trend.stippellijn') : indicator.doel ? ` ${doelTekst(indicator.doel, indicator.eenheid)}` : ''}
        </Paragraph>
      )}
      {signalen && (
        <Paragraph data-testid="maandsignalen">
          {opvallend.length === 0
            ? t('trend.geenSignalen', { jaar: laatsteJaar ?? '' })
            : t('trend.signalen', {
                jaar: laatsteJaar ?? '',
                maanden: opvallend.map((m) => t('trend.signaal', { maand: m.maand, richting: t(m.signaal === 'hoog' ? 'trend.hoger' : 'trend.lager'), aantal: formatteer(m.aantal), verwacht: formatteer(m.verwacht) })).join('; '),
              })}
        </Paragraph>
      )}
    </section>
  );
}
