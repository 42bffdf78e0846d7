/**
 * @module
 * An article's hero image as the editor writes it in the front matter. The file itself is
 * checked by the publish step (`src/publish/images/`): that it exists, decodes, and is not too
 * large.
 */
import * as v from 'valibot'
import { EditorTextSchema } from './editor-text'
import { ImagePathSchema } from './image-path'

export const ImageRefSchema = v.strictObject({
  /** The file, relative to `content/`: `images/harbour.jpg`. */
  src: ImagePathSchema,
  /** What the image shows, for readers who cannot see it. Required. */
  alt: EditorTextSchema(300, 'النص البديل للصورة'),
  /** Shown under the image. */
  caption: v.optional(EditorTextSchema(500, 'تعليق الصورة')),
  /** Who made the image: «تصوير: …». */
  credit: v.optional(EditorTextSchema(200, 'مصدر الصورة')),
})
