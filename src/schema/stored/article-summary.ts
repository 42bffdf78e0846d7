/**
 * @module
 * The short form of an article used in lists: home, tag pages, read-also and the API list.
 */
import * as v from 'valibot'
import { SlugSchema } from '../slug'
import { ArticleImageSchema } from './article-image'
import { AuthorRefSchema, SectionRefSchema } from './refs'

export const ArticleSummarySchema = v.object({
  slug: SlugSchema,
  title: v.string(),
  summary: v.string(),
  /** ISO 8601 with the editor's offset, as written in the front matter. */
  published_at: v.string(),
  updated_at: v.nullable(v.string()),
  source_name: v.string(),
  /** The hero image, when the article has one. */
  image: v.optional(ArticleImageSchema),
  /** The article's section, when the site has sections. */
  section: v.optional(SectionRefSchema),
  /** The byline, in order; empty when the article has none. */
  authors: v.optional(v.array(AuthorRefSchema), []),
})

export type ArticleSummary = v.InferOutput<typeof ArticleSummarySchema>
