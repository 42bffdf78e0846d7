/**
 * @module
 * `/search` and `/api/search`: the query a reader or an embedder sends, and the JSON answer.
 * The bounds are the engine's too (`search-limits.ts`); the length is checked here as well, so
 * the contract states it, and the number of words by the engine alone.
 */
import * as v from 'valibot'
import { ArticleSummaryJsonSchema } from './article'
import { integerQuery } from './integer-query'
import { PaginationSchema } from './pagination'
import {
  MAX_QUERY_LENGTH,
  MAX_SEARCH_LIMIT,
  MAX_SEARCH_PAGE,
  SEARCH_MESSAGES,
  SEARCH_PAGE_SIZE,
} from './search-limits'

/** A query as the API takes it: some words, not blank (a blank query is refused, and says so). */
const QuerySchema = v.pipe(
  v.string('q مطلوب، ويُذكر مرة واحدة'),
  v.minLength(1, SEARCH_MESSAGES.blank),
  v.maxLength(MAX_QUERY_LENGTH, SEARCH_MESSAGES.tooLong),
  // Declared as a pattern, so the contract itself says that a blank query is not one.
  v.regex(/\S/, SEARCH_MESSAGES.blank),
  v.description(
    'The words to find, as typed: any spelling (hamza, ة/ه, Persian letters, diacritics). "…" for a phrase. At most 10 words. Not blank.'
  ),
  v.examples(['كوريا الشمالية'])
)

const page = v.optional(integerQuery(1, MAX_SEARCH_PAGE), '1')

export const SearchQuerySchema = v.object({
  q: QuerySchema,
  page,
  limit: v.optional(integerQuery(1, MAX_SEARCH_LIMIT), String(SEARCH_PAGE_SIZE)),
})

/**
 * The page takes any query a reader can submit: an empty or blank box (Enter on an empty field)
 * shows the page with a prompt, not an error.
 */
export const SearchPageQuerySchema = v.object({
  q: v.optional(
    v.pipe(
      v.string('q مطلوب، ويُذكر مرة واحدة'),
      v.maxLength(MAX_QUERY_LENGTH, SEARCH_MESSAGES.tooLong),
      v.description('The words to find; empty or blank shows the search page with a prompt.'),
      v.examples(['كوريا الشمالية'])
    )
  ),
  page,
})

/** A result: the article's summary JSON (without its photo, which the index does not carry), and more. */
const SearchResultJsonSchema = v.strictObject({
  ...v.omit(ArticleSummaryJsonSchema, [
    'feature_image',
    'feature_image_alt',
    'feature_image_caption',
    'feature_image_credit',
  ]).entries,
  /** HTML: the text around the first match, escaped, with the matched words in `<mark>`. */
  snippet: v.string(),
  /** Relevance (BM25F): higher is better; only the order means anything. */
  score: v.number(),
})

export const SearchResponseSchema = v.strictObject({
  query: v.strictObject({
    /** The query as typed. */
    q: v.string(),
    /** The words searched for, normalised, stop words left out. */
    terms: v.array(v.string()),
  }),
  results: v.array(SearchResultJsonSchema),
  meta: v.strictObject({ pagination: PaginationSchema }),
})

export type SearchResponseJson = v.InferOutput<typeof SearchResponseSchema>
