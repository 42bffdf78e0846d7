/**
 * @module
 * `v1:site`: the publication as `content/site.yml` declares it, read by the Worker for every page
 * it renders (its name, its sections in navigation order, the pages its footer links to, the
 * policies its publisher names) and by the settings API.
 */
import * as v from 'valibot'
import { SlugSchema } from '../slug'
import { ArticleImageSchema } from './article-image'
import { RECORD_SCHEMA_VERSION } from './article-record'
import { PageRefSchema, SectionRefSchema } from './refs'

export const SiteRecordSchema = v.object({
  schema_version: v.literal(RECORD_SCHEMA_VERSION),
  name: v.string(),
  description: v.string(),
  /** IANA zone of displayed times. */
  timezone: v.string(),
  /** The logo's variants (see `media-keys.ts`), its alt text the site's name. */
  logo: v.nullable(ArticleImageSchema),
  /** In navigation order. */
  sections: v.array(SectionRefSchema),
  /** Every static page, in title order, for the footer. */
  pages: v.array(PageRefSchema),
  /** Slugs of the pages that state the newsroom's policies. */
  policies: v.object({ editorial: v.nullable(SlugSchema), corrections: v.nullable(SlugSchema) }),
})

export type SiteRecord = v.InferOutput<typeof SiteRecordSchema>
