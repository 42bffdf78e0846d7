/** @jsxImportSource #jsx */
/**
 * @module
 * The search page: the form, then the results, each with its headline link, date, source and
 * the snippet around the first match (the engine escapes it and marks the matched words).
 */
import { raw } from 'hono/html'
import type { Pagination } from '../schema/api/pagination'
import type { SearchHit } from '../search/search-articles'
import { articlePath } from '../site'
import { BidiText } from './bidi-text'
import { PublishedTime } from './published-time'

export type SearchPageProps = {
  q: string
  results: SearchHit[]
  pagination: Pagination
  /** Queries with one word fewer, offered when nothing was found. */
  broader: string[]
}

const pageHref = (q: string, page: number) =>
  `/search?q=${encodeURIComponent(q)}${page > 1 ? `&page=${page}` : ''}`

function SearchForm({ q }: { q: string }) {
  return (
    <form role="search" action="/search" method="get" class="search-form">
      <label for="search-page-q">ابحث في المقالات</label>
      <input id="search-page-q" type="search" name="q" value={q} maxlength={200} dir="auto" />
      <button type="submit">بحث</button>
    </form>
  )
}

export function SearchPage({ q, results, pagination, broader }: SearchPageProps) {
  return (
    <>
      <h1>
        {q ? (
          <>
            بحث: <bdi>{q}</bdi>
          </>
        ) : (
          'البحث'
        )}
      </h1>
      <SearchForm q={q} />
      {q && results.length === 0 ? (
        <section aria-live="polite">
          <p>لم نجد مقالات تطابق بحثك.</p>
          {broader.length > 0 ? (
            <p>
              جرّب كلمات أقل:{' '}
              {broader.map((query, i) => (
                <>
                  {i > 0 ? ' · ' : ''}
                  <a href={pageHref(query, 1)}>
                    <bdi>{query}</bdi>
                  </a>
                </>
              ))}
            </p>
          ) : null}
        </section>
      ) : null}
      {results.length > 0 ? (
        <>
          <p class="meta">{`${pagination.total} نتيجة`}</p>
          <ol class="cards results">
            {results.map((hit) => (
              <li>
                <h2>
                  <a href={articlePath(hit.slug)}>
                    <BidiText text={hit.title} />
                  </a>
                </h2>
                <p class="meta">
                  <PublishedTime iso={hit.published_at} /> · {hit.source_name}
                </p>
                <p class="snippet">{raw(hit.snippet)}</p>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {pagination.pages > 1 ? (
        <nav class="pager" aria-label="الصفحات">
          {pagination.prev ? (
            <a href={pageHref(q, pagination.prev)} rel="prev">
              السابق
            </a>
          ) : (
            <span />
          )}
          {pagination.next ? (
            <a href={pageHref(q, pagination.next)} rel="next">
              التالي
            </a>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </>
  )
}
