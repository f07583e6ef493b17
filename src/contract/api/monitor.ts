import { Type, type Static } from 'typebox';
import { GebiedRef, Nullable } from './common.ts';

const S = Type.String();
const N = Nullable(Type.Number());
const Interval = Nullable(Type.Tuple([Type.Number(), Type.Number()], { description: '95 %-interval' }));
const Richting = Type.Union([Type.Literal('lager_beter'), Type.Literal('hoger_beter'), Type.Literal('neutraal')]);
const DoelStatus = Nullable(Type.Union([Type.Literal('op_koers'), Type.Literal('niet_op_koers')]));
const Status = Type.Union([Type.Literal('voorlopig'), Type.Literal('definitief')]);
/** Where a figure comes from; 'demo' is synthetic and never part of a real total. */
export const HerkomstSchema = Type.Union(
  [Type.Literal('cbs_politie'), Type.Literal('eigen_registratie'), Type.Literal('enquete'), Type.Literal('demo'), Type.Literal('geen')],
  { description: 'cbs_politie: gepubliceerde cijfers of een politie-export; eigen_registratie: meldingen; enquete; demo: verzonnen demogegevens; geen: geen cijfer' },
);
export type Herkomst = Static<typeof HerkomstSchema>;

export const NiveauSchema = Type.Union([Type.Literal('buurt'), Type.Literal('wijk'), Type.Literal('gemeente')], { default: 'buurt' });
export const PeriodeSchema = Type.String({ pattern: '^[0-9]{4}(-[0-9]{2})?$', description: 'jaar (2024) of maand (2024-03)' });
export const ProgrammaSchema = Type.Object({ code: S, naam: S, van: Type.Integer(), tot: Type.Integer(), peiljaar: Type.Integer({ description: 'jaar van de nulmeting' }) });
export const DoelSchema = Nullable(
  Type.Object(
    {
      programma: ProgrammaSchema,
      vastgesteld: Type.Boolean({ description: 'false: de gemeente heeft voor deze periode geen streefwaarde vastgesteld' }),
      operator: Nullable(Type.Union([Type.Literal('<='), Type.Literal('>=')])),
      waarde: Nullable(Type.Number()),
      ambitie: Nullable(Type.String({ description: 'de ambitie in woorden, uit het programma' })),
    },
    { description: 'het doel van de programmaperiode (null buiten elke periode)' },
  ),
);

export const IndicatorSchema = Type.Object({
  code: S,
  naam: S,
  naamEn: S,
  definitie: S,
  eenheid: S,
  bron: S,
  richting: Richting,
  noemer: Nullable(Type.Object({ reeks: S, per: Type.Number() })),
  doel: DoelSchema,
  soort: Type.Union([Type.Literal('objectief'), Type.Literal('beleving')]),
  eenheidPerInwoners: Type.Union([S, Type.Null()], { description: 'voor een aantal: de eenheid als het wordt omgerekend (maat=per_inwoners), bijv. "per 1.000 inwoners"' }),
});
export type Indicator = Static<typeof IndicatorSchema>;

export const ObservatieSchema = Type.Object({
  gebied: GebiedRef,
  periode: S,
  waarde: N,
  teller: N,
  noemer: N,
  interval: Interval,
  status: Status,
  geheim: Type.Boolean({ description: 'door de bron geheimgehouden (kleine aantallen)' }),
  afgeleid: Type.Boolean({ description: 'opgeteld uit de onderliggende gebieden' }),
  bron: Type.Union([Type.Literal('statistiek'), Type.Literal('incidenten'), Type.Literal('meldingen'), Type.Literal('enquete'), Type.Literal('geen')]),
  herkomst: HerkomstSchema,
  doelStatus: DoelStatus,
  respondenten: Nullable(Type.Integer()),
  waarschuwing: Nullable(S),
});
export type Observatie = Static<typeof ObservatieSchema>;

const TrendPunt = Type.Object({ periode: S, waarde: N, interval: Interval, status: Status, geheim: Type.Boolean(), doelStatus: DoelStatus, herkomst: HerkomstSchema });
export const TrendSchema = Type.Object({
  indicator: Type.Object({ code: S, naam: S, eenheid: S, richting: Richting, doel: DoelSchema }),
  gebied: S,
  reeks: Type.Array(TrendPunt),
  laatste: Nullable(TrendPunt),
  vergelijking: Type.Object({
    vierJaarEerder: Nullable(Type.Object({ periode: S, waarde: N, verschil: Type.Number() })),
    meerjarigGemiddelde: Nullable(Type.Object({ jaren: Type.Integer(), waarde: Type.Number(), verschil: Type.Number() })),
  }),
});
export type Trend = Static<typeof TrendSchema>;

export const SignalenSchema = Type.Object({
  indicator: S,
  gebied: S,
  jaar: Type.Integer(),
  maanden: Type.Array(
    Type.Object({
      maand: S,
      aantal: N,
      verwacht: N,
      p: N,
      signaal: Nullable(Type.Union([Type.Literal('hoog'), Type.Literal('laag')])),
      eerdereJaren: Type.Integer({ description: 'aantal eerdere jaren in het model (3 tot 5)' }),
    }),
  ),
});
export type Signalen = Static<typeof SignalenSchema>;

