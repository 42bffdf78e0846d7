/**
 * @module
 * The full article: breadcrumbs, headline, byline, Gregorian and Hijri dates, reading time, body,
 * source line, tags («كلمات دلالية»), «إقرأ أيضاً» and «مقالات مشابهة», in the order the seed article's
 * page shows them.
 */
import { raw } from 'hono/html'
import type { ArticleRecord, RelatedEntry } from '../schema/stored/article-record'
import type { Crumb } from '../seo/structured-data'
import { articlePath, tagPath } from '../site'
import { hijriDate } from '../text/arabic-date'
import { readingTimeLabel } from '../text/reading-time'
import { ArticleCard } from './article-card'
import { HeroFigure } from './article-figure'
import { BidiText } from './bidi-text'
import { Breadcrumbs } from './breadcrumbs'
import { Byline } from './byline'
import { PublishedTime } from './published-time'

function RelatedItem({ entry }: { entry: RelatedEntry }) {
  const href = entry.slug ? articlePath(entry.slug) : entry.url
  const title = <BidiText text={entry.title} />
  return <li>{href ? <a href={href}>{title}</a> : title}</li>
}

export function ArticlePage({ article, crumbs }: { article: ArticleRecord; crumbs: Crumb[] }) {
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
            <PublishedTime iso={article.published_at} />{' '}
            <span class="hijri">({hijriDate(article.published_at)})</span>
            {article.updated_at ? (
              <>
                {' · حُدّث في '}
                <PublishedTime iso={article.updated_at} />
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
              <ArticleCard article={summary} headingLevel={3} />
            ))}
          </ul>
        </section>
      ) : null}
      {article.related.length > 0 ? (
        <section aria-labelledby="related-heading" class="related">
          <h2 id="related-heading">مقالات مشابهة</h2>
          <ul>
            {article.related.map((entry) => (
              <RelatedItem entry={entry} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}
