/**
 * @module
 * An author as the author page shows them: stored in shard 1 of their article list, so the page
 * is one read, like a tag's page.
 */
import * as v from 'valibot'
import { ArticleImageSchema } from './article-image'
import { AuthorRefSchema } from './refs'

export const AuthorProfileSchema = v.object({
  ...AuthorRefSchema.entries,
  role: v.nullable(v.string()),
  image: v.nullable(ArticleImageSchema),
  /** The author's pages elsewhere (schema.org `sameAs`). */
  same_as: v.array(v.string()),
  /** Rendered from Markdown and sanitised at publish time; '' when there is none. */
  bio_html: v.string(),
})

export type AuthorProfile = v.InferOutput<typeof AuthorProfileSchema>
