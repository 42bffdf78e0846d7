/**
 * @module
 * The front matter of `content/authors/<slug>.md`: a person who writes for the site. The file's
 * name is the author's slug, the one articles name in `authors`; its Markdown body is the bio.
 */
import * as v from 'valibot'
import { EditorTextSchema } from './editor-text'
import { ImagePathSchema } from './image-path'
import { WebUrlSchema } from './source'

export const AuthorFrontMatterSchema = v.strictObject({
  /** As the byline prints it. */
  name: EditorTextSchema(100, 'اسم الكاتب'),
  /** «مراسل في القاهرة», «محررة الشؤون الاقتصادية». */
  role: v.optional(EditorTextSchema(200, 'صفة الكاتب')),
  /** A photo under `content/images/`; its alt text is the author's name. */
  image: v.optional(ImagePathSchema),
  /** The author's pages elsewhere (schema.org `sameAs`): a profile, a staff page. */
  same_as: v.optional(
    v.pipe(
      v.array(WebUrlSchema, 'same_as يجب أن تكون قائمة روابط'),
      v.maxLength(10, 'أكثر من 10 روابط في same_as')
    ),
    []
  ),
})

export type AuthorFrontMatter = v.InferOutput<typeof AuthorFrontMatterSchema>
