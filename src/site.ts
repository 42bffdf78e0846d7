/**
 * @module
 * What every Minbar site shares, in one place: its language and locale, the public paths of its
 * pages, and the feeds every page announces. The publication's own name, description and
 * sections come from `content/site.yml` (see `SiteRecordSchema`); these are the defaults of a
 * content folder without one. Pages, feeds, structured data, the API description, the embeds and
 * the publish step all read them from here.
 */

/** The name of a site whose `content/site.yml` names none (a content folder without the file). */
export const DEFAULT_SITE_NAME = 'منبر'

/** How such a site describes itself. */
export const DEFAULT_SITE_DESCRIPTION = 'آخر الأخبار العربية'

/** The software that makes the feeds (their `<generator>`), whatever the site is called. */
export const GENERATOR = 'منبر (Minbar)'

/** The language of everything the site publishes (`lang`, `inLanguage`, feed languages). */
export const SITE_LANGUAGE = 'ar'

/** The Open Graph locale of every page. */
export const SITE_LOCALE = 'ar_AR'

/** Arabic slugs are percent-encoded, as browsers send them. */
export const articlePath = (slug: string) => `/articles/${encodeURIComponent(slug)}`

export const tagPath = (slug: string) => `/tags/${encodeURIComponent(slug)}`

export const sectionPath = (slug: string) => `/sections/${encodeURIComponent(slug)}`

export const authorPath = (slug: string) => `/authors/${encodeURIComponent(slug)}`

/** The RSS feed of a tag, which its page announces. */
export const tagFeedPath = (slug: string) => `${tagPath(slug)}/feed.xml`

/** The RSS feed of a section, which its page announces. */
export const sectionFeedPath = (slug: string) => `${sectionPath(slug)}/feed.xml`

/** The RSS feed of an author's articles, which their page announces. */
export const authorFeedPath = (slug: string) => `${authorPath(slug)}/feed.xml`

/** A static page of `content/pages/` is served at the site's root. */
export const pagePath = (slug: string) => `/${encodeURIComponent(slug)}`

/**
 * The first path segments the Worker's own routes take. A static page is served at `/<slug>`,
 * so the publish step refuses a page whose slug is one of these (a slug has no dot, so the
 * files at the root, `feed.xml` and the like, can never collide).
 */
export const ROUTE_SEGMENTS: ReadonlySet<string> = new Set([
  'articles',
  'tags',
  'sections',
  'authors',
  'api',
  'search',
  'media',
  'embed',
  'oembed',
  'sitemaps',
  'preview',
  'corrections',
  'ghost',
])

/** The site-wide feeds, by format. */
export const FEED_PATHS = { rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' } as const

export type FeedFormat = keyof typeof FEED_PATHS

/** A `<link rel="alternate">`: a feed or an oEmbed endpoint of a page. */
export type Alternate = { type: string; href: string; title: string }

/** Feeds of the whole site named `siteName`, announced on every page. */
export const siteFeeds = (siteName: string): Alternate[] => [
  { type: 'application/rss+xml', href: FEED_PATHS.rss, title: `${siteName}: RSS` },
  { type: 'application/atom+xml', href: FEED_PATHS.atom, title: `${siteName}: Atom` },
  { type: 'application/feed+json', href: FEED_PATHS.json, title: `${siteName}: JSON Feed` },
]
