/**
 * @module
 * The search routes over HTTP against the floor, side by side: the production bundle in workerd
 * with the synthetic archive's index in local KV, and the same workerd returning a constant body
 * of the answer's size. No content version is stored, so neither the edge cache nor the results
 * cache answers: every request runs the engine, and reads the meta value too (the worst case).
 */
import autocannon from 'autocannon'
import type { KvValue } from '../src/publish/kv-value'
import { COMPATIBILITY_DATE } from '../src/publish/worker-bundle'
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

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/** Serves `values` (the index only) and drives each kind of query against the floor. */
export async function benchSearchHttp(
  values: Map<string, KvValue>,
  queries: Record<string, string[]>
): Promise<void> {
  const loading = performance.now()
  const site = await serve(bundleWorker(buildBundle()), [...values])
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
  try {
    console.log(
      `/api/search against a floor Worker returning a ${sample.length}-byte body; ${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${SECONDS} s, medians`
    )
    console.log('query      req/s   CPU µs/req   floor req/s   floor CPU µs/req   ratio to floor')
    for (const [kind, list] of Object.entries(queries)) {
      const paths = list.map((q) => `/api/search?q=${encodeURIComponent(q)}`)
      await drive(site, paths) // warm-up
      const runs: Run[] = []
      const floors: Run[] = []
      for (let round = 0; round < ROUNDS; round++) {
        runs.push(await drive(site, paths))
        floors.push(await drive(floor, ['/']))
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
        ].join(' ')
      )
    }
  } finally {
    await site.mf.dispose()
    await floor.mf.dispose()
  }
}
