import fs from 'node:fs';
import path from 'node:path';
import { Type, type Static, type TSchema } from 'typebox';
import { strictAjv } from './validation.ts';

/**
 * Per-gemeente configuration: the domain vocabulary that a municipality may check and change without code.
 * `gemeente.json` (code, name, map defaults, area files) belongs to the platform; every other file belongs to
 * the module that declares it in its manifest (schema + cross-checks beside the module). Loaded once,
 * validated, frozen.
 */
export const GemeenteSchema = Type.Object(
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

export const Code = Type.String({ pattern: '^[a-z0-9-]+$' });

export type GemeenteInstellingen = Static<typeof GemeenteSchema>;

/** The loaded configuration; each module adds its own file's key by declaration merging. */
export interface GemeenteConfig {
  readonly naamMap: string;
  readonly dir: string;
  readonly gemeente: GemeenteInstellingen;
}

/** A module's config file, as its manifest declares it. */
export interface ModuleConfig {
  readonly sleutel: string;
  readonly bestand: string;
  readonly schema: TSchema;
  /** Cross-checks against the other loaded config (all files are read before any check runs). */
  readonly controle?: (gemeente: GemeenteConfig, problemen: string[], omgeving: ConfigOmgeving) => void;
}

export interface ConfigOmgeving {
  readonly rootDir: string;
  /** Every permission code any module declares. */
  readonly permissies: ReadonlySet<string>;
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

/**
 * Load and cross-check `config/gemeenten/<naam>/` for the given modules: every file is read and validated
 * first, then every module's cross-checks run. Throws with every problem it finds.
 */
export function loadGemeenteConfig(
  rootDir: string,
  naam: string,
  modules: readonly { readonly config?: ModuleConfig | undefined; readonly permissies?: Readonly<Record<string, string>> | undefined }[],
): GemeenteConfig {
  const dir = path.join(rootDir, 'config', 'gemeenten', naam);
  if (!fs.existsSync(dir)) throw new Error(`Geen configuratie voor gemeente "${naam}" in ${dir}`);
  const gemeente = readJson(path.join(dir, 'gemeente.json'), GemeenteSchema);
  const loaded: Record<string, unknown> = { naamMap: naam, dir, gemeente };
  for (const m of modules) {
    if (m.config) loaded[m.config.sleutel] = readJson(path.join(dir, m.config.bestand), m.config.schema);
  }
  const g = loaded as unknown as GemeenteConfig;
  const problems: string[] = [];
  for (const f of gemeente.gebieden.bestanden) {
    if (!fs.existsSync(path.resolve(rootDir, f))) problems.push(`gebiedsbestand ${f} bestaat niet`);
  }
  const permissies = new Set(modules.flatMap((m) => Object.keys(m.permissies ?? {})));
  for (const m of modules) m.config?.controle?.(g, problems, { rootDir, permissies });
  if (problems.length > 0) throw new Error(`Configuratie ${dir} klopt niet:\n  - ${problems.join('\n  - ')}`);
  return deepFreeze(g);
}
