/**
 * The KV records of `content/`, built on Node by the real publish pipeline, for tests that load
 * them into a test KV. Fails loudly when the content itself does not publish.
 */
import { buildRecords } from '../src/publish/build-records'
import { checkReferences } from '../src/publish/check-references'
import { loadContent } from '../src/publish/load-content'
import { errorsIn } from '../src/publish/problems'

export async function seedRecords(contentDir = 'content'): Promise<Array<[string, string]>> {
  const { articles, problems } = await loadContent(contentDir)
  problems.push(...checkReferences(articles))
  const { records, problems: buildProblems } = buildRecords(articles)
  const errors = errorsIn([...problems, ...buildProblems])
  if (errors.length > 0) throw new Error(`${contentDir}/ does not publish:\n${JSON.stringify(errors, null, 2)}`)
  return [...records]
}

declare module 'vitest' {
  export interface ProvidedContext {
    seedRecords: Array<[string, string]>
  }
}
