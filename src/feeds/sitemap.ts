/**
 * @module
 * Sitemaps (sitemaps.org 0.9) and a Google News sitemap. The article sitemap is split the way
 * the newest-first list is sharded in KV, so each child sitemap is one KV read and the index
 * stays small however large the archive grows.
 */
import { SITE_LANGUAGE } from '../site'
import { element, XML_DECLARATION } from './xml'

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9'

export type SitemapUrl = { loc: string; lastmod?: string }

export function sitemapIndex(sitemaps: string[]): string {
  const entries = sitemaps.map((loc) => `<sitemap>${element('loc', loc)}</sitemap>`)
  return [
    XML_DECLARATION,
    `<sitemapindex xmlns="${SITEMAP_NS}">`,
    ...entries,
    '</sitemapindex>',
  ].join('\n')
}

export function urlSet(urls: SitemapUrl[]): string {
  const entries = urls.map(
    ({ loc, lastmod }) =>
      `<url>${element('loc', loc)}${lastmod ? element('lastmod', new Date(lastmod).toISOString()) : ''}</url>`
  )
  return [XML_DECLARATION, `<urlset xmlns="${SITEMAP_NS}">`, ...entries, '</urlset>'].join('\n')
}

export type NewsEntry = { loc: string; title: string; publishedAt: string }

/** The Google News sitemap of `entries`, published by the site named `siteName`. */
export function newsSitemap(siteName: string, entries: NewsEntry[]): string {
  const urls = entries.map(({ loc, title, publishedAt }) =>
    [
      '<url>',
      element('loc', loc),
      '<news:news><news:publication>',
      element('news:name', siteName),
      element('news:language', SITE_LANGUAGE),
      '</news:publication>',
      element('news:publication_date', publishedAt),
      element('news:title', title),
      '</news:news></url>',
    ].join('')
  )
  return [
    XML_DECLARATION,
    `<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">`,
    ...urls,
    '</urlset>',
  ].join('\n')
}
