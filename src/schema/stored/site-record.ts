/**
 * @module
 * `v1:site`: the publication as `content/site.yml` declares it, read by the Worker for every page
 * it renders (its name, its sections in navigation order, the pages its footer links to, the
 * policies its publisher names) and by the settings API.
 */
import * as v from 'valibot'
import {
  DEFAULT_DATES,
  DIGIT_STYLES,
  HIJRI_STYLES,
  MONTH_STYLES,
  type DateStyle,
} from '../../text/display-date'
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
  /** How dates are written for readers; a site published before the setting existed has none. */
  dates: v.optional(
    v.object({
      months: v.picklist(MONTH_STYLES),
      digits: v.picklist(DIGIT_STYLES),
      hijri: v.picklist(HIJRI_STYLES),
    }),
    DEFAULT_DATES
  ),
})

export type SiteRecord = v.InferOutput<typeof SiteRecordSchema>

/** How the publication writes dates for readers: its zone and its `dates` setting. */
export const siteDateStyle = (site: SiteRecord): DateStyle => ({
  timezone: site.timezone,
  ...site.dates,
})
