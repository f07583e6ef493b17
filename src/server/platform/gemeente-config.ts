import fs from 'node:fs';
import path from 'node:path';
import { Type, type Static, type TSchema } from 'typebox';
import { isPermissie } from '../toegang/permissies.ts';
import { strictAjv } from './validation.ts';

/**
 * Per-gemeente configuration: the domain vocabulary that a municipality may check and change without code
 * (organisations, roles and their permissions, map defaults, area files). Loaded once, validated, frozen.
 */
const GemeenteSchema = Type.Object(
  {
    versie: Type.Integer({ minimum: 1 }),
    code: Type.String({ pattern: '^GM[0-9]{4}$' }),
    naam: Type.String({ minLength: 1 }),
    kaart: Type.Object(
      {
        centrum: Type.Tuple([Type.Number({ minimum: -90, maximum: 90 }), Type.Number({ minimum: -180, maximum: 180 })]),
        zoom: Type.Integer({ minimum: 1, maximum: 20 }),
      },
      { additionalProperties: false },
    ),
    gebieden: Type.Object(
      { jaar: Type.Integer({ minimum: 1990, maximum: 2100 }), bestanden: Type.Array(Type.String({ minLength: 1 })) },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

const Code = Type.String({ pattern: '^[a-z0-9-]+$' });

const ToegangSchema = Type.Object(
  {
    versie: Type.Integer({ minimum: 1 }),
    organisaties: Type.Array(
      Type.Object(
        {
          code: Code,
          naam: Type.String({ minLength: 1 }),
          soort: Type.String({ minLength: 1 }),
          email: Type.Optional(Type.String({ format: 'email', description: 'Functionele mailbox voor doorverwijzingen' })),
          webhookUrl: Type.Optional(Type.String({ pattern: '^https?://', description: 'Webhook voor doorverwijzingen' })),
        },
        { additionalProperties: false },
      ),
      { minItems: 1 },
    ),
    rollen: Type.Array(
      Type.Object(
        {
          code: Code,
          naam: Type.String({ minLength: 1 }),
          omschrijving: Type.String(),
          permissies: Type.Array(Type.String()),
        },
        { additionalProperties: false },
      ),
      { minItems: 1 },
    ),
    demo: Type.Object(
      {
        wachtwoord: Type.String({ minLength: 12 }),
        accounts: Type.Array(
          Type.Object(
            { email: Type.String({ format: 'email' }), naam: Type.String(), rol: Code, organisatie: Code },
            { additionalProperties: false },
          ),
        ),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

const MeldingenSchema = Type.Object(
  {
    versie: Type.Integer({ minimum: 1 }),
    bewaartermijnen: Type.Object(
      {
        contactgegevensDagen: Type.Integer({ minimum: 1, description: 'Contactgegevens van de melder: dagen na afhandeling' }),
        omschrijvingDagen: Type.Integer({ minimum: 1, description: 'Vrije tekst van de melding: dagen na afhandeling (daarna geanonimiseerd)' }),
      },
      { additionalProperties: false },
    ),
    categorieen: Type.Array(
      Type.Object(
        {
          code: Type.String({ pattern: '^[a-z_]+$' }),
          naam: Type.String({ minLength: 1 }),
          publiekeNaam: Type.String({ minLength: 1 }),
          thema: Type.String({ minLength: 1 }),
          team: Code,
          termijnWerkdagen: Type.Integer({ minimum: 1, maximum: 250 }),
          openbaarOpKaart: Type.Boolean(),
          duplicaat: Type.Object(
            { radiusMeter: Type.Number({ minimum: 0, maximum: 5000 }), dagen: Type.Integer({ minimum: 0, maximum: 365 }) },
            { additionalProperties: false },
          ),
          sub: Type.Array(Type.Object({ code: Code, naam: Type.String({ minLength: 1 }) }, { additionalProperties: false })),
          trefwoorden: Type.Array(Type.String({ minLength: 1 }), { description: 'Kenmerkende woorden: extra bewijs voor de categoriesuggestie' }),
        },
        { additionalProperties: false },
      ),
      { minItems: 1 },
    ),
    teams: Type.Array(Type.Object({ code: Code, naam: Type.String(), organisatie: Code }, { additionalProperties: false }), { minItems: 1 }),
    routering: Type.Array(
      Type.Object(
        {
          naam: Type.String(),
          categorie: Type.String(),
          subcategorie: Type.Optional(Type.String()),
          wijk: Type.Optional(Type.String({ pattern: '^WK[0-9]{6}$' })),
          buurt: Type.Optional(Type.String({ pattern: '^BU[0-9]{8}$' })),
          uurVan: Type.Optional(Type.Integer({ minimum: 0, maximum: 23 })),
          uurTot: Type.Optional(Type.Integer({ minimum: 0, maximum: 24 })),
          team: Type.String(),
        },
        { additionalProperties: false },
      ),
      { minItems: 1 },
    ),
    statussen: Type.Array(
      Type.Object(
        {
          code: Type.String({ pattern: '^[a-z_]+$' }),
          naam: Type.String(),
          publiekeNaam: Type.String(),
          eind: Type.Boolean(),
          klok: Type.Boolean({ description: 'De afhandeltermijn loopt in deze status' }),
          meldermail: Type.Boolean({ description: 'De melder krijgt bericht bij deze status' }),
        },
        { additionalProperties: false },
      ),
      { minItems: 1 },
    ),
    overgangen: Type.Array(
      Type.Object({ van: Type.String(), naar: Type.String(), redenVerplicht: Type.Boolean() }, { additionalProperties: false }),
    ),
  },
  { additionalProperties: false },
);

const Vereiste = Type.Object(
  {
    soort: Type.Optional(Type.String()),
    minimaal: Type.Optional(Type.Integer({ minimum: 1 })),
    besluit: Type.Optional(Type.String()),
    besluitEenVan: Type.Optional(Type.Array(Type.String(), { minItems: 1 })),
    zienswijzeVerstreken: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

const ZaaktypenSchema = Type.Object(
  {
    versie: Type.Integer({ minimum: 1 }),
    dossiersoorten: Type.Array(Type.Object({ code: Type.String({ pattern: '^[a-z_]+$' }), naam: Type.String() }, { additionalProperties: false })),
    besluittypen: Type.Array(
      Type.Object(
        {
          code: Type.String({ pattern: '^[a-z0-9_]+$' }),
          naam: Type.String(),
          orgaan: Type.String(),
          zienswijzeDagen: Type.Integer({ minimum: 0 }),
          bezwaarWeken: Type.Integer({ minimum: 0 }),
          begunstigingstermijn: Type.Boolean(),
        },
        { additionalProperties: false },
      ),
    ),
    taakuitkomsten: Type.Array(Type.Object({ code: Type.String({ pattern: '^[a-z_]+$' }), naam: Type.String() }, { additionalProperties: false }), { minItems: 1 }),
    zaaktypen: Type.Array(
      Type.Object(
        {
          code: Type.String({ pattern: '^[a-z0-9_]+$' }),
          naam: Type.String(),
          omschrijving: Type.String(),
          doel: Type.String({ minLength: 1, description: 'Doelbinding van de persoonsgegevens in deze casussen' }),
          vertrouwelijkheid: Type.String(),
          doorlooptijdDagen: Type.Integer({ minimum: 1 }),
          statussen: Type.Array(
            Type.Object(
              { code: Type.String({ pattern: '^[a-z0-9_]+$' }), naam: Type.String(), volgorde: Type.Integer(), eind: Type.Optional(Type.Boolean()) },
              { additionalProperties: false },
            ),
            { minItems: 2 },
          ),
          overgangen: Type.Array(
            Type.Object({ van: Type.String(), naar: Type.String(), vereist: Type.Array(Vereiste) }, { additionalProperties: false }),
          ),
          resultaattypen: Type.Array(
            Type.Object(
              {
                code: Type.String({ pattern: '^[a-z0-9_]+$' }),
                naam: Type.String(),
                archiefnominatie: Type.Union([Type.Literal('vernietigen'), Type.Literal('blijvend_bewaren')]),
                bewaartermijn: Type.String({ pattern: '^P([0-9]+Y)?([0-9]+M)?([0-9]+D)?$', description: 'ISO 8601-duur na afsluiten' }),
              },
              { additionalProperties: false },
            ),
            { minItems: 1 },
          ),
        },
        { additionalProperties: false },
      ),
      { minItems: 1 },
    ),
  },
  { additionalProperties: false },
);

const SjablonenSchema = Type.Object(
  {
    versie: Type.Integer({ minimum: 1 }),
    sjablonen: Type.Array(
      Type.Object(
        {
          code: Type.String({ pattern: '^[a-z.]+$' }),
          naam: Type.String(),
          onderwerp: Type.String({ minLength: 1 }),
          tekst: Type.String({ minLength: 1 }),
          voorbeeld: Type.Record(Type.String(), Type.String()),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

const Reeks = Type.String({ pattern: '^[a-z]+:[A-Za-z0-9._-]+$' });

const MonitorSchema = Type.Object(
  {
    versie: Type.Integer({ minimum: 1 }),
    toelichting: Type.Optional(Type.String()),
    indicatoren: Type.Array(
      Type.Object(
        {
          code: Type.String({ pattern: '^[A-Z][A-Z0-9_]+$' }),
          naam: Type.String({ minLength: 1 }),
          naamEn: Type.String({ minLength: 1 }),
          definitie: Type.String({ minLength: 1 }),
          eenheid: Type.String({ minLength: 1 }),
          bron: Type.String({ minLength: 1 }),
          richting: Type.Union([Type.Literal('lager_beter'), Type.Literal('hoger_beter'), Type.Literal('neutraal')]),
          teller: Type.Object(
            {
              reeksen: Type.Optional(Type.Array(Reeks, { minItems: 1 })),
              incidenten: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { minItems: 1 })),
              meldingenThema: Type.Optional(Type.String({ minLength: 1 })),
              enquete: Type.Optional(Type.String({ minLength: 1 })),
            },
            { additionalProperties: false },
          ),
          noemer: Type.Optional(Type.Object({ reeks: Reeks, per: Type.Number({ exclusiveMinimum: 0 }) }, { additionalProperties: false })),
          doel: Type.Optional(
            Type.Object(
              {
                operator: Type.Union([Type.Literal('<='), Type.Literal('>=')]),
                waarde: Type.Number(),
                jaar: Type.Optional(Type.Integer()),
                bron: Type.Optional(Type.String()),
              },
              { additionalProperties: false },
            ),
          ),
        },
        { additionalProperties: false },
      ),
      { minItems: 1 },
    ),
    /** Area codes that changed between CBS editions: old → current. */
    gebiedscodes: Type.Record(Type.String(), Type.String()),
    nearRepeat: Type.Object(
      {
        soorten: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }),
        straalMeter: Type.Number({ exclusiveMinimum: 0 }),
        dagen: Type.Integer({ minimum: 1 }),
        rasterMeter: Type.Number({ exclusiveMinimum: 0 }),
      },
      { additionalProperties: false },
    ),
    hotspots: Type.Object({ celMeter: Type.Number({ exclusiveMinimum: 0 }) }, { additionalProperties: false }),
  },
  { additionalProperties: false },
);

const EnqueteSchema = Type.Object(
  {
    versie: Type.Integer({ minimum: 1 }),
    naam: Type.String({ minLength: 1 }),
    inleiding: Type.String(),
    minimumRespondenten: Type.Integer({ minimum: 1 }),
    leeftijdsgroepen: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }),
    geslachten: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }),
    vragen: Type.Array(
      Type.Object(
        {
          code: Type.String({ pattern: '^[a-z_]+$' }),
          tekst: Type.String({ minLength: 1 }),
          soort: Type.Union([Type.Literal('keuze'), Type.Literal('cijfer')]),
          antwoorden: Type.Optional(Type.Array(Type.Object({ code: Type.String({ pattern: '^[a-z_]+$' }), tekst: Type.String() }, { additionalProperties: false }), { minItems: 2 })),
          min: Type.Optional(Type.Integer()),
          max: Type.Optional(Type.Integer()),
          schatting: Type.Union([
            Type.Object({ soort: Type.Literal('aandeel'), antwoorden: Type.Array(Type.String(), { minItems: 1 }) }, { additionalProperties: false }),
            Type.Object({ soort: Type.Literal('gemiddelde') }, { additionalProperties: false }),
          ]),
        },
        { additionalProperties: false },
      ),
      { minItems: 1 },
    ),
  },
  { additionalProperties: false },
);

export type EnqueteInstellingen = Static<typeof EnqueteSchema>;
export type MonitorInstellingen = Static<typeof MonitorSchema>;
export type IndicatorDef = MonitorInstellingen['indicatoren'][number];
export type GemeenteInstellingen = Static<typeof GemeenteSchema>;
export type SjablonenInstellingen = Static<typeof SjablonenSchema>;
export type ZaaktypenInstellingen = Static<typeof ZaaktypenSchema>;
export type Zaaktype = ZaaktypenInstellingen['zaaktypen'][number];
export type MeldingenInstellingen = Static<typeof MeldingenSchema>;
export type ToegangInstellingen = Static<typeof ToegangSchema>;

export interface GemeenteConfig {
  readonly naamMap: string;
  readonly dir: string;
  readonly gemeente: GemeenteInstellingen;
  readonly toegang: ToegangInstellingen;
  readonly meldingen: MeldingenInstellingen;
  readonly zaaktypen: ZaaktypenInstellingen;
  readonly sjablonen: SjablonenInstellingen;
  readonly monitor: MonitorInstellingen;
  readonly enquete: EnqueteInstellingen;
}

function readJson<T extends TSchema>(file: string, schema: T): Static<T> {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`Kan ${file} niet lezen: ${(e as Error).message}`);
  }
  const validate = strictAjv.compile(schema);
  if (!validate(data)) {
    const errors = (validate.errors ?? []).map((er) => `${er.instancePath || '/'} ${er.message ?? ''}`).join('; ');
    throw new Error(`${file} klopt niet: ${errors}`);
  }
  return data as Static<T>;
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

/** Load and cross-check `config/gemeenten/<naam>/`. Throws with every problem it finds. */
export function loadGemeenteConfig(rootDir: string, naam: string): GemeenteConfig {
  const dir = path.join(rootDir, 'config', 'gemeenten', naam);
  if (!fs.existsSync(dir)) throw new Error(`Geen configuratie voor gemeente "${naam}" in ${dir}`);
  const gemeente = readJson(path.join(dir, 'gemeente.json'), GemeenteSchema);
  const toegang = readJson(path.join(dir, 'toegang.json'), ToegangSchema);
  const meldingen = readJson(path.join(dir, 'meldingen.json'), MeldingenSchema);
  const zaaktypen = readJson(path.join(dir, 'zaaktypen.json'), ZaaktypenSchema);
  const sjablonen = readJson(path.join(dir, 'sjablonen.json'), SjablonenSchema);
  const monitor = readJson(path.join(dir, 'monitor.json'), MonitorSchema);
  const enquete = readJson(path.join(dir, 'enquete.json'), EnqueteSchema);

  const problems: string[] = [];
  const rollen = new Set(toegang.rollen.map((r) => r.code));
  const orgs = new Set(toegang.organisaties.map((o) => o.code));
  for (const rol of toegang.rollen) {
    for (const p of rol.permissies) if (!isPermissie(p)) problems.push(`rol ${rol.code}: onbekende permissie "${p}"`);
  }
  for (const a of toegang.demo.accounts) {
    if (!rollen.has(a.rol)) problems.push(`demo-account ${a.email}: onbekende rol "${a.rol}"`);
    if (!orgs.has(a.organisatie)) problems.push(`demo-account ${a.email}: onbekende organisatie "${a.organisatie}"`);
  }
  for (const f of gemeente.gebieden.bestanden) {
    if (!fs.existsSync(path.resolve(rootDir, f))) problems.push(`gebiedsbestand ${f} bestaat niet`);
  }
  const teams = new Set(meldingen.teams.map((t) => t.code));
  const categorieen = new Set(meldingen.categorieen.map((c) => c.code));
  const statussen = new Set(meldingen.statussen.map((st) => st.code));
  for (const t of meldingen.teams) if (!orgs.has(t.organisatie)) problems.push(`team ${t.code}: onbekende organisatie "${t.organisatie}"`);
  for (const c of meldingen.categorieen) if (!teams.has(c.team)) problems.push(`categorie ${c.code}: onbekend team "${c.team}"`);
  for (const r of meldingen.routering) {
    if (r.categorie !== '*' && !categorieen.has(r.categorie)) problems.push(`routeringsregel "${r.naam}": onbekende categorie "${r.categorie}"`);
    if (r.team !== '$categorie' && !teams.has(r.team)) problems.push(`routeringsregel "${r.naam}": onbekend team "${r.team}"`);
  }
  if (!meldingen.routering.some((r) => r.categorie === '*' && r.wijk === undefined && r.buurt === undefined && r.uurVan === undefined)) {
    problems.push('routering: de laatste regel moet een standaardregel zijn (categorie "*", zonder gebied of tijd)');
  }
  if (!statussen.has('ontvangen')) problems.push('statussen: "ontvangen" (beginstatus) ontbreekt');
  for (const o of meldingen.overgangen) {
    if (!statussen.has(o.van) || !statussen.has(o.naar)) problems.push(`overgang ${o.van} → ${o.naar}: onbekende status`);
  }
  const soorten = new Set(zaaktypen.dossiersoorten.map((d) => d.code));
  const besluiten = new Set(zaaktypen.besluittypen.map((b) => b.code));
  for (const zt of zaaktypen.zaaktypen) {
    const st = new Set(zt.statussen.map((x) => x.code));
    if (zt.statussen.filter((x) => x.eind).length !== 1) problems.push(`zaaktype ${zt.code}: precies één eindstatus nodig`);
    for (const o of zt.overgangen) {
      if (!st.has(o.van) || !st.has(o.naar)) problems.push(`zaaktype ${zt.code}: overgang ${o.van} → ${o.naar} noemt een onbekende status`);
      for (const v of o.vereist) {
        const forms = [v.soort !== undefined, v.besluit !== undefined, v.besluitEenVan !== undefined].filter(Boolean).length;
        if (forms !== 1) problems.push(`zaaktype ${zt.code}: vereiste bij ${o.van} → ${o.naar} moet óf soort, óf besluit, óf besluitEenVan noemen`);
        if (v.soort !== undefined && !soorten.has(v.soort)) problems.push(`zaaktype ${zt.code}: onbekende dossiersoort "${v.soort}"`);
        for (const b of [...(v.besluit ? [v.besluit] : []), ...(v.besluitEenVan ?? [])]) {
          if (!besluiten.has(b)) problems.push(`zaaktype ${zt.code}: onbekend besluittype "${b}"`);
        }
      }
    }
  }
  const themas = new Set(meldingen.categorieen.map((c) => c.thema));
  const codes = new Set<string>();
  for (const ind of monitor.indicatoren) {
    if (codes.has(ind.code)) problems.push(`indicator ${ind.code} staat dubbel`);
    codes.add(ind.code);
    const t = ind.teller;
    if (!t.reeksen && !t.incidenten && !t.meldingenThema && !t.enquete) problems.push(`indicator ${ind.code}: de teller noemt niets om te tellen`);
    if (t.meldingenThema && !themas.has(t.meldingenThema)) problems.push(`indicator ${ind.code}: geen meldingcategorie heeft thema "${t.meldingenThema}"`);
    if (t.enquete && ind.noemer) problems.push(`indicator ${ind.code}: een enquête-indicator heeft geen noemer`);
    if (t.enquete && !enquete.vragen.some((v) => v.code === t.enquete)) problems.push(`indicator ${ind.code}: de enquête heeft geen vraag "${t.enquete}"`);
  }
  for (const v of enquete.vragen) {
    if (v.soort === 'keuze' && !v.antwoorden) problems.push(`enquêtevraag ${v.code}: een keuzevraag heeft antwoorden nodig`);
    if (v.soort === 'cijfer' && (v.min === undefined || v.max === undefined || v.min >= v.max)) problems.push(`enquêtevraag ${v.code}: een cijfervraag heeft min < max nodig`);
    if (v.schatting.soort === 'aandeel') {
      for (const a of v.schatting.antwoorden) if (!v.antwoorden?.some((x) => x.code === a)) problems.push(`enquêtevraag ${v.code}: onbekend antwoord "${a}" in de schatting`);
    }
    if (v.schatting.soort === 'gemiddelde' && v.soort !== 'cijfer') problems.push(`enquêtevraag ${v.code}: een gemiddelde kan alleen bij een cijfervraag`);
  }
  if (problems.length > 0) throw new Error(`Configuratie ${dir} klopt niet:\n  - ${problems.join('\n  - ')}`);
  for (const code of ['melding.status', 'melding.afgehandeld', 'taak.nieuw']) {
    if (!sjablonen.sjablonen.some((x) => x.code === code)) problems.push(`sjabloon "${code}" ontbreekt`);
  }
  if (problems.length > 0) throw new Error(`Configuratie ${dir} klopt niet:\n  - ${problems.join('\n  - ')}`);
  return deepFreeze({ naamMap: naam, dir, gemeente, toegang, meldingen, zaaktypen, sjablonen, monitor, enquete });
}
