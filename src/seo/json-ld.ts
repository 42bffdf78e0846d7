/**
 * @module
 * schema.org structured data for search engines: `NewsArticle`, `BreadcrumbList`, `WebSite` and
 * `CollectionPage`, as plain objects that `JsonLd` serialises into the page.
 */
import type { ArticleRecord } from '../schema/article-record'
import { SITE_NAME } from '../views/layout'

export type Crumb = { name: string; url?: string }

export type JsonLdObject = Record<string, unknown>

const publisher = (origin: string) => ({ '@type': 'Organization', name: SITE_NAME, url: `${origin}/` })

/**
 * The article as a `NewsArticle`. The story's outlet is its author, and the work it is based
 * on; Minbar is the publisher of this page.
 */
export function newsArticle(article: ArticleRecord, url: string, origin: string): JsonLdObject {
  const source = { '@type': 'Organization', name: article.source.name, ...(article.source.url ? { url: article.source.url } : {}) }
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    datePublished: article.published_at,
    dateModified: article.updated_at ?? article.published_at,
    inLanguage: 'ar',
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    author: source,
    publisher: publisher(origin),
    isBasedOn: { '@type': 'CreativeWork', publisher: source, ...(article.source.url ? { url: article.source.url } : {}) },
    keywords: article.tags.map((tag) => tag.name),
    articleSection: article.tags[0]?.name,
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

export function webSite(origin: string, description: string): JsonLdObject {
  return { '@context': 'https://schema.org', '@type': 'WebSite', name: SITE_NAME, url: `${origin}/`, inLanguage: 'ar', description, publisher: publisher(origin) }
}

export function collectionPage(name: string, url: string, description: string, origin: string): JsonLdObject {
  return { '@context': 'https://schema.org', '@type': 'CollectionPage', name, url, description, inLanguage: 'ar', isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: `${origin}/` } }
}
