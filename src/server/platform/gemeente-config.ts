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
      Type.Object({ code: Code, naam: Type.String({ minLength: 1 }), soort: Type.String({ minLength: 1 }) }, { additionalProperties: false }),
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

export type GemeenteInstellingen = Static<typeof GemeenteSchema>;
export type ToegangInstellingen = Static<typeof ToegangSchema>;

export interface GemeenteConfig {
  readonly naamMap: string;
  readonly dir: string;
  readonly gemeente: GemeenteInstellingen;
  readonly toegang: ToegangInstellingen;
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
  if (problems.length > 0) throw new Error(`Configuratie ${dir} klopt niet:\n  - ${problems.join('\n  - ')}`);
  return deepFreeze({ naamMap: naam, dir, gemeente, toegang });
}
