/**
 * @module
 * Every tag with its article count, for `/tags` and `/api/tags`.
 */
import * as v from 'valibot'
import { RECORD_SCHEMA_VERSION } from './article-record'

const TagCountSchema = v.object({
  name: v.string(),
  slug: v.string(),
  /** Published articles carrying the tag, scheduled ones included. */
  count: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Publication times of the tag's scheduled articles, not counted until they come. */
  upcoming: v.optional(v.array(v.string()), []),
})

export const TagIndexSchema = v.object({
  schema_version: v.literal(RECORD_SCHEMA_VERSION),
  /** Most used first; equal counts in Arabic alphabetical order. */
  tags: v.array(TagCountSchema),
})

export type TagIndex = v.InferOutput<typeof TagIndexSchema>
