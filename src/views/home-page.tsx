/**
 * @module
 * The home page: the newest articles first, with links to older pages.
 */
import type { Pagination } from '../schema/api/pagination'
import type { ArticleSummary } from '../schema/stored/article-summary'
import type { DateStyle } from '../text/display-date'
import { ArticleList } from './article-list'

export function HomePage({
  articles,
  pagination,
  dates,
}: {
  articles: ArticleSummary[]
  pagination: Pagination
  dates: DateStyle
}) {
  return (
    <>
      <h1>آخر الأخبار</h1>
      <ArticleList
        dates={dates}
        articles={articles}
        pagination={pagination}
        pageHref={(page) => `/?page=${page}`}
      />
    </>
  )
}
