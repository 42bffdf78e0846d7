/**
 * @module
 * The article as stored in KV under `articleKey(slug)`: everything the page and the JSON need,
 * so that serving an article costs one KV read.
 */
import * as v from 'valibot'
import { SlugSchema } from '../slug'
import { ArticleImageSchema } from './article-image'
import { ArticleSummarySchema } from './article-summary'
import { AuthorRefSchema, SectionRefSchema } from './refs'

/** Bumped when the stored shape changes; a record of another version is treated as corrupt. */
export const RECORD_SCHEMA_VERSION = 1

export const TagRefSchema = v.object({
  /** The tag as displayed. */
  name: v.string(),
  /** The tag's URL segment under `/tags/`. */
  slug: v.string(),
})

/** Why a computed related article was chosen. */
export const RelatedReasonsSchema = v.object({
  /** Display names of the tags both articles carry. */
  shared_tags: v.array(v.string()),
  /** Relatedness score (shared tags by rarity, shared headline terms, recency). */
  score: v.number(),
})

const RelatedEntrySchema = v.object({
  title: v.string(),
  /** Set when the entry is an article of ours. */
  slug: v.optional(SlugSchema),
  /** Set when the entry points to another site. */
  url: v.optional(v.string()),
  /** Set when an editor chose the entry. */
  picked: v.optional(v.literal(true)),
  /** Set when the publish step computed the entry. */
  reasons: v.optional(RelatedReasonsSchema),
  /** Set when the entry is a scheduled article of ours: hidden until then. */
  available_from: v.optional(v.string()),
})

export const ArticleRecordSchema = v.object({
  schema_version: v.literal(RECORD_SCHEMA_VERSION),
  slug: SlugSchema,
  title: v.string(),
  summary: v.string(),
  published_at: v.string(),
  updated_at: v.nullable(v.string()),
  /** Body HTML, rendered from Markdown and sanitised at publish time. */
  html: v.string(),
  reading_time_minutes: v.pipe(v.number(), v.integer(), v.minValue(1)),
  tags: v.array(TagRefSchema),
  source: v.object({ name: v.string(), url: v.nullable(v.string()) }),
  read_also: v.array(ArticleSummarySchema),
  related: v.array(RelatedEntrySchema),
  /** The hero image, when the article has one. */
  image: v.optional(ArticleImageSchema),
  /** The article's section, when the site has sections. */
  section: v.optional(SectionRefSchema),
  /** The byline, in order; empty when the article has none. */
  authors: v.optional(v.array(AuthorRefSchema), []),
})

export type TagRef = v.InferOutput<typeof TagRefSchema>
export type RelatedEntry = v.InferOutput<typeof RelatedEntrySchema>
export type ArticleRecord = v.InferOutput<typeof ArticleRecordSchema>
