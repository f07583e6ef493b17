import { Type, type Static } from 'typebox';
import { Nullable } from './common.ts';
import { TrendSchema } from './monitor.ts';

// programma: the Meerjarenprogramma, its uitvoeringsagenda's and maatregelen (the API contract shared with the web).

const S = Type.String();
const Datum = Type.String({ format: 'date', description: 'Datum, JJJJ-MM-DD' });
const Code = Type.String({ pattern: '^[a-z0-9][a-z0-9_-]*$', maxLength: 60 });

export const CodeNaamSchema = Type.Object({ code: S, naam: S, uitleg: Type.Optional(S), vastgesteld: Type.Optional(Type.Boolean()), eind: Type.Optional(Type.Boolean()) });

export const ProgrammaCatalogusSchema = Type.Object({
  huidig: S,
  statussen: Type.Object({ programma: Type.Array(CodeNaamSchema), agenda: Type.Array(CodeNaamSchema), maatregel: Type.Array(CodeNaamSchema) }),
  overgangen: Type.Object(
    { programma: Type.Record(S, Type.Array(S)), agenda: Type.Record(S, Type.Array(S)), maatregel: Type.Record(S, Type.Array(S)) },
    { description: 'per status de statussen waarheen het mag (SM-15)' },
  ),
  themasoorten: Type.Array(CodeNaamSchema),
  maatregelsoorten: Type.Array(CodeNaamSchema),
  randvoorwaarden: Type.Array(CodeNaamSchema),
  voortgangskleuren: Type.Array(CodeNaamSchema),
  bewijssoorten: Type.Array(CodeNaamSchema),
  buurtagenda: Type.Object({ statussen: Type.Array(CodeNaamSchema), overgangen: Type.Record(S, Type.Array(S)) }),
  organisaties: Type.Array(Type.Object({ code: S, naam: S })),
});
export type ProgrammaCatalogus = Static<typeof ProgrammaCatalogusSchema>;

export const Kleur = Type.Union([Type.Literal('groen'), Type.Literal('oranje'), Type.Literal('rood')]);

export const MaatregelKortSchema = Type.Object({
  id: Type.Integer(),
  code: S,
  titel: S,
  soort: S,
  status: S,
  statusNaam: S,
  agenda: S,
  actiepunt: S,
  thema: S,
  eigenaarOrganisatie: S,
  eigenaarOrganisatieNaam: S,
  eigenaarNaam: Nullable(S),
  partners: Type.Array(S, { description: 'organisatiecodes' }),
  buurten: Type.Array(S, { description: 'CBS-buurtcodes' }),
  randvoorwaarden: Type.Array(S),
  start: Nullable(Datum),
  eind: Nullable(Datum),
  budget: Nullable(Type.Number({ description: 'euro' })),
  publiek: Type.Boolean({ description: 'mag op de publieke buurtsite' }),
  demo: Type.Boolean({ description: 'verzonnen demogegevens' }),
  laatsteKleur: Nullable(Kleur),
  laatsteVoortgang: Nullable(Datum),
  magBijwerken: Type.Boolean({ description: 'deze gebruiker mag voortgang melden' }),
});
export type MaatregelKort = Static<typeof MaatregelKortSchema>;

export const VoortgangSchema = Type.Object({ id: Type.Integer(), datum: Datum, kleur: Kleur, tekst: S, status: Nullable(S), door: S, tijdstip: Type.String({ format: 'date-time' }) });
export const BewijsSchema = Type.Object({ id: Type.Integer(), soort: S, verwijzing: S, omschrijving: S, door: S, tijdstip: Type.String({ format: 'date-time' }) });
export const WijzigingSchema = Type.Object({ tijdstip: Type.String({ format: 'date-time' }), door: S, reden: Nullable(S), velden: Type.Array(S) });

export const MaatregelDetailSchema = Type.Intersect([
  MaatregelKortSchema,
  Type.Object({
    omschrijving: S,
    agendaTitel: S,
    agendaVastgesteld: Type.Boolean(),
    actiepuntTitel: S,
    themaNaam: S,
    voortgang: Type.Array(VoortgangSchema),
    bewijs: Type.Array(BewijsSchema),
    wijzigingen: Type.Array(WijzigingSchema),
    volgendeStatussen: Type.Array(S),
    magWijzigen: Type.Boolean({ description: 'deze gebruiker mag de maatregel zelf wijzigen (programmabeheer)' }),
  }),
]);
export type MaatregelDetail = Static<typeof MaatregelDetailSchema>;

