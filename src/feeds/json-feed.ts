/**
 * @module
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1), with `language: "ar"` on the feed and items.
 */
import { featureImage } from '../json/feature-image'
import type { JsonFeed } from '../schema/api/json-feed'
import { SITE_LANGUAGE } from '../site'
import { creatorsOf, feedHtml, rfc3339, type FeedChannel, type FeedItem } from './feed-items'

export function jsonFeed(channel: FeedChannel, items: FeedItem[]): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    description: channel.description,
    home_page_url: channel.homePageUrl,
    feed_url: channel.feedUrl,
    language: SITE_LANGUAGE,
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.article.title,
      summary: item.article.summary,
      content_html: feedHtml(item),
      ...(item.article.image
        ? { image: featureImage(item.article.image, new URL(item.url).origin).url }
        : {}),
      date_published: rfc3339(item.article.published_at),
      date_modified: rfc3339(item.article.updated_at ?? item.article.published_at),
      authors: creatorsOf(item, channel.publisher),
      tags: item.article.tags.map((tag) => tag.name),
      language: SITE_LANGUAGE,
    })),
  }
}
