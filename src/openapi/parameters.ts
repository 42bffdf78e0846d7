/**
 * @module
 * OpenAPI parameters from the Valibot object schema a route validates with. hono-openapi makes
 * one parameter per entry; `PARAMETER_SCHEMA_OPTIONS` makes its converter honour our `openapi`
 * metadata (entries whose checks JSON Schema cannot express: digits parsed to a number, a raw
 * segment decoded first), and `parameterOf` writes its parameter in our published shape: the
 * example beside the schema, `required` always stated, the description kept in the schema.
 */
import type { ConversionConfig, JsonSchema } from '@valibot/to-json-schema'
import type { ParameterDoc } from '../schema/api/integer-query'

/** hono-openapi's parameter: `in`, `name`, `schema`, and `required`, `description` if any. */
type LibraryParameter = {
  in: 'path' | 'query'
  name: string
  schema: Record<string, unknown>
  required?: boolean
  description?: string
}

export type Parameter = {
  name: string
  in: 'path' | 'query'
  required: boolean
  description?: string
  schema: Record<string, unknown>
  example?: unknown
}

/** A schema made from `openapi` metadata keeps its description here, not in the schema. */
const OWN_DESCRIPTION = 'x-minbar-description'

const overrideAction: ConversionConfig['overrideAction'] = ({ valibotAction, jsonSchema }) => {
  if (valibotAction.type !== 'metadata') return undefined
  const doc = (valibotAction as unknown as { metadata: { openapi?: ParameterDoc } }).metadata.openapi
  if (!doc) return undefined
  return {
    ...doc.schema,
    [OWN_DESCRIPTION]: jsonSchema.description,
    examples: doc.example === undefined ? undefined : [doc.example],
  } as JsonSchema
}

/** What every validator hands hono-openapi's Valibot converter. */
export const PARAMETER_SCHEMA_OPTIONS = {
  options: { target: 'draft-2020-12', errorMode: 'ignore', overrideAction },
}

/** A parameter as hono-openapi generates it, in our published shape. */
export function parameterOf(generated: LibraryParameter): Parameter {
  const { [OWN_DESCRIPTION]: own, examples, ...schema } = generated.schema
  const description = generated.description ?? (own as string | undefined)
  // hono-openapi moves the description out of the schema, leaving the key in place.
  if (generated.description) schema.description = generated.description
  if (schema.type === 'integer' && typeof schema.default === 'string')
    schema.default = Number(schema.default)
  const example = Array.isArray(examples) ? (examples[0] as unknown) : undefined
  return {
    name: generated.name,
    in: generated.in,
    required: generated.required ?? false,
    ...(description ? { description } : {}),
    schema,
    ...(example === undefined ? {} : { example }),
  }
}
