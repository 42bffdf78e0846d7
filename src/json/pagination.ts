/**
 * @module
 * The Ghost Content API's `meta.pagination` block, shared by every paginated list.
 */
import type { Pagination } from '../schema/api/pagination'

/** Ghost-style `meta.pagination` for page `page` of `limit` items out of `total`. */
export function pagination(page: number, limit: number, total: number): Pagination {
  const pages = Math.max(1, Math.ceil(total / limit))
  return {
    page,
    limit,
    pages,
    total,
    next: page < pages ? page + 1 : null,
    prev: page > 1 ? Math.min(page - 1, pages) : null,
  }
}
