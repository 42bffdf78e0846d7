/**
 * @module
 * One section's page: its name, how many articles it has, and those articles, newest first.
 */
import type { Pagination } from '../schema/api/pagination'
import type { ArticleSummary } from '../schema/stored/article-summary'
import type { SectionRef } from '../schema/stored/refs'
import type { Crumb } from '../seo/structured-data'
import { sectionPath } from '../site'
import { ARTICLES, arabicCount } from '../text/arabic-count'
import type { DateStyle } from '../text/display-date'
import { ArticleList } from './article-list'
import { Breadcrumbs } from './breadcrumbs'

type SectionPageProps = {
  section: SectionRef
  articles: ArticleSummary[]
  pagination: Pagination
  crumbs: Crumb[]
  dates: DateStyle
}

export function SectionPage({ section, articles, pagination, crumbs, dates }: SectionPageProps) {
  return (
    <>
      <Breadcrumbs crumbs={crumbs} />
      <h1>{section.name}</h1>
      <p class="meta">{arabicCount(pagination.total, ARTICLES)}</p>
      <ArticleList
        dates={dates}
        articles={articles}
        pagination={pagination}
        pageHref={(page) => `${sectionPath(section.slug)}?page=${page}`}
      />
    </>
  )
}
