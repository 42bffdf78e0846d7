/**
 * @module
 * The build pipeline, shared by a publish and by the tests and benchmarks that need only the
 * records: load and check every file, check the links between articles, and build every record.
 * Nothing is built while a file has errors.
 */
import type { SourceArticle } from './content/check-article'
import { checkReferences } from './content/check-references'
import { loadContent } from './content/load-content'
import { errorsIn, type Problem } from './content/problems'
import { DEFAULT_MEDIA_CACHE, prepareImages, type PreparedImages } from './images/article-images'
import { buildRecords, type BuiltRecords, type KvRecords } from './records/build-records'

export type CheckedBuild =
  | { ok: false; problems: Problem[] }
  | {
      ok: true
      problems: Problem[]
      articles: SourceArticle[]
      built: BuiltRecords
      media: PreparedImages
    }

/**
 * Every record of `contentDir` as of `now`, with every problem found, or the errors that stop it.
 * Image variants are made into (or found in) the folder `mediaCache`.
 */
export async function checkAndBuild(
  contentDir: string,
  now: number,
  mediaCache = DEFAULT_MEDIA_CACHE
): Promise<CheckedBuild> {
  const { articles, problems } = await loadContent(contentDir)
  problems.push(...checkReferences(articles))
  // Images are checked whatever else is wrong, so every problem is reported at once; they are
  // encoded only when nothing is.
  const encode = errorsIn(problems).length === 0
  const media = await prepareImages(contentDir, articles, mediaCache, encode)
  problems.push(...media.problems)
  if (errorsIn(problems).length > 0) return { ok: false, problems }
  const built = await buildRecords(articles, now)
  problems.push(...built.problems)
  if (errorsIn(problems).length > 0) return { ok: false, problems }
  return { ok: true, problems, articles, built, media }
}

/** Every content record of a content folder as of `now`; throws, listing the errors, when it does not publish. */
export async function buildContentRecords(
  contentDir: string,
  now = Date.now()
): Promise<KvRecords> {
  const checked = await checkAndBuild(contentDir, now)
  if (!checked.ok)
    throw new Error(
      `${contentDir}/ does not publish:\n${JSON.stringify(errorsIn(checked.problems), null, 2)}`
    )
  return checked.built.records
}
