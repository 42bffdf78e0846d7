/**
 * @module
 * OpenAPI parameters from the Valibot object schema a route validates with: one parameter per
 * entry, required unless optional, with the default, description and example the schema carries.
 * Entries whose checks JSON Schema cannot express (digits parsed to a number, a raw segment
 * decoded first) carry their own `openapi` metadata, made from the same bounds they enforce.
 */
import { toJsonSchema } from '@valibot/to-json-schema'
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

type Entry = v.GenericSchema & { pipe?: unknown[] }

function documented(schema: Entry): ParameterDoc {
  const metadata = v.getMetadata(schema) as { openapi?: ParameterDoc }
  if (metadata.openapi) return metadata.openapi
  const {
    $schema: _dialect,
    examples,
    ...json
  } = toJsonSchema(schema, {
    errorMode: 'ignore',
    target: 'draft-2020-12',
  }) as Record<string, unknown>
  return { schema: json, example: Array.isArray(examples) ? examples[0] : undefined }
}

/** One OpenAPI parameter per entry of `schema`. */
export function parametersOf(
  target: ValidationTarget,
  schema: v.ObjectSchema<v.ObjectEntries, undefined>
): Parameter[] {
  return Object.entries(schema.entries).map(([name, entry]) => {
    const optional = entry.type === 'optional'
    const inner = (optional ? (entry as v.OptionalSchema<Entry, unknown>).wrapped : entry) as Entry
    const doc = documented(inner)
    const defaultText = optional ? (entry as v.OptionalSchema<Entry, unknown>).default : undefined
    const fallback =
      typeof defaultText === 'string' && doc.schema.type === 'integer'
        ? Number(defaultText)
        : defaultText
    const description = v.getDescription(inner)
    return {
      name,
      in: target === 'param' ? 'path' : 'query',
      required: target === 'param' || !optional,
      ...(description ? { description } : {}),
      schema: fallback === undefined ? doc.schema : { ...doc.schema, default: fallback },
      ...(doc.example === undefined ? {} : { example: doc.example }),
    }
  })
}
