/**
 * @module
 * The JSON parts of the search index: the meta value every query starts from, and the compact
 * record of each article a results page shows. The same schemas check them when the publish step
 * builds them and when the Worker reads them.
 */
import * as v from 'valibot'
import { AuthorRefSchema, SectionRefSchema } from '../schema/stored/refs'

export const SEARCH_SCHEMA_VERSION = 1

export const SearchMetaSchema = v.object({
  schema_version: v.literal(SEARCH_SCHEMA_VERSION),
  /** The text rules the index was built with (`SEARCH_ANALYSER_VERSION`). */
  analyser_version: v.pipe(v.number(), v.integer()),
  /** Articles indexed (published and scheduled; never drafts): BM25's N. */
  documents: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** How many `v1:search:shard:<n>` values there are (n from 1). */
  shards: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Stems stored in a value of their own (`v1:search:term:<stem>`), sorted. */
  heavy: v.array(v.string()),
  /** Scheduled articles: doc id and publication time. The Worker leaves them out until then. */
  scheduled: v.array(v.tuple([v.number(), v.string()])),
})

export type SearchMeta = v.InferOutput<typeof SearchMetaSchema>

/** What a results page shows of one article, and the plain text its snippet is cut from. */
export const SearchDocSchema = v.object({
  slug: v.string(),
  title: v.string(),
  summary: v.string(),
  published_at: v.string(),
  updated_at: v.nullable(v.string()),
  source_name: v.string(),
  /** The article's section, when the site has sections (absent from indexes built before). */
  section: v.optional(SectionRefSchema),
  /** The byline, in order. */
  authors: v.optional(v.array(AuthorRefSchema), []),
  /** The body as plain text (no markup), at most `MAX_SNIPPET_SOURCE` characters. */
  text: v.string(),
})

export type SearchDoc = v.InferOutput<typeof SearchDocSchema>

/** Body text kept for snippets: enough for any match a reader would want shown. */
export const MAX_SNIPPET_SOURCE = 20_000
