/**
 * @module
 * Section JSON served at `/api/sections` and `/api/sections/:slug`, shaped like the tags'.
 */
import * as v from 'valibot'
import { AbsoluteUrlSchema, ArticleSummaryJsonSchema } from './article'
import { PaginationSchema } from './pagination'

const SectionWithCountJsonSchema = v.strictObject({
  slug: v.string(),
  name: v.string(),
  /** Absolute URL of the section page. */
  url: AbsoluteUrlSchema,
  /** Published articles in the section. */
  count: v.number(),
})

export const SectionListResponseSchema = v.strictObject({
  /** In the order of the site's navigation. */
  sections: v.array(SectionWithCountJsonSchema),
  meta: v.strictObject({ total: v.number() }),
})

export const SectionArticlesResponseSchema = v.strictObject({
  section: SectionWithCountJsonSchema,
  articles: v.array(ArticleSummaryJsonSchema),
  meta: v.strictObject({ pagination: PaginationSchema }),
})

export type SectionListResponse = v.InferOutput<typeof SectionListResponseSchema>
export type SectionArticlesResponse = v.InferOutput<typeof SectionArticlesResponseSchema>
