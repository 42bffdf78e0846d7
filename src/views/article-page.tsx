/**
 * @module
 * The full article: breadcrumbs, headline, byline, Gregorian and Hijri dates, reading time, body,
 * source line, tags («كلمات دلالية») and «إقرأ أيضاً», in the order the seed article's page shows
 * them. «مقالات مشابهة» goes in the side rail (`relatedList`), beside the article on a wide screen
 * and after it on a phone.
 */
import { raw } from 'hono/html'
import type { ArticleRecord, RelatedEntry } from '../schema/stored/article-record'
import type { Crumb } from '../seo/structured-data'
import { articlePath, tagPath } from '../site'
import { displayHijriDate, type DateStyle } from '../text/display-date'
import { readingTimeLabel } from '../text/reading-time'
import { ArticleCard } from './article-card'
import { HeroFigure } from './article-figure'
import { BidiText } from './bidi-text'
import { Breadcrumbs } from './breadcrumbs'
import { Byline } from './byline'
import { PublishedTime } from './published-time'
import type { RailList } from './side-rail'

/** The article's related ones as a rail list: ours link to their page, others' to their URL. */
export const relatedList = (related: readonly RelatedEntry[]): RailList => ({
  id: 'related-heading',
  heading: 'مقالات مشابهة',
  class: 'related',
  links: related.map((entry) => ({
    title: entry.title,
    ...(entry.slug ? { href: articlePath(entry.slug) } : entry.url ? { href: entry.url } : {}),
  })),
})

export function ArticlePage({
  article,
  crumbs,
  dates,
}: {
  article: ArticleRecord
  crumbs: Crumb[]
  dates: DateStyle
}) {
  const hijri = displayHijriDate(article.published_at, dates)
  return (
    <>
      <Breadcrumbs crumbs={crumbs} />
      <article>
        <header>
          <h1>
            <BidiText text={article.title} />
          </h1>
          <Byline authors={article.authors} />
          <p class="meta">
            <PublishedTime iso={article.published_at} dates={dates} withTime />
            {hijri ? <span class="hijri"> ({hijri})</span> : null}
            {article.updated_at ? (
              <>
                {' · آخر تحديث: '}
                <PublishedTime iso={article.updated_at} dates={dates} withTime />
              </>
            ) : null}
            {' · '}
            {readingTimeLabel(article.reading_time_minutes)}
          </p>
        </header>
        {article.image ? <HeroFigure image={article.image} /> : null}
        <div class="article-body">{raw(article.html)}</div>
        <p class="source">
          المصدر:{' '}
          {article.source.url ? (
            <a href={article.source.url}>{article.source.name}</a>
          ) : (
            article.source.name
          )}
        </p>
        {article.tags.length > 0 ? (
          <nav aria-labelledby="tags-heading">
            <h2 id="tags-heading">كلمات دلالية</h2>
            <ul class="tags">
              {article.tags.map((tag) => (
                <li>
                  <a href={tagPath(tag.slug)} rel="tag">
                    {tag.name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </article>
      {article.read_also.length > 0 ? (
        <section aria-labelledby="read-also-heading" class="read-also">
          <h2 id="read-also-heading">إقرأ أيضاً</h2>
          <ul class="cards">
            {article.read_also.map((summary) => (
              <ArticleCard article={summary} headingLevel={3} dates={dates} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}
