/**
 * @module
 * The article slug: the last segment of `/articles/:slug`.
 */
import * as v from 'valibot'

/** Longest slug we accept, in characters. Longer paths are refused before any KV read. */
export const MAX_SLUG_LENGTH = 200

/**
 * Lower-case Latin letters, ASCII digits and Arabic letters (U+0621–U+064A), in words joined by
 * single hyphens. Arabic slugs are allowed because `npm run new` builds them from Arabic titles.
 */
export const SLUG_PATTERN = /^[a-z0-9\u0621-\u064a]+(?:-[a-z0-9\u0621-\u064a]+)*$/u

export const SlugSchema = v.pipe(
  v.string(),
  v.minLength(1, 'الاسم المختصر (slug) فارغ'),
  v.maxLength(MAX_SLUG_LENGTH, `الاسم المختصر أطول من ${MAX_SLUG_LENGTH} حرفًا`),
  v.regex(SLUG_PATTERN, 'الاسم المختصر يقبل الحروف العربية واللاتينية الصغيرة والأرقام والشرطات فقط')
)

export type Slug = v.InferOutput<typeof SlugSchema>
