/**
 * @module
 * Tag JSON served at `/api/tags` and `/api/tags/:tag`.
 */
import * as v from 'valibot'
import { AbsoluteUrlSchema, ArticleSummaryJsonSchema } from './article'
import { PaginationSchema } from './pagination'

const TagWithCountJsonSchema = v.strictObject({
  name: v.string(),
  /** Canonical slug: the same for every spelling of the tag. */
  slug: v.string(),
  /** Absolute URL of the tag page. */
  url: AbsoluteUrlSchema,
  /** Published articles with the tag. */
  count: v.number(),
})

export const TagListResponseSchema = v.strictObject({
  tags: v.array(TagWithCountJsonSchema),
  meta: v.strictObject({ total: v.number() }),
})

export const TagArticlesResponseSchema = v.strictObject({
  tag: TagWithCountJsonSchema,
  articles: v.array(ArticleSummaryJsonSchema),
  meta: v.strictObject({ pagination: PaginationSchema }),
})

export type TagListResponse = v.InferOutput<typeof TagListResponseSchema>
export type TagArticlesResponse = v.InferOutput<typeof TagArticlesResponseSchema>
