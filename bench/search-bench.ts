/**
 * `npm run bench:search`: the search index of the synthetic archive (100k articles unless a size
 * is given: `npm run bench:search -- 10000`). Prints the index build time beside the publish it
 * is part of, the values it adds and the largest, the KV reads a query makes, and the CPU time of
 * 1-, 2- and 3-word queries and a phrase, on Node against the values in memory. With `--http`
 * (`npm run bench:search -- --http`), also their throughput over HTTP against the floor Worker
 * (`search-http.ts`). With `--relevance`, only the relevance evaluation instead
 * (`relevance/evaluate-relevance.ts`): nDCG@10, success@1, recall@10 and the trap rate, overall and
 * per category, for Minbar and for Lucene's Arabic rules on the same BM25F.
 *
 * The synthetic archive has a vocabulary of a few hundred words, so nearly every word is in most
 * articles: a worst case for posting sizes and query time, far denser than real news.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkReferences } from '../src/publish/content/check-references'
import { loadContent } from '../src/publish/content/load-content'
import { errorsIn } from '../src/publish/content/problems'
import { buildRecords } from '../src/publish/records/build-records'
import { valueText, type KvValue } from '../src/publish/records/kv-value'
import { buildSearchIndex } from '../src/publish/search-index/build-search-index'
import { searchArticles } from '../src/search/search-articles'
import type { SearchStore } from '../src/search/search-store'
import { KEY_PREFIX } from '../src/store/keys'
import { firstPublishPlan } from './first-publish-plan'
import { printRelevance } from './relevance/print-relevance'
import { benchSearchHttp } from './search-http'
import { writeSyntheticCorpus } from './synthetic-corpus'

if (process.argv.includes('--relevance')) {
  await printRelevance()
  process.exit(0)
}

const size = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 100_000)
const overHttp = process.argv.includes('--http')
const seconds = (ms: number) => (ms / 1000).toFixed(1)
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`

const dir = mkdtempSync(join(tmpdir(), 'minbar-search-'))
let values: Map<string, KvValue>
try {
  writeSyntheticCorpus(dir, size)
  const started = performance.now()
  const { articles, problems } = await loadContent(dir)
  problems.push(...checkReferences(articles))
  const built = await buildRecords(articles)
  const errors = errorsIn([...problems, ...built.problems])
  if (errors.length > 0)
    throw new Error(`synthetic corpus does not publish: ${JSON.stringify(errors.slice(0, 3))}`)
  firstPublishPlan(built.records, built.links, built.upcoming)
  const publishMs = performance.now() - started
  // The index again, alone, to see its share of the publish above (which built it too).
  const indexStarted = performance.now()
  values = buildSearchIndex(
    articles.filter((article) => !article.frontMatter.draft),
    Date.now()
  )
  const indexMs = performance.now() - indexStarted
  console.log(`\nsearch index of ${size} synthetic articles`)
  console.log(`publish (load, build, plan; index included): ${seconds(publishMs)} s`)
  console.log(
    `index build: ${seconds(indexMs)} s, adding ${((100 * indexMs) / (publishMs - indexMs)).toFixed(0)} % to the publish without it (target ≤ 30 %)`
  )
} finally {
  rmSync(dir, { recursive: true, force: true })
}

const kinds = new Map<string, { count: number; bytes: number; largest: number; key: string }>()
for (const [key, value] of values) {
  const kind = key.slice(KEY_PREFIX.length).split(':').slice(0, 2).join(':')
  const entry = kinds.get(kind) ?? { count: 0, bytes: 0, largest: 0, key }
  entry.count++
  entry.bytes += value.length
  if (value.length > entry.largest) Object.assign(entry, { largest: value.length, key })
  kinds.set(kind, entry)
}
console.log(
  `\nvalues: ${values.size}; largest ${kib(Math.max(...[...kinds.values()].map((kind) => kind.largest)))} (target ≤ 2048 KiB)`
)
console.log('kind              values      total        largest   largest key')
for (const [kind, { count, bytes, largest, key }] of kinds) {
  console.log(
    `${kind.padEnd(16)} ${String(count).padStart(7)} ${kib(bytes).padStart(14)} ${kib(largest).padStart(14)}   ${key}`
  )
}

/** The values in memory, counting reads, as KV would serve them (text for the bulk read). */
let reads = 0
const store: SearchStore = {
  async bytes(key) {
    reads++
    return values.get(key) ?? null
  },
  async texts(keys) {
    reads++
    return new Map(keys.map((key) => [key, values.has(key) ? valueText(values.get(key)!) : null]))
  },
}

