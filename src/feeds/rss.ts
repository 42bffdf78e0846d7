/**
 * @module
 * RSS 2.0 with `<language>ar</language>` (feed readers choose right-to-left from it) and the full
 * article body in `content:encoded`.
 */
import { featureImage } from '../json/feature-image'
import { GENERATOR, SITE_LANGUAGE } from '../site'
import type { Creator, FeedChannel, FeedItem } from './feed-items'
import { creatorsOf, feedHtml, latestChange } from './feed-items'
import { attributeList, element, XML_DECLARATION, xmlEscape } from './xml'

const rfc822 = (iso: string) => new Date(iso).toUTCString()

/** The hero image as Media RSS `media:content`, which readers show as the item's picture. */
function mediaContent({ article, url }: FeedItem): string[] {
  if (!article.image) return []
  const jpeg = featureImage(article.image, new URL(url).origin)
  const attributes = {
    url: jpeg.url,
    medium: 'image',
    type: 'image/jpeg',
    width: String(jpeg.width),
    height: String(jpeg.height),
  }
  return [
    `<media:content${attributeList(attributes)}>`,
    element('media:description', article.image.alt),
    article.image.credit ? element('media:credit', article.image.credit) : '',
    '</media:content>',
  ]
}

function rssItem(item: FeedItem, publisher: Creator): string {
  const { article, url } = item
  return [
    '<item>',
    element('title', article.title),
    element('link', url),
    element('guid', url, { isPermaLink: 'true' }),
    element('pubDate', rfc822(article.published_at)),
    // One dc:creator per name of the byline, in its order: RSS has no place for their pages.
    ...creatorsOf(item, publisher).map((creator) => element('dc:creator', creator.name)),
    ...article.tags.map((tag) => element('category', tag.name)),
    // Readers take <description> as HTML: the plain-text summary is escaped as HTML first.
    element('description', xmlEscape(article.summary)),
    element('content:encoded', feedHtml(item)),
    ...mediaContent(item),
    '</item>',
  ].join('')
}

export function rssFeed(channel: FeedChannel, items: FeedItem[]): string {
  const namespaces = {
    version: '2.0',
    'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
    'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
    'xmlns:atom': 'http://www.w3.org/2005/Atom',
    'xmlns:media': 'http://search.yahoo.com/mrss/',
  }
  return [
    XML_DECLARATION,
    `<rss${attributeList(namespaces)}><channel>`,
    element('title', channel.title),
    element('link', channel.homePageUrl),
    element('description', channel.description),
    element('language', SITE_LANGUAGE),
    element('generator', GENERATOR),
    element('lastBuildDate', rfc822(latestChange(items))),
    `<atom:link${attributeList({ href: channel.feedUrl, rel: 'self', type: 'application/rss+xml' })}/>`,
    ...items.map((item) => rssItem(item, channel.publisher)),
    '</channel></rss>',
  ].join('\n')
}
