import { Type, type Static } from 'typebox';
import { Nullable } from './common.ts';

const S = Type.String();
const Datum = Type.String({ format: 'date' });
const Code = Type.String({ pattern: '^[a-z0-9][a-z0-9_-]*$', maxLength: 60 });
const Buurt = Type.String({ pattern: '^BU[0-9]{8}$' });

export const SchouwpuntSchema = Type.Object({
  id: Type.Integer(),
  lon: Type.Number(),
  lat: Type.Number(),
  categorie: S,
  categorieNaam: S,
  omschrijving: S,
  heeftFoto: Type.Boolean(),
  actiehouder: Nullable(S),
  termijn: Nullable(Datum),
  status: S,
  statusNaam: S,
  melding: Nullable(Type.Object({ id: S, referentie: S })),
});

export const BuurtschouwSchema = Type.Object({
  id: Type.Integer(),
  buurt: S,
  datum: Datum,
  thema: S,
  deelnemers: Type.Array(S, { description: 'organisaties en rollen, geen namen' }),
  status: S,
  statusNaam: S,
  volgendeStatussen: Type.Array(S),
  samenvatting: Nullable(S),
  gepubliceerd: Type.Boolean(),
  demo: Type.Boolean(),
  punten: Type.Array(SchouwpuntSchema),
});
export type Buurtschouw = Static<typeof BuurtschouwSchema>;

export const SchouwInvoerSchema = Type.Object(
  { buurt: Buurt, datum: Datum, thema: Type.String({ minLength: 3, maxLength: 200 }), deelnemers: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 30 })) },
  { additionalProperties: false },
);
export const SchouwpuntInvoerSchema = Type.Object(
  {
    lon: Type.Number({ minimum: -180, maximum: 180 }),
    lat: Type.Number({ minimum: -90, maximum: 90 }),
    categorie: Code,
    omschrijving: Type.String({ minLength: 10, maxLength: 2000 }),
    foto: Type.Optional(Type.String({ maxLength: 7_200_000, description: 'JPEG, PNG of WebP als base64 of data:-URL; geen personen' })),
    actiehouder: Type.Optional(Code),
    termijn: Type.Optional(Datum),
  },
  { additionalProperties: false },
);
export const SchouwStatusSchema = Type.Object(
  { status: Code, samenvatting: Type.Optional(Type.String({ minLength: 10, maxLength: 2000, description: 'de uitkomst in eenvoudige woorden (publiek als gepubliceerd)' })), gepubliceerd: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
export const SchouwMeldingenSchema = Type.Object({
  gemaakt: Type.Array(Type.Object({ punt: Type.Integer(), referentie: S })),
  mislukt: Type.Array(Type.Object({ punt: Type.Integer(), reden: S }), { description: 'punten die de intake weigerde; ze blijven open' }),
});

export const GroepSchema = Type.Object({
  id: Type.Integer(),
  naam: S,
  buurten: Type.Array(S),
  aantalDeelnemers: Nullable(Type.Integer()),
  bordGeplaatst: Type.Boolean(),
  alerts: Type.Boolean({ description: 'aangemeld voor buurtberichten' }),
  status: S,
  statusNaam: S,
  volgendeStatussen: Type.Array(S),
  laatsteActiviteit: Nullable(Datum),
  heeftContact: Type.Boolean({ description: 'er is een contact van de coördinator bewaard (alleen in te zien met reden)' }),
  contactVerwijderdOp: Nullable(Type.String({ format: 'date-time' })),
  demo: Type.Boolean(),
});
export const GroepInvoerSchema = Type.Object(
  {
    naam: Type.String({ minLength: 3, maxLength: 200 }),
    buurten: Type.Array(Buurt, { minItems: 1, maxItems: 20 }),
    coordinatorNaam: Type.Optional(Type.String({ maxLength: 200 })),
    coordinatorContact: Type.Optional(Type.String({ maxLength: 200, description: 'e-mailadres of telefoonnummer; alleen voor het doel uit participatie.json' })),
    aantalDeelnemers: Type.Optional(Type.Integer({ minimum: 0, maximum: 256 })),
    bordGeplaatst: Type.Optional(Type.Boolean()),
    alerts: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export const GroepWijzigingSchema = Type.Object(
  { status: Type.Optional(Code), aantalDeelnemers: Type.Optional(Type.Integer({ minimum: 0, maximum: 256 })), bordGeplaatst: Type.Optional(Type.Boolean()), alerts: Type.Optional(Type.Boolean()), laatsteActiviteit: Type.Optional(Datum) },
  { additionalProperties: false, minProperties: 1 },
);
export const ContactSchema = Type.Object({ naam: Nullable(S), contact: Nullable(S), doel: S });

const WerkvormSchema = Type.Object(
  {
    probleem: Type.String({ minLength: 5, maxLength: 2000 }),
    oorzakenBewoners: Type.String({ maxLength: 2000 }),
    oorzakenPartners: Type.String({ maxLength: 2000 }),
    opties: Type.Array(Type.Object({ optie: Type.String({ minLength: 3, maxLength: 500 }), verwachtEffect: Type.String({ maxLength: 500 }) }, { additionalProperties: false }), { minItems: 1, maxItems: 10 }),
    gekozenAanpak: Type.String({ minLength: 3, maxLength: 2000 }),
    eigenaren: Type.Array(Code, { minItems: 1, maxItems: 10 }),
    vervolgdatum: Datum,
  },
  { additionalProperties: false },
);
export const BijeenkomstSchema = Type.Object({
  id: Type.Integer(),
  buurt: S,
  datum: Datum,
  soort: S,
  soortNaam: S,
  titel: S,
  onderwerpen: Type.Array(S),
  aanwezig: Nullable(Type.Integer()),
  opgehaald: S,
  vervolg: S,
  agendaPuntIds: Type.Array(Type.Integer()),
  analyse: Nullable(WerkvormSchema),
  demo: Type.Boolean(),
});
export const BijeenkomstInvoerSchema = Type.Object(
  {
    buurt: Buurt,
    datum: Datum,
    soort: Code,
    titel: Type.String({ minLength: 3, maxLength: 200 }),
    onderwerpen: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 20 })),
    aanwezig: Type.Optional(Type.Integer({ minimum: 0, maximum: 10000 })),
    opgehaald: Type.Optional(Type.String({ maxLength: 4000 })),
    vervolg: Type.Optional(Type.String({ maxLength: 4000 })),
    agendaPuntIds: Type.Optional(Type.Array(Type.Integer({ minimum: 1 }), { maxItems: 20 })),
    analyse: Type.Optional(WerkvormSchema),
  },
  { additionalProperties: false },
);

const CodeNaam = Type.Object({ code: S, naam: S, eind: Type.Optional(Type.Boolean()), analyse: Type.Optional(Type.Boolean()) });
export const ParticipatieCatalogusSchema = Type.Object({
  schouwStatussen: Type.Array(CodeNaam),
  schouwCategorieen: Type.Array(Type.Object({ code: S, naam: S, meldingCategorie: S })),
  puntStatussen: Type.Array(CodeNaam),
  groepStatussen: Type.Array(CodeNaam),
  contactDoel: S,
  bijeenkomstSoorten: Type.Array(CodeNaam),
  organisaties: Type.Array(Type.Object({ code: S, naam: S })),
});
