/**
 * @module
 * The article JSON served to other sites at `/api/articles` and `/api/articles/:slug`.
 * URLs are absolute so an embedder can link without knowing our routes.
 */
import * as v from 'valibot'
import { RelatedReasonsSchema } from './article-record'
import { PaginationSchema } from './pagination'

/** Fields every article JSON object has, in a list or whole. */
const articleIdentity = {
  slug: v.string(),
  /** Absolute URL of the article page. */
  url: v.string(),
  title: v.string(),
  summary: v.string(),
  /** ISO 8601 with the editor's offset. */
  published_at: v.string(),
  updated_at: v.nullable(v.string()),
}

export const ArticleSummaryJsonSchema = v.object({ ...articleIdentity, source_name: v.string() })

export const TagJsonSchema = v.object({ name: v.string(), slug: v.string(), url: v.string() })

export const RelatedJsonSchema = v.object({
  title: v.string(),
  /** Absent for a headline the editor listed without a link. */
  url: v.optional(v.string()),
  /** Present when the entry is an article of ours. */
  slug: v.optional(v.string()),
  /** `true` when an editor picked the entry. */
  picked: v.optional(v.literal(true)),
  /** For computed entries: the shared tags and the score. */
  reasons: v.optional(RelatedReasonsSchema),
})

export const ArticleJsonSchema = v.object({
  ...articleIdentity,
  /** Sanitised HTML of the body. */
  html: v.string(),
  reading_time_minutes: v.number(),
  tags: v.array(TagJsonSchema),
  source: v.object({ name: v.string(), url: v.nullable(v.string()) }),
  read_also: v.array(ArticleSummaryJsonSchema),
  related: v.array(RelatedJsonSchema),
})

export const ArticleResponseSchema = v.object({ article: ArticleJsonSchema })

export const ArticleListResponseSchema = v.object({
  articles: v.array(ArticleSummaryJsonSchema),
  meta: v.object({ pagination: PaginationSchema }),
})

export type ArticleSummaryJson = v.InferOutput<typeof ArticleSummaryJsonSchema>
export type ArticleJson = v.InferOutput<typeof ArticleJsonSchema>
export type ArticleResponse = v.InferOutput<typeof ArticleResponseSchema>
export type ArticleListResponse = v.InferOutput<typeof ArticleListResponseSchema>