export const ActiepuntSchema = Type.Object({ code: S, thema: S, titel: S, eigenaarAfdeling: Nullable(S), maatregelen: Type.Array(MaatregelKortSchema) });
export const AgendaSchema = Type.Object({
  code: S,
  titel: S,
  van: Datum,
  tot: Datum,
  status: S,
  statusNaam: S,
  vastgesteld: Type.Boolean(),
  collegebesluit: Nullable(S),
  demo: Type.Boolean(),
  actiepunten: Type.Array(ActiepuntSchema),
});

export const ThemaSchema = Type.Object({
  code: S,
  naam: S,
  soort: S,
  ondertitel: Nullable(S),
  ambities: Type.Array(S),
  doelstellingen: Type.Array(Type.Object({ code: S, soort: Type.Union([Type.Literal('effect'), Type.Literal('inspanning')]), tekst: S, indicatoren: Type.Array(S) })),
});

export const ProgrammaBoomSchema = Type.Object({
  code: S,
  titel: S,
  van: Type.Integer(),
  tot: Type.Integer(),
  missie: S,
  status: S,
  statusNaam: S,
  vastgesteld: Type.Boolean({ description: 'vastgesteld: alleen voortgang kan nog veranderen' }),
  huidig: Type.Boolean(),
  raadsbesluit: Nullable(S),
  bron: S,
  versie: Type.Integer(),
  themas: Type.Array(ThemaSchema),
  agendas: Type.Array(AgendaSchema),
});
export type ProgrammaBoom = Static<typeof ProgrammaBoomSchema>;

export const ProgrammaKortSchema = Type.Object({ code: S, titel: S, van: Type.Integer(), tot: Type.Integer(), status: S, statusNaam: S, huidig: Type.Boolean() });

export const MaatregelFilterSchema = Type.Object(
  {
    programma: Type.Optional(Code),
    agenda: Type.Optional(Code),
    thema: Type.Optional(Code),
    partner: Type.Optional(Code),
    buurt: Type.Optional(Type.String({ pattern: '^BU[0-9]{8}$' })),
    status: Type.Optional(Code),
    mijn: Type.Optional(Type.Boolean({ description: 'alleen maatregelen van de eigen organisatie' })),
  },
  { additionalProperties: false },
);

export const MaatregelLijstSchema = Type.Object({ items: Type.Array(MaatregelKortSchema), totaal: Type.Integer(), perStatus: Type.Record(S, Type.Integer()) });
export type MaatregelLijst = Static<typeof MaatregelLijstSchema>;

export const VoortgangInvoerSchema = Type.Object(
  {
    datum: Datum,
    kleur: Kleur,
    tekst: Type.String({ minLength: 3, maxLength: 4000 }),
    status: Type.Optional(Code),
  },
  { additionalProperties: false },
);

export const BewijsInvoerSchema = Type.Object(
  { soort: Code, verwijzing: Type.String({ minLength: 1, maxLength: 300 }), omschrijving: Type.String({ minLength: 3, maxLength: 500 }) },
  { additionalProperties: false },
);

export const MaatregelWijzigingSchema = Type.Object(
  {
    titel: Type.Optional(Type.String({ minLength: 3, maxLength: 300 })),
    omschrijving: Type.Optional(Type.String({ maxLength: 4000 })),
    soort: Type.Optional(Code),
    eigenaarOrganisatie: Type.Optional(Code),
    eigenaarNaam: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
    partners: Type.Optional(Type.Array(Code, { maxItems: 30 })),
    buurten: Type.Optional(Type.Array(Type.String({ pattern: '^BU[0-9]{8}$' }), { maxItems: 200 })),
    randvoorwaarden: Type.Optional(Type.Array(Code, { maxItems: 10 })),
    start: Type.Optional(Nullable(Datum)),
    eind: Type.Optional(Nullable(Datum)),
    budget: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 1e10 }))),
    publiek: Type.Optional(Type.Boolean()),
    reden: Type.Optional(Type.String({ minLength: 5, maxLength: 1000, description: 'verplicht als de agenda is vastgesteld' })),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const ProgrammaStatusInvoerSchema = Type.Object(
  { status: Code, raadsbesluit: Type.Optional(Type.String({ maxLength: 200 })), reden: Type.String({ minLength: 5, maxLength: 1000 }) },
  { additionalProperties: false },
);

