/**
 * Runs on Node before the workerd tests: builds the KV records from `content/` with the real
 * publish pipeline, and hands them to the tests, which load them into the test's own KV.
 */
import type { TestProject } from 'vitest/node'
import { buildRecords } from '../../src/publish/build-records'
import { checkReferences } from '../../src/publish/check-references'
import { loadContent } from '../../src/publish/load-content'
import { errorsIn } from '../../src/publish/problems'

export default async function setup(project: TestProject) {
  const { articles, problems } = await loadContent('content')
  problems.push(...checkReferences(articles))
  const { records, problems: buildProblems } = buildRecords(articles)
  const errors = errorsIn([...problems, ...buildProblems])
  if (errors.length > 0) throw new Error(`content/ does not publish:\n${JSON.stringify(errors, null, 2)}`)
  project.provide('seedRecords', [...records])
}

declare module 'vitest' {
  export interface ProvidedContext {
    seedRecords: Array<[string, string]>
  }
}
