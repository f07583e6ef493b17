import { Ajv, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

// ajv-formats is CommonJS with a default export; under ESM interop it may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv) => Ajv;

const common: Options = {
  allErrors: true,
  // Unknown fields are an error (schemas say additionalProperties: false), never silently dropped.
  removeAdditional: false,
  useDefaults: true,
  strict: false,
};

/** Bodies and config files: no type coercion, so `"1"` is not accepted where a number is required. */
export const strictAjv = addFormats(new Ajv({ ...common, coerceTypes: false }));

/** Query strings, params and headers are text on the wire and are coerced to the schema's types. */
const coercingAjv = addFormats(new Ajv({ ...common, coerceTypes: 'array' }));

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? strictAjv : coercingAjv;
  return ajv.compile(schema as object) as ReturnType<FastifySchemaCompiler<unknown>>;
};
