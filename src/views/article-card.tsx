/**
 * @module
 * One article in a list: headline link, date, source and summary.
 */
import type { ArticleSummary } from '../schema/stored/article-summary'
import { articlePath } from '../site'
import type { DateStyle } from '../text/display-date'
import { Thumbnail } from './article-figure'
import { BidiText } from './bidi-text'
import { PublishedTime } from './published-time'

export function ArticleCard({
  article,
  dates,
  headingLevel = 2,
}: {
  article: ArticleSummary
  dates: DateStyle
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <li>
      {article.image ? <Thumbnail image={article.image} /> : null}
      <Heading>
        <a href={articlePath(article.slug)}>
          <BidiText text={article.title} />
        </a>
      </Heading>
      <p class="meta">
        <PublishedTime iso={article.published_at} dates={dates} /> · {article.source_name}
      </p>
      <p>
        <BidiText text={article.summary} />
      </p>
    </li>
  )
}
