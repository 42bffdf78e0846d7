/**
 * @module
 * Author JSON served at `/api/authors` (everyone with a byline, with their counts) and
 * `/api/authors/:slug` (the profile and a page of their articles).
 */
import * as v from 'valibot'
import { AbsoluteUrlSchema, ArticleSummaryJsonSchema } from './article'
import { PaginationSchema } from './pagination'

const authorIdentity = {
  slug: v.string(),
  name: v.string(),
  /** What the author does at the paper («مراسلة»); `null` when the file gives none. */
  role: v.nullable(v.string()),
  /** Absolute URL of the author page. */
  url: AbsoluteUrlSchema,
  /** Published articles with the author in their byline. */
  count: v.number(),
}

const AuthorWithCountJsonSchema = v.strictObject(authorIdentity)

const AuthorProfileJsonSchema = v.strictObject({
  ...authorIdentity,
  /** Absolute URL of the author's photo (a JPEG at most 1200 px wide), or `null`. */
  image: v.nullable(AbsoluteUrlSchema),
  /** Sanitised HTML of the biography; '' when there is none. */
  bio_html: v.string(),
  /** The author's pages elsewhere (schema.org `sameAs`). */
  same_as: v.array(v.string()),
})

export const AuthorListResponseSchema = v.strictObject({
  /** In Arabic alphabetical order of their names. */
  authors: v.array(AuthorWithCountJsonSchema),
  meta: v.strictObject({ total: v.number() }),
})

export const AuthorArticlesResponseSchema = v.strictObject({
  author: AuthorProfileJsonSchema,
  articles: v.array(ArticleSummaryJsonSchema),
  meta: v.strictObject({ pagination: PaginationSchema }),
})

export type AuthorListResponse = v.InferOutput<typeof AuthorListResponseSchema>
export type AuthorArticlesResponse = v.InferOutput<typeof AuthorArticlesResponseSchema>
