/**
 * @module
 * The home page: the newest articles first, with links to older pages.
 */
import type { ArticleSummary } from '../schema/article-summary'
import type { Pagination } from '../schema/pagination'
import { ArticleCard } from './article-card'

export function HomePage({ articles, pagination }: { articles: ArticleSummary[]; pagination: Pagination }) {
  return (
    <>
      <h1>آخر الأخبار</h1>
      {articles.length === 0 ? (
        <p>لا توجد مقالات في هذه الصفحة.</p>
      ) : (
        <ul class="cards">
          {articles.map((article) => (
            <ArticleCard article={article} />
          ))}
        </ul>
      )}
      {pagination.pages > 1 ? (
        <nav class="pager" aria-label="الصفحات">
          {pagination.prev ? <a href={`/?page=${pagination.prev}`} rel="prev">الأحدث</a> : <span />}
          {pagination.next ? <a href={`/?page=${pagination.next}`} rel="next">الأقدم</a> : <span />}
        </nav>
      ) : null}
    </>
  )
}
