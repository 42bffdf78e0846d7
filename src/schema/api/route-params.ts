/**
 * @module
 * Route parameters, checked by `vValidator('param', ...)` before any KV read.
 */
import * as v from 'valibot'
import { SlugSchema } from '../slug'

export const SlugParamSchema = v.object({
  slug: v.pipe(SlugSchema, v.examples(['north-korea-russia-relations'])),
})

/** `/sections/:section`: a section's slug, as `site.yml` names it. */
export const SectionParamSchema = v.object({
  section: v.pipe(SlugSchema, v.examples(['world'])),
})

/** `/authors/:author`: an author's slug, the name of their file in `content/authors/`. */
export const AuthorParamSchema = v.object({
  author: v.pipe(SlugSchema, v.examples(['writer-a'])),
})

/** `/:slug`: a static page's slug, the name of its file in `content/pages/`. */
export const PageSlugParamSchema = v.object({
  slug: v.pipe(SlugSchema, v.examples(['about'])),
})

/** `/api/sections/:slug` and the section's feed: a section's slug, as `content/site.yml` declares it. */
export const SectionSlugParamSchema = v.object({ slug: v.pipe(SlugSchema, v.examples(['world'])) })

/** `/api/authors/:slug` and the author's feed: an author's slug: the name of their file in `content/authors/`. */
export const AuthorSlugParamSchema = v.object({
  slug: v.pipe(SlugSchema, v.examples(['writer-a'])),
})

/** `/api/pages/:slug`: a static page's slug: the name of its file in `content/pages/`. */
export const PageParamSchema = v.object({ slug: v.pipe(SlugSchema, v.examples(['about'])) })
