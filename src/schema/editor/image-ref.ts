/**
 * @module
 * An article's hero image as the editor writes it in the front matter. The file itself is
 * checked by the publish step (`src/publish/article-images.ts`): that it exists, decodes, and
 * is not too large.
 */
import * as v from 'valibot'
import { stripBidiControls } from '../../text/bidi-controls'

/** Text the reader sees, trimmed, without bidi controls. */
const ImageTextSchema = (max: number, what: string) =>
  v.pipe(
    v.string(`${what}: يجب أن يكون نصًا`),
    v.transform(stripBidiControls),
    v.trim(),
    v.minLength(1, `${what} فارغ`),
    v.maxLength(max, `${what} أطول من ${max} حرف`)
  )

/** A path under `content/images/`, as written relative to `content/`. */
const ImagePathSchema = v.pipe(
  v.string('image.src: يجب أن يكون مسارًا'),
  v.regex(
    /^images\/(?:[^/\\\s.][^/\\\s]*\/)*[^/\\\s.][^/\\\s]*\.(?:jpe?g|png|webp|avif)$/i,
    'مسار الصورة يجب أن يكون تحت images/ وينتهي بـ .jpg أو .png أو .webp أو .avif'
  )
)

export const ImageRefSchema = v.strictObject({
  /** The file, relative to `content/`: `images/harbour.jpg`. */
  src: ImagePathSchema,
  /** What the image shows, for readers who cannot see it. Required. */
  alt: ImageTextSchema(300, 'النص البديل للصورة'),
  /** Shown under the image. */
  caption: v.optional(ImageTextSchema(500, 'تعليق الصورة')),
  /** Who made the image: «تصوير: …». */
  credit: v.optional(ImageTextSchema(200, 'مصدر الصورة')),
})
