/**
 * @module
 * The articles a feed carries: the newest summaries of a list, each read in full (in parallel)
 * for its body. An article removed between the two reads is simply left out.
 */
import { articlePath } from '../http/paths'
import type { ArticleSummary } from '../schema/article-summary'
import { getArticle } from '../store/articles'
import type { FeedItem } from './feed-items'

/** Entries per feed: a day or two of news, the window feed readers poll. */
export const FEED_SIZE = 20

export async function feedItems(kv: KVNamespace, summaries: ArticleSummary[], origin: string, now: number): Promise<FeedItem[]> {
  const articles = await Promise.all(summaries.slice(0, FEED_SIZE).map((summary) => getArticle(kv, summary.slug, now)))
  return articles.flatMap((article) => (article ? [{ article, url: origin + articlePath(article.slug) }] : []))
}
