/**
 * @module
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1) as `/feed.json` serves it: the feed and its
 * items both declare Arabic.
 */
import * as v from 'valibot'
import { AbsoluteUrlSchema } from './article'

const JsonFeedItemSchema = v.strictObject({
  /** The article's URL, which never changes. */
  id: v.string(),
  url: AbsoluteUrlSchema,
  title: v.string(),
  summary: v.string(),
  /** The sanitised body, in full. */
  content_html: v.string(),
  /** The article's image: a JPEG at most 1200 px wide. */
  image: v.optional(AbsoluteUrlSchema),
  /** RFC 3339. */
  date_published: v.string(),
  date_modified: v.string(),
  /** The byline in order, each with their author page; the publisher when there is none. */
  authors: v.array(v.strictObject({ name: v.string(), url: v.optional(AbsoluteUrlSchema) })),
  tags: v.array(v.string()),
  language: v.literal('ar'),
})

export const JsonFeedSchema = v.strictObject({
  version: v.literal('https://jsonfeed.org/version/1.1'),
  title: v.string(),
  description: v.string(),
  home_page_url: AbsoluteUrlSchema,
  feed_url: AbsoluteUrlSchema,
  language: v.literal('ar'),
  items: v.array(JsonFeedItemSchema),
})

export type JsonFeed = v.InferOutput<typeof JsonFeedSchema>
