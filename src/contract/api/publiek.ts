import { Type, type Static } from 'typebox';
import { Nullable } from './common.ts';

// publiek: what the public site (no login) may show per gemeente, wijk and buurt.

const S = Type.String();
const Datum = Type.String({ format: 'date' });
const Niveau = Type.Union([Type.Literal('gemeente'), Type.Literal('wijk'), Type.Literal('buurt')]);

/** One published figure: either a value (with interval) or suppressed ("< 5"), never both. */
export const PubliekCijferSchema = Type.Object({
  periode: S,
  waarde: Nullable(Type.Number()),
  weergave: Type.String({ description: 'zoals het getoond wordt, bijv. "12,3" of "< 5"' }),
  interval: Nullable(Type.Tuple([Type.Number(), Type.Number()])),
  onderdrukt: Type.Boolean({ description: 'klein aantal (of daaruit af te leiden): niet getoond' }),
  status: Type.Union([Type.Literal('voorlopig'), Type.Literal('definitief')]),
  demo: Type.Boolean(),
});

export const PubliekeIndicatorSchema = Type.Object({
  code: S,
  naam: S,
  eenheid: S,
  bron: S,
  richting: Type.Union([Type.Literal('lager_beter'), Type.Literal('hoger_beter'), Type.Literal('neutraal')]),
  doel: Nullable(Type.String({ description: 'het doel van het programma in woorden, of null' })),
  reeks: Type.Array(PubliekCijferSchema),
});

export const PubliekGebiedSchema = Type.Object({
  gebied: Type.Object({
    code: S,
    naam: S,
    niveau: Niveau,
    wijk: Nullable(Type.Object({ code: S, naam: S })),
    onderdelen: Type.Array(Type.Object({ code: S, naam: S }), { description: 'de wijken van de gemeente of de buurten van een wijk' }),
  }),
  programma: Type.Object({
    titel: S,
    van: Type.Integer(),
    tot: Type.Integer(),
    missie: S,
    themas: Type.Array(Type.Object({ code: S, naam: S, ambities: Type.Array(S) })),
  }),
  maatregelen: Type.Array(Type.Object({ titel: S, status: S, thema: S, eigenaar: S, start: Nullable(Datum), eind: Nullable(Datum), hierInDeBuurt: Type.Boolean(), demo: Type.Boolean() })),
  buurtagenda: Type.Array(Type.Object({ titel: S, toelichting: S, prioriteit: Type.Integer(), status: S, demo: Type.Boolean() })),
  uZeiWijDeden: Type.Array(Type.Object({ titel: S, uitkomst: S, afgerondOp: Nullable(Datum), demo: Type.Boolean() })),
  buurtschouwen: Type.Array(
    Type.Object({ datum: Datum, thema: S, samenvatting: S, punten: Type.Array(Type.Object({ categorie: S, aantal: Type.Integer(), afgehandeld: Type.Integer() })), demo: Type.Boolean() }),
    { description: 'gepubliceerde uitkomsten van buurtschouwen: samenvatting en aantallen per categorie, nooit de teksten van de punten' },
  ),
  cijfers: Type.Array(PubliekeIndicatorSchema),
  meldingen: Type.Object({
    jaar: Type.Integer(),
    rijen: Type.Array(Type.Object({ categorie: S, aantal: Nullable(Type.Integer()), weergave: S })),
    totaal: Type.Object({ aantal: Nullable(Type.Integer()), weergave: S }),
    demo: Type.Boolean(),
  }),
  links: Type.Object({ melden: S, buurtberichten: S, openData: S }),
  onderdrukking: Type.Object({ minimum: Type.Integer(), uitleg: S }),
  demo: Type.Boolean({ description: 'er staan verzonnen demogegevens op deze pagina' }),
});
export type PubliekGebied = Static<typeof PubliekGebiedSchema>;

export const OpenDataLijstSchema = Type.Array(
  Type.Object({ code: S, naam: S, eenheid: S, bron: S, niveaus: Type.Array(Niveau), perioden: Type.Array(S), licentie: S, csv: S, geojson: S }),
);
