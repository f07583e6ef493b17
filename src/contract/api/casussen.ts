import { Type, type Static } from 'typebox';
import { Nullable } from './common.ts';

// casussen: request and response schemas (the API contract shared with the web).


export const S = Type.String();

export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export const Datum = Type.String({ format: 'date', description: 'Datum, JJJJ-MM-DD' });

export const Taak = Type.Object({
  id: S,
  zaakId: Nullable(S),
  zaak: Nullable(S),
  organisatie: S,
  organisatieNaam: S,
  titel: S,
  omschrijving: S,
  status: S,
  reden: Nullable(S),
  uitkomst: Nullable(S),
  toelichting: Nullable(S),
  deadline: S,
  aangemaaktOp: S,
});

export const Overzicht = {
  id: S,
  identificatie: S,
  zaaktype: S,
  zaaktypeNaam: S,
  status: S,
  statusNaam: S,
  omschrijving: S,
  buurtCode: Nullable(S),
  startdatum: S,
  streefdatum: S,
  einddatum: Nullable(S),
  achterstallig: Type.Boolean(),
  opgeschort: Type.Boolean(),
  casushouder: Nullable(S),
};

export const Besluit = Type.Object({
  id: S,
  besluittype: S,
  naam: S,
  datum: S,
  ingangsdatum: S,
  zienswijzeTot: Nullable(S),
  bezwaarTot: Nullable(S),
  begunstigingstermijnTot: Nullable(S),
  toelichting: S,
});

export const ZichtbaarheidSoort = Type.Union([Type.Literal('intern'), Type.Literal('leden'), Type.Literal('organisatie'), Type.Literal('rol')], {
  description: 'intern: alleen het eigen team; leden: alle leden, ook partners; organisatie: team + één organisatie; rol: alleen leden met die rol',
});

export const Zichtbaarheid = Type.Object({
  soort: ZichtbaarheidSoort,
  voor: Nullable(Type.String({ description: 'organisatiecode (organisatie) of rolcode (rol)' })),
});

export const ZichtbaarheidInvoer = Type.Object(
  { soort: ZichtbaarheidSoort, voor: Type.Optional(Type.String({ maxLength: 100, pattern: '^[a-z0-9_-]+$', description: 'organisatiecode of rolcode' })) },
  { additionalProperties: false },
);

export const Lid = Type.Object({
  id: S,
  rol: S,
  gebruikerId: Nullable(S),
  naam: S,
  organisatie: Nullable(S),
  van: Type.String({ format: 'date-time' }),
  tot: Nullable(Type.String({ format: 'date-time', description: 'einde van het lidmaatschap' })),
  eindeReden: Nullable(S),
});

export const Detail = Type.Object({
  ...Overzicht,
  toegang: Type.Union([Type.Literal('volledig'), Type.Literal('partner')], { description: 'partner: kop, de voor leden of de eigen organisatie zichtbare regels en eigen taken' }),
  alleenLezen: Type.Boolean({ description: 'beëindigd lidmaatschap binnen het leesvenster, of break-glass' }),
  doorbraak: Type.Boolean({ description: 'ingezien via break-glass (gelogd en gemeld aan de FG)' }),
  lidTot: Nullable(Type.String({ format: 'date-time', description: 'einde van het lidmaatschap: wat daarna is vastgelegd is niet zichtbaar' })),
  vertrouwelijkheid: S,
  doel: S,
  resultaat: Nullable(S),
  archiefnominatie: Nullable(S),
  archiefactiedatum: Nullable(S),
  opgeschortSinds: Nullable(S),
  leden: Type.Array(Lid),
  dossier: Type.Array(Type.Object({ id: Type.Integer(), tijdstip: S, soort: S, titel: S, tekst: Nullable(S), zichtbaarheid: Zichtbaarheid, door: S })),
  besluiten: Type.Array(Besluit),
  taken: Type.Array(Taak),
  meldingen: Type.Array(Type.Object({ id: S, referentie: S, categorie: S, categorieNaam: S, status: S, statusNaam: S })),
  betrokkenen: Type.Array(Type.Object({ id: S, rol: S, naam: Nullable(S), adres: Nullable(S), doel: S })),
  volgendeStappen: Type.Array(
    Type.Object({
      naar: S,
      naam: S,
      eind: Type.Boolean({ description: 'de eindstatus: die stap zet u met afsluiten (met een resultaat)' }),
      ontbreekt: Type.Array(S),
    }),
  ),
});

export const ZaakFilter = {
  status: Type.Optional(Type.String({ maxLength: 50 })),
  zaaktype: Type.Optional(Type.String({ maxLength: 50 })),
  mijn: Type.Optional(Type.Boolean({ description: 'alleen casussen waarvan ik casushouder ben' })),
  open: Type.Optional(Type.Boolean({ description: 'alleen lopende casussen (nog niet afgesloten)' })),
  melding: Type.Optional(Type.String({ format: 'uuid', description: 'alleen casussen waarin deze melding is opgenomen (en die u mag zien)' })),
  achterstallig: Type.Optional(Type.Boolean()),
};

export type CasusTaak = Static<typeof Taak>;
const OverzichtSchema = Type.Object(Overzicht);
export type CasusOverzicht = Static<typeof OverzichtSchema>;
export type CasusDetail = Static<typeof Detail>;
