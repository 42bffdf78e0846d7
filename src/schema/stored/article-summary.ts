/**
 * @module
 * The short form of an article used in lists: home, tag pages, read-also and the API list.
 */
import * as v from 'valibot'
import { SlugSchema } from '../slug'
import { ArticleImageSchema } from './article-image'

export const ArticleSummarySchema = v.object({
  slug: SlugSchema,
  title: v.string(),
  summary: v.string(),
  /** ISO 8601 with the editor's offset, as written in the front matter. */
  published_at: v.string(),
  updated_at: v.nullable(v.string()),
  source_name: v.string() /** The hero image, when the article has one. */,
  image: v.optional(ArticleImageSchema),
})

export type ArticleSummary = v.InferOutput<typeof ArticleSummarySchema>
