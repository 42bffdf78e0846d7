/**
 * @module
 * The sections and the authors with their article counts, for `/api/sections`, `/api/authors`
 * and the sitemaps: `v1:sections` in navigation order, `v1:authors` in Arabic alphabetical order.
 */
import * as v from 'valibot'
import { RECORD_SCHEMA_VERSION } from './article-record'
import { AuthorRefSchema, SectionRefSchema } from './refs'

const counted = {
  /** Published articles, scheduled ones included. */
  count: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Publication times of the scheduled ones, not counted until they come. */
  upcoming: v.optional(v.array(v.string()), []),
}

export const SectionIndexSchema = v.object({
  schema_version: v.literal(RECORD_SCHEMA_VERSION),
  sections: v.array(v.object({ ...SectionRefSchema.entries, ...counted })),
})

export const AuthorIndexSchema = v.object({
  schema_version: v.literal(RECORD_SCHEMA_VERSION),
  authors: v.array(
    v.object({ ...AuthorRefSchema.entries, role: v.nullable(v.string()), ...counted })
  ),
})

export type SectionIndex = v.InferOutput<typeof SectionIndexSchema>