const QUERIES: Record<string, string[]> = {
  '1 word': ['روسيا', 'النفط', 'الصين', 'مذكرة', 'البرلمان'],
  '2 words': ['روسيا النفط', 'الصين قمة', 'مصر الاقتصاد', 'تركيا يزور', 'الهند الطاقة'],
  '3 words': [
    'الصين يوقع اتفاقية',
    'روسيا النفط قرار',
    'مصر الصحة مؤتمر',
    'قطر الرياضة زيارة',
    'اليابان المناخ دراسة',
  ],
  phrase: [
    '"ترقب الأسواق"',
    '"كوريا الشمالية"',
    '"الذكاء الاصطناعي"',
    '"بنسبة 45"',
    '"مصادر رسمية"',
  ],
}
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!
await searchArticles(store, { q: 'روسيا', version: 'bench' }) // the meta value, read once per version
// Steady state, as a busy isolate runs: every query compiled by the JIT first, and a pause so the
// collector's threads (their CPU counts as this process's) finish sweeping the build's garbage.
for (let run = 0; run < 50; run++)
  for (const queries of Object.values(QUERIES))
    await searchArticles(store, { q: queries[run % queries.length]!, version: 'bench' })
// The corpus and the publish's records are garbage now: collected once, so the measured queries
// do not pay for sweeping a heap of gigabytes that a Worker isolate never has.
;(globalThis as { gc?: () => void }).gc?.()
await new Promise((resolve) => setTimeout(resolve, 3000))
// CPU time (user + system) of this process, not wall time: other work on the machine does not count.
const cpuMicros = () => {
  const { user, system } = process.cpuUsage()
  return user + system
}
console.log(
  '\nquery CPU on Node (values in memory; after 50 warm-up runs, 200 runs each, 5 queries in turn; meta remembered per content version)'
)
console.log(
  'query      CPU p50 µs   CPU p95 µs   wall p50 µs   KV reads (max)   words   results (mean total)'
)
for (const [kind, queries] of Object.entries(QUERIES)) {
  const cpu: number[] = []
  const wall: number[] = []
  let maxReads = 0
  let words = 0
  let totals = 0
  for (let run = 0; run < 200; run++) {
    const q = queries[run % queries.length]!
    reads = 0
    const started = performance.now()
    const cpuStarted = cpuMicros()
    const found = await searchArticles(store, { q, version: 'bench' })
    cpu.push(cpuMicros() - cpuStarted)
    wall.push((performance.now() - started) * 1000)
    maxReads = Math.max(maxReads, reads)
    words = Math.max(words, found.query.terms.length)
    totals += found.total
  }
  cpu.sort((a, b) => a - b)
  wall.sort((a, b) => a - b)
  const cells = [percentile(cpu, 0.5), percentile(cpu, 0.95), percentile(wall, 0.5)].map((value) =>
    value.toFixed(0).padStart(12)
  )
  console.log(
    `${kind.padEnd(8)} ${cells.join(' ')} ${String(maxReads).padStart(16)} ${String(words).padStart(7)}   ${Math.round(totals / 200)}`
  )
}
console.log(
  `(KV reads: the index values, then one bulk read of the page's records; the target is 1 + words)`
)

if (overHttp) await benchSearchHttp(values, QUERIES)
