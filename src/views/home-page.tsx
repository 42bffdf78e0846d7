/**
 * @module
 * The home page: the newest articles first, with links to older pages.
 */
import type { Pagination } from '../schema/api/pagination'
import type { ArticleSummary } from '../schema/stored/article-summary'
import { ArticleList } from './article-list'

export function HomePage({
  articles,
  pagination,
}: {
  articles: ArticleSummary[]
  pagination: Pagination
}) {
  return (
    <>
      <h1>آخر الأخبار</h1>
      <ArticleList
        articles={articles}
        pagination={pagination}
        pageHref={(page) => `/?page=${page}`}
      />
    </>
  )
}
