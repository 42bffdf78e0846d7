/**
 * @module
 * The side rail beside the reading column: short lists of headlines (the latest articles, and
 * what belongs with the page: an article's related ones, a section's newest). At 1024 px and
 * wider it stands beside the main column; on a phone it follows it. Headlines and dates only,
 * no photos or summaries, so it adds little weight to the page.
 */
import type { ArticleSummary } from '../schema/stored/article-summary'
import { articlePath } from '../site'
import type { DateStyle } from '../text/display-date'
import { BidiText } from './bidi-text'
import { PublishedTime } from './published-time'

/** Headlines in each list of the rail. */
export const RAIL_SIZE = 5

/** The heading of the rail's list of the site's latest articles. */
const LATEST_HEADING = 'آخر الأخبار'

/** One headline of the rail: linked when it is a page (ours, or another site's). */
export type RailLink = { title: string; href?: string; published_at?: string }

/** One list of the rail, under its heading; `id` names the heading for the list's label. */
export type RailList = { id: string; heading: string; links: RailLink[]; class?: string }

/** Article summaries as rail headlines, with their dates. */
export const railLinks = (articles: readonly ArticleSummary[]): RailLink[] =>
  articles.map((article) => ({
    title: article.title,
    href: articlePath(article.slug),
    published_at: article.published_at,
  }))

/** The site's latest articles as a rail list, leaving out the page's own article. */
export function latestList(articles: readonly ArticleSummary[], except?: string): RailList {
  const shown = articles.filter((article) => article.slug !== except).slice(0, RAIL_SIZE)
  return { id: 'rail-latest', heading: LATEST_HEADING, links: railLinks(shown) }
}

function RailHeadline({ link, dates }: { link: RailLink; dates: DateStyle }) {
  const title = <BidiText text={link.title} />
  return (
    <li>
      {link.href ? <a href={link.href}>{title}</a> : title}
      {link.published_at ? (
        <>
          {' '}
          <span class="meta">
            <PublishedTime iso={link.published_at} dates={dates} />
          </span>
        </>
      ) : null}
    </li>
  )
}

/** The rail's lists, each a section labelled by its heading. */
export function SideRail({ lists, dates }: { lists: readonly RailList[]; dates: DateStyle }) {
  return (
    <>
      {lists.map((list) => (
        <section aria-labelledby={list.id} class={list.class}>
          <h2 id={list.id}>{list.heading}</h2>
          <ul>
            {list.links.map((link) => (
              <RailHeadline link={link} dates={dates} />
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
