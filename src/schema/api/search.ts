/**
 * @module
 * `/search` and `/api/search`: the query a reader or an embedder sends, and the JSON answer.
 * The query's own rules (at most 200 characters and 10 words, not blank) are the engine's
 * (`src/search/parse-query.ts`); the length is checked here too, so the contract states it.
 */
import * as v from 'valibot'
import { MAX_QUERY_LENGTH } from '../../search/parse-query'
import { ArticleSummaryJsonSchema } from './article'
import { integerQuery } from './integer-query'
import { PaginationSchema } from './pagination'

/** Far past any real result list; keeps offsets exact integers. */
const MAX_PAGE = 1_000_000
/** Results a page: 20 by default, as on the page; at most 50, as everywhere in the API. */
export const SEARCH_PAGE_SIZE = 20
const MAX_SEARCH_LIMIT = 50

const TOO_LONG = `يجب ألا يزيد البحث على ${MAX_QUERY_LENGTH} حرف`

/** A query as the API takes it: some words, not blank (a blank query is refused, and says so). */
const QuerySchema = v.pipe(
  v.string('q مطلوب، ويُذكر مرة واحدة'),
  v.minLength(1, 'اكتب كلمة للبحث عنها'),
  v.maxLength(MAX_QUERY_LENGTH, TOO_LONG),
  // Declared as a pattern, so the contract itself says that a blank query is not one.
  v.regex(/\S/, 'اكتب كلمة للبحث عنها'),
  v.description(
    'The words to find, as typed: any spelling (hamza, ة/ه, Persian letters, diacritics). "…" for a phrase. At most 10 words. Not blank.'
  ),
  v.examples(['كوريا الشمالية'])
)

const page = v.optional(integerQuery(1, MAX_PAGE), '1')

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
      v.maxLength(MAX_QUERY_LENGTH, TOO_LONG),
      v.description('The words to find; empty or blank shows the search page with a prompt.'),
      v.examples(['كوريا الشمالية'])
    )
  ),
  page,
})

/** A result: the article's summary JSON (without its photo, which results do not carry), and more. */
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
