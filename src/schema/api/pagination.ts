/**
 * @module
 * `?page=&limit=` as the API and list pages accept them, and the `meta.pagination` block
 * (Ghost Content API shape) that answers them.
 */
import * as v from 'valibot'
import { integerQuery } from './integer-query'

const DEFAULT_PAGE_LIMIT = 15
const MAX_PAGE_LIMIT = 50
/** Far past any real archive; keeps offsets exact integers. */
const MAX_PAGE = 1_000_000

export const PaginationQuerySchema = v.object({
  page: v.optional(integerQuery(1, MAX_PAGE), '1'),
  limit: v.optional(integerQuery(1, MAX_PAGE_LIMIT), String(DEFAULT_PAGE_LIMIT)),
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
