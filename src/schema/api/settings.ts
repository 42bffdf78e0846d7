/**
 * @module
 * The publication as `/api/settings` serves it, in the shape of Ghost's settings: what an
 * embedder needs to present the site (its name, language and direction, logo, navigation).
 */
import * as v from 'valibot'
import { AbsoluteUrlSchema } from './article'

const NavigationItemJsonSchema = v.strictObject({
  /** A section (the site's main navigation) or a static page (its footer). */
  kind: v.picklist(['section', 'page']),
  slug: v.string(),
  /** The text readers see: the section's name or the page's title. */
  label: v.string(),
  url: AbsoluteUrlSchema,
})

export const SettingsResponseSchema = v.strictObject({
  settings: v.strictObject({
    name: v.string(),
    description: v.string(),
    lang: v.literal('ar'),
    dir: v.literal('rtl'),
    /** IANA time zone the site shows times in. */
    timezone: v.string(),
    /** Absolute URL of the logo (a JPEG), or `null` when the site has none. */
    logo: v.nullable(AbsoluteUrlSchema),
    /** Absolute URL of the home page. */
    url: AbsoluteUrlSchema,
    /** The sections in navigation order, then the static pages in title order. */
    navigation: v.array(NavigationItemJsonSchema),
  }),
})

export type SettingsResponse = v.InferOutput<typeof SettingsResponseSchema>