export const NieuwSignaalSchema = Type.Object({
  indicator: S,
  naam: S,
  gebied: S,
  maand: S,
  aantal: Type.Number(),
  verwacht: Type.Number(),
  p: Type.Number(),
  signaal: Type.Union([Type.Literal('hoog'), Type.Literal('laag')]),
});
export type NieuwSignaal = Static<typeof NieuwSignaalSchema>;

export const ImportRegelSchema = Type.Object({
  id: Type.Integer(),
  soort: S,
  bestand: S,
  rijen: Type.Integer(),
  tijdstip: Type.String({ format: 'date-time' }),
  status: Type.Union([Type.Literal('gelukt'), Type.Literal('mislukt')]),
  fout: Nullable(Type.String({ description: 'waarom het inlezen is geweigerd (B1); niets is opgeslagen' })),
});

export const ProfielIndicatorSchema = Type.Object({
  code: S,
  naam: S,
  eenheid: S,
  richting: Richting,
  soort: Type.Union([Type.Literal('objectief'), Type.Literal('beleving')]),
  doel: DoelSchema,
  waarde: N,
  interval: Interval,
  geheim: Type.Boolean(),
  doelStatus: DoelStatus,
  gemeente: N,
  nulmeting: Nullable(Type.Object({ jaar: Type.Integer(), waarde: Type.Number() }, { description: 'de waarde van dit gebied in het peiljaar van het programma' })),
  herkomst: HerkomstSchema,
  vergelijking: Nullable(
    Type.Object(
      {
        basis: Type.String({ description: 'waarop vergeleken is, bijvoorbeeld "per 1.000 inwoners"' }),
        eigen: Type.Number({ description: 'de waarde van het gebied op die basis' }),
        interval: Interval,
        gemeente: Type.Number({ description: 'de waarde van de gemeente op die basis' }),
        oordeel: Type.Union([Type.Literal('beter'), Type.Literal('slechter'), Type.Literal('niet_te_onderscheiden'), Type.Literal('hoger'), Type.Literal('lager')], {
          description: 'beter/slechter: het 95 %-interval ligt helemaal aan één kant van de gemeente; hoger/lager bij een neutrale indicator',
        }),
      },
      { description: 'vergelijking met de gemeente op een maat die gebieden vergelijkbaar maakt (nooit aantal tegen totaal)' },
    ),
  ),
});
export const ProfielSchema = Type.Object({
  gebied: Type.Object({ code: S, naam: S, niveau: Type.Union([Type.Literal('buurt'), Type.Literal('wijk'), Type.Literal('gemeente')]) }),
  jaar: S,
  indicatoren: Type.Array(ProfielIndicatorSchema),
  duiding: Type.Array(Type.Object({ id: S, tekst: S, auteur: S, geschrevenOp: Type.String({ format: 'date-time' }) })),
});
export type Profiel = Static<typeof ProfielSchema>;
export type ProfielIndicator = Static<typeof ProfielIndicatorSchema>;

export const IncidentSoortSchema = Type.Object({
  code: S,
  naam: Type.String({ description: 'naam uit de codelijst van de politie' }),
  aantal: Type.Integer({ description: 'aantal ingelezen incidenten' }),
  standaard: Type.Boolean({ description: 'een soort voor de near-repeat-alerts (standaard in de analyses)' }),
});
export type IncidentSoort = Static<typeof IncidentSoortSchema>;

export const GemeentenVergelijkingSchema = Type.Object({
  reeks: S,
  naam: Type.String({ description: 'wat vergeleken wordt' }),
  eenheid: S,
  jaar: S,
  jaren: Type.Array(S, { description: 'jaren met cijfers, nieuwste eerst' }),
  groep: Type.Object({ code: S, naam: S }),
  groepen: Type.Array(Type.Object({ code: S, naam: S, naamEn: S })),
  bron: S,
  groepWaarde: Nullable(Type.Number({ description: 'de groep als geheel: som van de aantallen gedeeld door de som van de inwoners' })),
  eigen: Nullable(
    Type.Object({
      gemeente: S,
      positie: Type.Integer({ description: 'plaats in de groep, 1 = laagste waarde' }),
      van: Type.Integer(),
      oordeel: Type.Union([Type.Literal('beter'), Type.Literal('slechter'), Type.Literal('niet_te_onderscheiden')], { description: 'tegen de groep als geheel, op het 95 %-interval' }),
    }),
  ),
  rijen: Type.Array(
    Type.Object({
      gemeente: S,
      provincie: S,
      aantal: Type.Number(),
      inwoners: Type.Integer(),
      waarde: Type.Number({ description: 'per 1.000 inwoners' }),
      interval: Interval,
      eigen: Type.Boolean({ description: 'de eigen gemeente' }),
    }),
  ),
});
export type GemeentenVergelijking = Static<typeof GemeentenVergelijkingSchema>;
