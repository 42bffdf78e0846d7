/**
 * @module
 * The front matter of `content/pages/<slug>.md`: a page of the site that is not news («من نحن»,
 * «سياسة التحرير», «اتصل بنا»), served at `/<slug>`. The file's name is its slug.
 */
import * as v from 'valibot'
import { EditorTextSchema } from './editor-text'

export const PageFrontMatterSchema = v.strictObject({
  title: EditorTextSchema(300, 'عنوان الصفحة'),
})

export type PageFrontMatter = v.InferOutput<typeof PageFrontMatterSchema>
