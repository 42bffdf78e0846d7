/**
 * @module
 * oEmbed 1.0 (https://oembed.com): the query a consumer sends and the `rich` response we give.
 */
import * as v from 'valibot'

/** A positive pixel size, as digits. */
const pixels = v.pipe(
  v.string('يجب أن يُذكر مرة واحدة فقط'),
  v.regex(/^\d{1,5}$/, 'يجب أن يكون عددًا صحيحًا موجبًا'),
  v.transform(Number),
  v.minValue(1, 'يجب أن يكون 1 على الأقل')
)

export const OEmbedQuerySchema = v.object({
  url: v.pipe(
    v.string('url مطلوب، ويُذكر مرة واحدة'),
    v.minLength(1, 'url مطلوب'),
    v.maxLength(2048, 'url أطول من 2048 حرفًا')
  ),
  /** Only `json` is served; anything else is answered 501, as the spec asks. */
  format: v.optional(v.string('يجب أن يُذكر مرة واحدة فقط'), 'json'),
  maxwidth: v.optional(pixels),
  maxheight: v.optional(pixels),
})

export const OEmbedResponseSchema = v.strictObject({
  type: v.literal('rich'),
  version: v.literal('1.0'),
  title: v.string(),
  /** The outlet the story comes from. */
  author_name: v.string(),
  author_url: v.optional(v.pipe(v.string(), v.url())),
  provider_name: v.string(),
  provider_url: v.pipe(v.string(), v.url()),
  /** Seconds a consumer may cache this response. */
  cache_age: v.number(),
  /** A sandboxed iframe of the embed card, with a blockquote link inside for frameless pages. */
  html: v.string(),
  width: v.number(),
  height: v.number(),
})

export type OEmbedResponse = v.InferOutput<typeof OEmbedResponseSchema>
