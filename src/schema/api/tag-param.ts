/**
 * @module
 * The `:tag` segment of `/tags/:tag` and `/api/tags/:tag`, taken raw (still percent-encoded) so
 * that a broken encoding is refused rather than guessed at. Any spelling of a tag resolves:
 * Persian letters, diacritics, tatweel, spaces or hyphens all give the same `slug`.
 */
import * as v from 'valibot'
import { tagSlug } from '../../text/tag-slug'
import type { ParameterDoc } from './integer-query'

/** Longest tag accepted, in characters after decoding. */
const MAX_TAG_LENGTH = 200

const TagSegmentSchema = v.pipe(
  v.string(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    try {
      return decodeURIComponent(dataset.value)
    } catch {
      addIssue({ message: 'ترميز النسبة المئوية (%) في الوسم غير صالح' })
      return NEVER
    }
  }),
  v.maxLength(MAX_TAG_LENGTH, `الوسم أطول من ${MAX_TAG_LENGTH} حرف`),
  v.transform((requested) => ({ requested, slug: tagSlug(requested) })),
  v.description(
    'Any spelling of the tag: Arabic or Persian letters, with or without diacritics, spaces or hyphens.'
  ),
  // The raw segment is decoded first, so the document states the limit on the decoded text.
  v.metadata({
    openapi: {
      schema: { type: 'string', minLength: 1, maxLength: MAX_TAG_LENGTH },
      example: 'كوريا-الجنوبيه',
    } satisfies ParameterDoc,
  })
)

export const TagParamSchema = v.object({ tag: TagSegmentSchema })
