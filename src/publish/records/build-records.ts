/**
 * @module
 * Turns checked articles into the KV records the Worker reads:
 * - one record per published article, with its tags, «إقرأ أيضاً» summaries and «مقالات مشابهة»
 *   resolved, so an article page is one read;
 * - the newest-first list of all articles, and of each tag's articles, in shards;
 * - the index of all tags with their counts;
 * - the publication: its site record, pages, and each section's and author's list (see
 *   `newsroom-records.ts`).
 * Every record is parsed with its schema before it is returned, so the publish step can never
 * write what the Worker would refuse.
 */
import type { SourceArticle } from '../content/check-article'
import { checkTags } from '../content/check-tags'
import type { Problem } from '../content/problems'
import { DEFAULT_SITE } from '../content/site-file'
import { buildSearchIndex } from '../search-index/build-search-index'
import { threadsFor } from '../threads/thread-pool'
import { readArchive, upcomingTimes } from './archive'
import { articleRecords } from './article-records'
import type { KvValue } from './kv-value'
import { articlesByTag, latestShardRecords, tagIndexRecord, tagShardRecords } from './list-records'
import { newsroomRecords, type Newsroom } from './newsroom-records'

/** KV key → value, in the order they should be written: articles before lists. */
export type KvRecords = Map<string, KvValue>

export type BuiltRecords = {
  records: KvRecords
  problems: Problem[]
  /** Publication times of scheduled articles, newest first. */
  upcoming: string[]
  /** Article key → slugs of the articles it links to, for ordering writes (see `planPublish`). */
  links: Map<string, string[]>
}

export type BuildOptions = {
  /** Worker threads to finish article records on; 0 finishes them here. Default: by archive size. */
  threads?: number
  /** The publication beside its articles; by default «منبر» with no sections, authors or pages. */
  newsroom?: Newsroom
}

const NO_NEWSROOM: Newsroom = { site: DEFAULT_SITE, logo: null, authors: [], pages: [] }

/**
 * Builds every content record: the article records first, then the tag lists, the list of all
 * articles and the tag index. Scheduled articles (published in the future at `now`) are built
 * like the rest and marked, so the Worker can reveal them on time without another publish.
 */
export async function buildRecords(
  articles: SourceArticle[],
  now = Date.now(),
  options: BuildOptions = {}
): Promise<BuiltRecords> {
  const newsroom = options.newsroom ?? NO_NEWSROOM
  const names = {
    sections: new Map(newsroom.site.sections.map(({ slug, name }) => [slug, name])),
    authors: new Map(newsroom.authors.map(({ slug, frontMatter }) => [slug, frontMatter.name])),
  }
  const archive = readArchive(articles, now, names)
  const problems = checkTags(articles, archive.catalog, archive.slugOf)
  const upcoming = upcomingTimes(archive.published, archive.isScheduled)
  const built = await articleRecords(
    archive,
    options.threads ?? threadsFor(archive.published.length)
  )
  const tagged = articlesByTag(archive)
  const records: KvRecords = new Map([
    ...built.records,
    ...tagShardRecords(archive, tagged),
    ...latestShardRecords(archive, upcoming),
    tagIndexRecord(archive, tagged),
    ...newsroomRecords(newsroom, archive),
    // Step 5: the search index (see `search-index/build-search-index.ts`).
    ...buildSearchIndex(archive.published, now, names),
  ])
  return { records, problems: [...problems, ...built.warnings], upcoming, links: built.links }
}
