/**
 * @module
 * The YAML front matter an editor writes at the top of `content/articles/*.md`.
 * The publish step checks every file against this schema before anything is written.
 */
import * as v from 'valibot'
import { SlugSchema } from '../slug'
import { TimestampSchema } from '../timestamp'
import { EditorTextSchema } from './editor-text'
import { ImageRefSchema } from './image-ref'
import { SourceSchema, WebUrlSchema } from './source'

/** A headline the editor picked as similar, with no page of ours behind it. */
const ExternalRelatedSchema = v.strictObject({
  title: EditorTextSchema(300, 'عنوان المقال المشابه'),
  url: v.optional(WebUrlSchema),
})

/** An editor-picked similar article: a local slug, or a headline with an optional link. */
const RelatedPickSchema = v.union(
  [SlugSchema, ExternalRelatedSchema],
  'كل عنصر في related إما slug لمقال محلي أو {title, url}'
)

export const FrontMatterSchema = v.strictObject({
  title: EditorTextSchema(300, 'العنوان'),
  slug: SlugSchema,
  summary: EditorTextSchema(1000, 'الملخص'),
  published: TimestampSchema,
  updated: v.optional(TimestampSchema),
  source: SourceSchema,
  /** Tags as the editor typed them. Matching and merging of spellings happens at publish time. */
  tags: v.optional(
    v.pipe(
      v.array(EditorTextSchema(200, 'الوسم'), 'tags يجب أن تكون قائمة'),
      v.maxLength(50, 'أكثر من 50 وسمًا')
    ),
    []
  ),
  /** Slugs of local articles shown under «إقرأ أيضاً». */
  read_also: v.optional(
    v.pipe(
      v.array(SlugSchema, 'read_also يجب أن تكون قائمة'),
      v.maxLength(10, 'أكثر من 10 مقالات في read_also')
    ),
    []
  ),
  /** Editor-picked «مقالات مشابهة», in the order they should appear. */
  related: v.optional(
    v.pipe(
      v.array(RelatedPickSchema, 'related يجب أن تكون قائمة'),
      v.maxLength(50, 'أكثر من 50 مقالًا في related')
    ),
    []
  ),
  /** The article's section: a slug declared in `content/site.yml`, required once it declares any. */
  section: v.optional(SlugSchema),
  /** The byline: slugs of `content/authors/<slug>.md`, in the order printed. */
  authors: v.optional(
    v.pipe(
      v.array(SlugSchema, 'authors يجب أن تكون قائمة'),
      v.maxLength(10, 'أكثر من 10 كتّاب في authors'),
      v.check((slugs) => new Set(slugs).size === slugs.length, 'كاتب مكرر في authors')
    ),
    []
  ),
  /** The hero image: a file under `content/images/` with its alt text, caption and credit. */
  image: v.optional(ImageRefSchema),
  /** Drafts are validated but never published. */
  draft: v.optional(v.boolean('draft يجب أن يكون true أو false'), false),
})

export type FrontMatter = v.InferOutput<typeof FrontMatterSchema>
