/**
 * @module
 * The search page: the results, each with its headline link, date, source and the snippet around
 * the first match (the engine escapes it and marks the matched words). Its one search form is the
 * site header's, which shows the query so it can be changed there.
 */
import { raw } from 'hono/html'
import type { Pagination } from '../schema/api/pagination'
import type { SearchHit } from '../search/search-articles'
import { articlePath } from '../site'
import { arabicCount, RESULTS } from '../text/arabic-count'
import type { DateStyle } from '../text/display-date'
import { BidiText } from './bidi-text'
import { PublishedTime } from './published-time'

export type SearchPageProps = {
  q: string
  results: SearchHit[]
  pagination: Pagination
  /** Queries with one word fewer, offered when nothing was found. */
  broader: string[]
  dates: DateStyle
}

const pageHref = (q: string, page: number) =>
  `/search?q=${encodeURIComponent(q)}${page > 1 ? `&page=${page}` : ''}`

export function SearchPage({ q, results, pagination, broader, dates }: SearchPageProps) {
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
      {q ? (
        <p class="meta" aria-live="polite">
          {arabicCount(pagination.total, RESULTS)}
        </p>
      ) : (
        <p class="prompt">
          اكتب ما تبحث عنه في مربع البحث أعلى الصفحة، ثم اضغط «بحث». تجد المقالات بأي تهجئة للكلمة.
        </p>
      )}
      {q && results.length === 0 ? (
        <section>
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
          <ol class="cards results">
            {results.map((hit) => (
              <li>
                <h2>
                  <a href={articlePath(hit.slug)}>
                    <BidiText text={hit.title} />
                  </a>
                </h2>
                <p class="meta">
                  <PublishedTime iso={hit.published_at} dates={dates} /> · {hit.source_name}
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
