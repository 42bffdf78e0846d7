/**
 * One measured publish of a synthetic corpus, build and plan only (no upload): run in a fresh
 * process per size by `npm run bench:publish`, so that peak memory is this publish's alone.
 * Prints one JSON line: { articles, records, seconds, peakMB, largestValueKB, phases }, where
 * phases are the seconds spent loading (read and check), building and planning. With
 * `--newsroom S,A` the corpus has S sections and A authors, and the publish builds their lists.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkNewsroom } from '../src/publish/content/check-newsroom'
import { checkReferences } from '../src/publish/content/check-references'
import { loadContent } from '../src/publish/content/load-content'
import { loadAuthors, loadPages } from '../src/publish/content/newsroom-files'
import { errorsIn } from '../src/publish/content/problems'
import { loadSiteFile } from '../src/publish/content/site-file'
import { buildRecords } from '../src/publish/records/build-records'
import { firstPublishPlan } from './first-publish-plan'
import { writeSyntheticCorpus, type NewsroomShape } from './synthetic-corpus'

const articles = Number(process.argv[2])
const shapeArg = process.argv[process.argv.indexOf('--newsroom') + 1]
const [sections, authors] = (process.argv.includes('--newsroom') ? shapeArg! : '').split(',')
const newsroom: NewsroomShape | undefined = sections
  ? { sections: Number(sections), authors: Number(authors) }
  : undefined
const dir = mkdtempSync(join(tmpdir(), 'minbar-corpus-'))
try {
  writeSyntheticCorpus(dir, articles, 1, newsroom)
  const started = performance.now()
  const { articles: loaded, problems } = await loadContent(dir)
  const site = loadSiteFile(dir)
  const people = loadAuthors(dir)
  const pages = loadPages(dir)
  problems.push(...site.problems, ...people.problems, ...pages.problems)
  const loadedAt = performance.now()
  problems.push(...checkReferences(loaded))
  problems.push(...checkNewsroom(site, loaded, people.documents, pages.documents))
  const built = await buildRecords(loaded, Date.now(), {
    newsroom: { site: site.site, logo: null, authors: people.documents, pages: pages.documents },
  })
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
      newsroom: newsroom ?? null,
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
