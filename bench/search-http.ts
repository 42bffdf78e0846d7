/**
 * @module
 * The search routes over HTTP against the floor, side by side: the production bundle in workerd
 * with the synthetic archive's index in local KV, and the same workerd returning a constant body
 * of the answer's size. No content version is stored, so neither the edge cache nor the results
 * cache answers: every request runs the engine, and reads the meta value too (the worst case).
 * A reference Worker makes exactly the KV reads each query makes (the meta value, the index
 * values, the bulk read of the page's records) and answers a body of the same size: Minbar's CPU
 * over it is what the engine, the route and the JSON cost, without the KV simulator's share.
 */
import autocannon from 'autocannon'
import { rmSync } from 'node:fs'
import { valueText, type KvValue } from '../src/publish/records/kv-value'
import { searchArticles } from '../src/search/search-articles'
import { COMPATIBILITY_DATE } from '../tests/support/worker-bundle'
import { buildBundle, bundleWorker, cpuMicros, serve, type Served } from './serve-bundle'

const ROUNDS = 3
const SECONDS = 3
const CONNECTIONS = 8

type Run = { rps: number; cpuPerRequest: number | null }

async function drive(served: Served, paths: string[]): Promise<Run> {
  const cpuBefore = cpuMicros(served.pid)
  const result = await autocannon({
    url: served.origin,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: paths.map((path) => ({ method: 'GET', path })),
  })
  const cpuAfter = cpuMicros(served.pid)
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${paths[0]}: ${result.non2xx} non-2xx, ${result.errors} errors`)
  const total = result.requests.total
  return {
    rps: result.requests.average,
    cpuPerRequest:
      cpuBefore !== null && cpuAfter !== null && total > 0 ? (cpuAfter - cpuBefore) / total : null,
  }
}

/** Per request path: the keys its query reads, as the engine reads them (values, then one bulk). */
async function readsOf(values: Map<string, KvValue>, paths: Map<string, string>) {
  const reads: Record<string, { bytes: string[]; texts: string[] }> = {}
  for (const [path, q] of paths) {
    const read = { bytes: [] as string[], texts: [] as string[] }
    await searchArticles(
      {
        async bytes(key) {
          read.bytes.push(key)
          return values.get(key) ?? null
        },
        async texts(keys) {
          read.texts.push(...keys)
          return new Map(
            keys.map((key) => [key, values.has(key) ? valueText(values.get(key)!) : null])
          )
        },
      },
      { q }
    )
    reads[path] = read
  }
  return reads
}

/** The reference: the meta value, then the index values at once, then the records in one read. */
const readsWorker = (reads: object, body: string) => `
const READS = ${JSON.stringify(reads)}
const BODY = ${body}
export default {
  async fetch(request, env) {
    const url = new URL(request.url)
    const { bytes, texts } = READS[url.pathname + url.search]
    await env.CONTENT.get(bytes[0], 'arrayBuffer')
    await Promise.all(bytes.slice(1).map((key) => env.CONTENT.get(key, 'arrayBuffer')))
    if (texts.length > 0) await env.CONTENT.get(texts, 'text')
    return new Response(BODY, { headers: { 'content-type': 'application/json' } })
  },
}`

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/** Serves `values` (the index only) and drives each kind of query against the floor. */
export async function benchSearchHttp(
  values: Map<string, KvValue>,
  queries: Record<string, string[]>
): Promise<void> {
  const loading = performance.now()
  const outdir = buildBundle()
  const site = await serve(bundleWorker(outdir), [...values])
  console.log(
    `\nHTTP: ${values.size} index values loaded into local KV in ${((performance.now() - loading) / 1000).toFixed(0)} s`
  )
  const sample = await (
    await fetch(`${site.origin}/api/search?q=${encodeURIComponent(queries['1 word']![0]!)}`)
  ).text()
  const body = JSON.stringify('x'.repeat(sample.length))
  const floor = await serve({
    modules: true,
    compatibilityDate: COMPATIBILITY_DATE,
    script: `const body = ${body}; export default { fetch() { return new Response(body, { headers: { 'content-type': 'application/json' } }) } }`,
  })
  const pathsOf = (list: string[]) =>
    new Map(list.map((q) => [`/api/search?q=${encodeURIComponent(q)}`, q]))
  const reads = await readsOf(values, pathsOf(Object.values(queries).flat()))
  const readKeys = new Set(Object.values(reads).flatMap(({ bytes, texts }) => [...bytes, ...texts]))
  const reference = await serve(
    {
      modules: true,
      compatibilityDate: COMPATIBILITY_DATE,
      kvNamespaces: ['CONTENT'],
      script: readsWorker(reads, body),
    },
    [...values].filter(([key]) => readKeys.has(key))
  )
  try {
    console.log(
      `/api/search against a floor Worker returning a ${sample.length}-byte body; ${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${SECONDS} s, medians`
    )
    console.log(
      'query      req/s   CPU µs/req   floor req/s   floor CPU µs/req   ratio to floor   ref: its KV reads, CPU µs/req   Minbar over the reads, µs'
    )
    for (const [kind, list] of Object.entries(queries)) {
      const paths = [...pathsOf(list).keys()]
      await drive(site, paths) // warm-up
      await drive(reference, paths)
      const runs: Run[] = []
      const floors: Run[] = []
      const references: Run[] = []
      for (let round = 0; round < ROUNDS; round++) {
        runs.push(await drive(site, paths))
        floors.push(await drive(floor, ['/']))
        references.push(await drive(reference, paths))
      }
      const rps = median(runs.map((run) => run.rps))
      const floorRps = median(floors.map((run) => run.rps))
      const cpu = (list: Run[]) => {
        const known = list.map((run) => run.cpuPerRequest).filter((value) => value !== null)
        return known.length > 0 ? median(known).toFixed(0) : '-'
      }
      console.log(
        [
          kind.padEnd(9),
          rps.toFixed(0).padStart(7),
          cpu(runs).padStart(12),
          floorRps.toFixed(0).padStart(13),
          cpu(floors).padStart(18),
          `${(rps / floorRps).toFixed(2)}×`.padStart(16),
          cpu(references).padStart(32),
          (cpu(runs) === '-' || cpu(references) === '-'
            ? '-'
            : String(Number(cpu(runs)) - Number(cpu(references)))
          ).padStart(27),
        ].join(' ')
      )
    }
  } finally {
    await site.mf.dispose()
    await floor.mf.dispose()
    await reference.mf.dispose()
    rmSync(outdir, { recursive: true, force: true })
  }
}
