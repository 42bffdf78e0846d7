/**
 * @module
 * A paginated list of article cards with older/newer links, for the home and tag pages.
 */
import type { Pagination } from '../schema/api/pagination'
import type { ArticleSummary } from '../schema/stored/article-summary'
import type { DateStyle } from '../text/display-date'
import { ArticleCard } from './article-card'

export function ArticleList({
  articles,
  pagination,
  pageHref,
  dates,
}: {
  articles: ArticleSummary[]
  pagination: Pagination
  pageHref: (page: number) => string
  dates: DateStyle
}) {
  return (
    <>
      {articles.length === 0 ? (
        <p>لا توجد مقالات في هذه الصفحة.</p>
      ) : (
        <ul class="cards">
          {articles.map((article) => (
            <ArticleCard article={article} dates={dates} />
          ))}
        </ul>
      )}
      {pagination.pages > 1 ? (
        <nav class="pager" aria-label="الصفحات">
          {pagination.prev ? (
            <a href={pageHref(pagination.prev)} rel="prev">
              الأحدث
            </a>
          ) : (
            <span />
          )}
          {pagination.next ? (
            <a href={pageHref(pagination.next)} rel="next">
              الأقدم
            </a>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </>
  )
}
