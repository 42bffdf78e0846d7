/**
 * @module
 * The article slug: the last segment of `/articles/:slug`.
 */
import * as v from 'valibot'

/** Longest slug we accept, in characters. Longer paths are refused before any KV read. */
export const MAX_SLUG_LENGTH = 200

/**
 * The characters of a slug's words, as a regex character-class body: lower-case Latin letters,
 * ASCII digits and Arabic letters (U+0621–U+064A). Arabic is allowed because `npm run new`
 * builds slugs from Arabic titles.
 */
export const SLUG_WORD_CHARS = 'a-z0-9\\u0621-\\u064a'

/** Words of `SLUG_WORD_CHARS` joined by single hyphens. */
const SLUG_PATTERN = new RegExp(`^[${SLUG_WORD_CHARS}]+(?:-[${SLUG_WORD_CHARS}]+)*$`, 'u')

export const SlugSchema = v.pipe(
  v.string(),
  v.minLength(1, 'الاسم المختصر (slug) فارغ'),
  v.maxLength(MAX_SLUG_LENGTH, `الاسم المختصر أطول من ${MAX_SLUG_LENGTH} حرفًا`),
  v.regex(
    SLUG_PATTERN,
    'الاسم المختصر يقبل الحروف العربية واللاتينية الصغيرة والأرقام والشرطات فقط'
  )
)
