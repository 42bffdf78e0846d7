/**
 * @module
 * The article JSON served to other sites at `/api/articles` and `/api/articles/:slug`.
 * URLs are absolute so an embedder can link without knowing our routes.
 */
import * as v from 'valibot'
import { RelatedReasonsSchema } from '../stored/article-record'
import { PaginationSchema } from './pagination'

/** An absolute URL, published as JSON Schema `format: uri`. */
export const AbsoluteUrlSchema = v.pipe(v.string(), v.url())

/** Fields every article JSON object has, in a list or whole. */
const articleIdentity = {
  slug: v.string(),
  /** Absolute URL of the article page. */
  url: AbsoluteUrlSchema,
  title: v.string(),
  summary: v.string(),
  /** ISO 8601 with the editor's offset. */
  published_at: v.string(),
  updated_at: v.nullable(v.string()),
  /** Absolute URL of the article's image (a JPEG at most 1200 px wide), as Ghost names it. */
  feature_image: v.nullable(AbsoluteUrlSchema),
  /** The image's alt text. */
  feature_image_alt: v.nullable(v.string()),
  /** The image's caption. */
  feature_image_caption: v.nullable(v.string()),
  /** Who made the image («تصوير: …»). */
  feature_image_credit: v.nullable(v.string()),
}

/** A section or an author as the JSON names it: slug, name, and the URL of its page. */
const NamedPageJsonSchema = v.strictObject({
  slug: v.string(),
  name: v.string(),
  url: AbsoluteUrlSchema,
})

/** Where the article belongs and who wrote it, in every article JSON object. */
const newsroomFields = {
  /** The article's section; `null` on a site without sections. */
  section: v.nullable(NamedPageJsonSchema),
  /** The byline, in order; empty when the article has none. */
  authors: v.array(NamedPageJsonSchema),
}

export const ArticleSummaryJsonSchema = v.strictObject({
  ...articleIdentity,
  source_name: v.string(),
  ...newsroomFields,
})

const TagJsonSchema = v.strictObject({ name: v.string(), slug: v.string(), url: AbsoluteUrlSchema })

const RelatedJsonSchema = v.strictObject({
  title: v.string(),
  /** Absent for a headline the editor listed without a link. */
  url: v.optional(AbsoluteUrlSchema),
  /** Present when the entry is an article of ours. */
  slug: v.optional(v.string()),
  /** `true` when an editor picked the entry. */
  picked: v.optional(v.literal(true)),
  /** For computed entries: the shared tags and the score. */
  reasons: v.optional(RelatedReasonsSchema),
})

const ArticleJsonSchema = v.strictObject({
  ...articleIdentity,
  ...newsroomFields,
  /** Sanitised HTML of the body. */
  html: v.string(),
  reading_time_minutes: v.number(),
  tags: v.array(TagJsonSchema),
  source: v.strictObject({ name: v.string(), url: v.nullable(AbsoluteUrlSchema) }),
  read_also: v.array(ArticleSummaryJsonSchema),
  related: v.array(RelatedJsonSchema),
})

export const ArticleResponseSchema = v.strictObject({ article: ArticleJsonSchema })

export const ArticleListResponseSchema = v.strictObject({
  articles: v.array(ArticleSummaryJsonSchema),
  meta: v.strictObject({ pagination: PaginationSchema }),
})

export type ArticleSummaryJson = v.InferOutput<typeof ArticleSummaryJsonSchema>
export type ArticleJson = v.InferOutput<typeof ArticleJsonSchema>
export type ArticleResponse = v.InferOutput<typeof ArticleResponseSchema>
export type ArticleListResponse = v.InferOutput<typeof ArticleListResponseSchema>
