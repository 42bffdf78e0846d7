/**
 * @module
 * One tag's page: its name, how many articles carry it, and those articles, newest first.
 */
import type { Pagination } from '../schema/api/pagination'
import type { TagRef } from '../schema/stored/article-record'
import type { ArticleSummary } from '../schema/stored/article-summary'
import type { Crumb } from '../seo/structured-data'
import { tagPath } from '../site'
import { ARTICLES, arabicCount } from '../text/arabic-count'
import type { DateStyle } from '../text/display-date'
import { ArticleList } from './article-list'
import { Breadcrumbs } from './breadcrumbs'

type TagPageProps = {
  tag: TagRef
  articles: ArticleSummary[]
  pagination: Pagination
  crumbs: Crumb[]
  dates: DateStyle
}

export function TagPage({ tag, articles, pagination, crumbs, dates }: TagPageProps) {
  return (
    <>
      <Breadcrumbs crumbs={crumbs} />
      <h1>{tag.name}</h1>
      <p class="meta">{arabicCount(pagination.total, ARTICLES)}</p>
      <ArticleList
        dates={dates}
        articles={articles}
        pagination={pagination}
        pageHref={(page) => `${tagPath(tag.slug)}?page=${page}`}
      />
    </>
  )
}