export const AgendaInvoerSchema = Type.Object(
  { code: Code, titel: Type.String({ minLength: 3, maxLength: 200 }), van: Datum, tot: Datum },
  { additionalProperties: false },
);

export const AgendaStatusInvoerSchema = Type.Object(
  { status: Code, collegebesluit: Type.Optional(Type.String({ maxLength: 200 })), reden: Type.String({ minLength: 5, maxLength: 1000 }) },
  { additionalProperties: false },
);

export const AgendaImportSchema = Type.Object(
  {
    bestandsnaam: Type.String({ minLength: 1, maxLength: 200 }),
    inhoud: Type.String({ minLength: 1, maxLength: 20_000_000, description: 'het XLSX-bestand, base64' }),
  },
  { additionalProperties: false },
);
export const AgendaImportUitslagSchema = Type.Object({ actiepunten: Type.Integer(), nieuw: Type.Integer(), bijgewerkt: Type.Integer() });

export const ThemaDashboardSchema = Type.Object({
  programma: S,
  thema: ThemaSchema,
  perStatus: Type.Record(S, Type.Integer()),
  perKleur: Type.Record(S, Type.Integer()),
  maatregelen: Type.Array(MaatregelKortSchema),
  indicatoren: Type.Array(TrendSchema, { description: 'per indicator van de doelstellingen: de reeks van de gemeente met interval, het doel en de vergelijking met vier jaar eerder' }),
});
export type ThemaDashboard = Static<typeof ThemaDashboardSchema>;

export const BuurtagendaPuntSchema = Type.Object({
  id: Type.Integer(),
  buurt: S,
  titel: S,
  toelichting: S,
  thema: Nullable(S),
  prioriteit: Type.Integer({ minimum: 1, maximum: 3, description: '1 = hoogste' }),
  eigenaarOrganisatie: S,
  eigenaarOrganisatieNaam: S,
  status: S,
  statusNaam: S,
  uitkomst: Nullable(S),
  gepubliceerd: Type.Boolean(),
  maatregelIds: Type.Array(Type.Integer()),
  afgerondOp: Nullable(Datum),
  demo: Type.Boolean(),
  volgendeStatussen: Type.Array(S),
});
export type BuurtagendaPunt = Static<typeof BuurtagendaPuntSchema>;

export const BuurtagendaInvoerSchema = Type.Object(
  {
    buurt: Type.String({ pattern: '^BU[0-9]{8}$' }),
    titel: Type.String({ minLength: 3, maxLength: 200 }),
    toelichting: Type.Optional(Type.String({ maxLength: 2000 })),
    thema: Type.Optional(Code),
    prioriteit: Type.Optional(Type.Integer({ minimum: 1, maximum: 3 })),
    eigenaarOrganisatie: Code,
    gepubliceerd: Type.Optional(Type.Boolean()),
    maatregelIds: Type.Optional(Type.Array(Type.Integer({ minimum: 1 }), { maxItems: 50 })),
  },
  { additionalProperties: false },
);

export const BuurtagendaWijzigingSchema = Type.Object(
  {
    status: Type.Optional(Code),
    uitkomst: Type.Optional(Type.String({ minLength: 3, maxLength: 2000, description: 'wat er is gedaan, in eenvoudige woorden (publiek)' })),
    prioriteit: Type.Optional(Type.Integer({ minimum: 1, maximum: 3 })),
    gepubliceerd: Type.Optional(Type.Boolean()),
    maatregelIds: Type.Optional(Type.Array(Type.Integer({ minimum: 1 }), { maxItems: 50 })),
  },
  { additionalProperties: false, minProperties: 1 },
);
