/**
 * @module
 * Tag JSON served at `/api/tags` and `/api/tags/:tag`.
 */
import * as v from 'valibot'
import { ArticleSummaryJsonSchema } from './api-article'
import { PaginationSchema } from './pagination'

export const TagWithCountJsonSchema = v.object({
  name: v.string(),
  /** Canonical slug: the same for every spelling of the tag. */
  slug: v.string(),
  /** Absolute URL of the tag page. */
  url: v.string(),
  /** Published articles with the tag. */
  count: v.number(),
})

export const TagListResponseSchema = v.object({
  tags: v.array(TagWithCountJsonSchema),
  meta: v.object({ total: v.number() }),
})

export const TagArticlesResponseSchema = v.object({
  tag: TagWithCountJsonSchema,
  articles: v.array(ArticleSummaryJsonSchema),
  meta: v.object({ pagination: PaginationSchema }),
})

export type TagWithCountJson = v.InferOutput<typeof TagWithCountJsonSchema>
export type TagListResponse = v.InferOutput<typeof TagListResponseSchema>
export type TagArticlesResponse = v.InferOutput<typeof TagArticlesResponseSchema>
