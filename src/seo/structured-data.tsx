/**
 * @module
 * schema.org structured data for search engines: `NewsArticle`, `BreadcrumbList`, `WebSite`,
 * `CollectionPage`, `ProfilePage` (an author's page) and `WebPage` (a static page) as plain objects, and `JsonLd`, which writes one into the page as a
 * `<script type="application/ld+json">` data block. `<` is written there as `\u003c`, so no text
 * in the data (a headline with `</script>` in it) can end the block early. The publisher of
 * every page is the publication (`site.yml`) as a `NewsMediaOrganization`, with its logo and the
 * pages that state its policies, as Google News' transparency guidance asks.
 */
import { raw } from 'hono/html'
import { featureImage, socialCard } from '../json/feature-image'
import type { ArticleRecord } from '../schema/stored/article-record'
import type { AuthorProfile } from '../schema/stored/author-profile'
import type { SiteRecord } from '../schema/stored/site-record'
import { authorPath, pagePath, SITE_LANGUAGE } from '../site'

export type Crumb = { name: string; url?: string }

/** The first crumb of every trail: the home page. */
export const homeCrumb = (origin: string): Crumb => ({ name: 'الرئيسية', url: `${origin}/` })

export type JsonLdObject = Record<string, unknown>

/** The publication as the publisher of every page. */
function publisher(site: SiteRecord, origin: string): JsonLdObject {
  const { editorial, corrections } = site.policies
  return {
    '@type': 'NewsMediaOrganization',
    name: site.name,
    url: `${origin}/`,
    ...(site.logo ? { logo: { '@type': 'ImageObject', ...featureImage(site.logo, origin) } } : {}),
    ...(editorial ? { publishingPrinciples: origin + pagePath(editorial) } : {}),
    ...(corrections ? { correctionsPolicy: origin + pagePath(corrections) } : {}),
  }
}

/** The article's image in two sizes: the 1200×630 card and the widest JPEG up to 1200 px. */
function imageObjects({ image }: ArticleRecord, origin: string): JsonLdObject[] {
  if (!image) return []
  return [socialCard(image, origin), featureImage(image, origin)].map((size) => ({
    '@type': 'ImageObject',
    ...size,
    ...(image.caption ? { caption: image.caption } : {}),
    ...(image.credit ? { creditText: image.credit } : {}),
  }))
}

/**
 * The article as a `NewsArticle`. Its authors are its byline, in order, each a `Person` with the
 * URL of their page; with no byline, the publication is its author. The story's outlet is the
 * work it is based on.
 */
export function newsArticle(
  article: ArticleRecord,
  url: string,
  site: SiteRecord,
  origin: string
): JsonLdObject {
  const source = {
    '@type': 'Organization',
    name: article.source.name,
    ...(article.source.url ? { url: article.source.url } : {}),
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    datePublished: article.published_at,
    dateModified: article.updated_at ?? article.published_at,
    inLanguage: SITE_LANGUAGE,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    author:
      article.authors.length > 0
        ? article.authors.map(({ slug, name }) => ({
            '@type': 'Person',
            name,
            url: origin + authorPath(slug),
          }))
        : publisher(site, origin),
    publisher: publisher(site, origin),
    isBasedOn: {
      '@type': 'CreativeWork',
      publisher: source,
      ...(article.source.url ? { url: article.source.url } : {}),
    },
    keywords: article.tags.map((tag) => tag.name),
    // A site without sections names the article's first tag.
    articleSection: article.section?.name ?? article.tags[0]?.name,
    ...(article.image ? { image: imageObjects(article, origin) } : {}),
  }
}

export function breadcrumbList(crumbs: Crumb[], currentUrl: string): JsonLdObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url ?? currentUrl,
    })),
  }
}

export function webSite(site: SiteRecord, origin: string, description: string): JsonLdObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    url: `${origin}/`,
    inLanguage: SITE_LANGUAGE,
    description,
    publisher: publisher(site, origin),
  }
}

/** The site a page belongs to, as the pages below name it. */
const partOf = (site: SiteRecord, origin: string) => ({
  '@type': 'WebSite',
  name: site.name,
  url: `${origin}/`,
})

/** A page about the site's own content, of `type`, part of the site. */
function sitePage(
  type: 'CollectionPage' | 'WebPage',
  name: string,
  url: string,
  description: string,
  site: SiteRecord,
  origin: string
): JsonLdObject {
  return {
    '@context': 'https://schema.org',
    '@type': type,
    name,
    url,
    description,
    inLanguage: SITE_LANGUAGE,
    isPartOf: partOf(site, origin),
  }
}

/** A list of articles: a tag, a section, the tags. */
export const collectionPage = (
  name: string,
  url: string,
  description: string,
  site: SiteRecord,
  origin: string
): JsonLdObject => sitePage('CollectionPage', name, url, description, site, origin)

/**
 * An author's page, with the author as its `mainEntity`: a `Person` with their role as
 * `jobTitle`, their photo, their pages elsewhere as `sameAs` and their bio (as plain text).
 */
export function profilePage(
  author: AuthorProfile,
  bio: string,
  url: string,
  site: SiteRecord,
  origin: string
): JsonLdObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    name: author.name,
    url,
    inLanguage: SITE_LANGUAGE,
    isPartOf: partOf(site, origin),
    mainEntity: {
      '@type': 'Person',
      name: author.name,
      url: origin + authorPath(author.slug),
      ...(author.role ? { jobTitle: author.role } : {}),
      ...(author.image
        ? { image: { '@type': 'ImageObject', ...featureImage(author.image, origin) } }
        : {}),
      ...(author.same_as.length > 0 ? { sameAs: author.same_as } : {}),
      ...(bio ? { description: bio } : {}),
    },
  }
}

/** A static page («من نحن», a policy), published by the publication. */
export const webPage = (
  name: string,
  url: string,
  description: string,
  site: SiteRecord,
  origin: string
): JsonLdObject => ({
  ...sitePage('WebPage', name, url, description, site, origin),
  publisher: publisher(site, origin),
})

/**
 * The block's text as it goes into the page: `<` and the two line separators escaped, so no text
 * in it can close the `<script>` or break a JavaScript parser. The renderer serialises each block
 * once, and hands the same strings to the page and to the Content-Security-Policy step, which
 * allows each by its hash.
 */
export const serializeJsonLd = (data: JsonLdObject): string =>
  JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')

/** One serialised block (see `serializeJsonLd`) as a `<script>` element. */
export function JsonLd({ text }: { text: string }) {
  return <script type="application/ld+json">{raw(text)}</script>
}
