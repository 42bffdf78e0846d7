/**
 * @module
 * One publish: load and check every file, build every record, and only if nothing is wrong,
 * write the records and remove keys that no longer belong to any record.
 */
import { KEY_PREFIX } from '../store/keys'
import { buildRecords } from './build-records'
import { checkReferences } from './check-references'
import type { KvTarget } from './kv-target'
import { loadContent } from './load-content'
import { errorsIn, type Problem } from './problems'

export type PublishResult =
  | { ok: false; problems: Problem[] }
  | { ok: true; problems: Problem[]; articles: number; written: number; deleted: number }

/**
 * Publishes `contentDir` to the KV target that `openTarget` opens. The target is opened only
 * when the content is valid, so an invalid set never touches KV.
 */
export async function publish(contentDir: string, openTarget: () => Promise<KvTarget>): Promise<PublishResult> {
  const { articles, problems } = await loadContent(contentDir)
  problems.push(...checkReferences(articles))
  if (errorsIn(problems).length > 0) return { ok: false, problems }

  const { records, problems: buildProblems } = buildRecords(articles)
  problems.push(...buildProblems)
  if (errorsIn(problems).length > 0) return { ok: false, problems }

  const target = await openTarget()
  try {
    // Records come out of buildRecords with articles before the lists that link to them.
    await target.putMany([...records])
    const stale = (await target.listKeys(KEY_PREFIX)).filter((key) => !records.has(key))
    await target.deleteMany(stale)
    const published = articles.filter((article) => !article.frontMatter.draft).length
    return { ok: true, problems, articles: published, written: records.size, deleted: stale.length }
  } finally {
    await target.close()
  }
}
