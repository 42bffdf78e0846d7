/**
 * One measured publish of a synthetic corpus, build and plan only (no upload): run in a fresh
 * process per size by `npm run bench:publish`, so that peak memory is this publish's alone.
 * Prints one JSON line: { articles, records, seconds, peakMB, largestValueKB, phases }, where
 * phases are the seconds spent loading (read and check), building and planning.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkReferences } from '../src/publish/content/check-references'
import { loadContent } from '../src/publish/content/load-content'
import { errorsIn } from '../src/publish/content/problems'
import { buildRecords } from '../src/publish/records/build-records'
import { firstPublishPlan } from './first-publish-plan'
import { writeSyntheticCorpus } from './synthetic-corpus'

const articles = Number(process.argv[2])
const dir = mkdtempSync(join(tmpdir(), 'minbar-corpus-'))
try {
  writeSyntheticCorpus(dir, articles)
  const started = performance.now()
  const { articles: loaded, problems } = await loadContent(dir)
  const loadedAt = performance.now()
  problems.push(...checkReferences(loaded))
  const built = await buildRecords(loaded)
  const builtAt = performance.now()
  const errors = errorsIn([...problems, ...built.problems])
  if (errors.length > 0)
    throw new Error(`synthetic corpus does not publish: ${JSON.stringify(errors.slice(0, 3))}`)
  const plan = firstPublishPlan(built.records, built.links, built.upcoming)
  const ended = performance.now()
  const seconds = (ended - started) / 1000
  const phases = {
    load: (loadedAt - started) / 1000,
    build: (builtAt - loadedAt) / 1000,
    plan: (ended - builtAt) / 1000,
  }
  // A loop, not Math.max(...values): 200k arguments overflow the stack.
  let largest = 0
  for (const value of built.records.values()) largest = Math.max(largest, value.length)
  console.log(
    JSON.stringify({
      articles,
      records: plan.writes.length,
      seconds,
      peakMB: process.resourceUsage().maxRSS / 1024,
      largestValueKB: largest / 1024,
      phases,
    })
  )
} finally {
  rmSync(dir, { recursive: true, force: true })
}
