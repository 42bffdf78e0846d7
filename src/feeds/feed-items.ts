/**
 * @module
 * What every feed format is made of: the channel (site or tag) and its newest articles in full.
 */
import type { ArticleRecord } from '../schema/article-record'

export type FeedChannel = {
  title: string
  description: string
  /** Absolute URL of the HTML page the feed mirrors. */
  homePageUrl: string
  /** Absolute URL of this feed. */
  feedUrl: string
}

export type FeedItem = {
  article: ArticleRecord
  /** Absolute URL of the article page. */
  url: string
}

/** The newest time any item was published or updated; the feed's own "updated". */
export function latestChange(items: FeedItem[]): string {
  const times = items.map(({ article }) => Date.parse(article.updated_at ?? article.published_at))
  return new Date(times.length > 0 ? Math.max(...times) : 0).toISOString()
}

/** RFC 3339 in UTC, as Atom and JSON Feed want it. */
export const rfc3339 = (iso: string) => new Date(iso).toISOString()
