/**
 * @module
 * `?page=&limit=` as the API and list pages accept them, and the `meta.pagination` block
 * (Ghost Content API shape) that answers them.
 */
import * as v from 'valibot'

export const DEFAULT_PAGE_LIMIT = 15
export const MAX_PAGE_LIMIT = 50
/** Far past any real archive; keeps offsets exact integers. */
const MAX_PAGE = 1_000_000

/** A query value of decimal digits only: no signs, spaces, exponents or fractions. */
const digits = (min: number, max: number) =>
  v.pipe(
    v.string('يجب أن يُذكر مرة واحدة فقط'),
    v.regex(/^\d{1,9}$/, 'يجب أن يكون عددًا صحيحًا موجبًا'),
    v.transform(Number),
    v.minValue(min, `يجب أن يكون بين ${min} و${max}`),
    v.maxValue(max, `يجب أن يكون بين ${min} و${max}`)
  )

export const PaginationQuerySchema = v.object({
  page: v.optional(digits(1, MAX_PAGE), '1'),
  limit: v.optional(digits(1, MAX_PAGE_LIMIT), String(DEFAULT_PAGE_LIMIT)),
})

/** `?page=` alone, for the HTML list pages, whose page size is fixed. */
export const PageQuerySchema = v.pick(PaginationQuerySchema, ['page'])

export const PaginationSchema = v.object({
  page: v.number(),
  limit: v.number(),
  pages: v.number(),
  total: v.number(),
  next: v.nullable(v.number()),
  prev: v.nullable(v.number()),
})

export type Pagination = v.InferOutput<typeof PaginationSchema>
