/**
 * @module
 * oEmbed 1.0 (https://oembed.com): the query a consumer sends and the `rich` response we give.
 */
import * as v from 'valibot'
import { integerQuery } from './integer-query'

/** Largest `maxwidth`/`maxheight` taken: far past any screen, and a bound the contract can state. */
const MAX_PIXELS = 99_999

/** A positive pixel size, as digits. */
const pixels = integerQuery(1, MAX_PIXELS)

export const OEmbedQuerySchema = v.object({
  url: v.pipe(
    v.string('url مطلوب، ويُذكر مرة واحدة'),
    v.minLength(1, 'url مطلوب'),
    v.maxLength(2048, 'url أطول من 2048 حرفًا'),
    v.url('ليس رابطًا صالحًا'),
    v.description('The address of an article page of this site.'),
    v.examples(['https://minbar.example/articles/north-korea-russia-relations'])
  ),
  /** Only `json` is served; anything else is answered 501, as the spec asks. */
  format: v.optional(
    v.pipe(
      v.string('يجب أن يُذكر مرة واحدة فقط'),
      v.description('Only `json` is served; any other value is answered 501.')
    ),
    'json'
  ),
  maxwidth: v.optional(pixels),
  maxheight: v.optional(pixels),
})

export const OEmbedResponseSchema = v.strictObject({
  type: v.literal('rich'),
  version: v.literal('1.0'),
  title: v.string(),
  /** The first name of the byline; the outlet the story comes from when it has none. */
  author_name: v.string(),
  /** The author's page on this site, or the outlet's address when it has one. */
  author_url: v.optional(v.pipe(v.string(), v.url())),
  provider_name: v.string(),
  provider_url: v.pipe(v.string(), v.url()),
  /** Seconds a consumer may cache this response. */
  cache_age: v.number(),
  /** A sandboxed iframe of the embed card, with a blockquote link inside for frameless pages. */
  html: v.string(),
  width: v.number(),
  height: v.number(),
  /** The article's image (the 1200×630 link-preview crop), when it has one. */
  thumbnail_url: v.optional(v.pipe(v.string(), v.url())),
  thumbnail_width: v.optional(v.number()),
  thumbnail_height: v.optional(v.number()),
})

export type OEmbedResponse = v.InferOutput<typeof OEmbedResponseSchema>
