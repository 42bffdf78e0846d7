/**
 * @module
 * Atom 1.0 with `xml:lang="ar"` on the feed, so every entry inherits the language.
 */
import { GENERATOR, SITE_LANGUAGE } from '../site'
import {
  creatorsOf,
  feedHtml,
  latestChange,
  rfc3339,
  type Creator,
  type FeedChannel,
  type FeedItem,
} from './feed-items'
import { attributeList, element, XML_DECLARATION } from './xml'

function atomEntry(item: FeedItem, publisher: Creator): string {
  const { article, url } = item
  return [
    '<entry>',
    element('id', url),
    element('title', article.title),
    `<link${attributeList({ rel: 'alternate', type: 'text/html', href: url })}/>`,
    element('published', rfc3339(article.published_at)),
    element('updated', rfc3339(article.updated_at ?? article.published_at)),
    ...creatorsOf(item, publisher).map(
      (creator) => `<author>${element('name', creator.name)}${element('uri', creator.url)}</author>`
    ),
    ...article.tags.map((tag) => `<category${attributeList({ term: tag.name })}/>`),
    element('summary', article.summary),
    element('content', feedHtml(item), { type: 'html' }),
    '</entry>',
  ].join('')
}

export function atomFeed(channel: FeedChannel, items: FeedItem[]): string {
  return [
    XML_DECLARATION,
    `<feed${attributeList({ xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': SITE_LANGUAGE })}>`,
    element('id', channel.feedUrl),
    element('title', channel.title),
    element('subtitle', channel.description),
    element('updated', latestChange(items)),
    `<link${attributeList({ rel: 'self', type: 'application/atom+xml', href: channel.feedUrl })}/>`,
    `<link${attributeList({ rel: 'alternate', type: 'text/html', href: channel.homePageUrl })}/>`,
    element('generator', GENERATOR),
    ...items.map((item) => atomEntry(item, channel.publisher)),
    '</feed>',
  ].join('\n')
}
