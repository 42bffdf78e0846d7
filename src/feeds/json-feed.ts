/**
 * @module
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1), with `language: "ar"` on the feed and items.
 */
import type { JsonFeed } from '../schema/api/json-feed'
import { SITE_LANGUAGE } from '../site'
import { rfc3339, type FeedChannel, type FeedItem } from './feed-items'

export function jsonFeed(channel: FeedChannel, items: FeedItem[]): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    description: channel.description,
    home_page_url: channel.homePageUrl,
    feed_url: channel.feedUrl,
    language: SITE_LANGUAGE,
    items: items.map(({ article, url }) => ({
      id: url,
      url,
      title: article.title,
      summary: article.summary,
      content_html: article.html,
      date_published: rfc3339(article.published_at),
      date_modified: rfc3339(article.updated_at ?? article.published_at),
      authors: [
        article.source.url
          ? { name: article.source.name, url: article.source.url }
          : { name: article.source.name },
      ],
      tags: article.tags.map((tag) => tag.name),
      language: SITE_LANGUAGE,
    })),
  }
}
