/**
 * @module
 * Every content record of a content folder, or an error listing what stops it from publishing:
 * the build without the planning and writing, for tests and benchmarks.
 */
import { buildRecords, type KvRecords } from './build-records'
import { checkReferences } from './check-references'
import { loadContent } from './load-content'
import { errorsIn } from './problems'

export async function buildContentRecords(contentDir: string): Promise<KvRecords> {
  const { articles, problems } = await loadContent(contentDir)
  problems.push(...checkReferences(articles))
  const { records, problems: buildProblems } = await buildRecords(articles)
  const errors = errorsIn([...problems, ...buildProblems])
  if (errors.length > 0) throw new Error(`${contentDir}/ does not publish:\n${JSON.stringify(errors, null, 2)}`)
  return records
}
