/**
 * @module
 * An author's page: their name, role, photo and bio, then their articles, newest first. The bio
 * is HTML the publish step rendered from Markdown and sanitised.
 */
import { raw } from 'hono/html'
import type { Pagination } from '../schema/api/pagination'
import type { ArticleSummary } from '../schema/stored/article-summary'
import type { AuthorProfile } from '../schema/stored/author-profile'
import type { Crumb } from '../seo/structured-data'
import { authorPath } from '../site'
import { ARTICLES, arabicCount } from '../text/arabic-count'
import type { DateStyle } from '../text/display-date'
import { Portrait } from './article-figure'
import { ArticleList } from './article-list'
import { Breadcrumbs } from './breadcrumbs'

type AuthorPageProps = {
  author: AuthorProfile
  articles: ArticleSummary[]
  pagination: Pagination
  crumbs: Crumb[]
  dates: DateStyle
}

export function AuthorPage({ author, articles, pagination, crumbs, dates }: AuthorPageProps) {
  return (
    <>
      <Breadcrumbs crumbs={crumbs} />
      <header class="profile">
        {author.image ? <Portrait image={author.image} /> : null}
        <div>
          <h1>{author.name}</h1>
          {author.role ? <p class="role">{author.role}</p> : null}
          {author.bio_html ? <div class="bio">{raw(author.bio_html)}</div> : null}
        </div>
      </header>
      <p class="meta">{arabicCount(pagination.total, ARTICLES)}</p>
      <ArticleList
        dates={dates}
        articles={articles}
        pagination={pagination}
        pageHref={(page) => `${authorPath(author.slug)}?page=${page}`}
      />
    </>
  )
}
