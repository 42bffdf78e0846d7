/**
 * `npm run bench:compare -- <ref> [<ref> …]`: the Worker as each commit built it, against today's
 * bundle, in one run. For every bundle it serves the seed (with and without a content version)
 * and a site of 2,000 synthetic articles, and drives, in alternating rounds after a warm-up:
 *
 * - `first render`: a random article of the 2,000, so nearly every request renders a record the
 *   isolate has not seen lately (the figure the issue 23 cache policy is judged on);
 * - `repeated article`: the seed article asked for again and again, with no content version (so
 *   no edge cache: every request renders);
 * - `article JSON`: the same, as JSON;
 * - `edge hit`: the seed article from the edge cache;
 * - `search`: `/api/search` for a random place or topic of the synthetic archive, with no
 *   content version (so the engine runs on every request, snippets included).
 *
 * It prints each figure's median CPU per request and throughput, and each bundle's ratio to the
 * first one named (the baseline) in the same rounds. Bundles are built from detached worktrees
 * (`bundle-at.ts`); today's is the working tree's.
 */
import autocannon from 'autocannon'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { buildContentRecords } from '../src/publish/build-content'
import { bundleAt } from './bundle-at'
import { firstPublishPlan } from './first-publish-plan'
import { allWrites, buildBundle, bundleWorker, cpuMicros, serve, type Served } from './serve-bundle'
import { PLACES, TOPICS, writeSyntheticCorpus } from './synthetic-corpus'

const ROUNDS = Number(process.env.ROUNDS ?? 5)
const SECONDS = Number(process.env.SECONDS ?? 3)
const WARMUP_SECONDS = 2
const CONNECTIONS = 8
const ARTICLE = '/articles/north-korea-russia-relations'
const CORPUS = 2000
const anyArticle = () => `/articles/a-${Math.floor(Math.random() * CORPUS)}`
const WORDS = [...PLACES, ...TOPICS].map((word) => word.replaceAll('-', ' '))
const anySearch = () =>
  `/api/search?q=${encodeURIComponent(WORDS[Math.floor(Math.random() * WORDS.length)]!)}`

type Variant = { name: string; served: Served; path: string; paths?: () => string }
type Run = { rps: number; cpu: number }

async function drive(variant: Variant, seconds: number): Promise<Run> {
  const before = cpuMicros(variant.served.pid)
  const paths = variant.paths
  const result = await autocannon({
    url: variant.served.origin + variant.path,
    connections: CONNECTIONS,
    duration: seconds,
    ...(paths
      ? { requests: [{ setupRequest: (request) => ({ ...request, path: paths() }) }] }
      : {}),
  })
  const after = cpuMicros(variant.served.pid)
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${variant.name}: ${result.non2xx} non-2xx, ${result.errors} errors`)
  return {
    rps: result.requests.average,
    cpu: before !== null && after !== null ? (after - before) / result.requests.total : NaN,
  }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

const shortRef = (ref: string) =>
  execFileSync('git', ['rev-parse', '--short', ref]).toString().trim()

async function main() {
  const refs = process.argv.slice(2).filter((arg) => !arg.startsWith('-'))
  if (refs.length === 0) throw new Error('name at least one git ref to compare with')
  const bundles = [
    ...refs.map((ref) => ({ label: `${ref} (${shortRef(ref)})`, outdir: bundleAt(ref) })),
    { label: 'working tree', outdir: buildBundle() },
  ]
  const records = [...(await buildContentRecords('content'))]
  const withVersion = allWrites(firstPublishPlan(new Map(records)))
  const corpus = mkdtempSync(join(tmpdir(), 'minbar-bench-corpus-'))
  writeSyntheticCorpus(corpus, CORPUS)
  const corpusRecords = [...(await buildContentRecords(corpus))]
  rmSync(corpus, { recursive: true, force: true })

  const variants: Variant[][] = []
  const served: Served[] = []
  for (const bundle of bundles) {
    const worker = bundleWorker(bundle.outdir)
    const uncached = await serve(worker, records)
    const cached = await serve(worker, withVersion)
    const firsts = await serve(worker, corpusRecords)
    served.push(uncached, cached, firsts)
    variants.push([
      { name: 'first render', served: firsts, path: '/articles/a-0', paths: anyArticle },
      { name: 'repeated article', served: uncached, path: ARTICLE },
      {
        name: 'article JSON',
        served: uncached,
        path: '/api/articles/north-korea-russia-relations',
      },
      { name: 'edge hit', served: cached, path: ARTICLE },
      { name: 'search', served: firsts, path: anySearch(), paths: anySearch },
    ])
  }
  for (const each of variants.flat()) {
    await fetch(each.served.origin + each.path)
    const check = await fetch(each.served.origin + each.path)
    await check.arrayBuffer()
    if (check.status !== 200) throw new Error(`${each.name}: ${check.status}`)
  }
  console.log(`warming up (${WARMUP_SECONDS} s a variant)…`)
  for (const each of variants.flat()) await drive(each, WARMUP_SECONDS)

  const runs = variants.map((row) => row.map(() => [] as Run[]))
  for (let round = 1; round <= ROUNDS; round++) {
    process.stdout.write(`round ${round}/${ROUNDS}\n`)
    for (let v = 0; v < variants[0]!.length; v++)
      for (let b = 0; b < bundles.length; b++)
        runs[b]![v]!.push(await drive(variants[b]![v]!, SECONDS))
  }

  console.log(
    `\n${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s, medians; ratio = this bundle ÷ ${bundles[0]!.label}, round by round`
  )
  for (let v = 0; v < variants[0]!.length; v++) {
    console.log(`\n${variants[0]![v]!.name}`)
    console.log('bundle                                   CPU µs/req  ratio   req/s   ratio')
    for (let b = 0; b < bundles.length; b++) {
      const mine = runs[b]![v]!
      const base = runs[0]![v]!
      const cpuRatio = median(mine.map((run, i) => run.cpu / base[i]!.cpu))
      const rpsRatio = median(mine.map((run, i) => run.rps / base[i]!.rps))
      console.log(
        [
          bundles[b]!.label.slice(0, 40).padEnd(40),
          median(mine.map((run) => run.cpu))
            .toFixed(0)
            .padStart(11),
          `${cpuRatio.toFixed(2)}×`.padStart(6),
          median(mine.map((run) => run.rps))
            .toFixed(0)
            .padStart(7),
          `${rpsRatio.toFixed(2)}×`.padStart(7),
        ].join(' ')
      )
    }
  }
  console.log('\nbundle sizes (gzip):')
  for (const bundle of bundles) {
    const bytes = readFileSync(join(bundle.outdir, 'index.js'))
    console.log(`  ${bundle.label}: ${(gzipSync(bytes).length / 1024).toFixed(1)} KiB`)
  }
  console.log(
    `load average: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`
  )
  await Promise.all(served.map((each) => each.mf.dispose()))
  for (const bundle of bundles) rmSync(bundle.outdir, { recursive: true, force: true })
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
