/**
 * @module
 * The site itself, in one place: its name, language and locale, the public paths of its pages,
 * and the feeds every page announces. Pages, feeds, structured data, the API description, the
 * embeds and the publish step all read them from here.
 */

/** The site's name: in every page title, feed, structured-data publisher and embed. */
export const SITE_NAME = 'منبر'

/** How the site describes itself: feeds, the home page. */
export const SITE_DESCRIPTION = `${SITE_NAME}: آخر الأخبار العربية`

/** The language of everything the site publishes (`lang`, `inLanguage`, feed languages). */
export const SITE_LANGUAGE = 'ar'

/** The Open Graph locale of every page. */
export const SITE_LOCALE = 'ar_AR'

/** Arabic slugs are percent-encoded, as browsers send them. */
export const articlePath = (slug: string) => `/articles/${encodeURIComponent(slug)}`

export const tagPath = (slug: string) => `/tags/${encodeURIComponent(slug)}`

/** The site-wide feeds, by format. */
export const FEED_PATHS = { rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' } as const

export type FeedFormat = keyof typeof FEED_PATHS

/** A `<link rel="alternate">`: a feed or an oEmbed endpoint of a page. */
export type Alternate = { type: string; href: string; title: string }

/** Feeds of the whole site, announced on every page. */
export const SITE_FEEDS: Alternate[] = [
  { type: 'application/rss+xml', href: FEED_PATHS.rss, title: `${SITE_NAME}: RSS` },
  { type: 'application/atom+xml', href: FEED_PATHS.atom, title: `${SITE_NAME}: Atom` },
  { type: 'application/feed+json', href: FEED_PATHS.json, title: `${SITE_NAME}: JSON Feed` },
]
