/**
 * @module
 * An article's image as stored with the article and its summaries: where its variants are (see
 * `src/store/media-keys.ts`), its size, and the editor's alt text, caption and credit.
 */
import * as v from 'valibot'

export const ArticleImageSchema = v.object({
  /** Content address of the image: hash of the source bytes and the variant spec. */
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{22}$/)),
  /** Width of the widest variant, in pixels. */
  width: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Height of the widest variant, in pixels. */
  height: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Every width made, narrowest first. */
  widths: v.array(v.pipe(v.number(), v.integer(), v.minValue(1))),
  alt: v.string(),
  caption: v.nullable(v.string()),
  credit: v.nullable(v.string()),
})

export type ArticleImage = v.InferOutput<typeof ArticleImageSchema>
