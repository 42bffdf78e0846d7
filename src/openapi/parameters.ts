/**
 * @module
 * OpenAPI parameters from the Valibot object schema a route validates with: one parameter per
 * property of its JSON Schema, required if the object requires it (a path parameter always is),
 * with the default, description and example the schema carries. Entries whose checks JSON Schema
 * cannot express (digits parsed to a number, a raw segment decoded first) carry their own
 * `openapi` metadata, made from the same bounds they enforce, which stands in for the converted
 * entry (as hono-openapi's Valibot converter treats its metadata).
 */
import { type ConversionConfig, toJsonSchema } from '@valibot/to-json-schema'
import * as v from 'valibot'
import type { ValidationTarget } from '../http/route-docs'
import type { ParameterDoc } from '../schema/api/integer-query'

export type Parameter = {
  name: string
  in: 'path' | 'query'
  required: boolean
  description?: string
  schema: Record<string, unknown>
  example?: unknown
}

const useOpenApiMetadata: ConversionConfig['overrideAction'] = ({ valibotAction }) => {
  const doc = (valibotAction as { metadata?: { openapi?: ParameterDoc } }).metadata?.openapi
  if (!doc) return undefined
  return doc.example === undefined ? doc.schema : { ...doc.schema, examples: [doc.example] }
}

/** One OpenAPI parameter per entry of `schema`. */
export function parametersOf(
  target: ValidationTarget,
  schema: v.ObjectSchema<v.ObjectEntries, undefined>
): Parameter[] {
  const json = toJsonSchema(schema, {
    target: 'draft-2020-12',
    errorMode: 'ignore',
    overrideAction: useOpenApiMetadata,
  }) as { properties: Record<string, Record<string, unknown>>; required?: string[] }
  return Object.entries(json.properties).map(([name, { examples, ...property }]) => {
    const entry = schema.entries[name] as
      v.GenericSchema | v.OptionalSchema<v.GenericSchema, unknown>
    // Metadata replaces the converted entry, its description too: read that from the entry.
    const description = v.getDescription('wrapped' in entry ? entry.wrapped : entry)
    // A query's default is text; the document gives an integer's as a number.
    if (property.type === 'integer' && typeof property.default === 'string')
      property.default = Number(property.default)
    return {
      name,
      in: target === 'param' ? 'path' : 'query',
      required: target === 'param' || (json.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: property,
      ...(Array.isArray(examples) ? { example: examples[0] as unknown } : {}),
    }
  })
}
