/**
 * @module
 * One channel served in the three formats, with each format's own media type.
 */
import type { Context } from 'hono'
import type { FeedFormat } from '../site'
import { atomFeed } from './atom'
import type { FeedChannel, FeedItem } from './feed-items'
import { jsonFeed } from './json-feed'
import { rssFeed } from './rss'

const MEDIA_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
}

export function feedResponse(
  c: Context,
  format: FeedFormat,
  channel: FeedChannel,
  items: FeedItem[]
): Response {
  const body =
    format === 'rss'
      ? rssFeed(channel, items)
      : format === 'atom'
        ? atomFeed(channel, items)
        : JSON.stringify(jsonFeed(channel, items))
  return c.body(body, 200, { 'Content-Type': MEDIA_TYPES[format] })
}
