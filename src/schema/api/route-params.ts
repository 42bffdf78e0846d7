/**
 * @module
 * Route parameters, checked by `vValidator('param', ...)` before any KV read.
 */
import * as v from 'valibot'
import { SlugSchema } from '../slug'

export const SlugParamSchema = v.object({
  slug: v.pipe(SlugSchema, v.examples(['north-korea-russia-relations'])),
})

/** A section's slug, as `content/site.yml` declares it. */
export const SectionParamSchema = v.object({ slug: v.pipe(SlugSchema, v.examples(['world'])) })

/** An author's slug: the name of their file in `content/authors/`. */
export const AuthorParamSchema = v.object({ slug: v.pipe(SlugSchema, v.examples(['writer-a'])) })

/** A static page's slug: the name of its file in `content/pages/`. */
export const PageParamSchema = v.object({ slug: v.pipe(SlugSchema, v.examples(['about'])) })
